// SPDX-License-Identifier: GPL-3.0-or-later
#include "alliancegraph.h"

#include "forcelayout.h"

#include <QSet>

#include <numeric>

namespace Annals {

AllianceGraph::AllianceGraph(const AtlasData &data)
    : m_data(&data)
    , m_snapshot(data)
    , m_names(data)
{
    for (int i = 0; i < data.actors.size(); ++i)
        m_indexOf.insert(data.actors.at(i).id, i);
}

std::vector<ForceLayout::Edge> AllianceGraph::allTimeEdges() const
{
    std::vector<qsizetype> all(std::size_t(relations().size()));
    std::iota(all.begin(), all.end(), qsizetype(0));
    return edgesFor(all);
}

std::vector<ForceLayout::Edge> AllianceGraph::edgesFor(const std::vector<qsizetype> &relationIndices) const
{
    // Two treaties between one pair pull no harder than one: the layout is
    // about who is tied to whom, not how many papers they signed.
    std::vector<ForceLayout::Edge> edges;
    QSet<QPair<int, int>> seen;
    for (qsizetype i : relationIndices) {
        const Relation &relation = relations().at(i);
        const int a = indexOf(relation.sourceId);
        const int b = indexOf(relation.targetId);
        if (a < 0 || b < 0 || a == b)
            continue;
        const QPair<int, int> key(std::min(a, b), std::max(a, b));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        edges.push_back({key.first, key.second, 1.0});
    }
    return edges;
}

const QList<Actor> &AllianceGraph::actors() const
{
    static const QList<Actor> none;
    return m_data ? m_data->actors : none;
}

const QList<Relation> &AllianceGraph::relations() const
{
    static const QList<Relation> none;
    return m_data ? m_data->relations : none;
}

std::vector<qsizetype> AllianceGraph::relationsAt(qint64 time) const
{
    std::vector<qsizetype> result;
    if (!m_data)
        return result;
    for (qsizetype i : m_snapshot.activeAt(time)) {
        const Relation &relation = m_data->relations.at(i);
        if (indexOf(relation.sourceId) >= 0 && indexOf(relation.targetId) >= 0)
            result.push_back(i);
    }
    return result;
}

bool AllianceGraph::actorExistsAt(ItemId actorId, qint64 time) const
{
    return m_snapshot.actorExistsAt(actorId, time);
}

bool AllianceGraph::actorExistsWithin(ItemId actorId, qint64 from, qint64 to) const
{
    // Exists at some second of [from, to): alive at the start, or born inside.
    if (m_snapshot.actorExistsAt(actorId, from))
        return true;
    const int index = indexOf(actorId);
    if (index < 0)
        return false;
    const HistoricalDate &born = actors().at(index).start;
    return born.isValid() && born.seconds() > from && born.seconds() < to;
}

GraphFrame AllianceGraph::frame(const GraphQuery &query) const
{
    GraphFrame frame;
    const std::size_t actorCount = std::size_t(actors().size());
    frame.degree.assign(actorCount, 0);
    frame.nodes.assign(actorCount, GraphFrame::NodeState::Present);
    if (!m_data)
        return frame;

    const bool window = query.wholeWindow && query.windowEnd > query.windowStart;
    std::vector<qsizetype> candidates = window ? m_snapshot.activeWithin(query.windowStart, query.windowEnd)
                                               : m_snapshot.activeAt(query.time);
    // Each relation shown with its two ends as actor indices, looked up once.
    struct Shown {
        qsizetype relation;
        std::size_t a;
        std::size_t b;
    };
    std::vector<Shown> shown;
    shown.reserve(candidates.size());
    for (qsizetype i : candidates) {
        const Relation &relation = m_data->relations.at(i);
        const int a = indexOf(relation.sourceId);
        const int b = indexOf(relation.targetId);
        if (a < 0 || b < 0 || a == b || !(query.kinds & GraphQuery::kindBit(relation.kind)))
            continue;
        shown.push_back({i, std::size_t(a), std::size_t(b)});
    }

    for (std::size_t i = 0; i < actorCount; ++i) {
        const ItemId id = actors().at(qsizetype(i)).id;
        const bool exists = window ? actorExistsWithin(id, query.windowStart, query.windowEnd) : actorExistsAt(id, query.time);
        if (!exists)
            frame.nodes[i] = GraphFrame::NodeState::Ghost;
    }

    // Neighbourhood focus: breadth-first over the relations shown.
    const int focus = query.focusActor ? indexOf(query.focusActor) : -1;
    if (focus >= 0) {
        std::vector<std::vector<std::size_t>> neighbours(actorCount);
        for (const Shown &edge : shown) {
            neighbours[edge.a].push_back(edge.b);
            neighbours[edge.b].push_back(edge.a);
        }
        std::vector<int> distance(actorCount, -1);
        distance[std::size_t(focus)] = 0;
        std::vector<std::size_t> frontier{std::size_t(focus)};
        for (ItemId also : query.focusAlso) {
            const int index = indexOf(also);
            if (index >= 0 && distance[std::size_t(index)] < 0) {
                distance[std::size_t(index)] = 0;
                frontier.push_back(std::size_t(index));
            }
        }
        for (int step = 0; step < std::max(1, query.focusSteps) && !frontier.empty(); ++step) {
            std::vector<std::size_t> next;
            for (std::size_t node : frontier) {
                for (std::size_t neighbour : neighbours[node]) {
                    if (distance[neighbour] >= 0)
                        continue;
                    distance[neighbour] = step + 1;
                    next.push_back(neighbour);
                }
            }
            frontier = std::move(next);
        }
        for (std::size_t i = 0; i < actorCount; ++i) {
            if (distance[i] < 0)
                frame.nodes[i] = GraphFrame::NodeState::Hidden;
        }
        std::erase_if(shown, [&](const Shown &edge) { return distance[edge.a] < 0 || distance[edge.b] < 0; });
    }

    // Degrees count distinct neighbours; parallel relations get their own curves.
    QHash<QPair<std::size_t, std::size_t>, int> perPair;
    frame.relations.reserve(shown.size());
    frame.parallelIndex.reserve(shown.size());
    for (const Shown &edge : shown) {
        int &count = perPair[qMakePair(std::min(edge.a, edge.b), std::max(edge.a, edge.b))];
        if (count == 0) {
            ++frame.degree[edge.a];
            ++frame.degree[edge.b];
        }
        frame.relations.push_back(edge.relation);
        frame.parallelIndex.push_back(count++);
    }
    frame.parallelCount.reserve(shown.size());
    for (const Shown &edge : shown)
        frame.parallelCount.push_back(perPair.value(qMakePair(std::min(edge.a, edge.b), std::max(edge.a, edge.b))));
    return frame;
}

bool AllianceGraph::connectedAt(const QList<ItemId> &actorIds, qint64 time) const
{
    if (!m_data || actorIds.isEmpty())
        return false;
    // Union–find over the relations in force.
    std::vector<int> parent(std::size_t(m_data->actors.size()));
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&parent](int x) {
        while (parent[std::size_t(x)] != x)
            x = parent[std::size_t(x)] = parent[std::size_t(parent[std::size_t(x)])];
        return x;
    };
    for (qsizetype i : relationsAt(time)) {
        const Relation &relation = m_data->relations.at(i);
        parent[std::size_t(find(indexOf(relation.sourceId)))] = find(indexOf(relation.targetId));
    }
    const int first = indexOf(actorIds.first());
    if (first < 0)
        return false;
    for (ItemId id : actorIds) {
        const int index = indexOf(id);
        if (index < 0 || find(index) != find(first))
            return false;
    }
    return true;
}

} // namespace Annals
