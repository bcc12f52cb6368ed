// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlas.h"
#include "actorpanel.h"
#include "atlasfixtures.h"
#include "eventtablemodel.h"
#include "eventtablepanel.h"
#include "graphview.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "recentfiles.h"
#include "relationeditor.h"
#include "serieslane.h"
#include "timelinecolumn.h"
#include "timelineview.h"
#include "viewstate.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Annals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensAnAtlas();
    void badFileKeepsTheOpenAtlas();
    void badFileIsExplainedInADialog();
    void readOnlyFileSaysSo();
    void filterNarrowsTheTable();
    void narrowingTheListKeepsTheSelection();
    void lettersInTheListJumpToRows();
    void menusHaveTheActionsUsersExpect_data();
    void menusHaveTheActionsUsersExpect();
    void rememberedAcrossSessions();
    void fontScaleIsClampedAndKept();
    void closingShowsTheWelcomePage();
    void fullScreenCheckFollowsTheWindow();
    void graphGoesBelowOnNarrowWindows();
    void graphFiltersAreRemembered();
    void selectingAnActorOffersTheActorPanel();
    void seriesOverviewAndLegendChoicesAreRemembered();
    void aLineDrawnOnTheGraphOpensTheRelationForm();
    void filteredCountsSaySo();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalsTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_path = AtlasFixtures::makeSmallAtlas(m_dir.filePath(QStringLiteral("small.annals")));
}

void tst_MainWindow::init()
{
    QSettings().clear();
}

void tst_MainWindow::opensAnAtlas()
{
    MainWindow window;
    QString error;
    QVERIFY2(window.openAtlas(m_path, &error, true), qPrintable(error));
    QVERIFY(window.atlas());
    QVERIFY(window.windowTitle().contains(QLatin1String("Small atlas")));
    QVERIFY(!window.windowTitle().contains(QLatin1String("read-only")));
    QCOMPARE(window.eventTablePanel()->view()->model()->rowCount(), 1);
    QVERIFY(window.noticeBar()->text().isEmpty());
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    const bool counted = std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
        return label->text().contains(QLatin1String("1 events")) && label->text().contains(QLatin1String("2 actors"));
    });
    QVERIFY(counted);
}

void tst_MainWindow::badFileKeepsTheOpenAtlas()
{
    MainWindow window;
    QVERIFY(window.openAtlas(m_path, nullptr, true));
    const QString bad = m_dir.filePath(QStringLiteral("bad.annals"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("garbage");
    file.close();
    QString error;
    QVERIFY(!window.openAtlas(bad, &error, true));
    QVERIFY(error.contains(QLatin1String("not an SQLite database")));
    QVERIFY(window.atlas());
    QCOMPARE(window.atlas()->path(), QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(window.eventTablePanel()->view()->model()->rowCount(), 1);
}

void tst_MainWindow::badFileIsExplainedInADialog()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openAtlas(m_path, nullptr, true));
    const QString foreign = m_dir.filePath(QStringLiteral("contacts.db"));
    AtlasFixtures::runRaw(foreign, {QStringLiteral("CREATE TABLE contacts (name TEXT)")});

    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            shown = box->text();
            box->accept();
        }
    });
    QVERIFY(!window.openAtlas(foreign));
    QVERIFY2(shown.contains(QLatin1String("another application")), qPrintable(shown));
    // Still usable: the atlas that was open is still open.
    QCOMPARE(window.atlas()->path(), QFileInfo(m_path).absoluteFilePath());
}

void tst_MainWindow::readOnlyFileSaysSo()
{
    const QString path = AtlasFixtures::makeSmallAtlas(m_dir.filePath(QStringLiteral("locked.annals")));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    MainWindow window;
    QVERIFY(window.openAtlas(path, nullptr, true));
    QVERIFY(window.atlas()->isReadOnly());
    QVERIFY(window.windowTitle().contains(QLatin1String("read-only")));
    QVERIFY(window.noticeBar()->text().contains(QLatin1String("read-only on disk")));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void tst_MainWindow::filterNarrowsTheTable()
{
    const QString path = m_dir.filePath(QStringLiteral("sample-for-filter.annals"));
    QString error;
    QVERIFY2(Atlas::writeSample(path, &error) || QFile::exists(path), qPrintable(error));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openAtlas(path, nullptr, true));
    EventTablePanel *panel = window.eventTablePanel();
    const int all = panel->view()->model()->rowCount();
    QVERIFY(all >= 40);

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(panel->filterEdit()->hasFocus());
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("hanoi"));
    const int filtered = panel->view()->model()->rowCount();
    QVERIFY(filtered >= 1 && filtered < all);
    for (int row = 0; row < filtered; ++row) {
        QString text;
        for (int column = 0; column < panel->view()->model()->columnCount(); ++column)
            text += panel->view()->model()->index(row, column).data().toString();
        QVERIFY2(text.contains(QLatin1String("Hanoi"), Qt::CaseInsensitive), qPrintable(text));
    }
    panel->filterEdit()->clear();
    QCOMPARE(panel->view()->model()->rowCount(), all);

    // Sorted by time by default: the first row is the earliest event.
    const QAbstractItemModel *model = panel->view()->model();
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row - 1, 1).data(Qt::UserRole + 1).toLongLong()
                <= model->index(row, 1).data(Qt::UserRole + 1).toLongLong());
    }
}

// Typing in the list's filter box, or a view filter, hides the selected
// event's row: the timeline, graph and details keep showing it, and the list
// shows it again when the filter lets it back. A click still selects.
void tst_MainWindow::narrowingTheListKeepsTheSelection()
{
    QString error;
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.setAtlas(Atlas::openSampleInMemory(&error));
    QVERIFY2(window.atlas(), qPrintable(error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    EventTablePanel *panel = window.eventTablePanel();
    QAbstractItemView *table = panel->view();
    const auto eventAt = [table](int row) {
        return table->model()->index(row, 0).data(EventTableModel::EventIdRole).toLongLong();
    };
    const int all = table->model()->rowCount();
    // An event in the middle, so rows go on both sides of it.
    const ItemId chosen = eventAt(all / 2);
    window.viewState()->setSelectedEvent(chosen);
    QCOMPARE(eventAt(table->currentIndex().row()), chosen);
    QSignalSpy selectionChanges(window.viewState(), &ViewState::selectedEventChanged);

    // The first event's title: rows stay, the chosen one goes.
    panel->filterEdit()->setText(table->model()->index(0, 0).data().toString());
    QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < all);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(eventAt(row) != chosen);
    QCOMPARE(window.viewState()->selectedEvent(), chosen);
    QVERIFY(selectionChanges.isEmpty());
    panel->filterEdit()->setText(QStringLiteral("zzz-no-event-says-this"));
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(window.viewState()->selectedEvent(), chosen);

    panel->filterEdit()->clear();
    QCOMPARE(table->model()->rowCount(), all);
    QCOMPARE(window.viewState()->selectedEvent(), chosen);
    QCOMPARE(eventAt(table->currentIndex().row()), chosen);
    QVERIFY(selectionChanges.isEmpty());

    // The view filter narrows the list the same way: every other category
    // but the chosen event's, so that rows stay on both sides of its place.
    ViewFilter others;
    QString chosenCategory;
    for (const Event &event : window.atlas()->data().events) {
        if (event.id == chosen)
            chosenCategory = event.category;
    }
    for (const Event &event : window.atlas()->data().events) {
        if (event.category != chosenCategory && !others.categories.contains(event.category))
            others.categories << event.category;
    }
    window.viewState()->setFilter(others);
    QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < all);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(eventAt(row) != chosen);
    QCOMPARE(window.viewState()->selectedEvent(), chosen);
    QVERIFY(selectionChanges.isEmpty());
    window.viewState()->setFilter({});
    QCOMPARE(window.viewState()->selectedEvent(), chosen);
    QCOMPARE(eventAt(table->currentIndex().row()), chosen);

    // A click on a row is a choice.
    const QModelIndex other = table->model()->index(0, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(other).center());
    QCOMPARE(window.viewState()->selectedEvent(), eventAt(0));
}

// In the event list a letter jumps to a row, as in every list; it is not
// the window's one-key shortcut (Z, Zoom to Selection), which still works
// from the timeline.
void tst_MainWindow::lettersInTheListJumpToRows()
{
    QString error;
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.setAtlas(Atlas::openSampleInMemory(&error));
    QVERIFY2(window.atlas(), qPrintable(error));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *table = window.eventTablePanel()->view();
    const QAbstractItemModel *rows = table->model();
    const auto titleAt = [rows](int row) { return rows->index(row, EventTableModel::TitleColumn).data().toString(); };
    for (int row = 0; row < rows->rowCount(); ++row)
        QVERIFY2(!titleAt(row).startsWith(QLatin1Char('Z'), Qt::CaseInsensitive), qPrintable(titleAt(row)));

    ViewState *view = window.viewState();
    table->setCurrentIndex(rows->index(0, 0));
    QVERIFY(view->selectedEvent() != 0);
    window.timelineView()->fitAll(false);
    const std::pair window0{view->windowStart(), view->windowEnd()};
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Z);
    // By then a zoom would have begun, and the list's search has forgotten the "z".
    QTest::qWait(QApplication::keyboardInputInterval() + 100);
    QCOMPARE((std::pair{view->windowStart(), view->windowEnd()}), window0);

    // A letter some later row starts with moves the current row there.
    const QChar letter = titleAt(rows->rowCount() - 1).at(0).toUpper();
    QTest::keyClick(table, Qt::Key(letter.unicode()));
    QVERIFY(table->currentIndex().row() > 0);
    QVERIFY2(titleAt(table->currentIndex().row()).startsWith(letter, Qt::CaseInsensitive),
             qPrintable(titleAt(table->currentIndex().row())));

    // From the timeline, Z still zooms to the selected event.
    window.timelineView()->fitAll(false);
    const std::pair window1{view->windowStart(), view->windowEnd()};
    window.timelineView()->setFocus();
    QTRY_VERIFY(window.timelineView()->hasFocus());
    QTest::keyClick(window.timelineView(), Qt::Key_Z);
    QTRY_VERIFY(view->windowEnd() - view->windowStart() < window1.second - window1.first);
    // And + from the list still zooms: signs are not type-ahead.
    window.timelineView()->fitAll(false);
    const qint64 fitted = view->windowEnd() - view->windowStart();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Plus);
    QTRY_VERIFY(view->windowEnd() - view->windowStart() < fitted);
}

void tst_MainWindow::menusHaveTheActionsUsersExpect_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("New") << "File" << "New…" << QKeySequence(QKeySequence::New);
    QTest::newRow("Open") << "File" << "Open…" << QKeySequence(QKeySequence::Open);
    QTest::newRow("Open Recent") << "File" << "Open Recent" << QKeySequence();
    QTest::newRow("Save a Copy") << "File" << "Save a Copy As…" << QKeySequence(QKeySequence::SaveAs);
    QTest::newRow("Close") << "File" << "Close" << QKeySequence(QKeySequence::Close);
    QTest::newRow("Quit") << "File" << "Quit" << QKeySequence(QKeySequence::Quit);
    QTest::newRow("Undo") << "Edit" << "Undo" << QKeySequence(QKeySequence::Undo);
    QTest::newRow("Redo") << "Edit" << "Redo" << QKeySequence(QKeySequence::Redo);
    QTest::newRow("Full Screen") << "View" << "Full Screen" << QKeySequence();
    QTest::newRow("About") << "Help" << "About Annals" << QKeySequence();
    QTest::newRow("Actor panel") << "View" << "Actor" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    QTest::newRow("Re-layout") << "Graph" << "Re-layout" << QKeySequence(Qt::CTRL | Qt::Key_R);
    QTest::newRow("Unpin All") << "Graph" << "Unpin All Actors" << QKeySequence();
    QTest::newRow("Leave Focus") << "Graph" << "Leave Focus" << QKeySequence();
    QTest::newRow("Whole period") << "Graph" << "Relations in the Whole Visible Period" << QKeySequence();
    QTest::newRow("Relation kinds") << "Graph" << "Relation Kinds" << QKeySequence();
    QTest::newRow("Overview") << "View" << "Show Overview" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    QTest::newRow("Undo history") << "Edit" << "Undo History" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
    QTest::newRow("New event") << "Edit" << "New Event" << QKeySequence(Qt::Key_Insert);
    QTest::newRow("Edit event") << "Edit" << "Edit Event" << QKeySequence(Qt::Key_F2);
    QTest::newRow("Delete event") << "Edit" << "Delete Event" << QKeySequence(QKeySequence::Delete);
    QTest::newRow("Number series") << "View" << "Number Series" << QKeySequence();
}

void tst_MainWindow::menusHaveTheActionsUsersExpect()
{
    QFETCH(QString, menu);
    QFETCH(QString, action);
    QFETCH(QKeySequence, shortcut);
    MainWindow window;
    QAction *found = nullptr;
    for (QAction *top : window.menuBar()->actions()) {
        if (top->text().remove(QLatin1Char('&')) != menu || !top->menu())
            continue;
        for (QAction *item : top->menu()->actions()) {
            const QString text = item->text().remove(QLatin1Char('&'));
            // "Undo" is Undo, not Undo History: an exact name wins.
            if (text == action || (!found && text.startsWith(action)))
                found = item;
        }
    }
    QVERIFY2(found, qPrintable(action));
    if (!shortcut.isEmpty())
        QVERIFY2(found->shortcuts().contains(shortcut), qPrintable(found->shortcut().toString()));
}

void tst_MainWindow::rememberedAcrossSessions()
{
    {
        MainWindow window;
        window.resize(900, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openAtlas(m_path, nullptr, true));
        window.close();
    }
    QCOMPARE(RecentFiles().paths().value(0), QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(QSettings().value(QStringLiteral("lastAtlas")).toString(), QFileInfo(m_path).absoluteFilePath());
    MainWindow again;
    QCOMPARE(again.size(), QSize(900, 640));

    // A screenshot window neither reads nor writes any of it.
    MainWindow screenshot(MainWindow::SettingsUse::Ignore);
    QVERIFY(screenshot.size() != QSize(900, 640));
    QVERIFY(screenshot.openAtlas(AtlasFixtures::makeSmallAtlas(m_dir.filePath(QStringLiteral("other.annals"))), nullptr, true));
    QCOMPARE(RecentFiles().paths().size(), 1);
}

void tst_MainWindow::graphGoesBelowOnNarrowWindows()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    QVERIFY(window.openAtlas(m_path, nullptr, true));
    auto *views = window.findChild<QSplitter *>();
    QVERIFY(views);
    QVERIFY(views->indexOf(window.graphView()) >= 0);
    window.resize(1600, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(views->orientation(), Qt::Horizontal);
    window.resize(820, 900);
    QTRY_COMPARE(views->orientation(), Qt::Vertical);
    QVERIFY(window.graphView()->height() >= window.graphView()->minimumHeight());
    QVERIFY(window.graphView()->y() > window.timelineView()->y()); // below, not beside
    window.resize(1600, 900);
    QTRY_COMPARE(views->orientation(), Qt::Horizontal);
    QVERIFY(window.graphView()->x() > window.timelineView()->x());
}

void tst_MainWindow::graphFiltersAreRemembered()
{
    const quint32 noWars = 0xffffffffu & ~GraphQuery::kindBit(RelationKind::War);
    {
        MainWindow window;
        window.graphView()->setShownKinds(noWars);
        window.graphView()->setShowsWholeWindow(true);
        window.close();
    }
    MainWindow again;
    QCOMPARE(again.graphView()->shownKinds(), noWars);
    QVERIFY(again.graphView()->showsWholeWindow());
    MainWindow screenshot(MainWindow::SettingsUse::Ignore);
    QCOMPARE(screenshot.graphView()->shownKinds(), 0xffffffffu);
}

void tst_MainWindow::selectingAnActorOffersTheActorPanel()
{
    MainWindow window;
    QVERIFY(window.openAtlas(m_path, nullptr, true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.actorPanel()->isVisible());
    const ItemId first = window.atlas()->data().actors.first().id;
    window.viewState()->setSelectedActor(first);
    QTRY_VERIFY(window.actorPanel()->isVisible());
    QCOMPARE(window.actorPanel()->shownActor(), first);
    // Closed by the student, it stays closed: offered once, not forced.
    window.actorPanel()->parentWidget()->close();
    window.viewState()->setSelectedActor(0);
    window.viewState()->setSelectedActor(first);
    QTest::qWait(50);
    QVERIFY(!window.actorPanel()->isVisible());
}

void tst_MainWindow::fontScaleIsClampedAndKept()
{
    {
        MainWindow window;
        QVERIFY(window.openAtlas(m_path, nullptr, true));
        const qreal base = window.eventTablePanel()->view()->font().pointSizeF();
        window.setFontScale(2.0);
        QCOMPARE(window.eventTablePanel()->view()->font().pointSizeF(), base * 2.0);
        window.setFontScale(10.0);
        QCOMPARE(window.fontScale(), 3.0);
        window.setFontScale(0.1);
        QCOMPARE(window.fontScale(), 1.0);
        window.setFontScale(1.5);
    }
    MainWindow again;
    QCOMPARE(again.fontScale(), 1.5);
}

void tst_MainWindow::closingShowsTheWelcomePage()
{
    MainWindow window;
    QVERIFY(window.openAtlas(m_path, nullptr, true));
    window.closeAtlas();
    QVERIFY(!window.atlas());
    QCOMPARE(window.windowTitle(), QStringLiteral("Annals"));
    QCOMPARE(window.eventTablePanel()->view()->model()->rowCount(), 0);
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(pages);
    QCOMPARE(pages->currentIndex(), 0);
}

// However the window got to full screen (a restored geometry, the window
// manager's key), the check mark says so and F11 leaves it at the first press.
void tst_MainWindow::fullScreenCheckFollowsTheWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("fullScreenAction"));
    QVERIFY(action);
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::Key_F11)));
    QVERIFY(!action->isChecked());

    window.setWindowState(window.windowState() | Qt::WindowFullScreen);
    QVERIFY(window.isFullScreen());
    QVERIFY(action->isChecked());
    action->trigger();
    QVERIFY(!window.isFullScreen());
    QVERIFY(!action->isChecked());

    action->trigger();
    QVERIFY(window.isFullScreen());
    window.showNormal();
    QVERIFY(!action->isChecked());
}

// Finds an action by its text without the mnemonic, in a menu bar's menus
// and their submenus (filled as if opened).
static QAction *findMenuAction(QMenuBar *bar, const QString &path)
{
    const QStringList steps = path.split(QLatin1Char('/'));
    QList<QAction *> actions = bar->actions();
    QAction *found = nullptr;
    for (const QString &step : steps) {
        found = nullptr;
        for (QAction *action : actions) {
            if (action->text().remove(QLatin1Char('&')) == step)
                found = action;
        }
        if (!found)
            return nullptr;
        if (QMenu *menu = found->menu()) {
            Q_EMIT menu->aboutToShow();
            actions = menu->actions();
        }
    }
    return found;
}

void tst_MainWindow::seriesOverviewAndLegendChoicesAreRemembered()
{
    QString error;
    const QString seriesName = QStringLiteral("Estimated North Korean nuclear warheads");
    {
        MainWindow window;
        window.setAtlas(Atlas::openSampleInMemory(&error));
        QVERIFY2(window.atlas(), qPrintable(error));
        TimelineColumn *column = window.timelineColumn();
        QCOMPARE(column->seriesLanes().size(), 1);
        QAction *series = findMenuAction(window.menuBar(), QStringLiteral("View/Number Series/") + seriesName);
        QVERIFY(series);
        QVERIFY(series->isChecked());
        series->setChecked(false);
        QVERIFY(column->seriesLanes().isEmpty());
        QAction *overview = findMenuAction(window.menuBar(), QStringLiteral("View/Show Overview"));
        QVERIFY(overview && overview->isChecked());
        overview->setChecked(false);
        QVERIFY(!column->isOverviewVisible());
        QAction *legend = findMenuAction(window.menuBar(), QStringLiteral("View/Show Legend"));
        QVERIFY(legend && legend->isChecked());
        legend->setChecked(false);
        window.close();
    }
    MainWindow again;
    again.setAtlas(Atlas::openSampleInMemory(&error));
    QVERIFY(again.timelineColumn()->seriesLanes().isEmpty());
    QVERIFY(!again.timelineColumn()->isOverviewVisible());
    QVERIFY(!findMenuAction(again.menuBar(), QStringLiteral("View/Show Legend"))->isChecked());
    QAction *series = findMenuAction(again.menuBar(), QStringLiteral("View/Number Series/") + seriesName);
    QVERIFY(series && !series->isChecked());
    series->setChecked(true);
    QCOMPARE(again.timelineColumn()->seriesLanes().size(), 1);

    // An atlas without series says so instead of showing an empty menu.
    again.openAtlas(m_path, nullptr, true);
    QAction *none = findMenuAction(again.menuBar(), QStringLiteral("View/Number Series/This atlas has no number series"));
    QVERIFY(none && !none->isEnabled());

    // A screenshot window shows everything, whatever was chosen.
    MainWindow screenshot(MainWindow::SettingsUse::Ignore);
    screenshot.setAtlas(Atlas::openSampleInMemory(&error));
    QCOMPARE(screenshot.timelineColumn()->seriesLanes().size(), 1);
    QVERIFY(screenshot.timelineColumn()->isOverviewVisible());
    QVERIFY(findMenuAction(screenshot.menuBar(), QStringLiteral("View/Show Legend"))->isChecked());
}

void tst_MainWindow::aLineDrawnOnTheGraphOpensTheRelationForm()
{
    const QString path = m_dir.filePath(QStringLiteral("draw.annals"));
    QString error;
    QVERIFY2(Atlas::writeSample(path, &error) || QFile::exists(path), qPrintable(error));
    MainWindow window;
    QVERIFY(window.openAtlas(path, nullptr, true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<Actor> &actors = window.atlas()->data().actors;
    const ItemId from = actors.at(0).id;
    const ItemId to = actors.at(1).id;
    const qsizetype relations = window.atlas()->data().relations.size();

    Q_EMIT window.graphView()->relationDrawRequested(from, to);
    RelationEditor *form = nullptr;
    QTRY_VERIFY((form = window.findChild<RelationEditor *>()) && form->isVisible());
    QCOMPARE(form->relation().sourceId, from);
    QCOMPARE(form->relation().targetId, to);
    form->accept();
    QTRY_COMPARE(window.atlas()->data().relations.size(), relations + 1);
    const Relation &made = window.atlas()->data().relations.last();
    QVERIFY((made.sourceId == from && made.targetId == to));
    window.atlas()->undoStack()->undo();
    QCOMPARE(window.atlas()->data().relations.size(), relations);
}

void tst_MainWindow::filteredCountsSaySo()
{
    MainWindow window;
    QString error;
    window.setAtlas(Atlas::openSampleInMemory(&error));
    const QLabel *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY(counts);
    const QString whole = counts->text();
    QVERIFY(!whole.contains(QStringLiteral("shown")));
    ViewFilter filter;
    filter.minimumImportance = 5;
    window.viewState()->setFilter(filter);
    QTRY_VERIFY(counts->text().contains(QStringLiteral("shown")));
    window.viewState()->setFilter({});
    QTRY_COMPARE(counts->text(), whole);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
