// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlas.h"
#include "atlaseditor.h"
#include "atlasfixtures.h"
#include "atlasinspector.h"
#include "event_testing.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Annals;

namespace {

Event makeEvent(const QString &title)
{
    Event event;
    event.title = title;
    event.description = QStringLiteral("A *described* event");
    event.category = QStringLiteral("diplomacy");
    event.place = QStringLiteral("Panmunjom");
    event.importance = 4;
    event.when.start = HistoricalDate(1530316800, Precision::Day); // 30 Jun 2018
    event.when.end = HistoricalDate(1530403200, Precision::Day);
    event.actors = {{1, QStringLiteral("host")}, {2, QStringLiteral("guest")}};
    return event;
}

bool finds(Atlas &atlas, const QString &text, ItemId id)
{
    QString error;
    const QList<AtlasStore::SearchHit> hits = atlas.store().search(text, 50, &error);
    return std::any_of(hits.cbegin(), hits.cend(), [&](const AtlasStore::SearchHit &hit) {
        return hit.itemKind == QLatin1String("event") && hit.itemId == id;
    });
}

} // namespace

class tst_AtlasEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addUndoRedoRestoresExactly();
    void editUndoRedoRestoresExactly();
    void removeUndoRedoRestoresExactly();
    void undoingARemovalBringsBackWhatWentWithIt();
    void badEditsAreRefusedAndStoreNothing_data();
    void badEditsAreRefusedAndStoreNothing();
    void readOnlyAtlasesRefuseEveryChange();
    void failedUndoKeepsTheStackWhereTheFileIs();
    void changeRightAfterAFailedUndoKeepsTheStoredSteps();
    void failedRedoKeepsTheStackAndMayBeTriedAgain();
    void failedStepStopsAMultiStepUndo();
    void secondOpenInOneProcessIsReadOnly();
    void openInAnotherProcessIsReadOnly();

private:
    // The events as a fresh Atlas reads them from the file.
    QList<Event> eventsOnDisk() const;
    // Another program removes an event (and, as SQLite cascades, its actors).
    void removeBehindTheEditorsBack(ItemId id) const
    {
        AtlasFixtures::runRaw(m_path, {QStringLiteral("PRAGMA foreign_keys = ON"),
                                       QStringLiteral("DELETE FROM events WHERE id = %1").arg(id)});
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Atlas> m_atlas;
    QString m_path;
};

void tst_AtlasEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = AtlasFixtures::makeSmallAtlas(m_dir->filePath(QStringLiteral("editor.annals")));
    QString error;
    m_atlas = Atlas::open(m_path, &error);
    QVERIFY2(m_atlas, qPrintable(error));
    QVERIFY2(!m_atlas->isReadOnly(), qPrintable(m_atlas->readOnlyReason()));
}

void tst_AtlasEditor::cleanup()
{
    m_atlas.reset();
    if (m_dir)
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_dir.reset();
}

QList<Event> tst_AtlasEditor::eventsOnDisk() const
{
    QString error;
    const std::unique_ptr<Atlas> fresh = Atlas::open(m_path, &error);
    if (!fresh) {
        qWarning() << error;
        return {};
    }
    return fresh->data().events;
}

void tst_AtlasEditor::addUndoRedoRestoresExactly()
{
    AtlasEditor editor(m_atlas.get());
    QSignalSpy changed(m_atlas.get(), &Atlas::dataChanged);
    const QList<Event> before = m_atlas->data().events;

    QString error;
    const std::optional<ItemId> id = editor.addEvent(makeEvent(QStringLiteral("Panmunjom summit")), &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_atlas->undoStack()->count(), 1);
    QCOMPARE(m_atlas->undoStack()->undoText(), QStringLiteral("Add “Panmunjom summit”"));
    const QList<Event> after = m_atlas->data().events;
    QCOMPARE(after.size(), before.size() + 1);
    Event expected = makeEvent(QStringLiteral("Panmunjom summit"));
    expected.id = *id;
    const auto added = std::find_if(after.cbegin(), after.cend(), [&](const Event &e) { return e.id == *id; });
    QVERIFY(added != after.cend());
    VERIFY_SAME_EVENTS(*added, expected);
    VERIFY_SAME_EVENTS(eventsOnDisk(), after);
    QVERIFY(finds(*m_atlas, QStringLiteral("Panmunjom summit"), *id));

    m_atlas->undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    VERIFY_SAME_EVENTS(m_atlas->data().events, before);
    VERIFY_SAME_EVENTS(eventsOnDisk(), before);
    QVERIFY(!finds(*m_atlas, QStringLiteral("Panmunjom summit"), *id));

    m_atlas->undoStack()->redo();
    VERIFY_SAME_EVENTS(m_atlas->data().events, after);
    VERIFY_SAME_EVENTS(eventsOnDisk(), after);
    QVERIFY(finds(*m_atlas, QStringLiteral("Panmunjom summit"), *id));
}

void tst_AtlasEditor::editUndoRedoRestoresExactly()
{
    AtlasEditor editor(m_atlas.get());
    const QList<Event> before = m_atlas->data().events;
    QCOMPARE(before.size(), 1);

    Event changed = makeEvent(QStringLiteral("Founding of the Democratic People's Republic"));
    changed.id = before.first().id;
    changed.actors = {{2, QStringLiteral("founded")}};
    changed.when.end = HistoricalDate();
    QString error;
    QVERIFY2(editor.updateEvent(changed, &error), qPrintable(error));
    QCOMPARE(m_atlas->undoStack()->undoText(), QStringLiteral("Edit “Founding of the Democratic People's Republic”"));
    const QList<Event> after = m_atlas->data().events;
    VERIFY_SAME_EVENTS(after, QList<Event>{changed});
    QVERIFY(finds(*m_atlas, QStringLiteral("Democratic"), changed.id));

    m_atlas->undoStack()->undo();
    VERIFY_SAME_EVENTS(m_atlas->data().events, before);
    VERIFY_SAME_EVENTS(eventsOnDisk(), before);
    QVERIFY(!finds(*m_atlas, QStringLiteral("Democratic"), changed.id));
    QVERIFY(finds(*m_atlas, QStringLiteral("DPRK"), changed.id));

    m_atlas->undoStack()->redo();
    VERIFY_SAME_EVENTS(eventsOnDisk(), after);
}

void tst_AtlasEditor::removeUndoRedoRestoresExactly()
{
    AtlasEditor editor(m_atlas.get());
    QString error;
    const std::optional<ItemId> id = editor.addEvent(makeEvent(QStringLiteral("Singapore summit")), &error);
    QVERIFY2(id, qPrintable(error));
    const QList<Event> withIt = m_atlas->data().events;

    QVERIFY2(editor.removeEvent(*id, &error), qPrintable(error));
    QCOMPARE(m_atlas->undoStack()->undoText(), QStringLiteral("Delete “Singapore summit”"));
    QCOMPARE(m_atlas->data().events.size(), withIt.size() - 1);
    QVERIFY(!finds(*m_atlas, QStringLiteral("Singapore"), *id));
    QCOMPARE(eventsOnDisk().size(), withIt.size() - 1);

    m_atlas->undoStack()->undo();
    VERIFY_SAME_EVENTS(m_atlas->data().events, withIt);
    VERIFY_SAME_EVENTS(eventsOnDisk(), withIt);
    QVERIFY(finds(*m_atlas, QStringLiteral("Singapore"), *id));

    m_atlas->undoStack()->redo();
    QCOMPARE(eventsOnDisk().size(), withIt.size() - 1);
    QVERIFY(!finds(*m_atlas, QStringLiteral("Singapore"), *id));

    // All the way back and forth again: the ids stay, so later steps still apply.
    m_atlas->undoStack()->setIndex(0);
    QCOMPARE(eventsOnDisk().size(), withIt.size() - 1);
    m_atlas->undoStack()->setIndex(1);
    VERIFY_SAME_EVENTS(eventsOnDisk(), withIt);
}

void tst_AtlasEditor::undoingARemovalBringsBackWhatWentWithIt()
{
    AtlasEditor editor(m_atlas.get());
    QString error;
    const std::optional<ItemId> other = editor.addEvent(makeEvent(QStringLiteral("Armistice")), &error);
    QVERIFY2(other, qPrintable(error));
    AtlasFixtures::runRaw(
        m_path,
        {QStringLiteral("INSERT INTO event_links (id, from_event_id, to_event_id, kind) VALUES (7, 1, %1, 'causes')")
             .arg(*other),
         QStringLiteral("INSERT INTO event_links (id, from_event_id, to_event_id, kind) VALUES (8, %1, 1, 'responds_to')")
             .arg(*other),
         QStringLiteral("INSERT INTO relations (id, source_id, target_id, kind, start_time, start_precision, "
                        "begin_event_id, end_event_id) VALUES (5, 1, 2, 'leadership', 0, 'year', 1, 1)"),
         QStringLiteral("INSERT INTO citations (id, source_id, item_kind, item_id, locator) "
                        "VALUES (9, 1, 'event_link', 7, 'p. 99')"),
         QStringLiteral("INSERT INTO tours (id, title) VALUES (3, 'A tour')"),
         QStringLiteral("INSERT INTO tour_steps (id, tour_id, position, event_id) VALUES (4, 3, 0, 1)")});
    QVERIFY2(m_atlas->reload(&error), qPrintable(error));
    const AtlasData before = m_atlas->data();
    QCOMPARE(before.citations.size(), 2);
    QCOMPARE(before.eventLinks.size(), 2);

    QVERIFY2(editor.removeEvent(1, &error), qPrintable(error));
    // Nothing left that cites what went: the file stays sound (and writable when reopened).
    QVERIFY(AtlasInspector::inspect(m_path).isValid());
    QCOMPARE(m_atlas->data().citations.size(), 0);
    QCOMPARE(m_atlas->data().eventLinks.size(), 0);
    QCOMPARE(m_atlas->data().relations.first().beginEventId, 0);
    QCOMPARE(m_atlas->data().tours.first().steps.first().eventId, 0);

    m_atlas->undoStack()->undo();
    const AtlasData &after = m_atlas->data();
    VERIFY_SAME_EVENTS(after.events, before.events);
    QCOMPARE(after.citations.size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        QCOMPARE(after.citations.at(i).id, before.citations.at(i).id);
        QCOMPARE(after.citations.at(i).sourceId, before.citations.at(i).sourceId);
        QCOMPARE(after.citations.at(i).itemKind, before.citations.at(i).itemKind);
        QCOMPARE(after.citations.at(i).itemId, before.citations.at(i).itemId);
        QCOMPARE(after.citations.at(i).locator, before.citations.at(i).locator);
    }
    QCOMPARE(after.eventLinks.size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        QCOMPARE(after.eventLinks.at(i).id, before.eventLinks.at(i).id);
        QCOMPARE(after.eventLinks.at(i).fromEventId, before.eventLinks.at(i).fromEventId);
        QCOMPARE(after.eventLinks.at(i).toEventId, before.eventLinks.at(i).toEventId);
        QCOMPARE(after.eventLinks.at(i).kind, before.eventLinks.at(i).kind);
    }
    QCOMPARE(after.relations.first().beginEventId, ItemId(1));
    QCOMPARE(after.relations.first().endEventId, ItemId(1));
    QCOMPARE(after.tours.first().steps.first().eventId, ItemId(1));

    m_atlas.reset();
    const AtlasInspection inspection = AtlasInspector::inspect(m_path);
    QVERIFY(inspection.isValid());
    QVERIFY(inspection.problems.isEmpty());
}

enum class Edit { Add, Update, Remove };

void tst_AtlasEditor::badEditsAreRefusedAndStoreNothing_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<Event>("event");
    QTest::addColumn<QString>("reason");

    const Event good = makeEvent(QStringLiteral("Good"));
    Event e = good;
    e.title = QStringLiteral("  ");
    QTest::newRow("empty title") << int(Edit::Add) << e << "needs a title";
    e = good;
    e.when.end = HistoricalDate(1500000000, Precision::Day);
    QTest::newRow("end before start") << int(Edit::Add) << e << "is before the start";
    e = good;
    e.when.start = HistoricalDate();
    QTest::newRow("invalid start") << int(Edit::Add) << e << "needs a start date";
    e = good;
    e.importance = 0;
    QTest::newRow("importance 0") << int(Edit::Add) << e << "Importance runs from 1 to 5";
    e.importance = 6;
    QTest::newRow("importance 6") << int(Edit::Add) << e << "Importance runs from 1 to 5";
    e = good;
    e.actors = {{99, QStringLiteral("ghost")}};
    QTest::newRow("unknown actor") << int(Edit::Add) << e << "no actor 99";
    e = good;
    e.id = 1;
    e.title.clear();
    QTest::newRow("update with empty title") << int(Edit::Update) << e << "needs a title";
    e = good;
    e.id = 4242;
    QTest::newRow("update unknown id") << int(Edit::Update) << e << "no event 4242";
    QTest::newRow("remove unknown id") << int(Edit::Remove) << e << "no event 4242";
}

void tst_AtlasEditor::badEditsAreRefusedAndStoreNothing()
{
    QFETCH(int, edit);
    QFETCH(Event, event);
    QFETCH(QString, reason);

    AtlasEditor editor(m_atlas.get());
    QSignalSpy changed(m_atlas.get(), &Atlas::dataChanged);
    const QByteArray before = AtlasFixtures::fingerprint(m_path);
    QString error;
    bool done = false;
    switch (Edit(edit)) {
    case Edit::Add:
        done = editor.addEvent(event, &error).has_value();
        break;
    case Edit::Update:
        done = editor.updateEvent(event, &error);
        break;
    case Edit::Remove:
        done = editor.removeEvent(event.id, &error);
        break;
    }
    QVERIFY(!done);
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(m_atlas->undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
    m_atlas.reset(); // closes the file, so that the comparison sees everything
    QCOMPARE(AtlasFixtures::fingerprint(m_path), before);
}

void tst_AtlasEditor::readOnlyAtlasesRefuseEveryChange()
{
    m_atlas.reset();
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup));
    const QByteArray before = AtlasFixtures::fingerprint(m_path);
    QString error;
    m_atlas = Atlas::open(m_path, &error);
    QVERIFY2(m_atlas, qPrintable(error));
    QVERIFY(m_atlas->isReadOnly());

    AtlasEditor editor(m_atlas.get());
    Event event = makeEvent(QStringLiteral("Never stored"));
    QVERIFY(!editor.addEvent(event, &error));
    QCOMPARE(error, m_atlas->readOnlyReason());
    event.id = 1;
    error.clear();
    QVERIFY(!editor.updateEvent(event, &error));
    QCOMPARE(error, m_atlas->readOnlyReason());
    error.clear();
    QVERIFY(!editor.removeEvent(1, &error));
    QCOMPARE(error, m_atlas->readOnlyReason());
    QCOMPARE(m_atlas->undoStack()->count(), 0);
    m_atlas.reset();
    QCOMPARE(AtlasFixtures::fingerprint(m_path), before);

    // The sample in memory is read-only too, and says why.
    m_atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_atlas, qPrintable(error));
    AtlasEditor sampleEditor(m_atlas.get());
    QVERIFY(!sampleEditor.addEvent(makeEvent(QStringLiteral("Never stored")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(error, m_atlas->readOnlyReason());
}

void tst_AtlasEditor::failedUndoKeepsTheStackWhereTheFileIs()
{
    AtlasEditor editor(m_atlas.get());
    QString error;
    QVERIFY(editor.addEvent(makeEvent(QStringLiteral("First")), &error));
    const std::optional<ItemId> second = editor.addEvent(makeEvent(QStringLiteral("Second")), &error);
    QVERIFY2(second, qPrintable(error));
    const QList<Event> before = m_atlas->data().events;

    // Someone else removes the row; undoing its addition now has nothing to remove.
    removeBehindTheEditorsBack(*second);
    QSignalSpy failed(m_atlas.get(), &Atlas::writeFailed);
    m_atlas->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("no event")),
             qPrintable(failed.first().first().toString()));
    QTRY_COMPARE(m_atlas->undoStack()->index(), 2);
    QCOMPARE(m_atlas->undoStack()->count(), 2);
    VERIFY_SAME_EVENTS(m_atlas->data().events, before);
    QCOMPARE(failed.count(), 1);
}

void tst_AtlasEditor::changeRightAfterAFailedUndoKeepsTheStoredSteps()
{
    AtlasEditor editor(m_atlas.get());
    QString error;
    const std::optional<ItemId> first = editor.addEvent(makeEvent(QStringLiteral("First")), &error);
    QVERIFY2(first, qPrintable(error));
    removeBehindTheEditorsBack(*first);
    m_atlas->undoStack()->undo(); // fails: the stack is one step too low until it is moved back

    // A change in the same turn of the event loop must not drop the step whose change is still stored.
    QVERIFY2(editor.addEvent(makeEvent(QStringLiteral("Second")), &error), qPrintable(error));
    QCOMPARE(m_atlas->undoStack()->count(), 2);
    QCOMPARE(m_atlas->undoStack()->index(), 2);
    QCOMPARE(m_atlas->undoStack()->text(0), QStringLiteral("Add “First”"));
    QTest::qWait(0);
    QCOMPARE(m_atlas->undoStack()->index(), 2);
}

void tst_AtlasEditor::failedRedoKeepsTheStackAndMayBeTriedAgain()
{
    AtlasEditor editor(m_atlas.get());
    QString error;
    const std::optional<ItemId> id = editor.addEvent(makeEvent(QStringLiteral("Blocked")), &error);
    QVERIFY2(id, qPrintable(error));
    m_atlas->undoStack()->undo();
    QCOMPARE(m_atlas->undoStack()->index(), 0);

    // Someone else takes the id; redoing the addition cannot put the event back.
    AtlasFixtures::runRaw(m_path, {QStringLiteral("INSERT INTO events (id, title, start_time, start_precision) "
                                                  "VALUES (%1, 'Squatter', 0, 'year')")
                                       .arg(*id)});
    QSignalSpy failed(m_atlas.get(), &Atlas::writeFailed);
    m_atlas->undoStack()->redo();
    QCOMPARE(failed.count(), 1);
    QTRY_COMPARE(m_atlas->undoStack()->index(), 0);
    QVERIFY(m_atlas->undoStack()->canRedo());

    removeBehindTheEditorsBack(*id);
    m_atlas->undoStack()->redo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_atlas->undoStack()->index(), 1);
    const QList<Event> onDisk = eventsOnDisk();
    QVERIFY(std::any_of(onDisk.cbegin(), onDisk.cend(),
                        [&](const Event &e) { return e.id == *id && e.title == QLatin1String("Blocked"); }));
}

void tst_AtlasEditor::failedStepStopsAMultiStepUndo()
{
    AtlasEditor editor(m_atlas.get());
    QString error;
    const std::optional<ItemId> first = editor.addEvent(makeEvent(QStringLiteral("First")), &error);
    const std::optional<ItemId> second = editor.addEvent(makeEvent(QStringLiteral("Second")), &error);
    QVERIFY(first && second);
    removeBehindTheEditorsBack(*second);
    QSignalSpy failed(m_atlas.get(), &Atlas::writeFailed);

    // Undoing both: the second fails, so the first must not be undone either.
    m_atlas->undoStack()->setIndex(0);
    QCOMPARE(failed.count(), 1);
    QTRY_COMPARE(m_atlas->undoStack()->index(), 2);
    const QList<Event> onDisk = eventsOnDisk();
    QVERIFY(std::any_of(onDisk.cbegin(), onDisk.cend(), [&](const Event &e) { return e.id == *first; }));
}

void tst_AtlasEditor::secondOpenInOneProcessIsReadOnly()
{
    QString error;
    std::unique_ptr<Atlas> second = Atlas::open(m_path, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->isReadOnly());
    QVERIFY2(second->readOnlyReason().contains(QLatin1String("open in another Annals window")),
             qPrintable(second->readOnlyReason()));
    AtlasEditor editor(second.get());
    QVERIFY(!editor.addEvent(makeEvent(QStringLiteral("Refused")), &error));
    QCOMPARE(error, second->readOnlyReason());
    second.reset();

    // The lock goes with the atlas that holds it.
    m_atlas.reset();
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".lock")));
    m_atlas = Atlas::open(m_path, &error);
    QVERIFY2(m_atlas, qPrintable(error));
    QVERIFY2(!m_atlas->isReadOnly(), qPrintable(m_atlas->readOnlyReason()));
}

void tst_AtlasEditor::openInAnotherProcessIsReadOnly()
{
    m_atlas.reset();
    QProcess holder;
    holder.start(QStringLiteral(EDITBURST_EXECUTABLE), {QStringLiteral("--hold"), m_path});
    QVERIFY(holder.waitForStarted());
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("writable"));

    QString error;
    m_atlas = Atlas::open(m_path, &error);
    QVERIFY2(m_atlas, qPrintable(error));
    QVERIFY(m_atlas->isReadOnly());
    QVERIFY2(m_atlas->readOnlyReason().contains(QLatin1String("open in another Annals window")),
             qPrintable(m_atlas->readOnlyReason()));
    QCOMPARE(m_atlas->data().events.size(), 1); // read-only, but readable
    m_atlas.reset();

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(holder.exitCode(), 0);
    m_atlas = Atlas::open(m_path, &error);
    QVERIFY2(m_atlas, qPrintable(error));
    QVERIFY2(!m_atlas->isReadOnly(), qPrintable(m_atlas->readOnlyReason()));
}

QTEST_GUILESS_MAIN(tst_AtlasEditor)
#include "tst_atlaseditor.moc"
