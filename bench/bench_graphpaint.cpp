// SPDX-License-Identifier: GPL-3.0-or-later
// The alliance graph's frame budget: painting a 5,000-actor graph (25,000
// relations, from the generator) at 1920×1080 in ≤ 16 ms, at the busiest
// date of the atlas, with the layout of that date settled.
#include "alliancegraph.h"
#include "atlas.h"
#include "benchatlases.h"
#include "graphcanvas.h"
#include "graphsimulation.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

namespace {

using namespace Annals;

struct Scene {
    const Atlas *atlas = nullptr;
    std::unique_ptr<AllianceGraph> graph;
    GraphFrame frame;
    std::vector<QPointF> reference;
    std::vector<QPointF> positions;
    qint64 time = 0;
};

// Built once per size: generating, opening and laying out take seconds.
Scene *sceneFor(int actors, QString *error)
{
    static std::map<int, std::unique_ptr<Scene>> scenes;
    // Closed with the application, not after it (see bench_timeline.cpp).
    if (scenes.empty())
        qAddPostRoutine([] { scenes.clear(); });
    auto found = scenes.find(actors);
    if (found != scenes.end())
        return found->second.get();

    // The atlas bench_graph.cpp lays out: the generator's, with 5 relations
    // per actor and a thousand events.
    Bench::GeneratorParameters parameters = Bench::parametersFor(1'000);
    parameters.actors = actors;
    parameters.relations = qint64(actors) * 5;
    auto scene = std::make_unique<Scene>();
    scene->atlas = Bench::openedBenchmarkAtlas(parameters, error);
    if (!scene->atlas)
        return nullptr;
    scene->graph = std::make_unique<AllianceGraph>(scene->atlas->data());

    // The busiest of 64 dates spread over the relations' starts: the most
    // edges on screen, the worst frame.
    std::vector<qint64> starts;
    for (const Relation &relation : scene->atlas->data().relations)
        if (relation.when.start.isValid())
            starts.push_back(relation.when.start.seconds());
    std::sort(starts.begin(), starts.end());
    std::size_t busiest = 0;
    for (std::size_t i = 1; i < 64 && !starts.empty(); ++i) {
        const qint64 candidate = starts[starts.size() * i / 64];
        const std::size_t active = scene->graph->relationsAt(candidate).size();
        if (active > busiest) {
            busiest = active;
            scene->time = candidate;
        }
    }
    GraphQuery query;
    query.time = scene->time;
    scene->frame = scene->graph->frame(query);

    // As GraphSimulation does it: the reference of all time, then the
    // graph of the day anchored to it.
    ForceLayout layout;
    layout.setGraph(actors, scene->graph->allTimeEdges());
    const std::vector<double> masses = GraphSimulation::referenceMasses(actors, scene->graph->allTimeEdges());
    for (std::size_t i = 0; i < masses.size(); ++i)
        layout.setMass(int(i), masses[i]);
    layout.randomise(1);
    layout.run(5'000);
    scene->reference = layout.positions();
    layout.setGraph(actors, scene->graph->edgesFor(scene->frame.relations));
    layout.setAnchors(scene->reference, 3);
    layout.run(5'000);
    scene->positions = layout.positions();
    return scenes.emplace(actors, std::move(scene)).first->second.get();
}

void prepare(GraphCanvas &canvas, const Scene &scene)
{
    canvas.setGraph(scene.graph.get());
    canvas.setFrame(scene.frame);
    std::vector<GraphCanvas::ShownEdge> edges;
    for (std::size_t i = 0; i < scene.frame.relations.size(); ++i)
        edges.push_back({scene.frame.relations[i], scene.frame.parallelIndex[i], scene.frame.parallelCount[i], 1.0f});
    canvas.setEdges(std::move(edges));
    canvas.setPositions(scene.positions);
    std::vector<bool> onStage(scene.frame.nodes.size());
    for (std::size_t i = 0; i < onStage.size(); ++i)
        onStage[i] = scene.frame.nodes[i] == GraphFrame::NodeState::Present && scene.frame.degree[i] > 0;
    canvas.setFitBounds(GraphCanvas::boundsOf(scene.reference, &onStage));
    canvas.setTime(scene.time);
    canvas.setHeading(QStringLiteral("Relations in force"));
    canvas.setSize(QSize(1920, 1080));
}

// Second argument 0: a repaint with nothing moved, as when the pointer
// hovers or a tooltip shows (the edges come from the canvas's cached layer).
// 1: a frame of the layout moving after a date change: new positions and a
// new date every frame, so the edges are drawn afresh and names looked up.
void BM_GraphPaint(benchmark::State &state)
{
    QString error;
    const Scene *scene = sceneFor(int(state.range(0)), &error);
    if (!scene) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    const bool moving = state.range(1) == 1;
    state.SetLabel(moving ? "layout moving" : "repaint");
    GraphCanvas canvas;
    prepare(canvas, *scene);
    QImage image(canvas.size(), QImage::Format_ARGB32_Premultiplied);
    qint64 nudge = 0;
    for (auto _ : state) {
        if (moving) {
            canvas.setTime(scene->time + (++nudge % 2));
            canvas.setPositions(scene->positions);
        }
        QPainter painter(&image);
        canvas.paint(painter);
    }
    int named = 0;
    for (int i = 0; i < scene->graph->actors().size(); ++i)
        named += canvas.nameShown(i);
    state.counters["edges"] = double(scene->frame.relations.size());
    state.counters["names"] = named;
}
BENCHMARK(BM_GraphPaint)->ArgsProduct({{500, 5'000}, {0, 1}})->Unit(benchmark::kMillisecond);

} // namespace
