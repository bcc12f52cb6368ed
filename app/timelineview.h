// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinecanvas.h"

#include <QAbstractScrollArea>
#include <QPointer>
#include <QTimer>
#include <QVariantAnimation>

#include <memory>
#include <optional>

namespace Annals {

class ViewState;

// The zoomable timeline: a thin shell around TimelineCanvas that turns mouse,
// wheel, touchpad and keys into changes of the time scale, the cursor and the
// selection, and keeps them in step with the shared ViewState.
//
// Wheel: zoom around the pointer (the date under it stays put); Shift+wheel:
// scroll the lanes; horizontal wheel or drag: pan. Keys: + and - zoom,
// Ctrl+0 fits the atlas, Z zooms to the selection (the event, else the
// selected relation's span or actor's events), arrows pan, Home/End go to the
// first/last event, Tab/Shift+Tab select the next/previous event, Enter shows
// its details, Esc clears the selected event and, pressed again, the selected
// actor and relation (as does a click on the banner that names them).
//
// Editing, while setEditable(true): drag an event to move it, drag an end of
// a span (the pointer turns into a double arrow there) to change that end;
// the date snaps to the event's own precision, so a year moves by whole
// years and a day by days, and a ghost with the new date follows the
// pointer. Esc cancels; release emits eventRetimed(). Alt+Left/Alt+Right
// move the selected event by one unit of its precision.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setAtlas(const AtlasData *atlasData, std::shared_ptr<const EventIndex> index);
    void setViewState(ViewState *state);

    TimelineCanvas &canvas() { return m_canvas; }
    const TimeScale &scale() const { return m_canvas.scale(); }

    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_canvas.laneMode(); }
    void setFontScale(qreal scale);
    void setLegendVisible(bool visible);
    // Animated transitions for zooms by key and jumps; on by default.
    void setAnimated(bool animated) { m_animated = animated; }

    // Shows [from, to) across the view; animated unless told otherwise.
    void showWindow(qint64 from, qint64 to, bool animated = true);
    void fitAll(bool animated = true);
    void zoomBy(double factor, double anchorX, bool animated = false);
    void zoomToSelection();
    // Clears the selected actor and relation: nothing is dimmed any more.
    void clearHighlight();
    void selectNeighbour(int direction); // +1 next in time, -1 previous

    // Paints the current frame onto any device (export, print, tests).
    void render(QPainter &painter, const QRect &target);

    // How finely a date made by pointing can be meant at a zoom: the finest of
    // day, month, year, decade, century, thousand, million and billion years
    // whose period is at least minimumPointablePeriod pixels wide (nominal
    // lengths: a month is 30.44 days, a year 365.2425). At 1 px a day
    // that gives month; at 1 px a week, year.
    static constexpr double minimumPointablePeriod = 8.0;
    static Precision pointingPrecision(double secondsPerPixel);
    // True where a double-click asks for a new event: on the lanes, but not on
    // an event or a cluster, the axis, the banner, a lane's name or the legend.
    bool isEmptySpace(const QPointF &position);

    // Whether events may be moved; when not, `reason` says why (the atlas is
    // read-only, none is open) in the events' tooltips. Off until told: a view
    // nobody said may write never looks as if it could.
    void setEditable(bool editable, const QString &reason = {});
    bool isEditable() const { return m_editable; }

    // `date` moved by `periods` steps of `unit` (a day, a month, a century,
    // …), keeping its own precision; a day past the end of a shorter month
    // becomes its last day. Invalid when the result leaves the dates a
    // HistoricalDate can hold.
    static HistoricalDate shifted(const HistoricalDate &date, Precision unit, qint64 periods);
    // How many steps of `unit` are nearest to `seconds` (nominal lengths, as
    // in pointingPrecision()).
    static qint64 periodsIn(double seconds, Precision unit);
    // The whole span moved by `periods` steps of its start's precision, both
    // ends alike; nullopt when either end would leave the representable range.
    static std::optional<TimeSpan> movedSpan(const TimeSpan &when, qint64 periods);

    // What a drag of an event is doing right now (for tests and the status).
    enum class EventDragPart { None, Whole, Start, End };
    EventDragPart eventDragPart() const;
    std::optional<TimeSpan> proposedSpan() const;

Q_SIGNALS:
    void eventActivated(ItemId id); // double-click or Enter: show its details
    // A double-click on empty space: make an event there. `when` is the date
    // under the pointer at pointingPrecision() of the current zoom.
    void createRequested(const Annals::HistoricalDate &when);
    // A drag or Alt+arrow asks that event `id` be given these dates.
    void eventRetimed(Annals::ItemId id, const Annals::TimeSpan &newWhen);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void applyScale(const TimeScale &scale);
    void interacted();
    void updateScrollBars();
    void selectEvent(ItemId id);
    ItemId eventAt(const QPoint &position);
    QString toolTipFor(const QPoint &position);

    // The event drag, kept apart from panning and the cursor.
    bool beginEventPress(const QPointF &position);
    void updateEventDrag(const QPointF &position);
    void finishEventDrag();
    void cancelEventDrag();
    void showEventPreview();
    void retimeSelectedBy(qint64 periods);
    EventDragPart edgeAt(const TimelineScene::Item &item, double x) const;
    Qt::CursorShape hoverCursorAt(const QPointF &position);

    TimelineCanvas m_canvas;
    std::shared_ptr<const EventIndex> m_index;
    QPointer<ViewState> m_state;
    QVariantAnimation m_animation;
    TimeScale m_animationFrom{0, 86400.0, 800};
    TimeScale m_animationTo{0, 86400.0, 800};
    bool m_fitted = false; // the first real size fits the atlas
    QTimer m_settleTimer;
    bool m_interacting = false;
    bool m_animated = true;
    bool m_updatingScrollBars = false;

    enum class Drag { None, Pending, Panning, Cursor, EventPending, Event };
    Drag m_drag = Drag::None;
    QPoint m_pressPosition;
    QPoint m_lastPosition;

    bool m_editable = false;
    QString m_readOnlyReason;
    struct EventDrag {
        ItemId id = 0;
        EventDragPart part = EventDragPart::None;
        TimeSpan original;
        TimeSpan proposed;
        bool clamped = false; // an end held back at the other
        TimelineScene::Item item; // where it was drawn when pressed
        int category = 0;
        QRect lastPreview; // to repaint only what the ghost covered
    };
    EventDrag m_eventDrag;
};

} // namespace Annals
