// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

namespace Annals {

StartupChoice chooseStartup(const QString &requestedPath, bool welcomeAtStart, const QString &lastAtlas,
                            bool lastAtlasExists)
{
    if (!requestedPath.isEmpty())
        return {StartupChoice::Kind::OpenFile, requestedPath};
    if (welcomeAtStart)
        return {StartupChoice::Kind::Welcome, {}};
    if (!lastAtlas.isEmpty() && lastAtlasExists)
        return {StartupChoice::Kind::OpenFile, lastAtlas};
    return {StartupChoice::Kind::OpenSample, {}};
}

} // namespace Annals
