// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actornames.h"
#include "domain.h"
#include "relationsnapshot.h"

#include <QHash>
#include <QPointF>

#include <vector>

namespace Annals {

// The alliance graph of an atlas, independent of any window: one node per
// actor, placed once by a force layout of all relations over all time (so a
// node keeps its place whatever the date), and, for any date, the relations
// in force and the actors that exist then.
class AllianceGraph
{
public:
    AllianceGraph() = default;
    explicit AllianceGraph(const AtlasData &data, quint64 seed = 1);

    const QList<Actor> &actors() const;
    // Layout coordinates of actor i (same order as actors()).
    const std::vector<QPointF> &positions() const { return m_positions; }
    int indexOf(ItemId actorId) const { return m_indexOf.value(actorId, -1); }

    // Indices into data.relations of the relations in force at `time` whose
    // both ends are actors of the atlas.
    std::vector<qsizetype> relationsAt(qint64 time) const;
    bool actorExistsAt(ItemId actorId, qint64 time) const;
    QString nameAt(ItemId actorId, qint64 time) const { return m_names.nameAt(actorId, time); }

    // Actors joined by the relations in force at `time`, as connected groups
    // of actor ids (for tests and for "who stood with whom").
    bool connectedAt(const QList<ItemId> &actorIds, qint64 time) const;

private:
    const AtlasData *m_data = nullptr;
    RelationSnapshot m_snapshot;
    ActorNames m_names;
    QHash<ItemId, int> m_indexOf;
    std::vector<QPointF> m_positions;
};

} // namespace Annals
