// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

namespace Annals::Bench {

// What a synthetic atlas holds. The same parameters and seed always give the
// same file contents (row for row), on any platform: the generator draws
// from std::mt19937_64, whose output the standard fixes, and does its own
// arithmetic on it instead of using std::*_distribution, whose results are
// up to each standard library.
struct GeneratorParameters {
    qint64 events = 10'000;
    qint64 actors = 1'000;
    qint64 relations = 10'000;
    quint64 seed = 1;
};

// Bumped whenever the generator's output changes, so that cached atlases
// made by an older generator are not mistaken for the new ones.
inline constexpr int generatorVersion = 1;

// "synthetic-v1-e1000000-a10000-r100000-s42.annals": names a cached atlas by
// everything that determines its contents.
QString cacheFileName(const GeneratorParameters &parameters);

// Writes a complete, valid atlas (schema made by AtlasSchema, search index
// rebuilt) to `path`, which must not exist. The rows go in with one
// transaction and prepared statements through SQLite's C API; the file is
// written under a temporary name and renamed into place when complete, so a
// crash never leaves a half-made atlas under the real name. `progress`, if
// given, hears a line now and then.
bool generateAtlas(const GeneratorParameters &parameters, const QString &path, QString *error,
                   const std::function<void(const QString &)> &progress = {});

} // namespace Annals::Bench
