// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "eventindex.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Annals {

// What the user chose to see, held in ViewState and applied alike by the
// timeline, the overview and actor charts (through filteredIndex), the graph
// (relationPasses, actorPasses) and the event list. The default filter shows
// everything. Each condition narrows; conditions combine with AND, the values
// inside one condition with OR ("events of China or the USSR, that are
// treaties, from 1950 to 1961").
struct ViewFilter {
    // Events naming any of these actors; in the graph, these actors and the
    // relations that touch them. Sorted, no duplicates (normalized()).
    QList<ItemId> actors;
    // Events whose category is one of these (exact, case-sensitive: the
    // categories an atlas uses). Sorted, no duplicates.
    QStringList categories;
    // Relations whose kind has its bit (1u << int(kind)) set; events are not
    // affected. All bits set shows every kind.
    quint32 relationKinds = allRelationKinds();
    // Events of this importance or more (1..5; 1 shows every event).
    int minimumImportance = 1;
    // Events and relations overlapping [rangeStart, rangeEnd); no range when
    // rangeEnd <= rangeStart.
    qint64 rangeStart = 0;
    qint64 rangeEnd = 0;

    static constexpr quint32 allRelationKinds() { return 0xffffffffu; }
    bool hasRange() const { return rangeEnd > rangeStart; }
    bool showsRelationKind(RelationKind kind) const { return relationKinds & (1u << unsigned(kind)); }
    // True when the filter shows everything.
    bool isEmpty() const;
    // Actors and categories sorted and unique, importance clamped to 1..5,
    // an empty range as none, every known relation kind as all bits: what
    // ViewState stores, so that equal filters compare equal.
    ViewFilter normalized() const;

    friend bool operator==(const ViewFilter &, const ViewFilter &) = default;
};

// The events of `all` that pass the filter's event conditions (actors,
// categories, importance, range), as an index of only them, in the same
// order. Returns a copy of `all` when no event condition is set. Linear in
// the number of events; no Event structs are read (a million events: tens of
// milliseconds).
EventIndex filteredIndex(const EventIndex &all, const ViewFilter &filter);

// A relation passes when its kind is shown, it overlaps the range (an open
// end lasts for ever), and, when actors are chosen, one of its ends is one of
// them.
bool relationPasses(const Relation &relation, const ViewFilter &filter);

// An actor is shown in the graph when no actors are chosen, or it is chosen,
// or a relation that passes links it to a chosen one (so a chosen actor is
// seen with its partners, not alone).
bool actorPasses(ItemId actorId, const ViewFilter &filter, const QList<Relation> &relations);

// Every actor actorPasses() would show, at once (linear in the relations):
// the chosen actors and their partners through passing relations. Empty when
// no actors are chosen, which shows every actor.
QSet<ItemId> actorsShown(const ViewFilter &filter, const QList<Relation> &relations);

// True when the filter narrows the events (actors, categories, importance or
// range), not only the relations.
bool filtersEvents(const ViewFilter &filter);

// Every relation kind Annals knows, as ViewFilter::relationKinds bits.
quint32 knownRelationKinds();

} // namespace Annals
