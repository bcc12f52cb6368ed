// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annalsgenerator.h"

#include <QString>

namespace Annals::Bench {

// The atlas every benchmark of a given size uses: 10,000 actors and 100,000
// relations at a million events (the budget's atlas), smaller ones in the
// same proportions, one seed for all so that annals-gen can remake any of them.
GeneratorParameters parametersFor(qint64 events);

// The path of that atlas, generated on first use into $ANNALS_BENCH_CACHE (or
// bench-cache in the build folder) and reused by later runs; empty with a
// message in `error` when it cannot be made.
QString benchmarkAtlas(qint64 events, QString *error);
QString cacheDirectory();

} // namespace Annals::Bench
