// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "timelinelanes.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QSplitter;
class QStackedWidget;
class QUndoGroup;

namespace Annals {

class Atlas;
class WelcomePage;
class ActorPanel;
class DetailsPanel;
class EventTableModel;
class EventActions;
class EventTablePanel;
class EventIndex;
class FilterBar;
class FilteredEvents;
class GraphView;
class NoticeBar;
class PresentationWindow;
class RecentFiles;
class SearchPanel;
class TimelineColumn;
class TimelineView;
class TourPanel;
class ViewState;

// Composes the views around one open atlas and wires the menus to them.
// Opening, closing and copying files are here because they swap the atlas
// every view shows; everything about what an atlas is lives in models/.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class SettingsUse { ReadAndWrite, Ignore };

    explicit MainWindow(SettingsUse settingsUse = SettingsUse::ReadAndWrite, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on failure shows why in a dialog (unless `quiet`), keeps
    // the atlas that was open, and returns false with the reason in `error`.
    bool openAtlas(const QString &path, QString *error = nullptr, bool quiet = false);
    // Takes an already opened atlas (the in-memory sample, say).
    void setAtlas(std::unique_ptr<Atlas> atlas);
    void closeAtlas();
    // Gives up the open atlas (with its undo history) without closing it;
    // the window then shows no atlas.
    std::unique_ptr<Atlas> takeAtlas();

    // A window like this one with every text in the current language: the
    // same atlas and undo history, view, docks, open dialogs and geometry.
    // This window hides and deletes itself later. Annals's widgets set their
    // texts once, when they are made, so after a language change the window
    // is made again rather than each of ~1,500 texts being set a second time
    // (docs/TRANSLATING.md).
    MainWindow *rebuildInCurrentLanguage();
    // Whether QEvent::LanguageChange rebuilds the window by itself (off by
    // default: the window then deletes itself, so it must be made with new
    // and owned by no one else; the rebuilt window inherits the choice).
    void setRebuildsOnLanguageChange(bool rebuilds) { m_rebuildsOnLanguageChange = rebuilds; }
    // Help ▸ Show the Welcome Page: the page, without closing the atlas.
    void showWelcomePage();

    Atlas *atlas() const { return m_atlas.get(); }
    EventTablePanel *eventTablePanel() const { return m_eventTablePanel; }
    TimelineView *timelineView() const { return m_timeline; }
    TimelineColumn *timelineColumn() const { return m_timelineColumn; }
    GraphView *graphView() const { return m_graph; }
    DetailsPanel *detailsPanel() const { return m_details; }
    SearchPanel *searchPanel() const { return m_search; }
    ActorPanel *actorPanel() const { return m_actorPanel; }
    TourPanel *tourPanel() const { return m_tourPanel; }
    ViewState *viewState() const { return m_viewState; }
    FilterBar *filterBar() const { return m_filterBar; }
    WelcomePage *welcomePage() const { return m_welcome; }
    void setLaneMode(LaneMode mode);
    NoticeBar *noticeBar() const { return m_noticeBar; }
    qreal fontScale() const { return m_fontScale; }
    // Opens the search panel with `text` searched and its first result current.
    void showSearch(const QString &text);
    void setFontScale(qreal scale);
    // Presents tour `tourIndex` of the atlas (its steps from `startStep`), or
    // the current view when the atlas has no such tour: full screen on the
    // chosen screen, or, with `fullScreen` false, as a window of this size
    // (screenshots, tests). Null when no atlas is open.
    PresentationWindow *startPresentation(int tourIndex = 0, int startStep = 0, bool fullScreen = true);
    PresentationWindow *presentation() const;

Q_SIGNALS:
    // After rebuildInCurrentLanguage(): `next` carries on in this one's place.
    void replacedBy(Annals::MainWindow *next);
    // From the View menu, Preferences or setLaneMode().
    void laneModeChanged(Annals::LaneMode mode);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void openDroppedFiles(const QStringList &atlases, const QStringList &dataFiles, int unsupported);
    QSize defaultSize() const;
    void createActions();
    void fillSeriesMenu();
    void refreshDetails();
    // Hands `atlas`'s data (or none) to every view.
    void showAtlasData(const Atlas *atlas);
    // Hands the events that pass the view filter to the views that draw events.
    void createFilters();
    void showFilteredEvents();
    void updateViewsOrientation();
    void showPageForAtlas();
    void updateWindowState();
    void rememberLastAtlas();
    void updateCounts();
    void newAtlas();
    void openAtlasDialog();
    void openUserSample();
    void saveCopyAs();
    void showAbout();
    void showError(const QString &title, const QString &text);
    void showDetails(qint64 eventId);
    void showSearchDock();
    void showSearchResult(const QString &kind, qint64 id);
    void syncTableSelection();
    void fillPresentOnMenu();
    // Where tour `tourId` is in the atlas's list; the first tour when there
    // is no such tour, -1 when there are none.
    int tourIndexOf(ItemId tourId) const;
    // What the teacher made of the presentation's text size, as a share of
    // the default for the height presented on (1.0: the default).
    qreal rememberedPresentationTextShare() const;
    void closePresentation();

    SettingsUse m_settingsUse;
    std::unique_ptr<Atlas> m_atlas;
    EventTableModel *m_eventModel;
    EventTablePanel *m_eventTablePanel;
    ViewState *m_viewState;
    TimelineColumn *m_timelineColumn;
    TimelineView *m_timeline; // the column's
    GraphView *m_graph;
    QSplitter *m_views;
    DetailsPanel *m_details;
    ActorPanel *m_actorPanel;
    SearchPanel *m_search;
    QDockWidget *m_eventListDock;
    QDockWidget *m_detailsDock;
    QDockWidget *m_actorDock;
    QDockWidget *m_undoDock;
    QDockWidget *m_searchDock;
    TourPanel *m_tourPanel;
    QDockWidget *m_tourDock;
    EventActions *m_eventActions;
    bool m_actorDockShownOnce = false;
    QActionGroup *m_laneModes = nullptr;
    QList<QAction *> m_timelineActions;
    NoticeBar *m_noticeBar;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QUndoGroup *m_undoGroup;
    RecentFiles *m_recentFiles;
    QLabel *m_countsLabel;
    QLabel *m_readOnlyLabel;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_findAction = nullptr;
    QMenu *m_graphMenu = nullptr;
    QMenu *m_seriesMenu = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_legendAction = nullptr;
    FilterBar *m_filterBar = nullptr;
    FilteredEvents *m_filteredEvents = nullptr;
    qreal m_fontScale = 1.0;
    QMenu *m_presentOnMenu = nullptr;
    QAction *m_presentAction = nullptr;
    QPointer<PresentationWindow> m_presentation;
    QAction *m_fullScreenAction = nullptr;
    bool m_rebuildsOnLanguageChange = false;
    bool m_rebuildPending = false;
};

} // namespace Annals
