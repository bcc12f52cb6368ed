// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventindex.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <vector>

namespace Annals {

class ActorNames;

enum class LaneMode : quint8 {
    Category, // one lane per category
    Actor,    // one lane per actor; an event shows in each of its actors' lanes
    Packed,   // one lane, items stacked into rows so none overlap
};

// Which events go in which lane: fixed for one index and one mode, so it is
// built once when either changes, never while painting.
class TimelineLanes
{
public:
    struct Lane {
        QString title;
        ItemId actorId = 0;  // LaneMode::Actor
        int category = -1;   // LaneMode::Category
        std::vector<quint32> rows;  // rows of the index, in start order
        std::vector<qint64> starts; // starts of those rows, for binary search
        std::vector<quint32> importantRows; // the rows of importance >= 4, in start order

        // The rows again, grouped by how long the events last (each class at
        // most four times longer than the one before) and sorted by start in
        // each: anything overlapping a window starts less than its class's
        // longest duration before it, so one war of decades never makes a
        // query of an afternoon look decades back.
        struct DurationClass {
            qint64 maximumDuration = 0;
            std::vector<quint32> rows;
            std::vector<qint64> starts;
        };
        std::vector<DurationClass> durationClasses;

        // Rows overlapping [from, to), exactly, in no particular order.
        void overlapping(const EventIndex &index, qint64 from, qint64 to, std::vector<quint32> *rows) const;
        // How many events start in [from, to): two binary searches.
        std::size_t startingWithin(qint64 from, qint64 to) const;
    };

    TimelineLanes() = default;
    // `sharedLanes` maps an actor to the actor whose lane it shares (see
    // successionGroups()); in LaneMode::Actor its events go there.
    static TimelineLanes build(const EventIndex &index, LaneMode mode, const ActorNames &names,
                               const QHash<quint32, quint32> &sharedLanes = {});

    // Groups whose members followed one another — a dynasty's rulers, each
    // member's span of membership ending before the next begins — so that
    // they can share one lane rather than jump between rows. Groups whose
    // members overlap (an alliance, a conference) keep their members apart.
    static QHash<quint32, quint32> successionGroups(const AtlasData &data);

    LaneMode mode() const { return m_mode; }
    const QList<Lane> &lanes() const { return m_lanes; }

    // The lanes whose rows hold `row` (one, or in LaneMode::Actor one per
    // lane of its actors), by the rule build() followed, without searching
    // the lanes: what finds a highlighted event's lanes among thousands.
    using LaneList = QVarLengthArray<int, 8>;
    void lanesOf(const EventIndex &index, quint32 row, LaneList *lanes) const;

private:
    LaneMode m_mode = LaneMode::Category;
    QList<Lane> m_lanes;
    // Where build() put each row, for lanesOf(): by category, or by actor
    // (after `sharedLanes`), in the lanes' final order.
    std::vector<int> m_laneOfCategory;
    QHash<quint32, int> m_laneOfActor;
    QHash<quint32, quint32> m_sharedLanes;
    int m_laneWithoutActors = -1;
};

} // namespace Annals
