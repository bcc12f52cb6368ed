// SPDX-License-Identifier: GPL-3.0-or-later
#include "alliancegraph.h"

#include "forcelayout.h"

#include <QSet>

#include <numeric>

namespace Annals {

AllianceGraph::AllianceGraph(const AtlasData &data, quint64 seed)
    : m_data(&data)
    , m_snapshot(data)
    , m_names(data)
{
    for (int i = 0; i < data.actors.size(); ++i)
        m_indexOf.insert(data.actors.at(i).id, i);
    // All relations of all time, each pair once, place the nodes: the picture
    // stays put as the date moves and only the edges come and go.
    std::vector<ForceLayout::Edge> edges;
    QSet<QPair<int, int>> seen;
    for (const Relation &relation : data.relations) {
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
    ForceLayout layout;
    layout.setGraph(int(data.actors.size()), std::move(edges));
    layout.randomise(seed);
    layout.run(3000);
    m_positions = layout.positions();
}

const QList<Actor> &AllianceGraph::actors() const
{
    static const QList<Actor> none;
    return m_data ? m_data->actors : none;
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
