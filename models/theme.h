// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Annals {

// The colour themes a user can choose. System keeps whatever the platform
// gives (Qt 6.4 cannot ask the platform for its light or dark scheme, so
// "follow the system" means: leave the platform's palette alone).
enum class ThemeChoice { System, Light, Dark, HighContrast };

// The ids used in QSettings and on the command line: "system", "light",
// "dark", "high-contrast".
QString themeId(ThemeChoice choice);
std::optional<ThemeChoice> themeFromId(const QString &id);
constexpr std::array<ThemeChoice, 4> allThemes = {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark,
                                                  ThemeChoice::HighContrast};

// The full palette of a theme, every colour group filled in. For System it
// is `systemPalette` unchanged.
QPalette paletteFor(ThemeChoice choice, const QPalette &systemPalette);

// WCAG 2.x contrast ratio, from 1 (same colour) to 21 (black on white). A
// translucent foreground is composited over the background first; the
// background is taken as opaque.
double contrastRatio(const QColor &foreground, const QColor &background);
double relativeLuminance(const QColor &colour);

// `foreground` painted over the opaque `background`, as the eye sees it.
QColor composited(const QColor &foreground, const QColor &background);

// Black or white, whichever stands out more on `background` (for text on
// actor, category and era colours). One of them always reaches
// sqrt(21) ≈ 4.58:1, so the result always meets WCAG AA.
QColor readableTextOn(const QColor &background);

// A red for error messages that reaches 4.5:1 on `background`: deep on light
// windows, soft on dark ones, where a deep red would vanish.
QColor errorTextOn(const QColor &background);

// The edge to draw around a shape filled with `fill` on `background`: its
// own `edge` while the shape stands out (3:1, what WCAG asks of graphics),
// else `contrasting`, so that a navy node does not vanish on a dark theme.
QColor visibleEdge(const QColor &fill, const QColor &edge, const QColor &background, const QColor &contrasting);

// A foreground role drawn as text on a background role, in the views or in
// the widgets (Fusion draws them so).
struct TextRolePair {
    QPalette::ColorRole foreground;
    QPalette::ColorRole background;
};
const std::vector<TextRolePair> &textRolePairs();

// The colours events get by category: the Okabe–Ito colour-blind safe set,
// then Tableau's. Category i has categoryColour(i).
QColor categoryColour(int category);

// How strongly an era's own colour tints the timeline behind its events:
// faint, so that event text and the era title stay readable on it.
constexpr int eraTintAlpha = 40;

} // namespace Annals
