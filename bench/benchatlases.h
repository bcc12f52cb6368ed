// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalsgenerator.h"

#include <QString>

namespace Annals {
class Atlas;
}

namespace Annals::Bench {

// The atlas every benchmark of a given size uses: 10,000 actors and 100,000
// relations at a million events (the budget's atlas), smaller ones in the
// same proportions, one seed for all so that annals-gen can remake any of them.
GeneratorParameters parametersFor(qint64 events);

// The path of that atlas, generated on first use into $ANNALS_BENCH_CACHE (or
// bench-cache in the build folder) and reused by later runs; empty with a
// message in `error` when it cannot be made.
QString benchmarkAtlas(qint64 events, QString *error);
// The same for any parameters (the graph benchmarks want many actors and
// few events).
QString benchmarkAtlas(const GeneratorParameters &parameters, QString *error);
QString cacheDirectory();

// That atlas, opened once per run and shared by every benchmark that asks
// (opening a big one takes seconds); null with a message in `error` when it
// cannot be made or opened.
Atlas *openedBenchmarkAtlas(const GeneratorParameters &parameters, QString *error);
// Closes them all. Must run before the application object goes: left to the
// exit handlers, an atlas would close its database after Qt SQL's own
// globals are gone, and crash.
void closeBenchmarkAtlases();

} // namespace Annals::Bench
