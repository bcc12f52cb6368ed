// SPDX-License-Identifier: GPL-3.0-or-later
// The alliance graph's budgets: the graph of an atlas of 5,000 actors and
// 25,000 relations settles in ≤ 2 s, faster than Graphviz sfdp on the same
// graph; moving the date on it shows a first frame in ≤ 16 ms; and the date
// cursor's question (which relations hold now) over 25,000 relations.
//
// The graphs are those of generated atlases (the generator of annals-gen,
// cached like the other benchmarks' atlases), so sfdp sees exactly the
// edges ForceLayout does and anyone can remake the data. Sizes: 500 and
// 5,000 actors are the budget's neighbourhood; 50,000 shows the growth and
// takes tens of seconds, so it runs one iteration a repetition.
#include "alliancegraph.h"
#include "atlas.h"
#include "benchatlases.h"
#include "forcelayout.h"
#include "graphsimulation.h"
#include "relationsnapshot.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <deque>
#include <map>
#include <memory>
#include <vector>

namespace {

// The worker's masses (hubs heavier), so that the layout here is its layout.
void setMasses(Annals::ForceLayout &layout, const std::vector<Annals::ForceLayout::Edge> &edges)
{
    const std::vector<double> masses = Annals::GraphSimulation::referenceMasses(layout.nodeCount(), edges);
    for (std::size_t i = 0; i < masses.size(); ++i)
        layout.setMass(int(i), masses[i]);
}

using Annals::AllianceGraph;
using Annals::ForceLayout;
using Annals::GraphFrame;
using Annals::GraphQuery;
using Annals::GraphSimulation;

constexpr quint32 graphSeed = 20250101;
constexpr quint64 layoutSeed = 1;
constexpr int relationsPerActor = 5;
constexpr qint64 graphEvents = 1000;
// GraphSimulation's own limits (models/graphsimulation.cpp): the most steps
// a layout gets, the anchors' strength and the length of a worker's slice.
constexpr int maximumSteps = 5000;
constexpr double anchorStrength = 3.0;
constexpr double sliceMilliseconds = 8;

// Ten dates far apart in the atlas's history, in an order that makes each
// move a large one: the deciles of the relations' beginnings (the record
// thickens toward the present, so even years would leave most of them
// empty), visited as 1st, 6th, 2nd, 7th, … .
std::vector<qint64> spreadDates(const AllianceGraph &graph)
{
    std::vector<qint64> starts;
    for (const Annals::Relation &relation : graph.relations()) {
        if (relation.when.start.isValid())
            starts.push_back(relation.when.start.seconds());
    }
    std::sort(starts.begin(), starts.end());
    std::vector<qint64> dates;
    if (starts.empty())
        return dates;
    for (const int decile : {0, 5, 1, 6, 2, 7, 3, 8, 4, 9})
        dates.push_back(starts[(2 * std::size_t(decile) + 1) * starts.size() / 20]);
    return dates;
}

std::vector<ForceLayout::Edge> edgesAt(const AllianceGraph &graph, qint64 time)
{
    GraphQuery query;
    query.time = time;
    const GraphFrame frame = graph.frame(query);
    return graph.edgesFor(frame.relations);
}

// The graph of a generated atlas with `actors` actors, five times as many
// relations and a thousand events (annals-gen --events 1000 --actors N
// --relations 5N --seed 20250101), each size opened once per run. The
// graph points into the atlas, which closeBenchmarkAtlases() closes after
// the last benchmark; nothing uses the graph after that.
struct GraphAtlas {
    std::unique_ptr<AllianceGraph> graph;
    std::vector<ForceLayout::Edge> edges; // of all time
    std::vector<qint64> dates;            // spreadDates()
};

const GraphAtlas *graphAtlas(int actors, QString *error)
{
    static std::map<int, std::unique_ptr<GraphAtlas>> made;
    auto found = made.find(actors);
    if (found != made.end())
        return found->second.get();
    Annals::Bench::GeneratorParameters parameters = Annals::Bench::parametersFor(graphEvents);
    parameters.actors = actors;
    parameters.relations = qint64(actors) * relationsPerActor;
    const Annals::Atlas *atlas = Annals::Bench::openedBenchmarkAtlas(parameters, error);
    if (!atlas)
        return nullptr;
    auto graph = std::make_unique<GraphAtlas>();
    graph->graph = std::make_unique<AllianceGraph>(atlas->data());
    graph->edges = graph->graph->allTimeEdges();
    graph->dates = spreadDates(*graph->graph);
    return made.emplace(actors, std::move(graph)).first->second.get();
}

// The atlas of the benchmark's size, or null after skipping the benchmark.
const GraphAtlas *graphAtlasOrSkip(benchmark::State &state, bool needsDates)
{
    QString error;
    const GraphAtlas *atlas = graphAtlas(int(state.range(0)), &error);
    if (!atlas)
        state.SkipWithError(qPrintable(error));
    else if (needsDates && atlas->dates.empty())
        state.SkipWithError("the atlas has no dated relations");
    else
        return atlas;
    return nullptr;
}

double distance(QPointF a, QPointF b)
{
    return std::sqrt((a.x() - b.x()) * (a.x() - b.x()) + (a.y() - b.y()) * (a.y() - b.y()));
}

// Normalised stress (Gansner, Koren & North) from 32 evenly spread sources
// to every node: 0 when drawn distances are proportional to graph
// distances. All pairs would cost more than the layout; 32 breadth-first
// searches cost a few milliseconds and move the figure by under 1 %. For a
// random graph, which no drawing can show faithfully, about 0.2 is usual.
double sampledStress(const std::vector<QPointF> &positions, const std::vector<ForceLayout::Edge> &edges)
{
    const std::size_t n = positions.size();
    if (n < 2)
        return 0;
    std::vector<std::vector<int>> neighbours(n);
    for (const ForceLayout::Edge &edge : edges) {
        neighbours[std::size_t(edge.a)].push_back(edge.b);
        neighbours[std::size_t(edge.b)].push_back(edge.a);
    }
    std::vector<double> ratios; // drawn distance / graph distance
    const std::size_t sources = std::min<std::size_t>(32, n);
    for (std::size_t s = 0; s < sources; ++s) {
        const int source = int(s * n / sources);
        std::vector<int> hops(n, -1);
        std::deque<int> queue{source};
        hops[std::size_t(source)] = 0;
        while (!queue.empty()) {
            const int node = queue.front();
            queue.pop_front();
            for (const int next : neighbours[std::size_t(node)]) {
                if (hops[std::size_t(next)] < 0) {
                    hops[std::size_t(next)] = hops[std::size_t(node)] + 1;
                    queue.push_back(next);
                }
            }
        }
        for (std::size_t target = 0; target < n; ++target) {
            if (hops[target] > 0)
                ratios.push_back(distance(positions[target], positions[std::size_t(source)]) / hops[target]);
        }
    }
    // The best scale minimises Σ (scale·ratio − 1)².
    double sum = 0;
    double squares = 0;
    for (const double ratio : ratios) {
        sum += ratio;
        squares += ratio * ratio;
    }
    const double scale = sum / squares;
    double stress = 0;
    for (const double ratio : ratios)
        stress += (scale * ratio - 1) * (scale * ratio - 1);
    return stress / double(ratios.size());
}

// From a seeded random start until settled: the reference layout that
// GraphSimulation computes first for an atlas.
void BM_GraphLayout(benchmark::State &state)
{
    const int actors = int(state.range(0));
    const GraphAtlas *atlas = graphAtlasOrSkip(state, false);
    if (!atlas)
        return;
    const std::vector<ForceLayout::Edge> &edges = atlas->edges;
    int steps = 0;
    bool settled = false;
    std::vector<QPointF> positions;
    double runMilliseconds = 0;
    for (auto _ : state) {
        ForceLayout layout;
        layout.setGraph(actors, edges);
        setMasses(layout, edges);
        layout.randomise(layoutSeed);
        const auto started = std::chrono::steady_clock::now();
        steps = layout.run(maximumSteps);
        runMilliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        settled = layout.settled();
        positions = layout.positions();
        benchmark::DoNotOptimize(positions.data());
    }
    state.counters["edges"] = double(edges.size());
    state.counters["steps"] = steps;
    state.counters["settled"] = settled ? 1 : 0;
    state.counters["stress"] = sampledStress(positions, edges);
    state.counters["ms_per_step"] = steps > 0 ? runMilliseconds / steps : 0.0; // of the last run
}
BENCHMARK(BM_GraphLayout)->Arg(500)->Arg(5'000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_GraphLayout)->Arg(50'000)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same graph as Graphviz DOT, nodes n0..n(actors-1), for sfdp. Returns
// false when the file cannot be written, with the reason in `error`.
static bool writeDot(const QString &path, int actors, const std::vector<ForceLayout::Edge> &edges,
                     QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    QByteArray text = "graph annals {\n";
    text.reserve(qsizetype(edges.size()) * 20 + actors * 10);
    for (int i = 0; i < actors; ++i)
        text += "  n" + QByteArray::number(i) + ";\n";
    for (const ForceLayout::Edge &edge : edges)
        text += "  n" + QByteArray::number(edge.a) + " -- n" + QByteArray::number(edge.b) + ";\n";
    text += "}\n";
    if (file.write(text) != text.size() || !file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

// Node positions from sfdp's -Tplain output ("node <name> <x> <y> ..."),
// so that its layout is scored by the same stress as ours.
std::vector<QPointF> plainPositions(const QByteArray &plain, int actors)
{
    std::vector<QPointF> positions(static_cast<std::size_t>(actors));
    for (const QByteArray &line : plain.split('\n')) {
        if (!line.startsWith("node "))
            continue;
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 4 || !fields[1].startsWith('n'))
            continue;
        bool ok = false;
        const int index = fields[1].mid(1).toInt(&ok);
        if (ok && index >= 0 && index < actors)
            positions[std::size_t(index)] = QPointF(fields[2].toDouble(), fields[3].toDouble());
    }
    return positions;
}

// Graphviz sfdp (multilevel, Barnes–Hut) on the same graph, process start
// and DOT parsing included, by the wall clock. Overlap removal is off
// (overlap=true), so that it does the same work as ForceLayout. Debian's
// Graphviz 2.43 has no -Tnull, so the layout is written as -Tplain, which
// costs little and gives the positions for the stress counter.
void BM_Sfdp(benchmark::State &state)
{
    const QString sfdp = QStandardPaths::findExecutable(QStringLiteral("sfdp"));
    if (sfdp.isEmpty()) {
        state.SkipWithError("sfdp is not installed (Debian: graphviz)");
        return;
    }
    const int actors = int(state.range(0));
    const GraphAtlas *atlas = graphAtlasOrSkip(state, false);
    if (!atlas)
        return;
    const std::vector<ForceLayout::Edge> &edges = atlas->edges;
    QTemporaryDir directory;
    QString error;
    const QString dot = directory.filePath(QStringLiteral("graph.dot"));
    if (!directory.isValid() || !writeDot(dot, actors, edges, &error)) {
        state.SkipWithError(qPrintable(QStringLiteral("cannot write %1: %2").arg(dot, error)));
        return;
    }
    const QStringList arguments = {QStringLiteral("-Goverlap=true"), QStringLiteral("-Tplain"), dot};
    QByteArray plain;
    for (auto _ : state) {
        QProcess process;
        process.start(sfdp, arguments);
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            state.SkipWithError(qPrintable(QStringLiteral("sfdp failed: %1")
                                               .arg(QString::fromLocal8Bit(process.readAllStandardError()))));
            return;
        }
        plain = process.readAllStandardOutput();
    }
    state.counters["stress"] = sampledStress(plainPositions(plain, actors), edges);
}
BENCHMARK(BM_Sfdp)->Arg(500)->Arg(5'000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Sfdp)->Arg(50'000)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// Moving the date on a settled graph, up to the first new frame: the
// relations in force and their edges (AllianceGraph, on the GUI thread),
// the warm start (ForceLayout::setGraph, anchors to the reference kept at
// strength 3 as GraphSimulation keeps them) and the worker's first slice:
// steps while the next one is expected to end within 8 ms, at least one,
// then the copy of the positions that is published. Each iteration moves
// to another of ten dates far apart. Untimed after that frame, the layout
// runs on until settled; counters report how long that took in all.
void BM_GraphAtDate(benchmark::State &state)
{
    const int actors = int(state.range(0));
    const GraphAtlas *atlas = graphAtlasOrSkip(state, true);
    if (!atlas)
        return;
    const AllianceGraph &graph = *atlas->graph;
    const std::vector<qint64> &dates = atlas->dates;

    ForceLayout layout;
    layout.setGraph(actors, atlas->edges);
    setMasses(layout, atlas->edges);
    layout.randomise(layoutSeed);
    layout.run(maximumSteps);
    // setGraph keeps the positions, so the anchors are the reference.
    layout.setGraph(actors, edgesAt(graph, dates.back()));
    layout.setAnchors(layout.positions(), anchorStrength);
    layout.run(maximumSteps);

    std::size_t next = 0;
    double firstSteps = 0;
    double slowestFrame = 0;
    double queryMilliseconds = 0;
    double activeEdges = 0;
    double settleSteps = 0;
    double settleMilliseconds = 0;
    double slowestSettle = 0;
    int unsettled = 0;
    for (auto _ : state) {
        const auto changed = std::chrono::steady_clock::now();
        const std::vector<ForceLayout::Edge> edges = edgesAt(graph, dates[next++ % dates.size()]);
        layout.setGraph(actors, edges);
        const auto warmStarted = std::chrono::steady_clock::now();
        QElapsedTimer slice;
        slice.start();
        int steps = 0;
        do {
            layout.step();
            ++steps;
        } while (!layout.settled() && slice.nsecsElapsed() * (steps + 1) / steps <= qint64(sliceMilliseconds * 1e6));
        const std::vector<QPointF> frame = layout.positions();
        benchmark::DoNotOptimize(frame.data());
        const auto published = std::chrono::steady_clock::now();

        state.PauseTiming();
        const int more = layout.run(maximumSteps - steps);
        const double total = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - changed).count();
        firstSteps += steps;
        slowestFrame = std::max(slowestFrame, std::chrono::duration<double, std::milli>(published - changed).count());
        queryMilliseconds += std::chrono::duration<double, std::milli>(warmStarted - changed).count();
        activeEdges += double(edges.size());
        settleSteps += steps + more;
        settleMilliseconds += total;
        slowestSettle = std::max(slowestSettle, total);
        unsettled += layout.settled() ? 0 : 1;
        state.ResumeTiming();
    }
    const double iterations = double(std::max<std::size_t>(1, next));
    state.counters["first_frame_steps"] = firstSteps / iterations;
    state.counters["first_frame_ms_max"] = slowestFrame;
    state.counters["query_ms"] = queryMilliseconds / iterations; // AllianceGraph and setGraph
    state.counters["active_edges"] = activeEdges / iterations;
    state.counters["settle_steps"] = settleSteps / iterations;
    state.counters["settle_ms"] = settleMilliseconds / iterations;
    state.counters["settle_ms_max"] = slowestSettle;
    state.counters["unsettled"] = unsettled;
}
BENCHMARK(BM_GraphAtDate)->Arg(5'000)->Iterations(20)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same date changes through GraphSimulation itself, from the GUI
// thread's AllianceGraph work to the first positionsChanged() on this
// thread: BM_GraphAtDate's model plus the queued calls between the threads.
// Settling after the frame is untimed.
void BM_GraphSimulationAtDate(benchmark::State &state)
{
    const int actors = int(state.range(0));
    const GraphAtlas *atlas = graphAtlasOrSkip(state, true);
    if (!atlas)
        return;
    constexpr int timeout = 600'000;
    const std::vector<qint64> &dates = atlas->dates;
    GraphSimulation simulation;
    simulation.setReference(actors, atlas->edges, layoutSeed);
    simulation.setActiveGraph(edgesAt(*atlas->graph, dates.back()));
    if (!simulation.waitUntilSettled(timeout)) {
        state.SkipWithError("the reference did not settle");
        return;
    }
    QEventLoop loop;
    QObject::connect(&simulation, &GraphSimulation::positionsChanged, &loop, &QEventLoop::quit);
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &loop, &QEventLoop::quit);
    std::size_t next = 0;
    int unsettled = 0;
    for (auto _ : state) {
        simulation.setActiveGraph(edgesAt(*atlas->graph, dates[next++ % dates.size()]));
        giveUp.start(timeout);
        loop.exec();
        state.PauseTiming();
        unsettled += simulation.waitUntilSettled(timeout) ? 0 : 1;
        // A frame follows the last one by 16 ms at least; the date moves a
        // while after the picture settled, not within that frame.
        QThread::msleep(20);
        state.ResumeTiming();
    }
    state.counters["unsettled"] = unsettled;
}
BENCHMARK(BM_GraphSimulationAtDate)->Arg(5'000)->Iterations(20)->Unit(benchmark::kMillisecond)->UseRealTime();

// Moving the date cursor: which of 25,000 relations hold at a date. Spans
// of a few days to decades, a fifth still in force, spread over 1900–2025.
void BM_ActiveAt(benchmark::State &state)
{
    const int count = int(state.range(0));
    QRandomGenerator random(graphSeed);
    Annals::AtlasData data;
    data.relations.reserve(count);
    const qint64 year = 31'556'952;
    const qint64 from = Annals::secondsFromCivil({1900, 1, 1, 0, 0, 0});
    for (int i = 0; i < count; ++i) {
        Annals::Relation relation;
        relation.id = i + 1;
        const qint64 start = from + qint64(random.bounded(125.0 * double(year)));
        relation.when.start = Annals::HistoricalDate(start, Annals::Precision::Day);
        if (random.bounded(5) != 0)
            relation.when.end = Annals::HistoricalDate(start + qint64(random.bounded(30.0 * double(year))),
                                                       Annals::Precision::Day);
        data.relations.append(relation);
    }
    const Annals::RelationSnapshot snapshot(data);
    std::size_t active = 0;
    std::size_t queries = 0;
    for (auto _ : state) {
        const qint64 t = from + qint64(random.bounded(125.0 * double(year)));
        const std::vector<qsizetype> found = snapshot.activeAt(t);
        active += found.size();
        ++queries;
        benchmark::DoNotOptimize(found.data());
    }
    state.counters["active"] = queries ? double(active) / double(queries) : 0.0;
}
BENCHMARK(BM_ActiveAt)->Arg(25'000)->Unit(benchmark::kMicrosecond);

} // namespace
