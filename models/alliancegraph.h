// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actornames.h"
#include "domain.h"
#include "forcelayout.h"
#include "relationsnapshot.h"

#include <QHash>

#include <vector>

namespace Annals {

// What the graph should show: the relations in force at a date (or at any
// time within a window), of some kinds, optionally only around one actor.
struct GraphQuery {
    qint64 time = 0;
    // When set, relations in force at any time in [windowStart, windowEnd)
    // count, and actors that exist at any time in it are present.
    bool wholeWindow = false;
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    // Bit (1 << int(RelationKind)) set: that kind is shown.
    quint32 kinds = 0xffffffffu;
    // Neighbourhood focus: when not 0, only this actor and the actors
    // within focusSteps relations of it (among the relations shown).
    ItemId focusActor = 0;
    int focusSteps = 1;
    // More actors the neighbourhood grows from, with the focus actor (a tour
    // step's event's actors, say); ignored without a focus actor.
    QList<ItemId> focusAlso;

    static quint32 kindBit(RelationKind kind) { return 1u << unsigned(kind); }
};

// The answer, in AllianceGraph's actor order.
struct GraphFrame {
    enum class NodeState : quint8 {
        Hidden,  // outside the focused neighbourhood
        Ghost,   // does not exist at the date (not yet, or no longer)
        Present,
    };
    // Indices into AtlasData::relations, ascending.
    std::vector<qsizetype> relations;
    // For each entry of `relations`: its place among the relations shown
    // between the same two actors, and how many there are, so that each of
    // several treaties between one pair gets its own curve.
    std::vector<int> parallelIndex;
    std::vector<int> parallelCount;
    // Per actor: distinct neighbours through the relations shown.
    std::vector<int> degree;
    std::vector<NodeState> nodes;
};

// The alliance graph of an atlas, independent of any window: one node per
// actor and, for any date, the relations in force and the actors that exist
// then. Where the nodes go is GraphSimulation's job; this class only says
// which edges it should lay out (every relation of all time for the
// reference layout, the frame's relations for the graph of the moment).
class AllianceGraph
{
public:
    AllianceGraph() = default;
    explicit AllianceGraph(const AtlasData &data);

    const QList<Actor> &actors() const;
    const QList<Relation> &relations() const;
    int indexOf(ItemId actorId) const { return m_indexOf.value(actorId, -1); }

    // Indices into data.relations of the relations in force at `time` whose
    // both ends are actors of the atlas.
    std::vector<qsizetype> relationsAt(qint64 time) const;
    GraphFrame frame(const GraphQuery &query) const;

    // Layout edges between actor indices, each pair once (strength 1): for
    // every relation of all time, or for the given relation indices.
    std::vector<ForceLayout::Edge> allTimeEdges() const;
    std::vector<ForceLayout::Edge> edgesFor(const std::vector<qsizetype> &relationIndices) const;

    bool actorExistsAt(ItemId actorId, qint64 time) const;
    QString nameAt(ItemId actorId, qint64 time) const { return m_names.nameAt(actorId, time); }

    // Whether the relations in force at `time` join all these actors into
    // one connected group (for tests and for "who stood with whom").
    bool connectedAt(const QList<ItemId> &actorIds, qint64 time) const;

private:
    bool actorExistsWithin(ItemId actorId, qint64 from, qint64 to) const;

    const AtlasData *m_data = nullptr;
    RelationSnapshot m_snapshot;
    ActorNames m_names;
    QHash<ItemId, int> m_indexOf;
};

} // namespace Annals
