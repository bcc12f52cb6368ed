// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventindex.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace Annals {

// One bar of an actor's activity: the events of the actor that begin in
// [start, end), a calendar period named by `label` ("1959", "1950s",
// "Oct 1959", "3 Oct 1959", "20th century", "12 ka"...).
struct ActivityPeriod {
    qint64 start = 0;
    qint64 end = 0; // exclusive
    quint32 count = 0;
    QString label;
    friend bool operator==(const ActivityPeriod &, const ActivityPeriod &) = default;
};

// Events per period of one actor inside a time window, for the actor panel's
// bars. The period is the finest calendar unit of a fixed ladder (day, week,
// month, quarter, year, 5 years, decade, 25 years, century, then 1-2-5 steps
// of years up to billions) that cuts the window into at most maxPeriods
// periods; periods are aligned to the calendar (months start on the 1st,
// decades on years ending in 0, in each era), so the first and last may
// reach beyond the window; only events that begin inside the window count,
// so the first and last bars can be partial and say so (isPartial).
//
// Built from the EventIndex without Event structs: the actor's rows are
// found once (setActor, a scan of the actor arrays: ~10 ms at a million
// events), after which each window costs O(actor's events in the window).
class ActorActivity
{
    Q_DECLARE_TR_FUNCTIONS(Annals::ActorActivity)
public:
    ActorActivity() = default;
    ActorActivity(const EventIndex *index, ItemId actorId);

    ItemId actorId() const { return m_actorId; }
    // The actor's events in start order (rows of the index).
    const std::vector<quint32> &rows() const { return m_rows; }

    // Periods covering [from, to); empty when to <= from or maxPeriods < 1.
    std::vector<ActivityPeriod> periods(qint64 from, qint64 to, int maxPeriods = 24) const;

    // Whether a period reaches outside [from, to) (its bar counts only the
    // part inside).
    static bool isPartial(const ActivityPeriod &period, qint64 from, qint64 to)
    {
        return period.start < from || period.end > to;
    }

private:
    const EventIndex *m_index = nullptr;
    ItemId m_actorId = 0;
    std::vector<quint32> m_rows; // sorted by start, as the index is
};

} // namespace Annals
