// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QPalette>

namespace Annals::Appearance {

// The platform's own palette and style, as they were before any theme was
// applied: what "follow the system" goes back to.
QPalette systemPalette();

// Applies a theme to the whole application: Light, Dark and High Contrast
// run on the Fusion style (the one that honours every palette role);
// System puts back the platform's style and palette. Every widget gets a
// PaletteChange event and repaints.
void applyTheme(ThemeChoice choice);
ThemeChoice currentTheme();

// The theme the user chose in the preferences (QSettings "view/theme");
// System when none or an unknown one is stored.
ThemeChoice savedTheme();
void saveTheme(ThemeChoice choice);

} // namespace Annals::Appearance
