// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Annals {

// What a window-opening start shows, decided before anything is opened so
// that the rule can be tested without a window.
struct StartupChoice {
    enum class Kind { Welcome, OpenFile, OpenSample };
    Kind kind = Kind::Welcome;
    QString path; // with OpenFile

    bool operator==(const StartupChoice &other) const = default;
};

// A file named on the command line is opened whatever the settings say.
// Otherwise the welcome page, unless the user turned it off
// (`welcomeAtStart` false): then the last atlas when it still exists, else
// the user's copy of the sample.
StartupChoice chooseStartup(const QString &requestedPath, bool welcomeAtStart, const QString &lastAtlas,
                            bool lastAtlasExists);

} // namespace Annals
