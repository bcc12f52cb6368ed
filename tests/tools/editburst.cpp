// SPDX-License-Identifier: GPL-3.0-or-later
//
// editburst FILE COUNT SEED: makes COUNT edits to the atlas FILE through
// AtlasEditor (adds, updates and removals, chosen from SEED) and prints, for
// each, "try OP ID NUMBER" before it and "ok OP ID NUMBER TITLE" once the
// editor reported success, flushed at once: a test kills it mid-burst and
// checks that every "ok" is in the file. ID is "-" for an add not yet made.
//
// editburst --hold FILE: opens FILE, prints "writable" or "read-only REASON"
// and keeps it open until its standard input closes (for the lock test).
#include "atlas.h"
#include "atlaseditor.h"
#include "burstevents.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Annals;

namespace {

void say(const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    // One write per line, so that a kill never leaves half a line behind.
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int hold(const QString &path)
{
    QString error;
    std::unique_ptr<Atlas> atlas = Atlas::open(path, &error);
    if (!atlas) {
        say(QStringLiteral("failed %1").arg(error));
        return 1;
    }
    say(atlas->isReadOnly() ? QStringLiteral("read-only %1").arg(atlas->readOnlyReason()) : QStringLiteral("writable"));
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 1;
    while (!input.readLine().isEmpty()) {
    }
    return 0;
}

int burst(const QString &path, int count, quint32 seed)
{
    QString error;
    std::unique_ptr<Atlas> atlas = Atlas::open(path, &error);
    if (!atlas) {
        say(QStringLiteral("failed open %1").arg(error));
        return 1;
    }
    if (atlas->isReadOnly()) {
        say(QStringLiteral("failed read-only %1").arg(atlas->readOnlyReason()));
        return 1;
    }
    QList<ItemId> actorIds;
    for (const Actor &actor : atlas->data().actors)
        actorIds.append(actor.id);
    std::sort(actorIds.begin(), actorIds.end());

    AtlasEditor editor(atlas.get());
    QRandomGenerator random(seed);
    for (int number = 0; number < count; ++number) {
        const QList<Event> &events = atlas->data().events;
        const quint32 choice = random.bounded(10u);
        Event event = BurstEvents::eventForEdit(number, actorIds);
        if (choice < 6 || events.isEmpty()) {
            say(QStringLiteral("try add - %1").arg(number));
            const std::optional<ItemId> id = editor.addEvent(event, &error);
            if (!id) {
                say(QStringLiteral("failed add %1 %2").arg(number).arg(error));
                return 1;
            }
            say(QStringLiteral("ok add %1 %2 %3").arg(*id).arg(number).arg(event.title));
            continue;
        }
        const ItemId id = events.at(qsizetype(random.bounded(quint32(events.size())))).id;
        const bool update = choice < 8;
        const QString operation = update ? QStringLiteral("edit") : QStringLiteral("remove");
        say(QStringLiteral("try %1 %2 %3").arg(operation).arg(id).arg(number));
        event.id = id;
        const bool done = update ? editor.updateEvent(event, &error) : editor.removeEvent(id, &error);
        if (!done) {
            say(QStringLiteral("failed %1 %2 %3").arg(operation).arg(number).arg(error));
            return 1;
        }
        say(QStringLiteral("ok %1 %2 %3 %4").arg(operation).arg(id).arg(number).arg(update ? event.title : QString()));
    }
    say(QStringLiteral("done"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() == 2 && arguments.at(0) == QLatin1String("--hold"))
        return hold(arguments.at(1));
    bool countOk = false;
    bool seedOk = false;
    const int count = arguments.value(1).toInt(&countOk);
    const quint32 seed = arguments.value(2).toUInt(&seedOk);
    if (arguments.size() != 3 || !countOk || !seedOk) {
        QTextStream(stderr) << "usage: editburst FILE COUNT SEED | editburst --hold FILE\n";
        return 2;
    }
    return burst(arguments.at(0), count, seed);
}
