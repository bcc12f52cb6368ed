// SPDX-License-Identifier: GPL-3.0-or-later
// The Tour dock in a real main window on a writable copy of the sample:
// steps added from the view, moved, captioned, deleted, shown — each change
// one undo step — and nothing editable on a read-only atlas.
#include "atlas.h"
#include "mainwindow.h"
#include "tourpanel.h"
#include "tourstepsmodel.h"
#include "viewstate.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Annals;

class tst_TourPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ctrlTShowsTheDockWithTheSampleTour();
    void addCurrentViewAddsAStepAfterTheCurrentOne();
    void altDownAndAltUpMoveTheCurrentStep();
    void captionIsStoredOnLeavingAndUndone_data();
    void captionIsStoredOnLeavingAndUndone();
    void deleteRemovesTheCurrentStep();
    void doubleClickMovesTheViewsToTheStep_data();
    void doubleClickMovesTheViewsToTheStep();
    void presentFromHereAsksForTheTourAndStep();
    void newRenameDeleteTourAreUndoable();
    void readOnlyAtlasDisablesEditing();

private:
    const Tour &tour() const { return m_window->atlas()->data().tours.constFirst(); }
    QToolButton *buttonFor(QAction *action) const;
    QUndoStack *undoStack() const { return m_window->atlas()->undoStack(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    TourPanel *m_panel = nullptr;
};

void tst_TourPanel::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.annals").arg(QTest::currentTestFunction()));
    QString error;
    QVERIFY2(Atlas::writeSample(path, &error) || QFile::exists(path), qPrintable(error));
    m_window = std::make_unique<MainWindow>(MainWindow::SettingsUse::Ignore);
    QVERIFY2(m_window->openAtlas(path, &error, true), qPrintable(error));
    QVERIFY(!m_window->atlas()->isReadOnly());
    m_panel = m_window->tourPanel();
    QVERIFY(m_panel);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->findChild<QDockWidget *>(QStringLiteral("tourDock"))->show();
    QVERIFY(!m_window->atlas()->data().tours.isEmpty());
    QCOMPARE(m_panel->currentTourId(), tour().id);
}

void tst_TourPanel::cleanup()
{
    m_window.reset();
}

QToolButton *tst_TourPanel::buttonFor(QAction *action) const
{
    for (QToolButton *button : m_panel->findChildren<QToolButton *>()) {
        if (button->defaultAction() == action)
            return button;
    }
    return nullptr;
}

void tst_TourPanel::ctrlTShowsTheDockWithTheSampleTour()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("tourDock"));
    dock->hide();
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(dock->isVisible());
    QCOMPARE(m_panel->tourChooser()->currentText(), tour().title);
    QCOMPARE(m_panel->stepList()->model()->rowCount(), int(tour().steps.size()));
    QCOMPARE(m_panel->currentStepIndex(), 0);
    QCOMPARE(m_panel->captionEditor()->toPlainText(), tour().steps.constFirst().caption);
}

void tst_TourPanel::addCurrentViewAddsAStepAfterTheCurrentOne()
{
    const qsizetype before = tour().steps.size();
    ViewState *state = m_window->viewState();
    state->setWindow(-631152000, -599616000); // 1950–1951
    state->setCursor(-615000000);
    const ItemId event = m_window->atlas()->data().events.at(3).id;
    state->setSelectedEvent(event);
    m_panel->setCurrentStep(1);
    QToolButton *add = buttonFor(m_panel->addViewAction());
    QVERIFY(add && add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);

    QCOMPARE(tour().steps.size(), before + 1);
    const TourStep &added = tour().steps.at(2);
    QCOMPARE(added.position, 3);
    QCOMPARE(added.windowStart, std::optional<qint64>(state->windowStart()));
    QCOMPARE(added.windowEnd, std::optional<qint64>(state->windowEnd()));
    QCOMPARE(added.cursorTime, std::optional<qint64>(state->cursor()));
    QCOMPARE(added.eventId, event);
    QVERIFY(added.caption.startsWith(m_window->atlas()->data().events.at(3).title));
    QCOMPARE(m_panel->currentStepIndex(), 2);
    QCOMPARE(m_panel->captionEditor()->toPlainText(), added.caption);
    QCOMPARE(undoStack()->count(), 1);
    QCOMPARE(undoStack()->undoText(), QStringLiteral("Add Step 3"));
    undoStack()->undo();
    QCOMPARE(tour().steps.size(), before);
}

void tst_TourPanel::altDownAndAltUpMoveTheCurrentStep()
{
    const ItemId first = tour().steps.at(0).id;
    const ItemId second = tour().steps.at(1).id;
    m_panel->setCurrentStep(0);
    m_panel->stepList()->setFocus();
    QTest::keyClick(m_panel->stepList(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(tour().steps.at(0).id, second);
    QCOMPARE(tour().steps.at(1).id, first);
    QCOMPARE(m_panel->currentStepIndex(), 1); // the step stays current where it went
    QCOMPARE(undoStack()->undoText(), QStringLiteral("Move Step 1 to 2"));
    QTest::keyClick(m_panel->stepList(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(tour().steps.at(2).id, first);
    QTest::keyClick(m_panel->stepList(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(tour().steps.at(1).id, first);
    QCOMPARE(undoStack()->count(), 3);
    // At the top there is nowhere to go.
    m_panel->setCurrentStep(0);
    QVERIFY(!m_panel->moveUpAction()->isEnabled());
    QTest::keyClick(m_panel->stepList(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(undoStack()->count(), 3);
    for (int i = 0; i < 3; ++i)
        undoStack()->undo();
    QCOMPARE(tour().steps.at(0).id, first);
    QCOMPARE(tour().steps.at(1).id, second);
}

void tst_TourPanel::captionIsStoredOnLeavingAndUndone_data()
{
    QTest::addColumn<bool>("byKey");
    QTest::newRow("focus leaves") << false;
    QTest::newRow("Ctrl+Return") << true;
}

void tst_TourPanel::captionIsStoredOnLeavingAndUndone()
{
    QFETCH(bool, byKey);
    const QString original = tour().steps.at(2).caption;
    m_panel->setCurrentStep(2);
    QPlainTextEdit *caption = m_panel->captionEditor();
    caption->setFocus();
    QVERIFY(caption->hasFocus());
    caption->selectAll();
    QTest::keyClicks(caption, QStringLiteral("The front moves south"));
    QCOMPARE(tour().steps.at(2).caption, original); // not yet
    if (byKey)
        QTest::keyClick(caption, Qt::Key_Return, Qt::ControlModifier);
    else
        m_panel->stepList()->setFocus();
    QCOMPARE(tour().steps.at(2).caption, QStringLiteral("The front moves south"));
    QCOMPARE(undoStack()->count(), 1);
    QCOMPARE(undoStack()->undoText(), QStringLiteral("Edit Step 3"));
    QCOMPARE(m_panel->currentStepIndex(), 2);

    m_panel->stepList()->setFocus();
    undoStack()->undo();
    QCOMPARE(tour().steps.at(2).caption, original);
    QCOMPARE(caption->toPlainText(), original);
    // Leaving again with nothing changed stores nothing.
    caption->setFocus();
    m_panel->stepList()->setFocus();
    QCOMPARE(undoStack()->index(), 0);
}

void tst_TourPanel::deleteRemovesTheCurrentStep()
{
    const qsizetype before = tour().steps.size();
    const ItemId removed = tour().steps.at(3).id;
    const ItemId next = tour().steps.at(4).id;
    m_panel->setCurrentStep(3);
    m_panel->stepList()->setFocus();
    const qsizetype events = m_window->atlas()->data().events.size();
    QTest::keyClick(m_panel->stepList(), Qt::Key_Delete);
    QCOMPARE(tour().steps.size(), before - 1);
    QCOMPARE(tour().steps.at(3).id, next);
    QCOMPARE(m_panel->currentStepIndex(), 3); // the next step takes its place
    QCOMPARE(m_window->atlas()->data().events.size(), events); // not the selected event
    QCOMPARE(undoStack()->undoText(), QStringLiteral("Delete Step 4"));
    undoStack()->undo();
    QCOMPARE(tour().steps.size(), before);
    QCOMPARE(tour().steps.at(3).id, removed);
}

void tst_TourPanel::doubleClickMovesTheViewsToTheStep_data()
{
    QTest::addColumn<bool>("byMouse");
    QTest::newRow("double-click") << true;
    QTest::newRow("Enter") << false;
}

void tst_TourPanel::doubleClickMovesTheViewsToTheStep()
{
    int row = -1;
    for (qsizetype i = 0; i < tour().steps.size() && row < 0; ++i) {
        if (tour().steps.at(i).windowStart && i > 0)
            row = int(i);
    }
    QVERIFY(row > 0);
    const TourStep step = tour().steps.at(row);
    ViewState *state = m_window->viewState();
    QVERIFY(state->windowStart() != *step.windowStart || state->windowEnd() != *step.windowEnd);
    QSignalSpy activated(m_panel, &TourPanel::stepActivated);
    QListView *list = m_panel->stepList();
    QFETCH(bool, byMouse);
    if (byMouse) {
        list->scrollTo(list->model()->index(row, 0));
        const QPoint centre = list->visualRect(list->model()->index(row, 0)).center();
        // A click makes the step current, the second click of a double-click shows it.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
    } else {
        m_panel->setCurrentStep(row);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
    }
    QCOMPARE(activated.count(), 1);
    QCOMPARE(m_panel->currentStepIndex(), row);
    QCOMPARE(state->windowStart(), *step.windowStart);
    QCOMPARE(state->windowEnd(), *step.windowEnd);
    if (step.cursorTime)
        QCOMPARE(state->cursor(), *step.cursorTime);
    QCOMPARE(state->selectedEvent(), step.eventId);
    QCOMPARE(state->selectedActor(), step.focusActorId);
    QCOMPARE(undoStack()->count(), 0);
}

void tst_TourPanel::presentFromHereAsksForTheTourAndStep()
{
    QSignalSpy present(m_panel, &TourPanel::presentRequested);
    m_panel->setCurrentStep(4);
    QTest::mouseClick(buttonFor(m_panel->presentAction()), Qt::LeftButton);
    QCOMPARE(present.count(), 1);
    QCOMPARE(present.at(0).at(0).value<ItemId>(), tour().id);
    QCOMPARE(present.at(0).at(1).toInt(), 4);
}

void tst_TourPanel::newRenameDeleteTourAreUndoable()
{
    const qsizetype tours = m_window->atlas()->data().tours.size();
    const std::optional<ItemId> id = m_panel->newTour(QStringLiteral("Seminar"));
    QVERIFY(id);
    QCOMPARE(m_panel->currentTourId(), *id);
    QCOMPARE(m_panel->tourChooser()->currentText(), QStringLiteral("Seminar"));
    QCOMPARE(m_panel->stepList()->model()->rowCount(), 0);
    QVERIFY(m_panel->addCurrentView());
    QCOMPARE(m_panel->stepList()->model()->rowCount(), 1);
    QVERIFY(m_panel->renameTour(QStringLiteral("Seminar 2")));
    QCOMPARE(m_panel->tourChooser()->currentText(), QStringLiteral("Seminar 2"));
    QCOMPARE(m_panel->currentTourId(), *id); // still the chosen one
    QVERIFY(m_panel->deleteTour());
    QCOMPARE(m_window->atlas()->data().tours.size(), tours);
    QVERIFY(m_panel->currentTourId() != *id);
    QCOMPARE(m_panel->currentStepIndex(), 0); // the tour shown instead, from its start
    undoStack()->undo();
    QCOMPARE(m_window->atlas()->data().tours.size(), tours + 1);
    QCOMPARE(m_window->atlas()->data().tours.last().steps.size(), 1);
    QCOMPARE(undoStack()->count(), 4);

    // The window would say why in a message box; the signal is enough here.
    QObject::disconnect(m_panel, &TourPanel::failed, m_window.get(), nullptr);
    QSignalSpy failed(m_panel, &TourPanel::failed);
    QVERIFY(!m_panel->newTour(QStringLiteral("  ")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("A tour needs a title."));
}

void tst_TourPanel::readOnlyAtlasDisablesEditing()
{
    QString error;
    std::unique_ptr<Atlas> sample = Atlas::openSampleInMemory(&error);
    QVERIFY(sample && sample->isReadOnly());
    const QString reason = sample->readOnlyReason();
    m_window->setAtlas(std::move(sample));
    QCOMPARE(m_panel->stepList()->model()->rowCount(), int(tour().steps.size()));
    m_panel->setCurrentStep(1);
    for (QAction *action : {m_panel->newTourAction(), m_panel->renameTourAction(), m_panel->deleteTourAction(),
                            m_panel->addViewAction(), m_panel->updateFromViewAction(), m_panel->moveUpAction(),
                            m_panel->moveDownAction(), m_panel->deleteStepAction()}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QCOMPARE(action->toolTip(), reason);
    }
    QVERIFY(m_panel->captionEditor()->isReadOnly());
    QCOMPARE(m_panel->captionEditor()->toolTip(), reason);
    QCOMPARE(m_panel->stepList()->dragDropMode(), QAbstractItemView::NoDragDrop);
    // Showing and presenting still work.
    QVERIFY(m_panel->showStepAction()->isEnabled());
    QVERIFY(m_panel->presentAction()->isEnabled());
    m_panel->stepList()->setFocus();
    QTest::keyClick(m_panel->stepList(), Qt::Key_Delete);
    QCOMPARE(m_panel->stepList()->model()->rowCount(), int(tour().steps.size()));
}

QTEST_MAIN(tst_TourPanel)
#include "tst_tourpanel.moc"
