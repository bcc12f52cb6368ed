// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QStringList>
#include <QTest>

#include <algorithm>

// Comparing events field by field, with a message that says which field differs.
namespace EventTesting {

// An event's actors as a set: the file keeps them in its own order.
inline QString actorText(const Annals::Event &event)
{
    QStringList actors;
    for (const Annals::EventActor &actor : event.actors)
        actors << QStringLiteral("%1:%2").arg(actor.actorId).arg(actor.role);
    std::sort(actors.begin(), actors.end());
    return actors.join(QLatin1Char(','));
}

// What differs between two events; empty when nothing does.
inline QString differences(const Annals::Event &a, const Annals::Event &b)
{
    QStringList found;
    if (a.id != b.id)
        found << QStringLiteral("id %1 / %2").arg(a.id).arg(b.id);
    if (a.title != b.title)
        found << QStringLiteral("title %1 / %2").arg(a.title, b.title);
    if (a.description != b.description)
        found << QStringLiteral("description %1 / %2").arg(a.description, b.description);
    if (a.category != b.category)
        found << QStringLiteral("category %1 / %2").arg(a.category, b.category);
    if (a.place != b.place)
        found << QStringLiteral("place %1 / %2").arg(a.place, b.place);
    if (a.importance != b.importance)
        found << QStringLiteral("importance %1 / %2").arg(a.importance).arg(b.importance);
    if (!(a.when.start == b.when.start))
        found << QStringLiteral("start %1 / %2").arg(a.when.start.toDisplayString(), b.when.start.toDisplayString());
    if (!(a.when.end == b.when.end))
        found << QStringLiteral("end %1 / %2").arg(a.when.end.toDisplayString(), b.when.end.toDisplayString());
    if (actorText(a) != actorText(b))
        found << QStringLiteral("actors %1 / %2").arg(actorText(a), actorText(b));
    return found.join(QLatin1String("; "));
}

inline QString differences(const QList<Annals::Event> &a, const QList<Annals::Event> &b)
{
    if (a.size() != b.size())
        return QStringLiteral("%1 events / %2 events").arg(a.size()).arg(b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (const QString d = differences(a.at(i), b.at(i)); !d.isEmpty())
            return QStringLiteral("event %1: %2").arg(i).arg(d);
    }
    return {};
}

} // namespace EventTesting

// Fails the test with the first difference, each side evaluated once.
#define VERIFY_SAME_EVENTS(actual, expected)                                                                      \
    do {                                                                                                            \
        const QString eventDifferences = EventTesting::differences(actual, expected);                             \
        QVERIFY2(eventDifferences.isEmpty(), qPrintable(eventDifferences));                                      \
    } while (false)
