// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "detailspanel.h"
#include "atlas.h"
#include "atlaseditor.h"
#include "dataexchange.h"
#include "eventtablemodel.h"
#include "dataactions.h"
#include "editactions.h"
#include "eventactions.h"
#include "eventtablepanel.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "filteredevents.h"
#include "actorpanel.h"
#include "graphview.h"
#include "noticebar.h"
#include "presentationwindow.h"
#include "preferencesdialog.h"
#include "recentfiles.h"
#include "searchpanel.h"
#include "searchresultsmodel.h"
#include "sampleatlas.h"
#include "timelinecolumn.h"
#include "timelineview.h"
#include "viewaccessibility.h"
#include "tourpanel.h"
#include "tours.h"
#include "viewstate.h"
#include "welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QDialog>
#include <QDockWidget>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QTimer>
#include <QTreeView>
#include <QUndoView>
#include <QVBoxLayout>

namespace Annals {

namespace {

const QString fileFilter()
{
    return QCoreApplication::translate("Annals::MainWindow", "Annals atlases (*.annals);;All files (*)");
}

constexpr qreal minimumFontScale = 1.0;
constexpr qreal maximumFontScale = 3.0;
constexpr qreal fontScaleStep = 0.25;
// Below this width the graph goes under the timeline instead of beside it.
constexpr int narrowViewsWidth = 1000;

} // namespace

MainWindow::MainWindow(SettingsUse settingsUse, QWidget *parent)
    : QMainWindow(parent)
    , m_settingsUse(settingsUse)
    , m_eventModel(new EventTableModel(this))
    , m_eventTablePanel(new EventTablePanel(m_eventModel, this))
    , m_viewState(new ViewState(this))
    , m_timelineColumn(new TimelineColumn(this))
    , m_timeline(m_timelineColumn->timeline())
    , m_graph(new GraphView(this))
    , m_views(new QSplitter(Qt::Horizontal, this))
    , m_details(new DetailsPanel(this))
    , m_actorPanel(new ActorPanel(this))
    , m_search(new SearchPanel(this))
    , m_eventListDock(new QDockWidget(tr("Event List"), this))
    , m_detailsDock(new QDockWidget(tr("Details"), this))
    , m_actorDock(new QDockWidget(tr("Actor"), this))
    , m_undoDock(new QDockWidget(tr("Undo History"), this))
    , m_searchDock(new QDockWidget(tr("Search"), this))
    , m_tourPanel(new TourPanel(this))
    , m_tourDock(new QDockWidget(tr("Tour"), this))
    , m_eventActions(new EventActions(m_viewState, this))
    , m_noticeBar(new NoticeBar(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_recentFiles(new RecentFiles(this))
    , m_countsLabel(new QLabel(this))
    , m_readOnlyLabel(new QLabel(this))
{
    setAcceptDrops(true);
    m_pages->addWidget(m_welcome);
    // Reached from Help with the atlas still open, Continue goes back to it.
    connect(m_welcome, &WelcomePage::continueRequested, this, [this](const QString &path) { openAtlas(path); });
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openUserSample);
    connect(m_welcome, &WelcomePage::newAtlasRequested, this, &MainWindow::newAtlas);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openAtlasDialog);
    // The timeline and the graph side by side, one instrument: both read and
    // write the same ViewState.
    m_views->addWidget(m_timelineColumn);
    m_views->addWidget(m_graph);
    m_views->setStretchFactor(0, 3);
    m_views->setStretchFactor(1, 2);
    m_views->setChildrenCollapsible(false);
    m_pages->addWidget(m_views);
    m_views->installEventFilter(this);
    m_timelineColumn->setViewState(m_viewState);
    m_graph->setViewState(m_viewState);

    // The table and the details are docks: out of the way of the timeline on
    // a small laptop, beside it on a big screen.
    m_eventListDock->setObjectName(QStringLiteral("eventListDock"));
    m_eventListDock->setWidget(m_eventTablePanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_eventListDock);
    m_eventListDock->hide();
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    m_detailsDock->hide();
    // Who stood with the selected actor: opens by itself the first time a
    // student picks one, so the numbers are found without a manual.
    m_actorDock->setObjectName(QStringLiteral("actorDock"));
    m_actorDock->setWidget(m_actorPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_actorDock);
    m_actorDock->hide();
    m_actorPanel->setViewState(m_viewState);
    connect(m_viewState, &ViewState::selectedActorChanged, this, [this](ItemId id) {
        if (id != 0 && !m_actorDockShownOnce && m_settingsUse == SettingsUse::ReadAndWrite) {
            m_actorDockShownOnce = true;
            m_actorDock->show();
        }
    });

    // Search answers from the whole atlas; picking a result selects it and
    // brings it into view, as a click in a view would.
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    connect(m_search, &SearchPanel::eventChosen, this, [this](ItemId id) { showSearchResult(QStringLiteral("event"), id); });
    connect(m_search, &SearchPanel::actorChosen, this, [this](ItemId id) { showSearchResult(QStringLiteral("actor"), id); });
    connect(m_search, &SearchPanel::relationChosen, this, [this](ItemId id) { showSearchResult(QStringLiteral("relation"), id); });
    connect(m_search, &SearchPanel::sourceChosen, this, [this](ItemId id) { showSearchResult(QStringLiteral("source"), id); });

    // Tours: made and edited here, played by presentation mode.
    m_tourDock->setObjectName(QStringLiteral("tourDock"));
    m_tourDock->setWidget(m_tourPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_tourDock);
    m_tourDock->hide();
    m_tourPanel->setViewState(m_viewState);
    m_tourPanel->setGraphFocus([this] { return m_graph->focusActor(); });
    connect(m_tourPanel, &TourPanel::stepActivated, this, [this](const TourStep &step) { showStepInView(step, *m_viewState); });
    connect(m_tourPanel, &TourPanel::presentRequested, this, [this](ItemId tourId, int stepIndex) {
        startPresentation(tourIndexOf(tourId), stepIndex);
    });
    connect(m_tourPanel, &TourPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_tourPanel, &TourPanel::failed, this, [this](const QString &reason) {
        QMessageBox::warning(this, tr("The atlas was not changed"), reason);
    });

    // Every change is a step here; clicking one goes back to it.
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoDock->setWidget(new QUndoView(m_undoGroup, m_undoDock));
    m_undoDock->widget()->setAccessibleName(tr("Undo history"));
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();
    connect(m_eventActions, &EventActions::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 6000);
    });
    connect(m_eventActions, &EventActions::failed, this, [this](const QString &reason) {
        QMessageBox::warning(this, tr("The atlas was not changed"), reason);
    });
    connect(m_timeline, &TimelineView::createRequested, m_eventActions, &EventActions::createAt);
    connect(m_timeline, &TimelineView::eventRetimed, m_eventActions, &EventActions::retimeEvent);
    // Events can be dragged exactly when New Event can add one; its tooltip
    // then says why not.
    // Nothing of the window is read: the action changes as the window closes
    // (its keys follow the focus), when the window is no more a MainWindow.
    QAction *addEvent = m_eventActions->newAction();
    connect(addEvent, &QAction::changed, m_timeline, [addEvent, timeline = m_timeline] {
        timeline->setEditable(addEvent->isEnabled(), addEvent->isEnabled() ? QString() : addEvent->toolTip());
    });
    // Actors, relations and sources; found again by findChild where the atlas changes and the menu is made.
    auto *editActions = new EditActions(m_viewState, this);
    editActions->setGraphWidgets({m_graph, m_actorDock}, m_eventActions);
    connect(editActions, &EditActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(editActions, &EditActions::failed, this, [this](const QString &reason) {
        QMessageBox::warning(this, tr("The atlas was not changed"), reason);
    });

    // Other programs' files in and the atlas's data out (File menu).
    auto *dataActions = new DataActions(this);
    connect(dataActions, &DataActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(dataActions, &DataActions::failed, this,
            [this](const QString &title, const QString &text, const QString &details) {
                QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
                box.setDetailedText(details);
                box.exec();
            });
    connect(dataActions, &DataActions::atlasMade, this, [this](const QString &path) { openAtlas(path); });

    connect(m_timeline, &TimelineView::eventActivated, this, &MainWindow::showDetails);
    // A line drawn between two actors opens the relation form, filled in.
    connect(m_graph, &GraphView::relationDrawRequested, editActions, &EditActions::openNewRelation);
    connect(m_viewState, &ViewState::selectedEventChanged, this, [this] {
        refreshDetails();
        syncTableSelection();
    });
    connect(m_viewState, &ViewState::selectedActorChanged, this, &MainWindow::refreshDetails);
    connect(m_detailsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refreshDetails();
    });
    // The details panel's links select what they name, like a click in a view.
    connect(m_details, &DetailsPanel::eventActivated, this, &MainWindow::showDetails);
    connect(m_details, &DetailsPanel::actorActivated, m_viewState, &ViewState::setSelectedActor);
    connect(m_details, &DetailsPanel::relationActivated, m_viewState, &ViewState::setSelectedRelation);
    connect(m_eventTablePanel->view(), &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showDetails(index.data(EventTableModel::EventIdRole).toLongLong());
    });
    connect(m_eventTablePanel, &EventTablePanel::eventChosen, m_viewState, &ViewState::setSelectedEvent);
    // Narrowing the list keeps the selection; the list shows it again if it can.
    connect(m_eventTablePanel, &EventTablePanel::rowsRefiltered, this, &MainWindow::syncTableSelection);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_noticeBar);
    createFilters();
    layout->addWidget(m_filterBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_readOnlyLabel->setText(tr("Read-only"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));

    createActions();
    connect(m_recentFiles, &RecentFiles::openRequested, this, [this](const QString &path) { openAtlas(path); });

    if (m_settingsUse == SettingsUse::ReadAndWrite) {
        QSettings settings;
        if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
            resize(defaultSize());
        restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
        m_views->restoreState(settings.value(QStringLiteral("mainWindow/views")).toByteArray());
        m_timelineColumn->restoreSplitState(settings.value(QStringLiteral("mainWindow/timelineColumn")).toByteArray());
        setFontScale(settings.value(QStringLiteral("view/fontScale"), 1.0).toReal());
        setLaneMode(LaneMode(std::clamp(settings.value(QStringLiteral("view/lanes"), 0).toInt(), 0, 2)));
        m_actorDockShownOnce = settings.value(QStringLiteral("view/actorPanelOffered"), false).toBool();
        m_graph->setShowsWholeWindow(settings.value(QStringLiteral("graph/wholeWindow"), false).toBool());
        // Saved when it changes (Graph menu, Preferences), not only at a clean quit.
        connect(m_graph->wholeWindowAction(), &QAction::toggled, this,
                [](bool whole) { QSettings().setValue(QStringLiteral("graph/wholeWindow"), whole); });
        m_graph->setShownKinds(settings.value(QStringLiteral("graph/kinds"), 0xffffffffu).toUInt());
        m_overviewAction->setChecked(settings.value(QStringLiteral("view/overview"), true).toBool());
        m_legendAction->setChecked(settings.value(QStringLiteral("view/legend"), true).toBool());
        const QStringList hidden = settings.value(QStringLiteral("view/hiddenSeries")).toStringList();
        m_timelineColumn->setHiddenSeries(QSet<QString>(hidden.begin(), hidden.end()));
    } else {
        resize(defaultSize());
    }
    showPageForAtlas();
    updateWindowState();
}

MainWindow::~MainWindow()
{
    closePresentation();
}

QSize MainWindow::defaultSize() const
{
    // Roomy on a desktop, but never larger than a small laptop's screen.
    const QSize preferred(1280, 800);
    const QScreen *current = screen();
    if (!current)
        return preferred;
    return preferred.boundedTo(current->availableSize() * 0.9);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New…"), this, &MainWindow::newAtlas);
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Start a new, empty atlas"));
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openAtlasDialog);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open an atlas file"));
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    m_recentFiles->attachTo(recent);
    QAction *sampleAction = file->addAction(tr("Open the &Sample Atlas"), this, &MainWindow::openUserSample);
    sampleAction->setStatusTip(tr("Open your own copy of “Korea and the great powers, 1945–2025”"));
    file->addSeparator();
    m_saveCopyAction = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopyAs);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_saveCopyAction->setStatusTip(tr("Write a copy of this atlas to another file; "
                                      "changes are stored as you make them, so there is no Save"));
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] { ExportDialog::exportFrom(this); });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Save the timeline, the graph or both as a PNG, SVG or PDF file"));
    QAction *printAction = file->addAction(tr("&Print…"), this, [this] { ExportDialog::printFrom(this); });
    printAction->setShortcut(QKeySequence::Print);
    printAction->setStatusTip(tr("Print the timeline and the graph, with a preview first"));
    m_timelineActions << exportAction << printAction; // enabled while an atlas is open
    file->addSeparator();
    auto *dataActions = findChild<DataActions *>();
    file->addActions({dataActions->importAction(), dataActions->importAsNewAction(), dataActions->exportAction()});
    file->addSeparator();
    m_closeAction = file->addAction(tr("C&lose"), this, &MainWindow::closeAtlas);
    m_closeAction->setShortcut(QKeySequence::Close);
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addAction(m_undoDock->toggleViewAction());
    m_undoDock->toggleViewAction()->setText(tr("Undo &History"));
    m_undoDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    edit->addSeparator();
    edit->addAction(m_eventActions->newAction());
    edit->addAction(m_eventActions->editAction());
    edit->addAction(m_eventActions->deleteAction());
    edit->addSeparator();
    edit->addActions(findChild<EditActions *>()->actions());
    edit->addSeparator();
    m_findAction = edit->addAction(tr("&Find…"), this, [this] {
        showSearchDock();
        m_search->focusSearch();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search the whole atlas: events, actors, relations and sources"));
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcuts(PreferencesDialog::shortcuts());
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("Choose the theme, the text size, the lanes, what the graph shows and the language"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { m_timeline->zoomBy(1.6, m_timeline->viewport()->width() / 2.0, true); });
    zoomIn->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    zoomIn->setStatusTip(tr("Zoom into the middle of the timeline (or turn the mouse wheel over a date)"));
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [this] { m_timeline->zoomBy(1 / 1.6, m_timeline->viewport()->width() / 2.0, true); });
    zoomOut->setShortcut(QKeySequence(Qt::Key_Minus));
    QAction *fit = view->addAction(tr("Fit &Whole Atlas"), this, [this] { m_timeline->fitAll(); });
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *zoomSelection = view->addAction(tr("Zoom to &Selection"), m_timeline, &TimelineView::zoomToSelection);
    zoomSelection->setShortcut(QKeySequence(Qt::Key_Z));
    m_timelineActions << zoomIn << zoomOut << fit << zoomSelection;
    view->addSeparator();
    QMenu *lanes = view->addMenu(tr("&Lanes"));
    m_laneModes = new QActionGroup(this);
    const QList<std::pair<QString, LaneMode>> modes = {
        {tr("By &Category"), LaneMode::Category},
        {tr("By &Actor"), LaneMode::Actor},
        {tr("&Packed in One Lane"), LaneMode::Packed},
    };
    for (const auto &[text, mode] : modes) {
        QAction *action = lanes->addAction(text);
        action->setCheckable(true);
        action->setData(int(mode));
        action->setChecked(mode == LaneMode::Category);
        m_laneModes->addAction(action);
    }
    connect(m_laneModes, &QActionGroup::triggered, this, [this](QAction *action) {
        setLaneMode(LaneMode(action->data().toInt()));
    });
    m_legendAction = view->addAction(tr("Show Le&gend"));
    m_legendAction->setObjectName(QStringLiteral("legendAction"));
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
    connect(m_legendAction, &QAction::toggled, m_timeline, &TimelineView::setLegendVisible);
    connect(m_legendAction, &QAction::toggled, m_graph, &GraphView::setLegendVisible);
    connect(m_legendAction, &QAction::toggled, this, [this](bool on) {
        if (m_settingsUse == SettingsUse::ReadAndWrite)
            QSettings().setValue(QStringLiteral("view/legend"), on);
    });
    m_overviewAction = view->addAction(tr("Show O&verview"));
    m_overviewAction->setCheckable(true);
    m_overviewAction->setChecked(true);
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_overviewAction->setStatusTip(tr("A map of the whole atlas under the timeline: drag its frame to move through time"));
    connect(m_overviewAction, &QAction::toggled, this, [this](bool on) {
        m_timelineColumn->setOverviewVisible(on);
        if (m_settingsUse == SettingsUse::ReadAndWrite)
            QSettings().setValue(QStringLiteral("view/overview"), on);
    });
    // Filled when the menu opens: the series are the open atlas's.
    m_seriesMenu = view->addMenu(tr("Num&ber Series"));
    m_seriesMenu->setStatusTip(tr("Show or hide the atlas's number series under the timeline"));
    connect(m_seriesMenu, &QMenu::aboutToShow, this, &MainWindow::fillSeriesMenu);
    connect(m_timelineColumn, &TimelineColumn::hiddenSeriesChanged, this, [this](const QSet<QString> &names) {
        if (m_settingsUse == SettingsUse::ReadAndWrite)
            QSettings().setValue(QStringLiteral("view/hiddenSeries"), QStringList(names.begin(), names.end()));
    });
    view->addAction(m_eventListDock->toggleViewAction());
    m_eventListDock->toggleViewAction()->setText(tr("&Event List"));
    m_eventListDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    view->addAction(m_detailsDock->toggleViewAction());
    m_detailsDock->toggleViewAction()->setText(tr("&Details"));
    m_detailsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addAction(m_actorDock->toggleViewAction());
    m_actorDock->toggleViewAction()->setText(tr("&Actor"));
    m_actorDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_actorDock->toggleViewAction()->setStatusTip(tr("Allies and rivals of the selected actor, and how they changed"));
    // Beside the list it shows: the Edit menu has no mnemonic left for it.
    m_filterAction = view->addAction(tr("Filte&r Event List"), this, [this] {
        m_eventListDock->show();
        m_eventListDock->raise();
        m_eventTablePanel->focusFilter();
    });
    m_filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addSeparator();
    view->addMenu(m_filterBar->addFilterMenu());
    QAction *addFilter = view->addAction(tr("Add Fil&ter…"), m_filterBar, &FilterBar::popUpMenu);
    addFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    addFilter->setStatusTip(tr("Narrow what the timeline, the graph and the event list show"));
    m_timelineActions.append(addFilter);
    view->addSeparator();
    QAction *larger = view->addAction(tr("Larger Te&xt"), this, [this] { setFontScale(m_fontScale + fontScaleStep); });
    larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *smaller = view->addAction(tr("S&maller Text"), this, [this] { setFontScale(m_fontScale - fontScaleStep); });
    smaller->setShortcut(QKeySequence::ZoomOut);
    view->addAction(tr("&Normal Text Size"), this, [this] { setFontScale(1.0); });
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("F&ull Screen"));
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setCheckable(true);
    m_fullScreenAction = fullScreen;
    // KDE's full-screen keys include Ctrl+Shift+F, Add Filter's: given to both, neither would work.
    QList<QKeySequence> fullScreenKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    fullScreenKeys.removeAll(addFilter->shortcut());
    if (!fullScreenKeys.contains(QKeySequence(Qt::Key_F11)))
        fullScreenKeys.append(QKeySequence(Qt::Key_F11));
    fullScreen->setShortcuts(fullScreenKeys);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    // Presenting has a menu of its own: a teacher looks for it by name.
    QMenu *present = menuBar()->addMenu(tr("&Present"));
    // The tour chosen in the Tour dock, else the atlas's first.
    m_presentAction = present->addAction(tr("&Present from the Start"), this,
                                         [this] { startPresentation(tourIndexOf(m_tourPanel->currentTourId())); });
    m_timelineActions << m_presentAction;
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentAction->setToolTip(tr("Show the atlas full screen in large type and step through its tour "
                                   "(Page Down: next, Page Up: back, B: blank, Esc: leave)"));
    QAction *presentHere = present->addAction(tr("Present from the &Current Step"), this, [this] {
        startPresentation(tourIndexOf(m_tourPanel->currentTourId()), std::max(0, m_tourPanel->currentStepIndex()));
    });
    presentHere->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    presentHere->setToolTip(tr("Present the tour from the step chosen in the Tour dock"));
    m_timelineActions << presentHere;
    m_presentOnMenu = present->addMenu(tr("Present on &Screen"));
    connect(m_presentOnMenu, &QMenu::aboutToShow, this, &MainWindow::fillPresentOnMenu);
    present->addSeparator();
    present->addAction(m_tourDock->toggleViewAction());
    m_tourDock->toggleViewAction()->setText(tr("&Tour Steps"));
    m_tourDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tourDock->toggleViewAction()->setStatusTip(tr("Make and edit tours: steps through the atlas with captions"));

    QMenu *graph = menuBar()->addMenu(tr("&Graph"));
    graph->addActions(m_graph->graphActions());
    QMenu *kinds = graph->addMenu(tr("Relation &Kinds"));
    kinds->addActions(m_graph->kindActions());
    kinds->addSeparator();
    kinds->addAction(tr("Show &All Kinds"), m_graph, [this] { m_graph->setShownKinds(0xffffffffu); });
    m_graphMenu = graph;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *welcome = help->addAction(tr("Show the &Welcome Page"), this, &MainWindow::showWelcomePage);
    welcome->setObjectName(QStringLiteral("welcomeAction"));
    welcome->setStatusTip(tr("The page of the first start: the sample atlas, a new atlas, or a file; "
                             "the open atlas stays open"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Annals"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    // F6 and Shift+F6 go from one main area to the next (a desktop
    // convention); Tab cannot do it, as in the timeline it walks the events.
    const QList<QWidget *> areas = {m_filterBar, m_timeline, m_graph, m_eventTablePanel, m_details, m_actorPanel, m_search};
    for (const auto &[text, keys, step] : {std::tuple(tr("Next Area"), QKeySequence(Qt::Key_F6), 1),
                                           std::tuple(tr("Previous Area"), QKeySequence(Qt::SHIFT | Qt::Key_F6), -1)}) {
        auto *move = new QAction(text, this);
        move->setShortcut(keys);
        connect(move, &QAction::triggered, this, [areas, direction = step] { focusNextArea(areas, direction); });
        addAction(move);
    }
}

void MainWindow::fillSeriesMenu()
{
    m_seriesMenu->clear();
    if (!m_atlas || m_atlas->data().series.isEmpty()) {
        m_seriesMenu->addAction(tr("This atlas has no number series"))->setEnabled(false);
        return;
    }
    const QSet<QString> hidden = m_timelineColumn->hiddenSeries();
    for (const Series &series : m_atlas->data().series) {
        QAction *action = m_seriesMenu->addAction(series.name);
        action->setCheckable(true);
        action->setChecked(!hidden.contains(series.name));
        if (!series.unit.isEmpty())
            action->setStatusTip(tr("%1, in %2").arg(series.name, series.unit));
        const QString name = series.name;
        connect(action, &QAction::toggled, this, [this, name](bool on) { m_timelineColumn->setSeriesHidden(name, !on); });
    }
}

void MainWindow::setFontScale(qreal scale)
{
    m_fontScale = std::clamp(scale, minimumFontScale, maximumFontScale);
    m_eventTablePanel->setFontScale(m_fontScale);
    m_timelineColumn->setFontScale(m_fontScale);
    m_graph->setFontScale(m_fontScale);
    m_actorPanel->setFontScale(m_fontScale);
    m_details->setFontScale(m_fontScale);
    m_search->setFontScale(m_fontScale);
    m_welcome->setFontScale(m_fontScale);
    if (m_settingsUse == SettingsUse::ReadAndWrite)
        QSettings().setValue(QStringLiteral("view/fontScale"), m_fontScale);
    statusBar()->showMessage(tr("Text size %1 %").arg(qRound(m_fontScale * 100)), 2000);
}

bool MainWindow::openAtlas(const QString &path, QString *error, bool quiet)
{
    // The atlas already open (from Recent Files, the welcome page, a drop):
    // back to it, not a second copy of it, which its own lock would make
    // read-only and which would lose its undo history.
    if (m_atlas && QFileInfo(path) == QFileInfo(m_atlas->path())) {
        showPageForAtlas();
        return true;
    }
    QString reason;
    std::unique_ptr<Atlas> opened = Atlas::open(path, &reason);
    if (!opened) {
        if (error)
            *error = reason;
        if (!quiet)
            showError(tr("Could not open the atlas"), reason);
        return false;
    }
    if (m_settingsUse == SettingsUse::ReadAndWrite)
        m_recentFiles->add(opened->path());
    const QStringList problems = opened->problems();
    setAtlas(std::move(opened));
    if (!problems.isEmpty() && !quiet) {
        QMessageBox box(QMessageBox::Warning, tr("The atlas has problems"),
                        tr("%n problem(s) were found in this atlas. It is open read-only so that nothing "
                           "gets worse; the details list each one with its table and row.",
                           nullptr, int(problems.size())),
                        QMessageBox::Ok, this);
        box.setDetailedText(problems.join(QLatin1Char('\n')));
        box.exec();
    }
    return true;
}

void MainWindow::setAtlas(std::unique_ptr<Atlas> atlas)
{
    if (m_atlas) {
        m_undoGroup->removeStack(m_atlas->undoStack());
        // Every view lets go of the old data before it is destroyed: the next
        // atlas's first signals (a new cursor, a new window) reach all views,
        // and one still holding the old data would read freed memory.
        showAtlasData(nullptr);
        m_tourPanel->setAtlas(nullptr);
    }
    m_viewState->setSelectedEvent(0);
    // Actors and categories are the old atlas's; the kinds shown are a habit.
    ViewFilter keptFilter;
    keptFilter.relationKinds = m_viewState->filter().relationKinds;
    m_viewState->setFilter(keptFilter);
    m_atlas = std::move(atlas);
    rememberLastAtlas();
    if (m_atlas) {
        m_undoGroup->addStack(m_atlas->undoStack());
        m_undoGroup->setActiveStack(m_atlas->undoStack());
        connect(m_atlas.get(), &Atlas::dataChanged, this, [this] {
            showAtlasData(m_atlas.get());
            updateWindowState();
            // The title may have been edited.
            rememberLastAtlas();
        });
    }
    showAtlasData(m_atlas.get());
    m_eventActions->setAtlas(m_atlas.get());
    findChild<EditActions *>()->setAtlas(m_atlas.get());
    findChild<DataActions *>()->setAtlas(m_atlas.get());
    m_tourPanel->setAtlas(m_atlas.get());
    m_eventTablePanel->setFontScale(m_fontScale);
    showPageForAtlas();
    updateWindowState();
}

void MainWindow::showAtlasData(const Atlas *atlas)
{
    // The presentation shows the data about to go.
    closePresentation();
    const AtlasData *atlasData = atlas ? &atlas->data() : nullptr;
    const std::shared_ptr<const EventIndex> index = atlas ? atlas->eventIndex() : nullptr;
    m_eventModel->setAtlasData(atlasData ? *atlasData : AtlasData());
    m_details->setAtlasData(atlasData);
    m_search->setSearcher(atlas ? SearchPanel::Searcher([atlas](const QString &text, const auto &perGroup) {
                              return atlas->search(text, perGroup);
                          })
                                : SearchPanel::Searcher(),
                          atlasData);
    m_graph->setAtlas(atlasData);
    m_actorPanel->setAtlas(atlasData, index);
    m_timelineColumn->setAtlas(atlasData, index);
    m_filterBar->setAtlas(atlasData);
    m_filteredEvents->setSource(index);
    showFilteredEvents();
}

void MainWindow::createFilters()
{
    m_filterBar = new FilterBar(this);
    m_filterBar->setViewState(m_viewState);
    m_filteredEvents = new FilteredEvents(m_viewState, this);
    connect(m_filteredEvents, &FilteredEvents::eventsChanged, this, &MainWindow::showFilteredEvents);
}

void MainWindow::showFilteredEvents()
{
    const std::shared_ptr<const EventIndex> &events = m_filteredEvents->events();
    m_eventTablePanel->setShownEvents(m_filteredEvents->isFiltering() ? events : nullptr);
    // Between two atlases the views hold no data to filter.
    if (!m_atlas || !events)
        return;
    m_timelineColumn->setEvents(events);
    m_actorPanel->setEventIndex(events);
    updateCounts();
}

void MainWindow::updateCounts()
{
    if (!m_atlas) {
        m_countsLabel->clear();
        return;
    }
    const AtlasData &contents = m_atlas->data();
    const std::shared_ptr<const EventIndex> &shown = m_filteredEvents->events();
    // A filter hides events; the count says so, or a student may think they are gone.
    const QString events = m_filteredEvents->isFiltering() && shown
        ? tr("%1 of %2 events shown").arg(shown->size()).arg(contents.events.size())
        : tr("%1 events").arg(contents.events.size());
    m_countsLabel->setText(tr("%1 · %2 actors · %3 relations · %4 sources")
                               .arg(events)
                               .arg(contents.actors.size())
                               .arg(contents.relations.size())
                               .arg(contents.sources.size()));
}

void MainWindow::rememberLastAtlas()
{
    // Recorded as soon as an atlas opens, not at quit, and kept while none
    // is open: the welcome page offers to continue with it after File ▸
    // Close and at the next start.
    if (m_settingsUse != SettingsUse::ReadAndWrite || !m_atlas || m_atlas->path().isEmpty())
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("lastAtlas"), m_atlas->path());
    settings.setValue(QStringLiteral("lastAtlasTitle"), m_atlas->title());
}

void MainWindow::showWelcomePage()
{
    // With an atlas open, Continue goes back to it.
    if (m_atlas)
        m_welcome->setLastAtlas(m_atlas->path(), m_atlas->title());
    m_pages->setCurrentWidget(m_welcome);
    m_welcome->focusDefaultChoice();
}

void MainWindow::closeAtlas()
{
    setAtlas(nullptr);
}

std::unique_ptr<Atlas> MainWindow::takeAtlas()
{
    if (!m_atlas)
        return nullptr;
    m_undoGroup->removeStack(m_atlas->undoStack());
    disconnect(m_atlas.get(), nullptr, this, nullptr);
    // As when closing: every view lets go of the data first.
    showAtlasData(nullptr);
    m_eventActions->setAtlas(nullptr);
    findChild<EditActions *>()->setAtlas(nullptr);
    findChild<DataActions *>()->setAtlas(nullptr);
    m_tourPanel->setAtlas(nullptr);
    std::unique_ptr<Atlas> atlas = std::move(m_atlas);
    showPageForAtlas();
    updateWindowState();
    return atlas;
}

MainWindow *MainWindow::rebuildInCurrentLanguage()
{
    m_rebuildPending = false;
    closePresentation();
    auto *next = new MainWindow(m_settingsUse, parentWidget());
    next->setAttribute(Qt::WA_DeleteOnClose, testAttribute(Qt::WA_DeleteOnClose));
    next->setRebuildsOnLanguageChange(m_rebuildsOnLanguageChange);
    // This window is on its way out: a later language change is the new one's.
    m_rebuildsOnLanguageChange = false;
    next->setFontScale(m_fontScale);
    next->setLaneMode(m_timeline->laneMode());
    next->m_graph->setShowsWholeWindow(m_graph->showsWholeWindow());
    next->m_graph->setShownKinds(m_graph->shownKinds());
    next->m_overviewAction->setChecked(m_overviewAction->isChecked());
    next->m_legendAction->setChecked(m_legendAction->isChecked());
    next->m_timelineColumn->setHiddenSeries(m_timelineColumn->hiddenSeries());
    next->m_actorDockShownOnce = m_actorDockShownOnce;
    next->restoreGeometry(saveGeometry());
    next->restoreState(saveState());
    next->m_views->restoreState(m_views->saveState());
    next->m_timelineColumn->restoreSplitState(m_timelineColumn->saveSplitState());

    // What the student was looking at: setAtlas() starts from no selection
    // and no filter, so the view is handed over after it.
    const ViewState &view = *m_viewState;
    const qint64 windowStart = view.windowStart();
    const qint64 windowEnd = view.windowEnd();
    const qint64 cursor = view.cursor();
    const ViewFilter filter = view.filter();
    const ItemId event = view.selectedEvent();
    const ItemId actor = view.selectedActor();
    const ItemId relation = view.selectedRelation();
    const QString searchText = m_search->searchEdit()->text();
    const QString listFilterText = m_eventTablePanel->filterEdit()->text();
    const ItemId tour = m_tourPanel->currentTourId();
    const int tourStep = m_tourPanel->currentStepIndex();
    const bool welcomeOverAtlas = m_atlas && m_pages->currentWidget() == m_welcome;
    const bool wasVisible = isVisible();
    if (std::unique_ptr<Atlas> atlas = takeAtlas())
        next->setAtlas(std::move(atlas));
    if (wasVisible)
        next->show();
    // What was typed, which setAtlas() also clears, and where the tour stood:
    // before the view, as either may move the selection.
    if (!searchText.isEmpty())
        next->m_search->searchNow(searchText);
    next->m_eventTablePanel->filterEdit()->setText(listFilterText);
    if (welcomeOverAtlas)
        next->showWelcomePage();
    if (tour != 0) {
        next->m_tourPanel->setCurrentTour(tour);
        if (tourStep >= 0)
            next->m_tourPanel->setCurrentStep(tourStep);
    }
    ViewState &nextView = *next->m_viewState;
    nextView.setFilter(filter);
    if (windowEnd > windowStart)
        nextView.setWindow(windowStart, windowEnd);
    nextView.setCursor(cursor);
    nextView.setSelectedEvent(event);
    nextView.setSelectedActor(actor);
    nextView.setSelectedRelation(relation);

    // The dialog that changed the language (Preferences) stays open.
    const QList<QDialog *> dialogs = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    for (QDialog *dialog : dialogs) {
        if (!dialog->isVisible())
            continue;
        const QRect where = dialog->geometry();
        dialog->setParent(next, dialog->windowFlags());
        dialog->setGeometry(where);
        dialog->show();
    }
    // Closing would save this window's settings over the new window's.
    hide();
    deleteLater();
    Q_EMIT replacedBy(next);
    return next;
}

void MainWindow::changeEvent(QEvent *event)
{
    // Installing a language sends one LanguageChange per catalogue (Annals's
    // and Qt's): rebuild once, after both.
    if (event->type() == QEvent::LanguageChange && m_rebuildsOnLanguageChange && !m_rebuildPending) {
        m_rebuildPending = true;
        QMetaObject::invokeMethod(this, &MainWindow::rebuildInCurrentLanguage, Qt::QueuedConnection);
    }
    // The check mark follows the window, however it got there (a restored
    // geometry, the window manager's own key): F11 then always toggles at once.
    if (event->type() == QEvent::WindowStateChange && m_fullScreenAction) {
        const QSignalBlocker blocker(m_fullScreenAction);
        m_fullScreenAction->setChecked(isFullScreen());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showPageForAtlas()
{
    // Only opening and closing choose the page: the welcome page asked for
    // over an open atlas (Help ▸ Show the Welcome Page) stays while that
    // atlas changes underneath it.
    m_pages->setCurrentWidget(m_atlas ? static_cast<QWidget *>(m_views) : m_welcome);
}

void MainWindow::updateWindowState()
{
    const bool open = m_atlas != nullptr;
    m_saveCopyAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_filterAction->setEnabled(open);
    m_findAction->setEnabled(open);
    for (QAction *action : std::as_const(m_timelineActions))
        action->setEnabled(open);
    if (!open) {
        // A welcome back after File ▸ Close: Continue offers the atlas just closed.
        if (m_settingsUse == SettingsUse::ReadAndWrite)
            m_welcome->loadSettings();
        m_welcome->focusDefaultChoice();
        setWindowTitle(tr("Annals"));
        setWindowFilePath({});
        m_countsLabel->clear();
        m_readOnlyLabel->hide();
        m_noticeBar->showNotice({});
        return;
    }
    setWindowTitle(m_atlas->isReadOnly() ? tr("%1 (read-only) — Annals").arg(m_atlas->title())
                                         : tr("%1 — Annals").arg(m_atlas->title()));
    setWindowFilePath(m_atlas->path());
    updateCounts();
    m_readOnlyLabel->setVisible(m_atlas->isReadOnly());
    m_readOnlyLabel->setToolTip(m_atlas->readOnlyReason());
    m_noticeBar->showNotice(m_atlas->readOnlyReason());
}

void MainWindow::newAtlas()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New Atlas"), QDir(folder).filePath(tr("Untitled.annals")),
                                                fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".annals");
    // The dialog has already asked about replacing; a new atlas must start empty.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("Could not create the atlas"), tr("%1 could not be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    std::unique_ptr<Atlas> created = Atlas::create(path, QFileInfo(path).completeBaseName(), &error);
    if (!created) {
        showError(tr("Could not create the atlas"), error);
        return;
    }
    if (m_settingsUse == SettingsUse::ReadAndWrite)
        m_recentFiles->add(created->path());
    setAtlas(std::move(created));
}

void MainWindow::openAtlasDialog()
{
    const QString start = m_atlas && !m_atlas->path().isEmpty()
        ? QFileInfo(m_atlas->path()).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Atlas"), start, fileFilter());
    if (!path.isEmpty())
        openAtlas(path);
}

void MainWindow::openUserSample()
{
    QString error;
    if (!SampleAtlas::ensureUserCopy(&error)) {
        showError(tr("Could not prepare the sample atlas"), error);
        return;
    }
    openAtlas(SampleAtlas::userCopyPath());
}

void MainWindow::saveCopyAs()
{
    if (!m_atlas)
        return;
    const QString suggestion = m_atlas->path().isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(m_atlas->title() + QStringLiteral(".annals"))
        : QFileInfo(m_atlas->path()).absolutePath() + QDir::separator() + tr("Copy of %1").arg(QFileInfo(m_atlas->path()).fileName());
    QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy As"), suggestion, fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".annals");
    QString error;
    if (!m_atlas->saveCopyAs(path, &error)) {
        showError(tr("Could not save a copy"), error);
        return;
    }
    statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showAbout()
{
    QString error;
    std::unique_ptr<Atlas> sample = Atlas::openSampleInMemory(&error);
    AboutDialog dialog(sample ? sample->data() : AtlasData{}, this);
    dialog.exec();
}

void MainWindow::setLaneMode(LaneMode mode)
{
    m_timelineColumn->setLaneMode(mode);
    for (QAction *action : m_laneModes->actions())
        action->setChecked(LaneMode(action->data().toInt()) == mode);
    if (m_settingsUse == SettingsUse::ReadAndWrite)
        QSettings().setValue(QStringLiteral("view/lanes"), int(mode));
    Q_EMIT laneModeChanged(mode);
}

void MainWindow::showDetails(qint64 eventId)
{
    m_viewState->setSelectedEvent(eventId);
    m_details->displayEvent(eventId);
    m_detailsDock->show();
    m_detailsDock->raise();
}

void MainWindow::showSearchDock()
{
    const bool wasHidden = m_searchDock->isHidden();
    m_searchDock->show();
    m_searchDock->raise();
    // Room for a title and its dates, unless the user sized it already.
    if (wasHidden && !m_searchDock->isFloating() && m_searchDock->width() < 300)
        resizeDocks({m_searchDock}, {std::min(360, width() / 3)}, Qt::Horizontal);
}

void MainWindow::showSearch(const QString &text)
{
    showSearchDock();
    m_search->searchNow(text);
    m_search->resultsView()->setCurrentIndex(m_search->resultsModel()->firstHit());
}

void MainWindow::showSearchResult(const QString &kind, ItemId id)
{
    // Selected as a click would, then zoomed to: the event with room around
    // it, the actor's events, the relation's span.
    if (kind == QLatin1String("event")) {
        showDetails(id);
    } else if (kind == QLatin1String("actor")) {
        m_viewState->setSelectedEvent(0);
        m_viewState->setSelectedRelation(0);
        m_viewState->setSelectedActor(id);
        m_details->displayActor(id);
        m_detailsDock->show();
    } else if (kind == QLatin1String("relation")) {
        m_viewState->setSelectedEvent(0);
        m_viewState->setSelectedActor(0);
        m_viewState->setSelectedRelation(id);
    } else if (kind == QLatin1String("source")) {
        // Shown after the dock: showing it describes the selection again.
        m_detailsDock->show();
        m_detailsDock->raise();
        m_details->displaySource(id);
        return;
    }
    m_timeline->zoomToSelection();
}

void MainWindow::refreshDetails()
{
    // The selected event, else the selected actor: what was clicked last
    // that the panel can describe.
    if (!m_detailsDock->isVisible())
        return;
    if (m_viewState->selectedEvent() == 0 && m_viewState->selectedActor() != 0)
        m_details->displayActor(m_viewState->selectedActor());
    else
        m_details->displayEvent(m_viewState->selectedEvent());
}

void MainWindow::syncTableSelection()
{
    // Follow the shared selection without echoing it back.
    const ItemId id = m_viewState->selectedEvent();
    const int row = m_eventModel->rowOfEvent(id);
    QAbstractItemView *view = m_eventTablePanel->view();
    const QModelIndex target = row < 0 ? QModelIndex()
                                       : m_eventTablePanel->proxy()->mapFromSource(m_eventModel->index(row, 0));
    if (view->currentIndex().row() == target.row() && view->currentIndex().isValid() == target.isValid())
        return;
    const QSignalBlocker blocker(view->selectionModel());
    if (target.isValid()) {
        view->setCurrentIndex(target);
        view->scrollTo(target);
    } else {
        // Nor a current row left on some other event for the keys to start from.
        view->selectionModel()->clear();
    }
    view->viewport()->update();
}

void MainWindow::showError(const QString &title, const QString &text)
{
    QMessageBox::warning(this, title, text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settingsUse == SettingsUse::ReadAndWrite) {
        QSettings settings;
        settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("mainWindow/state"), saveState());
        settings.setValue(QStringLiteral("mainWindow/views"), m_views->saveState());
        settings.setValue(QStringLiteral("mainWindow/timelineColumn"), m_timelineColumn->saveSplitState());
        settings.setValue(QStringLiteral("view/actorPanelOffered"), m_actorDockShownOnce);
        settings.setValue(QStringLiteral("graph/kinds"), m_graph->shownKinds());
    }
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_views && event->type() == QEvent::Resize)
        updateViewsOrientation();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateViewsOrientation()
{
    // Side by side the graph needs room; on a narrow window (a laptop with
    // the docks open, a window half a screen wide) it goes below the
    // timeline, which needs the width more.
    const Qt::Orientation wanted = m_views->width() < narrowViewsWidth ? Qt::Vertical : Qt::Horizontal;
    if (m_views->orientation() == wanted)
        return;
    m_views->setOrientation(wanted);
    const int extent = wanted == Qt::Horizontal ? m_views->width() : m_views->height();
    m_views->setSizes({extent * 3 / 5, extent * 2 / 5});
}

namespace {

enum class DroppedKind { Unsupported, Atlas, Data };

DroppedKind droppedKindOf(const QUrl &url)
{
    if (!url.isLocalFile())
        return DroppedKind::Unsupported;
    const QString path = url.toLocalFile();
    if (!QFileInfo(path).isFile())
        return DroppedKind::Unsupported;
    if (QFileInfo(path).suffix().compare(QLatin1String("annals"), Qt::CaseInsensitive) == 0)
        return DroppedKind::Atlas;
    const std::optional<DataFormat> format = DataExchange::formatFor(path);
    return format && DataExchange::canImport(*format) ? DroppedKind::Data : DroppedKind::Unsupported;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // The drop cursor only for what a drop would open or import: a folder,
    // a picture or a web link is refused before it is let go.
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), [](const QUrl &url) { return droppedKindOf(url) != DroppedKind::Unsupported; }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList atlases;
    QStringList dataFiles;
    int unsupported = 0;
    for (const QUrl &url : event->mimeData()->urls()) {
        switch (droppedKindOf(url)) {
        case DroppedKind::Atlas:
            atlases << url.toLocalFile();
            break;
        case DroppedKind::Data:
            dataFiles << url.toLocalFile();
            break;
        case DroppedKind::Unsupported:
            ++unsupported;
            break;
        }
    }
    if (atlases.isEmpty() && dataFiles.isEmpty())
        return;
    // A copy, never a move, whatever the modifier keys: the files stay where
    // they are.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    // Opening and importing may ask questions (the CSV columns, where to
    // save): after the drop has returned, so that the file manager the files
    // came from is not kept waiting behind a dialog.
    QTimer::singleShot(0, this, [this, atlases, dataFiles, unsupported] { openDroppedFiles(atlases, dataFiles, unsupported); });
}

void MainWindow::openDroppedFiles(const QStringList &atlases, const QStringList &dataFiles, int unsupported)
{
    // One atlas is open at a time: an atlas among the files wins, and the
    // rest are left alone rather than imported into it unasked.
    if (!atlases.isEmpty()) {
        const QString path = atlases.first();
        if (openAtlas(path)) {
            const int ignored = int(atlases.size() + dataFiles.size()) - 1 + unsupported;
            statusBar()->showMessage(ignored == 0 ? tr("Opened %1.").arg(QFileInfo(path).fileName())
                                                  : tr("Opened %1; the %n other dropped file(s) were left alone.",
                                                       nullptr, ignored)
                                                        .arg(QFileInfo(path).fileName()),
                                     10000);
        }
        return;
    }
    // Data files are imported in turn, each one undo step; with no atlas to
    // import into (none open, or read-only) the first makes a new atlas, as
    // File ▸ Import as New Atlas does, and the others go into it.
    auto *dataActions = findChild<DataActions *>();
    int imported = 0;
    for (const QString &path : std::as_const(dataFiles)) {
        const bool intoOpenAtlas = m_atlas && AtlasEditor::whyUnwritable(m_atlas.get()).isEmpty();
        if (intoOpenAtlas ? dataActions->importInto(path) : dataActions->importAsNewAsking(path))
            ++imported;
        else if (!intoOpenAtlas)
            break; // no atlas to import the others into
    }
    // One file's own message (what it added) says more than a count.
    if (dataFiles.size() > 1 || unsupported > 0) {
        QString text = tr("Imported %1 of %n dropped file(s).", nullptr, int(dataFiles.size()) + unsupported).arg(imported);
        if (unsupported > 0)
            text += QLatin1Char(' ') + tr("Annals opens .annals files and imports TimelineJS .json, .csv and .gexf files.");
        statusBar()->showMessage(text, 10000);
    }
}

PresentationWindow *MainWindow::startPresentation(int tourIndex, int startStep, bool fullScreen)
{
    if (!m_atlas)
        return nullptr;
    closePresentation();
    const AtlasData &atlasData = m_atlas->data();
    auto *presentation = new PresentationWindow(&atlasData, m_atlas->eventIndex(), this);
    m_presentation = presentation;
    const bool remembers = m_settingsUse == SettingsUse::ReadAndWrite;
    QScreen *screen = nullptr;
    if (fullScreen) {
        const QString screenName = remembers ? QSettings().value(QStringLiteral("presentation/screen")).toString() : QString();
        screen = PresentationWindow::chooseScreen(this, screenName);
    }
    // The text size follows the height presented on (a 720-line projector
    // starts smaller than a 1080-line one); what the teacher chose with
    // Ctrl+Plus/Minus is kept as a share of that default, so it carries
    // from the desk to the classroom's projector.
    const int presentedHeight = screen ? screen->geometry().height() : height();
    presentation->setFontScale(PresentationWindow::defaultFontScaleFor(presentedHeight, rememberedPresentationTextShare()));
    presentation->timeline()->setLaneMode(m_timeline->laneMode());
    if (!fullScreen) {
        presentation->setAnimated(false);
        presentation->resize(size());
    }
    const bool hasTour = tourIndex >= 0 && tourIndex < atlasData.tours.size();
    presentation->setTour(hasTour ? atlasData.tours.at(tourIndex).title : m_atlas->title(),
                          hasTour ? atlasData.tours.at(tourIndex).steps : QList<TourStep>(), startStep,
                          {m_viewState->windowStart(), m_viewState->windowEnd()}, m_viewState->cursor());
    if (remembers) {
        // Measured against the height Ctrl+0 uses: the presentation's own.
        connect(presentation, &PresentationWindow::fontScaleChanged, this, [presentation](qreal scale) {
            QSettings settings;
            settings.setValue(QStringLiteral("presentation/textShare"),
                              PresentationWindow::shareOfDefaultFor(presentation->height(), scale));
            settings.remove(QStringLiteral("presentation/fontScale"));
        });
    }
    // Back at the desk, the teacher's window shows where the class stopped.
    connect(presentation, &PresentationWindow::finished, this, [this](qint64 from, qint64 to, qint64 cursor, ItemId event) {
        if (!m_atlas || to <= from)
            return;
        m_timeline->showWindow(from, to, false);
        m_viewState->setCursor(cursor);
        if (event)
            m_viewState->setSelectedEvent(event);
    });
    if (screen) {
        presentation->presentOn(screen);
    } else {
        presentation->show();
    }
    return presentation;
}

qreal MainWindow::rememberedPresentationTextShare() const
{
    if (m_settingsUse != SettingsUse::ReadAndWrite)
        return 1.0;
    const QSettings settings;
    if (settings.contains(QStringLiteral("presentation/textShare")))
        return std::clamp(settings.value(QStringLiteral("presentation/textShare")).toReal(), 0.25, 4.0);
    // Saved before the size followed the screen: a size chosen when 200 % was
    // everyone's default.
    if (settings.contains(QStringLiteral("presentation/fontScale")))
        return std::clamp(settings.value(QStringLiteral("presentation/fontScale")).toReal() / PresentationWindow::defaultFontScale, 0.25, 4.0);
    return 1.0;
}

int MainWindow::tourIndexOf(ItemId tourId) const
{
    if (!m_atlas)
        return -1;
    const QList<Tour> &tours = m_atlas->data().tours;
    for (int i = 0; i < tours.size(); ++i) {
        if (tours.at(i).id == tourId)
            return i;
    }
    return tours.isEmpty() ? -1 : 0;
}

PresentationWindow *MainWindow::presentation() const
{
    return m_presentation;
}

void MainWindow::closePresentation()
{
    if (m_presentation) {
        // Closed now, not later: it must not outlive the data it shows.
        PresentationWindow *presentation = m_presentation;
        m_presentation = nullptr;
        presentation->close();
        delete presentation;
    }
}

void MainWindow::fillPresentOnMenu()
{
    m_presentOnMenu->clear();
    const QString remembered = QSettings().value(QStringLiteral("presentation/screen")).toString();
    auto *group = new QActionGroup(m_presentOnMenu);
    QAction *automatic = m_presentOnMenu->addAction(tr("&Automatic (a second screen when there is one)"));
    automatic->setCheckable(true);
    automatic->setChecked(remembered.isEmpty());
    group->addAction(automatic);
    connect(automatic, &QAction::triggered, this, [] { QSettings().remove(QStringLiteral("presentation/screen")); });
    m_presentOnMenu->addSeparator();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i) {
        QScreen *screen = screens.at(i);
        const QString name = screen->name();
        const QString label = tr("Screen &%1: %2 (%3 × %4)")
                                  .arg(i + 1)
                                  .arg(screen->model().isEmpty() ? name : screen->model())
                                  .arg(screen->size().width())
                                  .arg(screen->size().height());
        QAction *action = m_presentOnMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(name == remembered);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [name] { QSettings().setValue(QStringLiteral("presentation/screen"), name); });
    }
}

} // namespace Annals
