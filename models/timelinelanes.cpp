// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelanes.h"

#include "actornames.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>

#include <algorithm>

namespace Annals {

namespace {

void addRow(TimelineLanes::Lane &lane, const EventIndex &index, quint32 row)
{
    lane.rows.push_back(row);
    lane.starts.push_back(index.start(row));
    if (index.importance(row) >= 4)
        lane.importantRows.push_back(row);
}

// Fills Lane::durationClasses; classes grow by factors of four from a second.
void classifyByDuration(TimelineLanes::Lane &lane, const EventIndex &index)
{
    auto classOf = [](qint64 duration) {
        int k = 0;
        for (qint64 limit = 4; limit < duration && k < 40; limit *= 4)
            ++k;
        return k;
    };
    std::vector<TimelineLanes::Lane::DurationClass> classes;
    for (quint32 row : lane.rows) { // in start order, so each class is too
        const qint64 duration = index.end(row) - index.start(row);
        const auto k = std::size_t(classOf(duration));
        if (classes.size() <= k)
            classes.resize(k + 1);
        classes[k].rows.push_back(row);
        classes[k].starts.push_back(index.start(row));
        classes[k].maximumDuration = std::max(classes[k].maximumDuration, duration);
    }
    for (auto &durationClass : classes) {
        if (!durationClass.rows.empty())
            lane.durationClasses.push_back(std::move(durationClass));
    }
}

} // namespace

void TimelineLanes::Lane::overlapping(const EventIndex &index, qint64 from, qint64 to, std::vector<quint32> *result) const
{
    for (const DurationClass &durationClass : durationClasses) {
        // (Times stay within about ±6.3e17 s and durations below 1.3e18 s,
        // so this cannot overflow.)
        const auto first = std::upper_bound(durationClass.starts.begin(), durationClass.starts.end(),
                                            from - durationClass.maximumDuration);
        const auto last = std::lower_bound(first, durationClass.starts.end(), to);
        for (auto it = first; it != last; ++it) {
            const quint32 row = durationClass.rows[std::size_t(it - durationClass.starts.begin())];
            if (index.end(row) > from)
                result->push_back(row);
        }
    }
}

std::size_t TimelineLanes::Lane::startingWithin(qint64 from, qint64 to) const
{
    const auto first = std::lower_bound(starts.begin(), starts.end(), from);
    return std::size_t(std::lower_bound(first, starts.end(), to) - first);
}

QHash<quint32, quint32> TimelineLanes::successionGroups(const AtlasData &data)
{
    QHash<ItemId, const Actor *> actors;
    for (const Actor &actor : data.actors)
        actors.insert(actor.id, &actor);
    QHash<ItemId, QList<const Relation *>> membersOf;
    for (const Relation &relation : data.relations) {
        const Actor *group = actors.value(relation.targetId);
        if (relation.kind == RelationKind::Membership && group && group->kind == ActorKind::Group)
            membersOf[relation.targetId].append(&relation);
    }
    QHash<quint32, quint32> shared;
    for (auto it = membersOf.begin(); it != membersOf.end(); ++it) {
        QList<const Relation *> &members = it.value();
        if (members.size() < 2)
            continue;
        std::sort(members.begin(), members.end(),
                  [](const Relation *a, const Relation *b) { return a->when.start.seconds() < b->when.start.seconds(); });
        bool successive = true;
        for (qsizetype i = 1; i < members.size() && successive; ++i) {
            // Starting within the period in which the previous member ended
            // (the same day, or the same year when only the year is known)
            // is a handover, not a shared reign.
            const HistoricalDate &previousEnd = members.at(i - 1)->when.end;
            successive = previousEnd.isValid() && members.at(i)->when.start.seconds() >= previousEnd.seconds();
        }
        if (!successive)
            continue;
        for (const Relation *member : std::as_const(members))
            shared.insert(quint32(member->sourceId), quint32(it.key()));
    }
    return shared;
}

TimelineLanes TimelineLanes::build(const EventIndex &index, LaneMode mode, const ActorNames &names,
                                   const QHash<quint32, quint32> &sharedLanes)
{
    TimelineLanes result;
    result.m_mode = mode;
    const auto rowCount = quint32(index.size());

    switch (mode) {
    case LaneMode::Packed: {
        Lane lane;
        lane.title = QCoreApplication::translate("Annals::TimelineLanes", "All events");
        for (quint32 row = 0; row < rowCount; ++row)
            addRow(lane, index, row);
        result.m_lanes.append(std::move(lane));
        break;
    }
    case LaneMode::Category: {
        const QStringList &categories = index.categories();
        QList<Lane> lanes(categories.size());
        for (int i = 0; i < categories.size(); ++i) {
            lanes[i].category = i;
            lanes[i].title = categories.at(i).isEmpty()
                ? QCoreApplication::translate("Annals::TimelineLanes", "No category")
                : categories.at(i);
        }
        for (quint32 row = 0; row < rowCount; ++row)
            addRow(lanes[index.category(row)], index, row);
        // Busiest first: the lanes a reader most needs are at the top.
        std::stable_sort(lanes.begin(), lanes.end(),
                         [](const Lane &a, const Lane &b) { return a.rows.size() > b.rows.size(); });
        for (Lane &lane : lanes) {
            if (!lane.rows.empty())
                result.m_lanes.append(std::move(lane));
        }
        break;
    }
    case LaneMode::Actor: {
        QHash<quint32, qsizetype> laneOfActor;
        Lane withoutActors;
        withoutActors.title = QCoreApplication::translate("Annals::TimelineLanes", "No actor");
        const auto &offsets = index.actorOffsets();
        const auto &actorIds = index.actorIds();
        for (quint32 row = 0; row < rowCount; ++row) {
            if (offsets[row] == offsets[row + 1]) {
                addRow(withoutActors, index, row);
                continue;
            }
            QVarLengthArray<quint32, 8> added;
            for (quint32 k = offsets[row]; k < offsets[row + 1]; ++k) {
                const quint32 actor = sharedLanes.value(actorIds[k], actorIds[k]);
                // An actor in two roles, or two members of one group, is one lane entry.
                if (std::find(added.begin(), added.end(), actor) != added.end())
                    continue;
                added.append(actor);
                auto found = laneOfActor.constFind(actor);
                if (found == laneOfActor.constEnd()) {
                    Lane lane;
                    lane.actorId = actor;
                    lane.title = names.name(actor);
                    found = laneOfActor.insert(actor, result.m_lanes.size());
                    result.m_lanes.append(std::move(lane));
                }
                addRow(result.m_lanes[*found], index, row);
            }
        }
        std::stable_sort(result.m_lanes.begin(), result.m_lanes.end(),
                         [](const Lane &a, const Lane &b) { return a.rows.size() > b.rows.size(); });
        if (!withoutActors.rows.empty())
            result.m_lanes.append(std::move(withoutActors));
        break;
    }
    }
    for (Lane &lane : result.m_lanes)
        classifyByDuration(lane, index);

    result.m_sharedLanes = sharedLanes;
    result.m_laneOfCategory.assign(std::size_t(index.categories().size()), -1);
    for (int i = 0; i < result.m_lanes.size(); ++i) {
        const Lane &lane = result.m_lanes.at(i);
        if (lane.category >= 0)
            result.m_laneOfCategory[std::size_t(lane.category)] = i;
        if (lane.actorId != 0)
            result.m_laneOfActor.insert(quint32(lane.actorId), i);
        else if (mode == LaneMode::Actor)
            result.m_laneWithoutActors = i;
    }
    return result;
}

void TimelineLanes::lanesOf(const EventIndex &index, quint32 row, LaneList *lanes) const
{
    lanes->clear();
    switch (m_mode) {
    case LaneMode::Packed:
        if (!m_lanes.isEmpty())
            lanes->append(0);
        return;
    case LaneMode::Category: {
        const auto category = std::size_t(index.category(row));
        if (category < m_laneOfCategory.size() && m_laneOfCategory[category] >= 0)
            lanes->append(m_laneOfCategory[category]);
        return;
    }
    case LaneMode::Actor: {
        const auto &offsets = index.actorOffsets();
        const auto &actorIds = index.actorIds();
        if (offsets[row] == offsets[row + 1]) {
            if (m_laneWithoutActors >= 0)
                lanes->append(m_laneWithoutActors);
            return;
        }
        for (quint32 k = offsets[row]; k < offsets[row + 1]; ++k) {
            const int lane = m_laneOfActor.value(m_sharedLanes.value(actorIds[k], actorIds[k]), -1);
            if (lane >= 0 && !lanes->contains(lane))
                lanes->append(lane);
        }
        return;
    }
    }
}

} // namespace Annals
