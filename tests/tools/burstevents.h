// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QList>
#include <QString>

// What the edit burst writes, shared by the tool that writes it and the test
// that checks the file afterwards: the event of edit `number` is a function
// of the number alone (and of the atlas's actors, which the burst never
// changes), so the test can tell exactly what each reported edit stored.
namespace BurstEvents {

inline Annals::Event eventForEdit(int number, const QList<Annals::ItemId> &actorIds)
{
    using namespace Annals;
    Event event;
    event.title = QStringLiteral("Burst edit %1").arg(number);
    event.description = QStringLiteral("Written by edit %1 of the burst.").arg(number);
    event.category = number % 2 ? QStringLiteral("diplomacy") : QStringLiteral("war");
    event.place = QStringLiteral("Place %1").arg(number);
    event.importance = 1 + number % 5;
    constexpr qint64 day = 24 * 60 * 60;
    constexpr qint64 start1950 = -631152000; // 1950-01-01
    event.when.start = HistoricalDate(start1950 + number * day, Precision::Day);
    if (number % 3 == 0)
        event.when.end = HistoricalDate(start1950 + (number + 10) * day, Precision::Day);
    if (!actorIds.isEmpty()) {
        event.actors.append({actorIds.at(number % actorIds.size()), QStringLiteral("participant")});
        if (number % 2)
            event.actors.append({actorIds.at((number * 7 + 1) % actorIds.size()), QStringLiteral("observer")});
    }
    return event;
}

} // namespace BurstEvents
