// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorstanding.h"

#include "relationsnapshot.h"

#include <QSet>

#include <algorithm>
#include <iterator>
#include <limits>

namespace Annals {

namespace {

constexpr qint64 latest = std::numeric_limits<qint64>::max();

} // namespace

bool ActorStanding::countsAsAlly(const Relation &relation)
{
    if (relation.stance <= 0)
        return false;
    switch (relation.kind) {
    case RelationKind::Alliance:
    case RelationKind::Treaty:
    case RelationKind::Aid:
    case RelationKind::Summit:
        return true;
    case RelationKind::Family:
    case RelationKind::Rivalry:
    case RelationKind::Sanctions:
    case RelationKind::Membership:
    case RelationKind::Leadership:
    case RelationKind::War:
    case RelationKind::Other:
        return false;
    }
    return false;
}

bool ActorStanding::countsAsRival(const Relation &relation)
{
    return relation.stance < 0;
}

ActorStanding::ActorStanding(const AtlasData &data, const ViewFilter &filter)
{
    const bool filtering = !filter.isEmpty();
    QSet<ItemId> actors;
    actors.reserve(data.actors.size());
    for (const Actor &actor : data.actors)
        actors.insert(actor.id);

    for (qsizetype i = 0; i < data.relations.size(); ++i) {
        const Relation &relation = data.relations[i];
        const bool ally = countsAsAlly(relation);
        if (!ally && !countsAsRival(relation))
            continue;
        if (filtering && !relationPasses(relation, filter))
            continue;
        if (relation.sourceId == relation.targetId || !actors.contains(relation.sourceId)
            || !actors.contains(relation.targetId))
            continue;
        const qint64 start = RelationSnapshot::spanStart(relation.when);
        const qint64 end = RelationSnapshot::spanEnd(relation.when);
        if (end <= start)
            continue;
        const Side side = ally ? Side::Ally : Side::Rival;
        m_ties[relation.sourceId].push_back({relation.targetId, start, end, i, side});
        m_ties[relation.targetId].push_back({relation.sourceId, start, end, i, side});
    }
}

std::vector<StandingPoint> ActorStanding::standingOverTime(ItemId actorId) const
{
    std::vector<StandingPoint> points;
    const auto found = m_ties.constFind(actorId);
    if (found == m_ties.constEnd())
        return points;
    const std::vector<Tie> &ties = *found;

    // Each partner gets a slot per side counting its ties in force; a partner
    // enters the count when its slot leaves 0 and leaves when it returns to 0.
    QHash<ItemId, int> partnerSlot;
    struct Change {
        qint64 time;
        int slot; // partner slot * 2 + side
        int delta;
    };
    std::vector<Change> changes;
    changes.reserve(ties.size() * 2);
    for (const Tie &tie : ties) {
        auto partner = partnerSlot.constFind(tie.partner);
        if (partner == partnerSlot.constEnd())
            partner = partnerSlot.insert(tie.partner, int(partnerSlot.size()));
        const int slot = *partner * 2 + (tie.side == Side::Rival ? 1 : 0);
        changes.push_back({tie.start, slot, +1});
        if (tie.end != latest)
            changes.push_back({tie.end, slot, -1});
    }
    std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.time < b.time; });

    std::vector<int> inForce(std::size_t(partnerSlot.size()) * 2, 0);
    StandingCounts counts;
    StandingCounts reported;
    for (std::size_t i = 0; i < changes.size();) {
        // Everything that happens at one second happens at once: a tie ending
        // at t and another beginning at t with the same partner is no change.
        const qint64 time = changes[i].time;
        for (; i < changes.size() && changes[i].time == time; ++i) {
            int &slot = inForce[std::size_t(changes[i].slot)];
            int &count = (changes[i].slot % 2) ? counts.rivals : counts.allies;
            const int before = slot;
            slot += changes[i].delta;
            if (before == 0 && slot > 0)
                ++count;
            else if (before > 0 && slot == 0)
                --count;
        }
        if (counts != reported) {
            points.push_back({time, counts.allies, counts.rivals});
            reported = counts;
        }
    }
    return points;
}

std::vector<const ActorStanding::Tie *> ActorStanding::tiesAt(ItemId actorId, qint64 time) const
{
    std::vector<const Tie *> inForce;
    const auto found = m_ties.constFind(actorId);
    if (found == m_ties.constEnd())
        return inForce;
    for (const Tie &tie : *found) {
        if (tie.start <= time && time < tie.end)
            inForce.push_back(&tie);
    }
    return inForce;
}

QList<ItemId> ActorStanding::partnersAt(ItemId actorId, qint64 time, Side side) const
{
    QList<ItemId> partners;
    for (const Tie *tie : tiesAt(actorId, time)) {
        if (tie->side == side)
            partners.append(tie->partner);
    }
    std::sort(partners.begin(), partners.end());
    partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
    return partners;
}

QList<ItemId> ActorStanding::alliesAt(ItemId actorId, qint64 time) const
{
    return partnersAt(actorId, time, Side::Ally);
}

QList<ItemId> ActorStanding::rivalsAt(ItemId actorId, qint64 time) const
{
    return partnersAt(actorId, time, Side::Rival);
}

StandingCounts ActorStanding::countsAt(ItemId actorId, qint64 time) const
{
    return {int(alliesAt(actorId, time).size()), int(rivalsAt(actorId, time).size())};
}

StandingCounts ActorStanding::countsIn(const std::vector<StandingPoint> &points, qint64 time)
{
    const auto after = std::upper_bound(points.begin(), points.end(), time,
                                        [](qint64 t, const StandingPoint &point) { return t < point.time; });
    return after == points.begin() ? StandingCounts{} : std::prev(after)->counts();
}

std::vector<qsizetype> ActorStanding::tiesBetween(ItemId actorId, ItemId partnerId, qint64 time) const
{
    std::vector<qsizetype> relations;
    for (const Tie *tie : tiesAt(actorId, time)) {
        if (tie->partner == partnerId)
            relations.push_back(tie->relation);
    }
    std::sort(relations.begin(), relations.end());
    return relations;
}

StandingSummary ActorStanding::summarise(const std::vector<StandingPoint> &points)
{
    StandingSummary summary;
    if (points.empty())
        return summary;
    summary.first = points.front();
    summary.last = points.back();
    // Strictly greater: the peak's date is when it was first reached.
    for (const StandingPoint &point : points) {
        if (point.allies > summary.peakAllies) {
            summary.peakAllies = point.allies;
            summary.peakAlliesFrom = point.time;
        }
        if (point.rivals > summary.peakRivals) {
            summary.peakRivals = point.rivals;
            summary.peakRivalsFrom = point.time;
        }
    }
    return summary;
}

std::optional<std::pair<qint64, qint64>> atlasTimeSpan(const AtlasData &data)
{
    std::optional<std::pair<qint64, qint64>> span;
    auto include = [&span](const TimeSpan &when) {
        if (!when.start.isValid())
            return;
        const qint64 start = when.start.seconds();
        // As EventIndex reads it: a moment, or a span that ends before it
        // starts, covers its start's period.
        qint64 end = when.endExclusive().value_or(when.start.periodEnd());
        if (end <= start)
            end = when.start.periodEnd();
        if (!span)
            span = std::pair{start, end};
        span->first = std::min(span->first, start);
        span->second = std::max(span->second, end);
    };
    for (const Event &event : data.events)
        include(event.when);
    for (const Era &era : data.eras)
        include(era.when);
    return span;
}

} // namespace Annals
