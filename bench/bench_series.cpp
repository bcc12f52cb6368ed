// SPDX-License-Identifier: GPL-3.0-or-later
// The series lane's budget (issue 5): a series of 100,000 points keeps
// zooming at ≤ 16 ms a step, resampling and redrawing the lane at 1920 px.
#include "domain.h"
#include "historicaldate.h"
#include "seriessampler.h"
#include "serieslane.h"
#include "timescale.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

namespace {

using namespace Annals;

constexpr int laneWidth = 1920;

// A random walk with a low–high band, 1900 to 2025 at roughly daily
// spacing (seeded: every run measures the same series).
Series syntheticSeries(int count)
{
    const qint64 first = secondsFromCivil(CivilDateTime{1900, 1, 1, 0, 0, 0});
    const qint64 last = secondsFromCivil(CivilDateTime{2025, 1, 1, 0, 0, 0});
    const double step = double(last - first) / count;
    QRandomGenerator random(5);
    Series series;
    series.id = 1;
    series.name = QStringLiteral("Synthetic walk");
    series.unit = QStringLiteral("units");
    double value = 1000;
    for (int i = 0; i < count; ++i) {
        SeriesPoint point;
        point.id = i + 1;
        point.time = HistoricalDate(first + qint64(i * step), Precision::Minute);
        value = std::max(0.0, value + random.generateDouble() * 20 - 10);
        point.value = value;
        point.low = value - random.generateDouble() * 30;
        point.high = value + random.generateDouble() * 30;
        series.points.append(point);
    }
    return series;
}

// The zoom of one step: in and out by 1.1 in turn, around anchors spread
// over the view, so the window wanders but stays over the series.
TimeScale zoomStep(const TimeScale &scale, qint64 step)
{
    const double factor = step % 2 == 0 ? 1.1 : 1 / 1.1;
    const double anchor = double((step * 397) % laneWidth);
    return scale.zoomedBy(factor, anchor);
}

// The whole series across the lane: the zoom steps then stay near it, the
// hardest case, with ~50 points to every pixel column.
TimeScale startingScale(const Series &series)
{
    return TimeScale::fitting(series.points.first().time.seconds(), series.points.last().time.seconds(), laneWidth);
}

void BM_SeriesSample(benchmark::State &state)
{
    const Series series = syntheticSeries(int(state.range(0)));
    const SeriesSampler sampler(series);
    TimeScale scale = startingScale(series);
    qint64 step = 0;
    std::size_t linePoints = 0;
    for (auto _ : state) {
        scale = zoomStep(scale, step++);
        const SeriesFrame frame = sampler.sample(scale);
        linePoints += frame.line.size();
        benchmark::DoNotOptimize(frame.line.data());
    }
    state.counters["line_points"] = double(linePoints) / double(std::max<qint64>(1, step));
}
BENCHMARK(BM_SeriesSample)->Arg(100'000)->Unit(benchmark::kMillisecond);

// Second argument 1: the lane is shown (as in the app), 0: never shown
// (export); render() must work either way.
void BM_SeriesZoom(benchmark::State &state)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        state.SkipWithError("the series lane is a widget: bench_main.cpp must create a QApplication");
        return;
    }
    const Series series = syntheticSeries(int(state.range(0)));
    AtlasData data;
    data.series << series;
    SeriesLane lane;
    lane.setSeries(&data, series.id);
    TimeScale scale = startingScale(series);
    lane.setScale(scale, 0);
    lane.resize(laneWidth, lane.sizeHint().height());
    const bool shown = state.range(1) == 1;
    if (shown)
        lane.show();
    state.SetLabel(shown ? "shown" : "hidden");
    QImage image(lane.size(), QImage::Format_ARGB32_Premultiplied);
    qint64 step = 0;
    std::size_t linePoints = 0;
    for (auto _ : state) {
        scale = zoomStep(scale, step++);
        lane.setScale(scale, 0);
        QPainter painter(&image);
        lane.render(painter, image.rect());
        linePoints += lane.frame().line.size();
    }
    state.counters["line_points"] = double(linePoints) / double(std::max<qint64>(1, step));
}
BENCHMARK(BM_SeriesZoom)->Args({100'000, 0})->Args({100'000, 1})->Unit(benchmark::kMillisecond);

} // namespace
