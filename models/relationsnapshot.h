// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QHash>

#include <vector>

namespace Annals {

// Which relations hold at a date, and which actors exist then: what the
// alliance graph asks each time the date cursor moves. Built once per load
// from the atlas's relations and actors; each question is then answered
// without looking at the relations that do not hold.
//
// A relation holds over [start, end): from the first second of its start's
// period to the first second after its end's period, so a relation ending
// "1991" (year precision) holds on 31 Dec 1991 and not on 1 Jan 1992. An
// invalid start means "since always" and an open end "still in force".
// Actors live by the same rule (invalid start: since always; invalid end:
// still existing).
//
// Inside, the spans sit in an implicit interval tree (Heng Li's cgranges
// layout): one array sorted by start, read as a balanced binary tree in
// which element i at level k has children i ± 2^(k-1), each holding the
// largest end in its subtree. A query is O(log n + answers), with no
// allocation except the answer, and one open-ended relation costs no more
// than any other (a "longest duration" bound would make every query scan
// everything once a single relation is still in force).
//
// Invariants: m_starts is sorted (ties by relation index); m_ends[i] >
// m_starts[i] is not assumed (a span that ends before it starts, which the
// atlas checks refuse, simply never holds); m_subtreeEnds[i] >= m_ends[i].
class RelationSnapshot
{
public:
    RelationSnapshot() = default;
    explicit RelationSnapshot(const AtlasData &data);

    qsizetype relationCount() const { return qsizetype(m_starts.size()); }

    // Indices into data.relations of the relations that hold at second t,
    // in ascending order (the order of data.relations, so that a graph built
    // from the answer keeps its edge order as the date moves).
    std::vector<qsizetype> activeAt(qint64 t) const;

    // Indices of the relations whose span overlaps [from, to), ascending.
    // Empty when to <= from.
    std::vector<qsizetype> activeWithin(qint64 from, qint64 to) const;

    // Whether the actor with this id exists at second t; false for an id
    // the atlas does not hold.
    bool actorExistsAt(ItemId actorId, qint64 t) const;

    // The span [start, end) a relation of data.relations holds over, as the
    // queries read it (open start: the smallest qint64, open end: the largest).
    static qint64 spanStart(const TimeSpan &span);
    static qint64 spanEnd(const TimeSpan &span);

private:
    // Appends to `out`, in start order, the sorted positions whose span
    // overlaps [from, to).
    void collect(qint64 from, qint64 to, std::vector<qsizetype> &out) const;

    std::vector<qint64> m_starts;      // sorted
    std::vector<qint64> m_ends;        // exclusive
    std::vector<qint64> m_subtreeEnds; // largest end in the implicit subtree at i
    std::vector<qsizetype> m_relation; // index into data.relations
    int m_rootLevel = -1;              // -1 when empty

    struct Lifespan {
        qint64 start;
        qint64 end;
    };
    QHash<ItemId, Lifespan> m_actors;
};

} // namespace Annals
