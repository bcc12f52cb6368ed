// SPDX-License-Identifier: GPL-3.0-or-later
// The overview strip's budget: when the timeline's window moves, the strip
// redraws (bars, labels, rectangle, cursor) within 4 ms on a million events;
// and what building its histogram costs.
#include "atlas.h"
#include "benchatlases.h"
#include "eventhistogram.h"
#include "overviewstrip.h"
#include "viewstate.h"

#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

using Annals::Atlas;
using Annals::EventHistogram;
using Annals::OverviewStrip;
using Annals::ViewState;

// The index of the benchmark's atlas (its first argument is the number of
// events), or null after telling the benchmark why not.
std::shared_ptr<const Annals::EventIndex> benchmarkIndex(benchmark::State &state)
{
    QString error;
    Atlas *atlas = Annals::Bench::openedBenchmarkAtlas(Annals::Bench::parametersFor(state.range(0)), &error);
    if (!atlas) {
        state.SkipWithError(qPrintable(error));
        return nullptr;
    }
    return atlas->eventIndex();
}

// A window move as the user makes it: the shared state changes, the strip
// follows it, and the whole strip is painted again into an image the size
// of a full-HD screen's width.
void BM_OverviewUpdate(benchmark::State &state)
{
    const std::shared_ptr<const Annals::EventIndex> index = benchmarkIndex(state);
    if (!index)
        return;
    ViewState viewState;
    OverviewStrip strip;
    strip.setViewState(&viewState);
    strip.setAtlas(index, index->earliest(), index->latest());
    strip.resize(1920, strip.sizeHint().height());
    QImage image(strip.size(), QImage::Format_ARGB32_Premultiplied);
    // A decade-wide window, stepped across the atlas a little each time.
    const qint64 span = 10 * 31'556'952LL;
    const qint64 step = span / 7;
    qint64 start = index->earliest();
    {
        QPainter painter(&image); // lays the chart out for this size, once
        strip.render(painter, image.rect());
    }
    for (auto _ : state) {
        start += step;
        if (start + span > index->latest())
            start = index->earliest();
        viewState.setWindow(start, start + span);
        QPainter painter(&image);
        strip.render(painter, image.rect());
    }
    state.counters["bins"] = double(strip.histogram().size());
    state.counters["height_px"] = double(image.height());
    state.SetLabel("1920 px wide");
}
BENCHMARK(BM_OverviewUpdate)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// The histogram alone, over the whole atlas, as on a resize or a new atlas:
// binary searches in the index's starts, never a scan of the events.
void BM_OverviewHistogram(benchmark::State &state)
{
    const std::shared_ptr<const Annals::EventIndex> index = benchmarkIndex(state);
    if (!index)
        return;
    const int bins = int(state.range(1));
    for (auto _ : state) {
        EventHistogram histogram = EventHistogram::build(*index, index->earliest(), index->latest(), bins);
        benchmark::DoNotOptimize(histogram);
    }
    state.counters["bins"] = double(bins);
}
BENCHMARK(BM_OverviewHistogram)->Args({1'000'000, 480})->Args({1'000'000, 2000})->Unit(benchmark::kMicrosecond);

} // namespace
