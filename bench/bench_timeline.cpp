// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's frame budgets: a full repaint (layout and painting) of a
// 1920×1080 image, and one zoom step, at 10,000 to 1,000,000 events.
#include "atlas.h"
#include "benchatlases.h"
#include "historicaldate.h"
#include "timelinecanvas.h"

#include <QHash>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <memory>
#include <string>

namespace {

using Annals::Atlas;
using Annals::DateParser;
using Annals::TimelineCanvas;
using Annals::TimeScale;

enum class Window { Whole, Decade, Day };

Atlas *openedAtlas(qint64 events, QString *error)
{
    return Annals::Bench::openedBenchmarkAtlas(Annals::Bench::parametersFor(events), error);
}

qint64 at(const char *date)
{
    return DateParser::parse(QString::fromLatin1(date)).date.seconds();
}

TimeScale scaleFor(const TimelineCanvas &canvas, Window window, int width)
{
    switch (window) {
    case Window::Whole:
        return canvas.fittingScale();
    case Window::Decade:
        return TimeScale::fitting(at("1990"), at("2000"), width, 0);
    case Window::Day:
        return TimeScale::fitting(at("15 Jun 1995"), at("16 Jun 1995"), width, 0);
    }
    return canvas.fittingScale();
}

const char *windowLabel(Window window)
{
    return window == Window::Whole ? "whole atlas" : window == Window::Decade ? "1990-2000" : "15 Jun 1995";
}

struct Frame {
    QImage image{1920, 1080, QImage::Format_ARGB32_Premultiplied};
    TimelineCanvas canvas;
};

std::unique_ptr<Frame> prepareFrame(benchmark::State &state, Window window)
{
    QString error;
    Atlas *atlas = openedAtlas(state.range(0), &error);
    if (!atlas) {
        state.SkipWithError(qPrintable(error));
        return nullptr;
    }
    auto frame = std::make_unique<Frame>();
    frame->canvas.setAtlas(&atlas->data(), atlas->eventIndex());
    frame->canvas.setLaneMode(Annals::LaneMode::Category);
    frame->canvas.setSize(frame->image.size());
    frame->canvas.setScale(scaleFor(frame->canvas, window, frame->image.width()));
    return frame;
}

void paint(Frame &frame)
{
    QPainter painter(&frame.image);
    frame.canvas.paint(painter);
}

// A repaint from scratch: the layout is redone every time, as after any
// change of window, size or selection.
void BM_TimelinePaint(benchmark::State &state)
{
    // Arguments: events, then the window (0 whole atlas, 1 a decade, 2 a day),
    // so that names read BM_TimelinePaint/1000000/2.
    const auto window = Window(state.range(1));
    state.SetLabel(windowLabel(window));
    std::unique_ptr<Frame> frame = prepareFrame(state, window);
    if (!frame)
        return;
    qsizetype drawn = 0;
    for (auto _ : state) {
        frame->canvas.invalidateLayout();
        paint(*frame);
        drawn = frame->canvas.scene().items.size() + frame->canvas.scene().clusters.size();
    }
    state.counters["items_drawn"] = double(drawn);
    state.counters["densities"] = double(frame->canvas.scene().densities.size());
}
BENCHMARK(BM_TimelinePaint)
    ->ArgsProduct({{10'000, 100'000, 1'000'000}, {int(Window::Whole), int(Window::Decade), int(Window::Day)}})
    ->Unit(benchmark::kMillisecond);

// The actor in the most events: the heaviest highlight an atlas can ask for.
Annals::ItemId busiestActor(const Annals::EventIndex &index)
{
    QHash<quint32, qint64> counts;
    for (quint32 actor : index.actorIds())
        ++counts[actor];
    Annals::ItemId busiest = 0;
    qint64 most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < busiest)) {
            busiest = it.key();
            most = it.value();
        }
    }
    return busiest;
}

// The same frame with the busiest actor selected (focus 0: every other event
// dimmed, the actor's labelled first) or one of their relations (focus 1:
// its band too, and both its actors' events highlighted).
void BM_TimelinePaintFocus(benchmark::State &state)
{
    const auto window = Window(state.range(1));
    const bool relation = state.range(2) == 1;
    state.SetLabel(std::string(relation ? "relation, " : "actor, ") + windowLabel(window));
    std::unique_ptr<Frame> frame = prepareFrame(state, window);
    if (!frame)
        return;
    const Annals::ItemId actor = busiestActor(*frame->canvas.index());
    if (relation) {
        for (const Annals::Relation &candidate : frame->canvas.data()->relations) {
            if (candidate.sourceId == actor || candidate.targetId == actor) {
                frame->canvas.setSelectedRelation(candidate.id);
                break;
            }
        }
        if (frame->canvas.selectedRelation() == 0) {
            state.SkipWithError("the busiest actor has no relation");
            return;
        }
    } else {
        frame->canvas.setSelectedActor(actor);
    }
    for (auto _ : state) {
        frame->canvas.invalidateLayout();
        paint(*frame);
    }
    state.counters["highlighted"] = double(frame->canvas.highlight().rows().size());
}
BENCHMARK(BM_TimelinePaintFocus)
    ->ArgsProduct({{1'000'000}, {int(Window::Whole), int(Window::Decade), int(Window::Day)}, {0, 1}})
    ->Unit(benchmark::kMillisecond);

// What a click on an actor costs before the next frame: finding their events
// among all the index's actor lists and sorting them into lanes.
void BM_TimelineHighlightBuild(benchmark::State &state)
{
    std::unique_ptr<Frame> frame = prepareFrame(state, Window::Whole);
    if (!frame)
        return;
    const Annals::EventIndex &index = *frame->canvas.index();
    const Annals::ItemId actor = busiestActor(index);
    std::size_t found = 0;
    for (auto _ : state) {
        const auto highlight = Annals::TimelineHighlight::build(index, frame->canvas.lanes(), {actor});
        found = highlight.rows().size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["highlighted"] = double(found);
}
BENCHMARK(BM_TimelineHighlightBuild)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// One wheel notch in and out again around a point, each a new scale, layout
// and painted frame: what a user waits for while zooming.
void BM_TimelineZoomStep(benchmark::State &state)
{
    std::unique_ptr<Frame> frame = prepareFrame(state, Window::Decade);
    if (!frame)
        return;
    bool in = true;
    for (auto _ : state) {
        const TimeScale next = frame->canvas.scale().zoomedBy(in ? 1.19 : 1 / 1.19, 700);
        in = !in;
        frame->canvas.setScale(next);
        paint(*frame);
    }
}
BENCHMARK(BM_TimelineZoomStep)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

} // namespace
