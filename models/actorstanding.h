// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "viewfilter.h"

#include <QHash>
#include <QList>

#include <optional>
#include <utility>
#include <vector>

namespace Annals {

struct StandingCounts {
    int allies = 0;
    int rivals = 0;

    friend bool operator==(const StandingCounts &, const StandingCounts &) = default;
};

// From `time` on, until the next point, the actor had these counts.
struct StandingPoint {
    qint64 time = 0;
    int allies = 0;
    int rivals = 0;

    StandingCounts counts() const { return {allies, rivals}; }
    friend bool operator==(const StandingPoint &, const StandingPoint &) = default;
};

// What a sentence about an actor's standing over the whole atlas needs.
// Every field is 0 when the actor has no allies and no rivals at any time.
struct StandingSummary {
    int peakAllies = 0;
    qint64 peakAlliesFrom = 0; // the first time the peak held
    int peakRivals = 0;
    qint64 peakRivalsFrom = 0;
    StandingPoint first; // the counts at the first and at the last breakpoint
    StandingPoint last;
};

// Who stood with an actor and who against it, over time: how many allies
// and rivals it had at each date, for plain-language statements such as
// "On 1 Oct 1959, North Korea had 2 allies and 2 rivals in this atlas".
//
// The rule (countsAsAlly, countsAsRival), chosen after reading the sample
// atlas, whose relations are what students will meet first:
//  * An ally is another actor joined to this one by a relation in force
//    with stance > 0 of an alliance-like kind: Alliance, Treaty, Aid or
//    Summit.
//  * A rival is another actor joined by a relation in force with stance
//    < 0, of any kind: Rivalry, Sanctions, War, and a hostile tie of any
//    other kind, since the atlas's author said it was hostile.
//  * Not alliance-like, whatever their stance. Leadership: a ruler leading
//    his own state or party is not its ally. Membership: the sample marks
//    the three Kim rulers' membership of the "Kim dynasty" group +1, and
//    belonging to a family, a party or the UN is not an alliance. Family:
//    kinship is not alliance (the sample keeps it neutral). Other: too
//    loose to call alliance; Carter's private mediation with Kim Il-sung in
//    1994 is marked +1, yet made him nobody's ally.
//  * Direction does not matter: the giver and the receiver of aid are each
//    other's allies, the sanctioning and the sanctioned each other's rivals.
//  * Each partner counts once, however many relations join them (China
//    and North Korea: an alliance, a treaty and aid at once). A partner
//    joined by a friendly and a hostile tie at once counts on both sides
//    (China, North Korea's treaty ally, voted for every UN sanction on it
//    from 2006 to 2017): netting them out would hide one of the two facts.
//  * Only relations whose two ends are actors of the atlas count, and never
//    a relation of an actor with itself, as in AllianceGraph.
//  * A relation is in force as RelationSnapshot reads it: over [spanStart,
//    spanEnd), an invalid start meaning since always, an open end still in
//    force; one that ends before it starts never is. The actors' lifespans
//    are not consulted: a relation says itself when it held.
//
// Built once per atlas load: one pass over the relations gathers each
// actor's ties (the relations that count, with partner and side), so that
// every question looks only at the actor's own r ties. standingOverTime()
// sweeps their starts and ends, O(r log r); countsAt() and the lists scan
// the ties directly, O(r). The two are deliberately separate readings of
// the same rule, so that each checks the other.
class ActorStanding
{
public:
    ActorStanding() = default;
    // Counting only the relations the filter passes (relationPasses): with
    // some relation kinds hidden, allies are counted among those shown.
    explicit ActorStanding(const AtlasData &data, const ViewFilter &filter = {});

    static bool countsAsAlly(const Relation &relation);
    static bool countsAsRival(const Relation &relation);

    // Where the counts change, ascending: from each point's time until the
    // next point's, the actor had that point's counts; before the first, none
    // (so the first point never has two zeros, and no two neighbours have
    // equal counts). The first time is the smallest qint64 when a tie has
    // held since always. Empty for an actor without allies or rivals ever.
    std::vector<StandingPoint> standingOverTime(ItemId actorId) const;

    StandingCounts countsAt(ItemId actorId, qint64 time) const;
    // The counts a step function of standingOverTime() gives at `time`.
    static StandingCounts countsIn(const std::vector<StandingPoint> &points, qint64 time);

    // The partners' ids, ascending.
    QList<ItemId> alliesAt(ItemId actorId, qint64 time) const;
    QList<ItemId> rivalsAt(ItemId actorId, qint64 time) const;

    // Indices into data.relations of the relations that make the partner an
    // ally or rival of the actor at `time`, ascending: why the partner counts.
    std::vector<qsizetype> tiesBetween(ItemId actorId, ItemId partnerId, qint64 time) const;

    StandingSummary summary(ItemId actorId) const { return summarise(standingOverTime(actorId)); }
    static StandingSummary summarise(const std::vector<StandingPoint> &points);

private:
    enum class Side : quint8 { Ally, Rival };
    struct Tie {
        ItemId partner;
        qint64 start;
        qint64 end; // exclusive
        qsizetype relation;
        Side side;
    };

    std::vector<const Tie *> tiesAt(ItemId actorId, qint64 time) const;
    QList<ItemId> partnersAt(ItemId actorId, qint64 time, Side side) const;

    QHash<ItemId, std::vector<Tie>> m_ties;
};

// [first start, last end) of the atlas's events and eras: the span the
// timeline fits when it shows the whole atlas (TimelineCanvas::dataRange
// reads it the same way). Empty for an atlas without either.
std::optional<std::pair<qint64, qint64>> atlasTimeSpan(const AtlasData &data);

} // namespace Annals
