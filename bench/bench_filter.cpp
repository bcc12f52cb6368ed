// SPDX-License-Identifier: GPL-3.0-or-later
// What applying a view filter costs: the events of one actor, of importance
// 4 or more, picked out of a million as a new index for every view.
#include "atlas.h"
#include "benchatlases.h"
#include "viewfilter.h"

#include <benchmark/benchmark.h>

namespace {

// `actor`: filter on the first actor of the first event as well; without it
// the importance alone keeps most events, the costliest copy.
void runFilter(benchmark::State &state, bool actor)
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
    if (actor)
        filter.actors = {Annals::ItemId(index->actorIds().front())};
    filter.minimumImportance = actor ? 4 : 2;
    qsizetype kept = 0;
    for (auto _ : state) {
        const Annals::EventIndex filtered = Annals::filteredIndex(*index, filter);
        kept = filtered.size();
        benchmark::DoNotOptimize(kept);
    }
    state.counters["events"] = double(index->size());
    state.counters["kept"] = double(kept);
}
void BM_FilterApply(benchmark::State &state)
{
    runFilter(state, true);
}
BENCHMARK(BM_FilterApply)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

void BM_FilterApplyBroad(benchmark::State &state)
{
    runFilter(state, false);
}
BENCHMARK(BM_FilterApplyBroad)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

} // namespace
