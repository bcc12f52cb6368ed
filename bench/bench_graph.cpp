// SPDX-License-Identifier: GPL-3.0-or-later
// The alliance graph's budgets: a graph of 5,000 actors and 25,000
// relations settles in ≤ 2 s, faster than Graphviz sfdp on the same graph;
// and the date cursor's question (which relations hold now) over 25,000
// relations. Graphs are made here from a fixed seed, so no files are needed
// and sfdp sees exactly the graph ForceLayout does.
//
// Sizes: 500 and 5,000 actors are the budget's neighbourhood; 20,000 shows
// the trend. 50,000 took about 30 s (540 steps of 57 ms) when measured, too
// long for routine runs, so it is left out.
#include "forcelayout.h"
#include "relationsnapshot.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <deque>
#include <map>
#include <vector>

namespace {

using Annals::ForceLayout;

constexpr quint32 graphSeed = 20250101;
constexpr quint64 layoutSeed = 1;
constexpr int relationsPerActor = 5;
constexpr int maximumSteps = 5000;

// n actors and 5n relations between random distinct actors: no structure,
// which is the hardest case for a layout (nothing to settle into) and the
// same for every run.
std::vector<ForceLayout::Edge> benchmarkGraph(int actors)
{
    QRandomGenerator random(graphSeed);
    std::vector<ForceLayout::Edge> edges;
    edges.reserve(std::size_t(actors) * relationsPerActor);
    while (int(edges.size()) < actors * relationsPerActor) {
        const int a = int(random.bounded(actors));
        const int b = int(random.bounded(actors));
        if (a != b)
            edges.push_back({a, b, 1});
    }
    return edges;
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

// From a seeded random start until settled, as the graph view's first
// layout of an atlas does.
void BM_GraphLayout(benchmark::State &state)
{
    const int actors = int(state.range(0));
    const std::vector<ForceLayout::Edge> edges = benchmarkGraph(actors);
    int steps = 0;
    bool settled = false;
    std::vector<QPointF> positions;
    double runMilliseconds = 0;
    for (auto _ : state) {
        ForceLayout layout;
        layout.setGraph(actors, edges);
        layout.randomise(layoutSeed);
        const auto started = std::chrono::steady_clock::now();
        steps = layout.run(maximumSteps);
        runMilliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        settled = layout.settled();
        positions = layout.positions();
        benchmark::DoNotOptimize(positions.data());
    }
    state.counters["steps"] = steps;
    state.counters["settled"] = settled ? 1 : 0;
    state.counters["stress"] = sampledStress(positions, edges);
    state.counters["ms_per_step"] = steps > 0 ? runMilliseconds / steps : 0.0; // of the last run
}
BENCHMARK(BM_GraphLayout)->Arg(500)->Arg(5'000)->Arg(20'000)->Unit(benchmark::kMillisecond)->UseRealTime();

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
    const std::vector<ForceLayout::Edge> edges = benchmarkGraph(actors);
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
BENCHMARK(BM_Sfdp)->Arg(500)->Arg(5'000)->Arg(20'000)->Unit(benchmark::kMillisecond)->UseRealTime();

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
