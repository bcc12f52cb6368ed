// SPDX-License-Identifier: GPL-3.0-or-later
// New, Edit and Delete event: from the action to the file and back by undo.
#include "atlas.h"
#include "atlasfixtures.h"
#include "eventactions.h"
#include "eventeditor.h"
#include "viewstate.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

using namespace Annals;

class tst_EventActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newEventLandsInTheFileAndIsUndone();
    void editChangesTheSelectedEvent();
    void deleteIsUndoable();
    void disabledWithAReason();
    void cancelledEditorChangesNothing();

private:
    static QLineEdit *field(EventEditor *editor, const QString &accessibleName);
    const Event *eventTitled(const QString &title) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<ViewState> m_state;
    std::unique_ptr<Atlas> m_atlas;
    EventActions *m_actions = nullptr;
};

void tst_EventActions::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.annals").arg(QTest::currentTestFunction()));
    QString error;
    QVERIFY2(Atlas::writeSample(path, &error), qPrintable(error));
    m_atlas = Atlas::open(path, &error);
    QVERIFY2(m_atlas && !m_atlas->isReadOnly(), qPrintable(error));
    m_window = std::make_unique<QWidget>();
    m_state = std::make_unique<ViewState>();
    m_actions = new EventActions(m_state.get(), m_window.get());
    m_actions->setAtlas(m_atlas.get());
    m_window->show();
}

void tst_EventActions::cleanup()
{
    m_window.reset(); // the actions and any editor with it
    m_state.reset();
    m_atlas.reset();
}

QLineEdit *tst_EventActions::field(EventEditor *editor, const QString &accessibleName)
{
    for (QLineEdit *edit : editor->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

const Event *tst_EventActions::eventTitled(const QString &title) const
{
    for (const Event &event : m_atlas->data().events) {
        if (event.title == title)
            return &event;
    }
    return nullptr;
}

void tst_EventActions::newEventLandsInTheFileAndIsUndone()
{
    QVERIFY(m_actions->newAction()->isEnabled());
    QSignalSpy messages(m_actions, &EventActions::message);
    const HistoricalDate when = HistoricalDate::fromCivil({2017, 9, 3, 0, 0, 0}, Precision::Day);
    QPointer<EventEditor> editor = m_actions->createAt(when);
    QVERIFY(editor);
    QCOMPARE(editor->event().when.start, when); // prefilled where the user double-clicked
    QVERIFY(!editor->isValid());                // no title yet
    QLineEdit *title = field(editor, QStringLiteral("Title"));
    QVERIFY(title);
    QTest::keyClicks(title, QStringLiteral("A student's own event"));
    QVERIFY2(editor->isValid(), qPrintable(editor->problem()));
    editor->accept();
    QTRY_VERIFY(!editor); // closed and deleted

    const Event *added = eventTitled(QStringLiteral("A student's own event"));
    QVERIFY(added);
    QCOMPARE(added->when.start, when);
    QCOMPARE(m_state->selectedEvent(), added->id);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(m_atlas->undoStack()->count(), 1);

    // In the file, not only in memory.
    const QString path = m_atlas->path();
    m_atlas->undoStack()->undo();
    QVERIFY(!eventTitled(QStringLiteral("A student's own event")));
    m_atlas->undoStack()->redo();
    QVERIFY(eventTitled(QStringLiteral("A student's own event")));
    m_actions->setAtlas(nullptr);
    m_atlas.reset();
    QString error;
    m_atlas = Atlas::open(path, &error);
    QVERIFY2(m_atlas, qPrintable(error));
    QVERIFY(eventTitled(QStringLiteral("A student's own event")));
}

void tst_EventActions::editChangesTheSelectedEvent()
{
    QVERIFY(!m_actions->editAction()->isEnabled()); // nothing selected
    const Event original = m_atlas->data().events.constFirst();
    m_state->setSelectedEvent(original.id);
    QVERIFY(m_actions->editAction()->isEnabled());
    QPointer<EventEditor> editor = m_actions->editEvent(original.id);
    QVERIFY(editor);
    QLineEdit *title = field(editor, QStringLiteral("Title"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Renamed in class"));
    editor->accept();
    QTRY_VERIFY(!editor);
    const Event *changed = eventTitled(QStringLiteral("Renamed in class"));
    QVERIFY(changed);
    QCOMPARE(changed->id, original.id);
    QCOMPARE(changed->when.start, original.when.start);
    m_atlas->undoStack()->undo();
    QVERIFY(eventTitled(original.title));
    QVERIFY(!eventTitled(QStringLiteral("Renamed in class")));
}

void tst_EventActions::deleteIsUndoable()
{
    const Event original = m_atlas->data().events.constLast();
    const qsizetype before = m_atlas->data().events.size();
    m_state->setSelectedEvent(original.id);
    QSignalSpy messages(m_actions, &EventActions::message);
    m_actions->deleteAction()->trigger();
    QCOMPARE(m_atlas->data().events.size(), before - 1);
    QCOMPARE(m_state->selectedEvent(), ItemId(0));
    QVERIFY(messages.constLast().constFirst().toString().contains(original.title));
    QVERIFY(!m_actions->deleteAction()->isEnabled());
    m_atlas->undoStack()->undo();
    QCOMPARE(m_atlas->data().events.size(), before);
    QVERIFY(eventTitled(original.title));
}

void tst_EventActions::disabledWithAReason()
{
    // The sample in memory is never written.
    QString error;
    std::unique_ptr<Atlas> sample = Atlas::openSampleInMemory(&error);
    QVERIFY(sample && sample->isReadOnly());
    m_actions->setAtlas(sample.get());
    m_state->setSelectedEvent(sample->data().events.constFirst().id);
    for (QAction *action : {m_actions->newAction(), m_actions->editAction(), m_actions->deleteAction()}) {
        QVERIFY(!action->isEnabled());
        QCOMPARE(action->toolTip(), sample->readOnlyReason());
    }
    QVERIFY(!m_actions->createAt(HistoricalDate(0, Precision::Day)));
    QVERIFY(!m_actions->deleteEvent(sample->data().events.constFirst().id));
    m_actions->setAtlas(nullptr);
    QVERIFY(!m_actions->newAction()->isEnabled());
    QVERIFY(!m_actions->newAction()->toolTip().isEmpty());
}

void tst_EventActions::cancelledEditorChangesNothing()
{
    const qsizetype before = m_atlas->data().events.size();
    QPointer<EventEditor> editor = m_actions->createAt(HistoricalDate(0, Precision::Day));
    QTest::keyClicks(field(editor, QStringLiteral("Title")), QStringLiteral("Never stored"));
    editor->reject();
    QTRY_VERIFY(!editor);
    QCOMPARE(m_atlas->data().events.size(), before);
    QCOMPARE(m_atlas->undoStack()->count(), 0);
}

QTEST_MAIN(tst_EventActions)
#include "tst_eventactions.moc"
