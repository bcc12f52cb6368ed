// SPDX-License-Identifier: GPL-3.0-or-later
// What applying a view filter costs: the events of one actor, of importance
// 4 or more, picked out of a million as a new index for every view.
#include "atlas.h"
#include "benchatlases.h"
#include "viewfilter.h"

#include <benchmark/benchmark.h>

namespace {

void BM_FilterApply(benchmark::State &state)
{
    QString error;
    Annals::Atlas *atlas = Annals::Bench::openedBenchmarkAtlas(Annals::Bench::parametersFor(state.range(0)), &error);
    if (!atlas) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    const std::shared_ptr<const Annals::EventIndex> index = atlas->eventIndex();
    if (!index || index->actorIds().empty()) {
        state.SkipWithError("The benchmark atlas has no events with actors");
        return;
    }
    Annals::ViewFilter filter;
    filter.actors = {Annals::ItemId(index->actorIds().front())};
    filter.minimumImportance = 4;
    qsizetype kept = 0;
    for (auto _ : state) {
        const Annals::EventIndex filtered = Annals::filteredIndex(*index, filter);
        kept = filtered.size();
        benchmark::DoNotOptimize(kept);
    }
    state.counters["events"] = double(index->size());
    state.counters["kept"] = double(kept);
}
BENCHMARK(BM_FilterApply)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

} // namespace
