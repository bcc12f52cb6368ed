// SPDX-License-Identifier: GPL-3.0-or-later
// New, Edit and Delete for actors, relations, sources, eras, links between
// events and series values: from the action to the file and back by undo, and
// which keys act where.
#include "actoreditor.h"
#include "atlas.h"
#include "atlaseditor.h"
#include "citationsdialog.h"
#include "editactions.h"
#include "eraeditor.h"
#include "eventactions.h"
#include "eventlinksdialog.h"
#include "itemlistdialog.h"
#include "relationeditor.h"
#include "seriespointeditor.h"
#include "sourceeditor.h"
#include "viewstate.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWidget>

using namespace Annals;

class tst_EditActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newActorLandsInTheFileAndIsUndone();
    void deletingAnActorAsksWithWhatGoesAndUndoBringsItBack();
    void declinedDeletionChangesNothing();
    void newRelationFromTwoActors();
    void editAndDeleteTheSelectedRelation();
    void newSourceRefusesAnAddressThatIsNotHttp();
    void disabledWithAReason();
    void keysActOnActorsOnlyWhereTheGraphHasFocus();
    void citationsAreAddedAndRemovedForTheSelectedItem();
    void sourcesAreFoundEditedAndDeletedFromTheirList();
    void erasAreMadeEditedAndDeleted();
    void eventLinksAreAddedAndRemoved();
    void seriesValuesAreAddedEditedAndDeleted();

private:
    static QLineEdit *field(QWidget *editor, const QString &accessibleName);
    const Actor *actorNamed(const QString &name) const;
    // An actor of the sample that is in relations and events.
    ItemId busyActor() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    QWidget *m_graph = nullptr;
    QWidget *m_timeline = nullptr;
    std::unique_ptr<ViewState> m_state;
    std::unique_ptr<Atlas> m_atlas;
    EventActions *m_events = nullptr;
    EditActions *m_actions = nullptr;
    QStringList m_questions;
    bool m_answer = true;
};

void tst_EditActions::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.annals").arg(QTest::currentTestFunction()));
    QString error;
    QVERIFY2(Atlas::writeSample(path, &error), qPrintable(error));
    m_atlas = Atlas::open(path, &error);
    QVERIFY2(m_atlas && !m_atlas->isReadOnly(), qPrintable(error));
    m_window = std::make_unique<QWidget>();
    auto *layout = new QHBoxLayout(m_window.get());
    // Stand-ins for the views: focusable, and (unlike a line edit) leaving Delete to the actions.
    m_timeline = new QWidget(m_window.get());
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_graph = new QWidget(m_window.get());
    m_graph->setObjectName(QStringLiteral("graph"));
    for (QWidget *view : {m_timeline, m_graph}) {
        view->setFocusPolicy(Qt::StrongFocus);
        view->setMinimumSize(80, 60);
    }
    layout->addWidget(m_timeline);
    layout->addWidget(m_graph);
    m_state = std::make_unique<ViewState>();
    m_events = new EventActions(m_state.get(), m_window.get());
    m_events->setAtlas(m_atlas.get());
    m_actions = new EditActions(m_state.get(), m_window.get());
    m_actions->setAtlas(m_atlas.get());
    m_actions->setGraphWidgets({m_graph}, m_events);
    m_questions.clear();
    m_answer = true;
    m_actions->setConfirmation([this](const QString &question) {
        m_questions << question;
        return m_answer;
    });
    // As in the main window: the actions live on the window, so their keys work from any widget in it.
    m_window->addActions({m_events->newAction(), m_events->editAction(), m_events->deleteAction()});
    m_window->addActions(m_actions->actions());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_EditActions::cleanup()
{
    m_window.reset();
    m_state.reset();
    m_atlas.reset();
}

QLineEdit *tst_EditActions::field(QWidget *editor, const QString &accessibleName)
{
    for (QLineEdit *edit : editor->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

const Actor *tst_EditActions::actorNamed(const QString &name) const
{
    for (const Actor &actor : m_atlas->data().actors) {
        if (actor.name == name)
            return &actor;
    }
    return nullptr;
}

ItemId tst_EditActions::busyActor() const
{
    const AtlasData &data = m_atlas->data();
    for (const Actor &actor : data.actors) {
        const bool related = std::any_of(data.relations.cbegin(), data.relations.cend(), [&](const Relation &r) {
            return r.sourceId == actor.id || r.targetId == actor.id;
        });
        const bool takesPart = std::any_of(data.events.cbegin(), data.events.cend(), [&](const Event &e) {
            return std::any_of(e.actors.cbegin(), e.actors.cend(), [&](const EventActor &a) { return a.actorId == actor.id; });
        });
        if (related && takesPart)
            return actor.id;
    }
    return 0;
}

void tst_EditActions::newActorLandsInTheFileAndIsUndone()
{
    QSignalSpy messages(m_actions, &EditActions::message);
    QPointer<ActorEditor> editor = m_actions->newActor();
    QVERIFY(editor);
    QVERIFY(!editor->isValid());
    QTest::keyClicks(field(editor, QStringLiteral("Name")), QStringLiteral("Republic of Ragusa"));
    QTest::keyClicks(field(editor, QStringLiteral("Start date")), QStringLiteral("1358"));
    QTest::keyClicks(field(editor, QStringLiteral("End date")), QStringLiteral("1808"));
    QVERIFY2(editor->isValid(), qPrintable(editor->problem()));
    editor->accept();
    QTRY_VERIFY(!editor);

    const Actor *added = actorNamed(QStringLiteral("Republic of Ragusa"));
    QVERIFY(added);
    QCOMPARE(added->start.civil().year, 1358);
    QCOMPARE(added->end.civil().year, 1808);
    QCOMPARE(m_state->selectedActor(), added->id);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(m_atlas->undoStack()->count(), 1);
    m_atlas->undoStack()->undo();
    QVERIFY(!actorNamed(QStringLiteral("Republic of Ragusa")));

    // In the file, not only in memory.
    m_atlas->undoStack()->redo();
    const QString path = m_atlas->path();
    m_actions->setAtlas(nullptr);
    m_events->setAtlas(nullptr);
    m_atlas.reset();
    QString error;
    m_atlas = Atlas::open(path, &error);
    QVERIFY2(m_atlas, qPrintable(error));
    QVERIFY(actorNamed(QStringLiteral("Republic of Ragusa")));
}

void tst_EditActions::deletingAnActorAsksWithWhatGoesAndUndoBringsItBack()
{
    const ItemId id = busyActor();
    QVERIFY(id != 0);
    const AtlasData before = m_atlas->data();
    m_state->setSelectedActor(id);
    QVERIFY(m_actions->deleteActorAction()->isEnabled());
    m_actions->deleteActorAction()->trigger();

    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(QLatin1String("relation")), qPrintable(m_questions.first()));
    QVERIFY2(m_questions.first().contains(QLatin1String("its part in")), qPrintable(m_questions.first()));
    const AtlasData &after = m_atlas->data();
    QCOMPARE(after.actors.size(), before.actors.size() - 1);
    QVERIFY(after.relations.size() < before.relations.size());
    QCOMPARE(m_state->selectedActor(), ItemId(0));
    QCOMPARE(m_atlas->undoStack()->count(), 1);

    m_atlas->undoStack()->undo();
    const AtlasData &restored = m_atlas->data();
    QCOMPARE(restored.actors.size(), before.actors.size());
    QCOMPARE(restored.relations.size(), before.relations.size());
    QCOMPARE(restored.citations.size(), before.citations.size());
    qsizetype partsBefore = 0;
    qsizetype partsAfter = 0;
    for (const Event &event : before.events)
        partsBefore += event.actors.size();
    for (const Event &event : restored.events)
        partsAfter += event.actors.size();
    QCOMPARE(partsAfter, partsBefore);
}

void tst_EditActions::declinedDeletionChangesNothing()
{
    const ItemId id = busyActor();
    m_state->setSelectedActor(id);
    m_answer = false;
    QVERIFY(!m_actions->deleteActor(id));
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(m_atlas->undoStack()->count(), 0);
    QVERIFY(std::any_of(m_atlas->data().actors.cbegin(), m_atlas->data().actors.cend(),
                        [id](const Actor &a) { return a.id == id; }));
}

void tst_EditActions::newRelationFromTwoActors()
{
    const ItemId first = m_atlas->data().actors.at(0).id;
    const ItemId second = m_atlas->data().actors.at(1).id;
    const qsizetype before = m_atlas->data().relations.size();
    QPointer<RelationEditor> editor = m_actions->openNewRelation(first, second);
    QVERIFY(editor);
    QCOMPARE(editor->relation().sourceId, first);
    QCOMPARE(editor->relation().targetId, second);
    QVERIFY2(editor->isValid(), qPrintable(editor->problem()));
    QTest::keyClicks(field(editor, QStringLiteral("Label")), QStringLiteral("A classroom alliance"));
    editor->accept();
    QTRY_VERIFY(!editor);
    QCOMPARE(m_atlas->data().relations.size(), before + 1);
    QCOMPARE(m_atlas->data().relations.last().label, QStringLiteral("A classroom alliance"));
    QCOMPARE(m_state->selectedRelation(), m_atlas->data().relations.last().id);
    m_atlas->undoStack()->undo();
    QCOMPARE(m_atlas->data().relations.size(), before);
}

void tst_EditActions::editAndDeleteTheSelectedRelation()
{
    QVERIFY(!m_actions->editRelationAction()->isEnabled());
    const Relation original = m_atlas->data().relations.first();
    m_state->setSelectedRelation(original.id);
    QVERIFY(m_actions->editRelationAction()->isEnabled());
    QPointer<RelationEditor> editor = m_actions->editRelation(original.id);
    QVERIFY(editor);
    QLineEdit *label = field(editor, QStringLiteral("Label"));
    label->selectAll();
    QTest::keyClicks(label, QStringLiteral("Renamed"));
    editor->accept();
    QTRY_VERIFY(!editor);
    QCOMPARE(m_atlas->data().relations.first().label, QStringLiteral("Renamed"));
    QCOMPARE(m_atlas->data().relations.first().when.start, original.when.start);

    QVERIFY(m_actions->deleteRelation(original.id));
    QCOMPARE(m_state->selectedRelation(), ItemId(0));
    QVERIFY(m_atlas->data().relations.first().id != original.id);
    m_atlas->undoStack()->undo();
    m_atlas->undoStack()->undo();
    QCOMPARE(m_atlas->data().relations.first().label, original.label);
}

void tst_EditActions::newSourceRefusesAnAddressThatIsNotHttp()
{
    const qsizetype before = m_atlas->data().sources.size();
    QPointer<SourceEditor> editor = m_actions->newSource();
    QVERIFY(editor);
    QTest::keyClicks(field(editor, QStringLiteral("Title")), QStringLiteral("Lecture notes"));
    QTest::keyClicks(field(editor, QStringLiteral("Web address")), QStringLiteral("ftp://example.org/notes"));
    QVERIFY(!editor->isValid());
    editor->accept(); // refused: still open
    QVERIFY(editor->isVisible());
    field(editor, QStringLiteral("Web address"))->clear();
    QTest::keyClicks(field(editor, QStringLiteral("Web address")), QStringLiteral("https://example.org/notes"));
    editor->accept();
    QTRY_VERIFY(!editor);
    QCOMPARE(m_atlas->data().sources.size(), before + 1);
    QCOMPARE(m_atlas->data().sources.last().url, QStringLiteral("https://example.org/notes"));
}

void tst_EditActions::disabledWithAReason()
{
    QString error;
    std::unique_ptr<Atlas> sample = Atlas::openSampleInMemory(&error);
    QVERIFY(sample && sample->isReadOnly());
    m_actions->setAtlas(sample.get());
    m_state->setSelectedActor(sample->data().actors.constFirst().id);
    m_state->setSelectedRelation(sample->data().relations.constFirst().id);
    for (QAction *action : m_actions->actions()) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QCOMPARE(action->toolTip(), sample->readOnlyReason());
    }
    QVERIFY(!m_actions->newActor());
    QVERIFY(!m_actions->openNewRelation(0, 0));
    QVERIFY(!m_actions->deleteActor(sample->data().actors.constFirst().id));
    QVERIFY(m_questions.isEmpty());
    m_actions->setAtlas(nullptr);
    QVERIFY(!m_actions->newActorAction()->isEnabled());
    QVERIFY(!m_actions->newActorAction()->toolTip().isEmpty());
}

void tst_EditActions::keysActOnActorsOnlyWhereTheGraphHasFocus()
{
    const ItemId actor = busyActor();
    m_state->setSelectedActor(actor);
    m_state->setSelectedEvent(m_atlas->data().events.first().id);

    // Elsewhere, Delete deletes the event, as it always has.
    m_timeline->setFocus();
    QTRY_VERIFY(m_timeline->hasFocus());
    const qsizetype events = m_atlas->data().events.size();
    QTest::keyClick(m_timeline, Qt::Key_Delete);
    QCOMPARE(m_atlas->data().events.size(), events - 1);
    QVERIFY(m_questions.isEmpty());

    // In the graph it asks about the actor.
    m_graph->setFocus();
    QTRY_VERIFY(m_graph->hasFocus());
    m_answer = false;
    QTest::keyClick(m_graph, Qt::Key_Delete);
    QCOMPARE(m_questions.size(), 1);

    // With a relation selected too, F2 edits the relation.
    m_state->setSelectedRelation(m_atlas->data().relations.first().id);
    QTest::keyClick(m_graph, Qt::Key_F2);
    QTRY_VERIFY(m_window->findChild<RelationEditor *>());
    QVERIFY(!m_window->findChild<ActorEditor *>());
    m_window->findChild<RelationEditor *>()->reject();

    // Insert there makes an actor, not an event.
    m_graph->setFocus();
    QTRY_VERIFY(m_graph->hasFocus());
    QTest::keyClick(m_graph, Qt::Key_Insert);
    QTRY_VERIFY(m_window->findChild<ActorEditor *>());
}

void tst_EditActions::citationsAreAddedAndRemovedForTheSelectedItem()
{
    QVERIFY(!m_actions->citationsAction()->isEnabled()); // nothing selected
    AtlasEditor editor(m_atlas.get());
    QString error;
    Source source;
    source.title = QStringLiteral("Atlas of world history");
    const std::optional<ItemId> sourceId = editor.addSource(source, &error);
    QVERIFY2(sourceId, qPrintable(error));
    const qsizetype before = m_atlas->data().citations.size();

    // Outside the graph the selected event is what is cited.
    const Event event = m_atlas->data().events.first();
    m_state->setSelectedEvent(event.id);
    m_state->setSelectedRelation(m_atlas->data().relations.first().id);
    m_timeline->setFocus();
    QTRY_VERIFY(m_timeline->hasFocus());
    QVERIFY(m_actions->citationsAction()->isEnabled());
    m_actions->citationsAction()->trigger();
    QPointer<CitationsDialog> dialog = m_window->findChild<CitationsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(event.title));
    auto *sources = dialog->findChild<QComboBox *>(QStringLiteral("source"));
    sources->setCurrentIndex(sources->findData(*sourceId));
    QTest::keyClicks(field(dialog, QStringLiteral("Where in the source")), QStringLiteral("p. 3"));
    QVERIFY(dialog->citeChosenSource());
    QCOMPARE(m_atlas->data().citations.size(), before + 1);
    const Citation made = m_atlas->data().citations.last();
    QCOMPARE(made.itemKind, QStringLiteral("event"));
    QCOMPARE(made.itemId, event.id);
    QCOMPARE(made.sourceId, *sourceId);
    QCOMPARE(made.locator, QStringLiteral("p. 3"));

    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("citations"));
    QList<QTreeWidgetItem *> rows = list->findItems(QStringLiteral("Atlas of world history"), Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    QVERIFY(!dialog->removeSelectedCitation()); // nothing selected yet
    list->setCurrentItem(rows.first());
    QVERIFY(dialog->removeSelectedCitation());
    QCOMPARE(m_atlas->data().citations.size(), before);
    m_atlas->undoStack()->undo(); // the dialog follows
    QCOMPARE(list->findItems(QStringLiteral("Atlas of world history"), Qt::MatchExactly).size(), 1);
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // In the graph, the selected relation.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_graph->setFocus();
    QTRY_VERIFY(m_graph->hasFocus());
    m_actions->citationsAction()->trigger();
    dialog = m_window->findChild<CitationsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->citeChosenSource());
    QCOMPARE(m_atlas->data().citations.last().itemKind, QStringLiteral("relation"));
    dialog->reject();
}

void tst_EditActions::sourcesAreFoundEditedAndDeletedFromTheirList()
{
    AtlasEditor editor(m_atlas.get());
    QString error;
    Source source;
    source.title = QStringLiteral("Zebra studies quarterly");
    const std::optional<ItemId> id = editor.addSource(source, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(editor.addCitation({0, *id, QStringLiteral("event"), m_atlas->data().events.first().id, {}, {}}, &error));
    QVERIFY(editor.addCitation({0, *id, QStringLiteral("event"), m_atlas->data().events.last().id, {}, {}}, &error));
    m_atlas->undoStack()->clear();
    const AtlasData before = m_atlas->data();

    QVERIFY(m_actions->manageSourcesAction()->isEnabled());
    m_actions->manageSourcesAction()->trigger();
    QPointer<ItemListDialog> dialog = m_window->findChild<ItemListDialog *>(QStringLiteral("sourcesDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->visibleCount(), int(before.sources.size()));
    auto *edit = dialog->findChild<QPushButton *>(QStringLiteral("edit"));
    auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("delete"));
    QVERIFY(!edit->isEnabled()); // nothing selected
    QVERIFY(!edit->toolTip().isEmpty());
    QTest::keyClicks(field(dialog, QStringLiteral("Filter")), QStringLiteral("zebra"));
    QCOMPARE(dialog->visibleCount(), 1);
    QVERIFY(dialog->select(*id));
    QVERIFY(edit->isEnabled());

    QVERIFY(dialog->editSelected());
    QPointer<SourceEditor> form = m_window->findChild<SourceEditor *>();
    QVERIFY(form);
    QLineEdit *title = field(form, QStringLiteral("Title"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Zebra studies annual"));
    form->accept();
    QTRY_VERIFY(!form);
    QCOMPARE(dialog->findChild<QTreeWidget *>()->findItems(QStringLiteral("Zebra studies annual"), Qt::MatchExactly).size(), 1);
    QCOMPARE(dialog->selectedId(), *id); // still selected after the list follows the change

    // Deleting asks first, saying what goes with it; declining keeps it.
    m_answer = false;
    QVERIFY(dialog->deleteSelected());
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(QLatin1String("2 citations")), qPrintable(m_questions.first()));
    QCOMPARE(m_atlas->undoStack()->count(), 1);
    m_answer = true;
    QTest::keyClick(remove, Qt::Key_Space);
    QCOMPARE(m_atlas->data().sources.size(), before.sources.size() - 1);
    QCOMPARE(m_atlas->data().citations.size(), before.citations.size() - 2);
    QCOMPARE(dialog->visibleCount(), 0);
    QCOMPARE(m_atlas->undoStack()->count(), 2);
    m_atlas->undoStack()->undo();
    QCOMPARE(m_atlas->data().citations.size(), before.citations.size());
    QCOMPARE(dialog->visibleCount(), 1);
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void tst_EditActions::erasAreMadeEditedAndDeleted()
{
    const qsizetype before = m_atlas->data().eras.size();
    QVERIFY(m_actions->newEraAction()->isEnabled());
    m_actions->newEraAction()->trigger();
    QPointer<EraEditor> form = m_window->findChild<EraEditor *>();
    QVERIFY(form);
    QVERIFY(!form->isValid());
    QTest::keyClicks(field(form, QStringLiteral("Title")), QStringLiteral("Detente"));
    QLineEdit *start = field(form, QStringLiteral("Start date"));
    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("1969"));
    QTest::keyClicks(field(form, QStringLiteral("End date")), QStringLiteral("1960"));
    QVERIFY2(form->problem().contains(QLatin1String("before the start")), qPrintable(form->problem()));
    form->accept(); // refused: still open
    QVERIFY(form->isVisible());
    QCOMPARE(m_atlas->undoStack()->count(), 0);
    QLineEdit *end = field(form, QStringLiteral("End date"));
    end->selectAll();
    QTest::keyClicks(end, QStringLiteral("1979"));
    QVERIFY2(form->isValid(), qPrintable(form->problem()));
    form->accept();
    QTRY_VERIFY(!form);
    QCOMPARE(m_atlas->data().eras.size(), before + 1);
    const auto made = std::find_if(m_atlas->data().eras.cbegin(), m_atlas->data().eras.cend(),
                                   [](const Era &era) { return era.title == QStringLiteral("Detente"); });
    QVERIFY(made != m_atlas->data().eras.cend());
    const ItemId id = made->id;
    QCOMPARE(made->when.end.civil().year, 1979);

    QPointer<ItemListDialog> list = m_actions->openEras();
    QVERIFY(list);
    QCOMPARE(list->visibleCount(), int(before + 1));
    QVERIFY(list->select(id));
    QVERIFY(list->editSelected());
    form = m_window->findChild<EraEditor *>();
    QVERIFY(form);
    QLineEdit *title = field(form, QStringLiteral("Title"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Detente years"));
    form->accept();
    QTRY_VERIFY(!form);
    QCOMPARE(m_atlas->undoStack()->undoText(), QStringLiteral("Edit “Detente years”"));

    QVERIFY(list->select(id));
    QVERIFY(list->deleteSelected());
    QCOMPARE(m_atlas->data().eras.size(), before);
    QCOMPARE(list->visibleCount(), int(before));
    m_atlas->undoStack()->undo();
    QCOMPARE(m_atlas->data().eras.size(), before + 1);
    QVERIFY(list->select(id));
    list->reject();
}

void tst_EditActions::eventLinksAreAddedAndRemoved()
{
    QVERIFY(!m_actions->eventLinksAction()->isEnabled()); // no event selected
    QCOMPARE(m_actions->eventLinksAction()->toolTip(), QStringLiteral("Select an event first."));
    const AtlasData before = m_atlas->data();
    const Event event = before.events.first();
    const Event other = before.events.last();
    m_state->setSelectedEvent(event.id);
    QVERIFY(m_actions->eventLinksAction()->isEnabled());
    m_actions->eventLinksAction()->trigger();
    QPointer<EventLinksDialog> dialog = m_window->findChild<EventLinksDialog *>();
    QVERIFY(dialog);
    QSignalSpy failures(m_actions, &EditActions::failed);

    auto *choices = dialog->findChild<QListWidget *>(QStringLiteral("otherEvents"));
    QVERIFY(!dialog->linkChosenEvent()); // nothing chosen
    QTest::keyClicks(field(dialog, QStringLiteral("Filter the events to link")), other.title);
    QVERIFY(choices->count() >= 1);
    for (int i = 0; i < choices->count(); ++i)
        QVERIFY(choices->item(i)->data(Qt::UserRole).toLongLong() != event.id); // never itself
    const auto chooseOther = [&] {
        for (int i = 0; i < choices->count(); ++i) {
            if (choices->item(i)->data(Qt::UserRole).toLongLong() == other.id)
                choices->setCurrentRow(i);
        }
        return choices->currentItem() && choices->currentItem()->data(Qt::UserRole).toLongLong() == other.id;
    };
    QVERIFY(chooseOther());
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(int(EventLinkKind::Causes)));
    auto *direction = dialog->findChild<QComboBox *>(QStringLiteral("direction"));
    direction->setCurrentIndex(1); // the other event causes this one
    QVERIFY(dialog->linkChosenEvent());
    QCOMPARE(m_atlas->data().eventLinks.size(), before.eventLinks.size() + 1);
    const EventLink made = m_atlas->data().eventLinks.last();
    QCOMPARE(made.fromEventId, other.id);
    QCOMPARE(made.toEventId, event.id);
    QCOMPARE(made.kind, EventLinkKind::Causes);

    // The same link again is refused with the reason, and nothing is stored.
    QVERIFY(chooseOther());
    QVERIFY(!dialog->linkChosenEvent());
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.first().first().toString().contains(QLatin1String("already")),
             qPrintable(failures.first().first().toString()));
    QCOMPARE(m_atlas->data().eventLinks.size(), before.eventLinks.size() + 1);
    QCOMPARE(m_atlas->undoStack()->count(), 1);

    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("links"));
    QTreeWidgetItem *row = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == made.id)
            row = list->topLevelItem(i);
    }
    QVERIFY(row);
    QVERIFY(row->text(0).contains(QLatin1String("causes")));
    list->setCurrentItem(row);
    QVERIFY(dialog->removeSelectedLink());
    QCOMPARE(m_atlas->data().eventLinks.size(), before.eventLinks.size());
    m_atlas->undoStack()->undo();
    QCOMPARE(m_atlas->data().eventLinks.size(), before.eventLinks.size() + 1);
    m_atlas->undoStack()->undo();
    QCOMPARE(m_atlas->data().eventLinks.size(), before.eventLinks.size());
    dialog->reject();
}

void tst_EditActions::seriesValuesAreAddedEditedAndDeleted()
{
    QVERIFY(!m_atlas->data().series.isEmpty());
    const Series series = m_atlas->data().series.first();
    QVERIFY(m_actions->seriesValuesAction()->isEnabled());
    m_actions->seriesValuesAction()->trigger();
    QPointer<ItemListDialog> dialog = m_window->findChild<ItemListDialog *>(QStringLiteral("seriesValuesDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->visibleCount(), int(series.points.size()));

    dialog->addNew();
    QPointer<SeriesPointEditor> form = m_window->findChild<SeriesPointEditor *>();
    QVERIFY(form);
    QTest::keyClicks(field(form, QStringLiteral("Date")), QStringLiteral("2101"));
    QTest::keyClicks(field(form, QStringLiteral("Value")), QStringLiteral("42"));
    QTest::keyClicks(field(form, QStringLiteral("Low estimate")), QStringLiteral("50"));
    QVERIFY2(form->problem().contains(QLatin1String("above the value")), qPrintable(form->problem()));
    form->accept();
    QVERIFY(form->isVisible());
    field(form, QStringLiteral("Low estimate"))->clear();
    QTest::keyClicks(field(form, QStringLiteral("Low estimate")), QStringLiteral("40"));
    QVERIFY2(form->isValid(), qPrintable(form->problem()));
    form->accept();
    QTRY_VERIFY(!form);
    const Series &grown = m_atlas->data().series.first();
    QCOMPARE(grown.points.size(), series.points.size() + 1);
    const SeriesPoint added = grown.points.last(); // the latest date
    QCOMPARE(added.value, 42.0);
    QCOMPARE(added.low, std::optional<double>(40.0));
    QCOMPARE(dialog->visibleCount(), int(series.points.size() + 1));

    QVERIFY(dialog->select(added.id));
    QVERIFY(dialog->editSelected());
    form = m_window->findChild<SeriesPointEditor *>();
    QVERIFY(form);
    QLineEdit *value = field(form, QStringLiteral("Value"));
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("45"));
    form->accept();
    QTRY_VERIFY(!form);
    QCOMPARE(m_atlas->data().series.first().points.last().value, 45.0);
    QCOMPARE(m_atlas->data().series.first().points.last().low, std::optional<double>(40.0));

    QVERIFY(dialog->select(added.id));
    QVERIFY(dialog->deleteSelected());
    QCOMPARE(m_atlas->data().series.first().points.size(), series.points.size());
    QCOMPARE(m_atlas->undoStack()->count(), 3);
    m_atlas->undoStack()->undo();
    QCOMPARE(m_atlas->data().series.first().points.last().value, 45.0);
    m_atlas->undoStack()->undo();
    m_atlas->undoStack()->undo();
    QCOMPARE(m_atlas->data().series.first().points.size(), series.points.size());
    dialog->reject();
}

QTEST_MAIN(tst_EditActions)
#include "tst_editactions.moc"
