// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "actornames.h"
#include "calendarsteps.h"
#include "eventtablemodel.h"
#include "viewaccessibility.h"
#include "viewstate.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QMenu>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <utility>

namespace Annals {

namespace {

constexpr int scrollResolution = 10000;
constexpr qint64 secondsPerDay = 86400;

// Within this many pixels of a span's drawn end, a press takes that end.
constexpr double edgeGrabDistance = 4.0;
// Narrower bars are moved whole: two edge zones would leave no middle.
constexpr double minimumBarWidthForEdges = 4 * edgeGrabDistance;

qint64 yearsPerStep(Precision unit)
{
    switch (unit) {
    case Precision::Decade:
        return 10;
    case Precision::Century:
        return 100;
    case Precision::ThousandYears:
        return 1'000;
    case Precision::MillionYears:
        return 1'000'000;
    case Precision::BillionYears:
        return 1'000'000'000;
    default:
        return 1;
    }
}

// Nominal lengths of one step of each precision, in seconds (a month is
// 30.44 days, a year 365.2425), for turning a pointer's travel into steps.
double nominalSeconds(Precision unit)
{
    constexpr double day = 86400.0;
    constexpr double year = 365.2425 * day;
    switch (unit) {
    case Precision::Minute:
        return 60.0;
    case Precision::Hour:
        return 3600.0;
    case Precision::Day:
        return day;
    case Precision::Month:
        return year / 12;
    default:
        return double(yearsPerStep(unit)) * year;
    }
}

// Wheel notches are 120 units; one notch zooms by about a fifth.
double zoomFactorForWheel(double angleDelta)
{
    return std::pow(2.0, angleDelta / 480.0);
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents, false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Events in time. Wheel or + and − to zoom, drag or arrow keys to move, "
                                "Tab to step through events, F6 to leave the timeline; drag an event, or Alt+Left and Alt+Right, to move it."));
    setToolTipDuration(15000);

    m_animation.setDuration(280);
    m_animation.setEasingCurve(QEasingCurve::OutCubic);
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        // Interpolate the span on a log scale and the centre linearly, so a
        // zoom from centuries to days feels even rather than sudden at the end.
        const double spanFrom = m_animationFrom.span();
        const double spanTo = m_animationTo.span();
        const double span = std::exp(std::log(spanFrom) + (std::log(spanTo) - std::log(spanFrom)) * t);
        const double centreFrom = double(m_animationFrom.start()) + spanFrom / 2;
        const double centreTo = double(m_animationTo.start()) + spanTo / 2;
        const double centre = centreFrom + (centreTo - centreFrom) * t;
        interacted();
        applyScale(m_canvas.scale().showing(qint64(std::llround(centre - span / 2)), qint64(std::llround(centre + span / 2))));
    });

    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(160);
    connect(&m_settleTimer, &QTimer::timeout, this, [this] {
        m_interacting = false;
        viewport()->update();
    });
}

void TimelineView::setEditable(bool editable, const QString &reason)
{
    m_editable = editable;
    m_readOnlyReason = editable ? QString() : reason;
    if (!editable)
        cancelEventDrag();
}

TimelineView::~TimelineView() = default;

void TimelineView::setAtlas(const AtlasData *atlasData, std::shared_ptr<const EventIndex> index)
{
    // The same atlas showing its data after an edit keeps the window, so
    // that a dragged event is seen where it was dropped; another atlas
    // (always preceded by none) is fitted.
    const bool sameAtlas = atlasData && atlasData == m_canvas.data();
    cancelEventDrag();
    m_animation.stop();
    m_index = index;
    m_canvas.setAtlas(atlasData, std::move(index));
    m_canvas.setToday(QDateTime::currentSecsSinceEpoch());
    m_canvas.setSize(viewport()->size());
    if (sameAtlas)
        updateScrollBars();
    else
        fitAll(false);
    if (m_state) {
        const auto [from, to] = m_canvas.dataRange();
        if (m_state->cursor() < from || m_state->cursor() > to || m_state->cursor() == 0) {
            // Start at the latest event: what the atlas says about now.
            m_state->setCursor(m_index && !m_index->isEmpty() ? m_index->start(m_index->size() - 1) : to);
        }
        m_canvas.setCursor(m_state->cursor());
    }
    viewport()->update();
}

void TimelineView::setViewState(ViewState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    announceSelectionChanges(this, state);
    if (!m_state)
        return;
    connect(m_state, &ViewState::windowChanged, this, [this](qint64 from, qint64 to) {
        if (from != m_canvas.scale().start() || to != m_canvas.scale().end()) {
            m_canvas.setScale(m_canvas.scale().showing(from, to));
            updateScrollBars();
            viewport()->update();
        }
    });
    connect(m_state, &ViewState::cursorChanged, this, [this](qint64 time) {
        m_canvas.setCursor(time);
        viewport()->update();
    });
    connect(m_state, &ViewState::selectedEventChanged, this, [this](ItemId id) {
        m_canvas.setSelectedEvent(id);
        viewport()->update();
    });
    // Either may show or hide the focus banner, which moves the lanes.
    connect(m_state, &ViewState::selectedActorChanged, this, [this](ItemId id) {
        m_canvas.setSelectedActor(id);
        updateScrollBars();
        viewport()->update();
    });
    connect(m_state, &ViewState::selectedRelationChanged, this, [this](ItemId id) {
        m_canvas.setSelectedRelation(id);
        updateScrollBars();
        viewport()->update();
    });
    m_canvas.setCursor(m_state->cursor());
    m_canvas.setSelectedEvent(m_state->selectedEvent());
    m_canvas.setSelectedActor(m_state->selectedActor());
    m_canvas.setSelectedRelation(m_state->selectedRelation());
}

void TimelineView::setLaneMode(LaneMode mode)
{
    m_canvas.setLaneMode(mode);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::setFontScale(qreal scale)
{
    m_canvas.setFontScale(scale);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::setLegendVisible(bool visible)
{
    m_canvas.setLegendVisible(visible);
    viewport()->update();
}

void TimelineView::applyScale(const TimeScale &scale)
{
    m_canvas.setScale(scale);
    if (m_state)
        m_state->setWindow(m_canvas.scale().start(), m_canvas.scale().end());
    updateScrollBars();
    viewport()->update();
}

void TimelineView::interacted()
{
    m_interacting = true;
    m_settleTimer.start();
}

void TimelineView::showWindow(qint64 from, qint64 to, bool animated)
{
    const TimeScale target = m_canvas.scale().showing(from, to);
    m_animation.stop();
    // Styles (and desktops asking for less motion) can turn animation off.
    if (!animated || !m_animated || !isVisible() || style()->styleHint(QStyle::SH_Widget_Animation_Duration, nullptr, this) == 0) {
        applyScale(target);
        return;
    }
    m_animationFrom = m_canvas.scale();
    m_animationTo = target;
    m_animation.start();
}

void TimelineView::fitAll(bool animated)
{
    const TimeScale fitted = m_canvas.fittingScale();
    showWindow(fitted.start(), fitted.end(), animated);
}

void TimelineView::zoomBy(double factor, double anchorX, bool animated)
{
    // Keys pressed during an animation zoom from where it was going, so that
    // + then - returns exactly to where the view began.
    const bool running = m_animation.state() == QAbstractAnimation::Running;
    const TimeScale target = (running ? m_animationTo : m_canvas.scale()).zoomedBy(factor, anchorX);
    if (animated) {
        showWindow(target.start(), target.end(), true);
        return;
    }
    m_animation.stop();
    interacted();
    applyScale(target);
}

void TimelineView::zoomToSelection()
{
    if (!m_index || !m_state)
        return;
    if (m_state->selectedEvent() == 0) {
        // The selected relation's span, or the selected actor's events, with
        // a twentieth on either side so that the ends are not on the frame.
        if (const auto range = m_canvas.focusRange()) {
            const qint64 margin = std::max<qint64>((range->second - range->first) / 20, secondsPerDay);
            showWindow(range->first - margin, range->second + margin);
        }
        return;
    }
    const qsizetype row = m_index->rowOf(m_state->selectedEvent());
    if (row < 0)
        return;
    const qint64 start = m_index->start(row);
    const qint64 end = m_index->end(row);
    // The event with as much again on either side, and at least a month.
    const qint64 margin = std::max<qint64>((end - start), 30 * secondsPerDay);
    showWindow(start - margin, end + margin);
}

void TimelineView::selectNeighbour(int direction)
{
    if (!m_index || m_index->isEmpty() || !m_state)
        return;
    qsizetype row = m_state->selectedEvent() ? m_index->rowOf(m_state->selectedEvent()) : -1;
    if (row < 0)
        row = direction > 0 ? m_index->firstStartingAtOrAfter(m_canvas.scale().start())
                            : m_index->firstStartingAtOrAfter(m_canvas.scale().end()) - 1;
    else
        row += direction;
    if (row < 0 || row >= m_index->size())
        return;
    selectEvent(m_index->id(row));
    const qint64 start = m_index->start(row);
    const TimeScale &scale = m_canvas.scale();
    if (start < scale.start() || start > scale.end()) {
        const double span = scale.span();
        showWindow(start - qint64(span / 2), start + qint64(span / 2));
    }
}

void TimelineView::selectEvent(ItemId id)
{
    if (m_state)
        m_state->setSelectedEvent(id);
    else
        m_canvas.setSelectedEvent(id);
    viewport()->update();
}

void TimelineView::clearHighlight()
{
    if (m_state) {
        m_state->setSelectedActor(0);
        m_state->setSelectedRelation(0);
    } else {
        m_canvas.setSelectedActor(0);
        m_canvas.setSelectedRelation(0);
        updateScrollBars();
    }
    viewport()->update();
}

void TimelineView::render(QPainter &painter, const QRect &target)
{
    const QSize previous = m_canvas.size();
    painter.save();
    painter.translate(target.topLeft());
    m_canvas.setSize(target.size());
    m_canvas.paint(painter);
    m_canvas.setSize(previous);
    painter.restore();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    m_canvas.paint(painter, m_interacting ? TimelineCanvas::Quality::Interactive : TimelineCanvas::Quality::Full);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_canvas.setSize(viewport()->size());
    if (!m_fitted && viewport()->width() > 100) {
        m_fitted = true;
        fitAll(false);
    }
    else if (m_state)
        m_state->setWindow(m_canvas.scale().start(), m_canvas.scale().end());
    updateScrollBars();
}

void TimelineView::updateScrollBars()
{
    const QScopedValueRollback guard(m_updatingScrollBars, true);
    const auto [dataFrom, dataTo] = m_canvas.dataRange();
    const TimeScale &scale = m_canvas.scale();
    const double from = std::min(double(dataFrom), double(scale.start()));
    const double to = std::max(double(dataTo), double(scale.end()));
    const double total = std::max(to - from, 1.0);
    const int page = std::clamp(int(std::lround(scale.span() / total * scrollResolution)), 1, scrollResolution);
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, scrollResolution - page);
    horizontal->setPageStep(page);
    horizontal->setSingleStep(std::max(1, page / 10));
    horizontal->setValue(int(std::lround((double(scale.start()) - from) / total * scrollResolution)));

    const TimelineScene &scene = m_canvas.scene();
    const double visible = viewport()->height() - m_canvas.contentTop();
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, std::max(0, int(std::ceil(scene.contentHeight - visible))));
    vertical->setPageStep(std::max(1, int(visible)));
    vertical->setSingleStep(20);
    vertical->setValue(int(m_canvas.verticalOffset()));
}

void TimelineView::scrollContentsBy(int, int)
{
    if (m_updatingScrollBars)
        return;
    // The scroll bars are a view of the scale; map their values back to time.
    const auto [dataFrom, dataTo] = m_canvas.dataRange();
    const TimeScale &scale = m_canvas.scale();
    const double from = std::min(double(dataFrom), double(scale.start()));
    const double to = std::max(double(dataTo), double(scale.end()));
    const double total = std::max(to - from, 1.0);
    const double start = from + total * horizontalScrollBar()->value() / scrollResolution;
    if (std::abs(start - double(scale.start())) > scale.secondsPerPixel()) {
        interacted();
        const qint64 newStart = qint64(std::llround(start));
        applyScale(scale.showing(newStart, newStart + qint64(scale.span())));
    }
    m_canvas.setVerticalOffset(verticalScrollBar()->value());
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    if (event->modifiers() & Qt::ShiftModifier) {
        const int delta = angle.y() != 0 ? angle.y() : angle.x();
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta / 2);
    } else if (std::abs(angle.x()) > std::abs(angle.y())) {
        // Touchpads scroll sideways: pan, by their own pixel delta when they give one.
        interacted();
        applyScale(m_canvas.scale().pannedBy(pixels.x() != 0 ? pixels.x() : angle.x() / 2.0));
    } else if (angle.y() != 0) {
        zoomBy(zoomFactorForWheel(angle.y()), event->position().x());
    }
    event->accept();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value(), gesture->position().x());
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipFor(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    m_pressPosition = m_lastPosition = event->position().toPoint();
    if (event->button() != Qt::LeftButton)
        return;
    m_animation.stop();
    if (beginEventPress(event->position()))
        return;
    const QRectF handle = m_canvas.cursorHandle();
    const bool onCursorLine = m_canvas.cursor()
        && std::abs(m_canvas.scale().xForTime(*m_canvas.cursor()) - event->position().x()) <= 4
        && event->position().y() > m_canvas.axisHeight();
    m_drag = handle.contains(event->position()) || onCursorLine ? Drag::Cursor : Drag::Pending;
    if (m_drag == Drag::Cursor)
        viewport()->setCursor(Qt::SizeHorCursor);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_drag == Drag::EventPending && (position - m_pressPosition).manhattanLength() >= QApplication::startDragDistance()) {
        m_drag = Drag::Event;
        viewport()->setCursor(m_eventDrag.part == EventDragPart::Whole ? Qt::ClosedHandCursor : Qt::SizeHorCursor);
    }
    if (m_drag == Drag::Event || m_drag == Drag::EventPending) {
        if (m_drag == Drag::Event)
            updateEventDrag(event->position());
        m_lastPosition = position;
        return;
    }
    if (m_drag == Drag::Pending && (position - m_pressPosition).manhattanLength() >= QApplication::startDragDistance()) {
        m_drag = Drag::Panning;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_drag == Drag::Panning) {
        interacted();
        applyScale(m_canvas.scale().pannedBy(position.x() - m_lastPosition.x()));
        const int dy = position.y() - m_lastPosition.y();
        if (dy != 0)
            verticalScrollBar()->setValue(verticalScrollBar()->value() - dy);
    } else if (m_drag == Drag::Cursor) {
        const qint64 time = m_canvas.scale().timeForX(std::clamp(event->position().x(), 0.0, double(viewport()->width())));
        if (m_state)
            m_state->setCursor(time);
        else
            m_canvas.setCursor(time);
        viewport()->update();
    } else if (m_drag == Drag::None) {
        viewport()->setCursor(hoverCursorAt(event->position()));
    }
    m_lastPosition = position;
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    const bool eventDrag = drag == Drag::Event || drag == Drag::EventPending;
    if (event->button() != Qt::LeftButton && eventDrag)
        return; // another button let go while the left one still drags the event
    m_drag = Drag::None;
    viewport()->setCursor(Qt::ArrowCursor);
    if (drag == Drag::Event) {
        finishEventDrag();
        return;
    }
    if (drag == Drag::EventPending)
        cancelEventDrag(); // a click: selects below, like any click on an event
    else if (event->button() != Qt::LeftButton || drag != Drag::Pending)
        return;
    // A click, not a drag.
    if (m_canvas.focusBanner().contains(event->position())) {
        clearHighlight();
        return;
    }
    if (event->position().y() < m_canvas.axisHeight()) {
        const qint64 time = m_canvas.scale().timeForX(event->position().x());
        if (m_state)
            m_state->setCursor(time);
        return;
    }
    const TimelineScene &scene = m_canvas.scene();
    const TimelineScene::Hit hit = scene.hitTest(event->position());
    if (hit.kind == TimelineScene::Hit::Kind::Item) {
        selectEvent(m_index->id(scene.items.at(hit.index).row));
    } else if (hit.kind == TimelineScene::Hit::Kind::Cluster) {
        const auto &cluster = scene.clusters.at(hit.index);
        const qint64 margin = std::max<qint64>((cluster.to - cluster.from) / 4, 3600);
        showWindow(cluster.from - margin, cluster.to + margin);
    } else {
        selectEvent(0);
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const ItemId id = eventAt(event->position().toPoint());
    if (id != 0) {
        selectEvent(id);
        Q_EMIT eventActivated(id);
    } else if (m_canvas.data() && isEmptySpace(event->position())) {
        const TimeScale &scale = m_canvas.scale();
        Q_EMIT createRequested(HistoricalDate(scale.timeForX(event->position().x()),
                                              pointingPrecision(scale.secondsPerPixel())));
    }
}

Precision TimelineView::pointingPrecision(double secondsPerPixel)
{
    for (const Precision precision : {Precision::Day, Precision::Month, Precision::Year, Precision::Decade,
                                      Precision::Century, Precision::ThousandYears, Precision::MillionYears}) {
        if (nominalSeconds(precision) / secondsPerPixel >= minimumPointablePeriod)
            return precision;
    }
    return Precision::BillionYears;
}

bool TimelineView::isEmptySpace(const QPointF &position)
{
    return !m_canvas.isChromeAt(position) && m_canvas.scene().hitTest(position).kind == TimelineScene::Hit::Kind::None;
}

ItemId TimelineView::eventAt(const QPoint &position)
{
    const TimelineScene &scene = m_canvas.scene();
    const TimelineScene::Hit hit = scene.hitTest(position);
    if (hit.kind != TimelineScene::Hit::Kind::Item)
        return 0;
    return m_index->id(scene.items.at(hit.index).row);
}

QString TimelineView::toolTipFor(const QPoint &position)
{
    const TimelineScene &scene = m_canvas.scene();
    const TimelineScene::Hit hit = scene.hitTest(position);
    const AtlasData *atlasData = m_canvas.data();
    if (hit.kind == TimelineScene::Hit::Kind::Cluster) {
        const auto &cluster = scene.clusters.at(hit.index);
        return tr("<b>%n events</b><br>%1 – %2<br><i>Click to zoom in.</i>", nullptr, int(cluster.count))
            .arg(HistoricalDate(cluster.from, Precision::Day).toDisplayString(),
                 HistoricalDate(cluster.to - 1, Precision::Day).toDisplayString());
    }
    if (hit.kind != TimelineScene::Hit::Kind::Item || !atlasData)
        return {};
    const ItemId id = m_index->id(scene.items.at(hit.index).row);
    for (const Event &event : atlasData->events) {
        if (event.id != id)
            continue;
        const ActorNames names(*atlasData);
        QStringList actors;
        for (const EventActor &actor : event.actors) {
            const QString name = names.nameAt(actor.actorId, event.when.start.seconds());
            if (!actors.contains(name))
                actors << name;
        }
        QString text = QStringLiteral("<b>%1</b><br>%2").arg(event.title.toHtmlEscaped(),
                                                            EventTableModel::whenText(event.when).toHtmlEscaped());
        if (!event.place.isEmpty())
            text += QStringLiteral(" · ") + event.place.toHtmlEscaped();
        if (!actors.isEmpty())
            text += QStringLiteral("<br>") + actors.join(QStringLiteral(", ")).toHtmlEscaped();
        if (m_editable) {
            text += QStringLiteral("<br><i>%1</i>").arg(
                event.when.hasEnd() ? tr("Drag to move; drag an end to change it; Alt+←/→ moves it by one step.")
                                    : tr("Drag to move; Alt+←/→ moves it by one step."));
        } else if (!m_readOnlyReason.isEmpty()) {
            text += QStringLiteral("<br><i>%1</i>").arg(tr("Cannot be moved: %1").arg(m_readOnlyReason.toHtmlEscaped()));
        }
        return text;
    }
    return {};
}

bool TimelineView::focusNextPrevChild(bool next)
{
    // Tab moves through events in time rather than out of the timeline.
    if (hasFocus() && m_index && !m_index->isEmpty()) {
        selectNeighbour(next ? 1 : -1);
        return true;
    }
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const double centre = viewport()->width() / 2.0;
    const double step = viewport()->width() * 0.15;
    const bool control = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.6, centre, true);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(1 / 1.6, centre, true);
        break;
    case Qt::Key_0:
        if (!control)
            return QAbstractScrollArea::keyPressEvent(event);
        fitAll();
        break;
    case Qt::Key_Z:
        zoomToSelection();
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (event->modifiers() & Qt::AltModifier) {
            retimeSelectedBy(event->key() == Qt::Key_Left ? -1 : 1);
            break;
        }
        interacted();
        applyScale(m_canvas.scale().pannedBy(event->key() == Qt::Key_Left ? step : -step));
        break;
    case Qt::Key_Up:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        break;
    case Qt::Key_Down:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        break;
    case Qt::Key_Home:
    case Qt::Key_End:
        if (m_index && !m_index->isEmpty()) {
            const qsizetype row = event->key() == Qt::Key_Home ? 0 : m_index->size() - 1;
            const qint64 start = m_index->start(row);
            const double span = m_canvas.scale().span();
            const qint64 from = event->key() == Qt::Key_Home ? start - qint64(span * 0.05) : start - qint64(span * 0.95);
            showWindow(from, from + qint64(span));
        }
        break;
    case Qt::Key_Escape:
        if (m_drag == Drag::Event || m_drag == Drag::EventPending) {
            // The drag ends here; the button still held does nothing more.
            m_drag = Drag::None;
            cancelEventDrag();
            viewport()->setCursor(Qt::ArrowCursor);
            break;
        }
        // One step back at a time: the event first, then what the timeline
        // highlights, so that leaving an event keeps the actor in view.
        if (m_canvas.selectedEvent() != 0)
            selectEvent(0);
        else if (m_canvas.selectedActor() != 0 || m_canvas.selectedRelation() != 0)
            clearHighlight();
        else
            return QAbstractScrollArea::keyPressEvent(event);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_state && m_state->selectedEvent() != 0)
            Q_EMIT eventActivated(m_state->selectedEvent());
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    // From the keyboard (Menu key, Shift+F10) the menu is the selected event's,
    // where it is drawn, when it is on screen.
    QPoint position = event->pos();
    if (event->reason() == QContextMenuEvent::Keyboard && m_state && m_state->selectedEvent() && m_index) {
        for (const TimelineScene::Item &item : m_canvas.scene().items) {
            if (m_index->id(item.row) == m_state->selectedEvent()) {
                position = QPointF((item.x1 + item.x2) / 2, item.y).toPoint();
                break;
            }
        }
    }
    const ItemId id = eventAt(position);
    const qint64 time = m_canvas.scale().timeForX(position.x());
    if (id != 0) {
        selectEvent(id);
        menu.addAction(tr("Zoom to This Event"), this, &TimelineView::zoomToSelection);
        menu.addAction(tr("Show Details"), this, [this, id] { Q_EMIT eventActivated(id); });
        const AtlasData *atlasData = m_canvas.data();
        if (atlasData && m_state) {
            QMenu *actorsMenu = menu.addMenu(tr("Select Actor"));
            const ActorNames names(*atlasData);
            for (const Event &atlasEvent : atlasData->events) {
                if (atlasEvent.id != id)
                    continue;
                for (const EventActor &actor : atlasEvent.actors) {
                    const ItemId actorId = actor.actorId;
                    actorsMenu->addAction(names.nameAt(actorId, atlasEvent.when.start.seconds()), this,
                                          [this, actorId] { m_state->setSelectedActor(actorId); });
                }
            }
            actorsMenu->setEnabled(!actorsMenu->isEmpty());
        }
        menu.addSeparator();
    }
    menu.addAction(tr("Set Time Cursor Here"), this, [this, time] {
        if (m_state)
            m_state->setCursor(time);
    });
    menu.addAction(tr("Fit Whole Atlas"), this, [this] { fitAll(); });
    menu.exec(viewport()->mapToGlobal(position));
}

HistoricalDate TimelineView::shifted(const HistoricalDate &date, Precision unit, qint64 periods)
{
    if (!date.isValid() || periods == 0)
        return date;
    // Steps beyond the whole representable range can only land outside it;
    // refusing them first keeps every product below from overflowing.
    const double range = double(TimeScale::latestTime()) - double(TimeScale::earliestTime());
    if (std::abs(double(periods)) * nominalSeconds(unit) > 2 * range)
        return {};
    if (unit >= Precision::Day) {
        // Days, hours and minutes are fixed numbers of seconds (UTC has no
        // daylight saving), so the date moves by exactly that.
        const qint64 step = unit == Precision::Day ? 86400 : unit == Precision::Hour ? 3600 : 60;
        const qint64 seconds = date.seconds() + periods * step;
        if (seconds < TimeScale::earliestTime() || seconds > TimeScale::latestTime())
            return {};
        return HistoricalDate(seconds, date.precision(), date.isApproximate());
    }
    CivilDateTime civil = date.civil();
    if (unit == Precision::Month) {
        const qint64 months = civil.year * 12 + (civil.month - 1) + periods;
        civil.year = CalendarSteps::floorDiv(months, 12);
        civil.month = int(months - civil.year * 12) + 1;
    } else {
        civil.year += periods * yearsPerStep(unit);
    }
    if (civil.year < earliestYear || civil.year > latestYear)
        return {};
    civil.day = std::min(civil.day, daysInMonth(civil.year, civil.month));
    return HistoricalDate::fromCivil(civil, date.precision(), date.isApproximate());
}

qint64 TimelineView::periodsIn(double seconds, Precision unit)
{
    if (!std::isfinite(seconds))
        return 0;
    return qint64(std::llround(seconds / nominalSeconds(unit)));
}

std::optional<TimeSpan> TimelineView::movedSpan(const TimeSpan &when, qint64 periods)
{
    const Precision unit = when.start.precision();
    TimeSpan moved{shifted(when.start, unit, periods), {}};
    if (!moved.start.isValid())
        return std::nullopt;
    if (when.hasEnd()) {
        moved.end = shifted(when.end, unit, periods);
        if (!moved.end.isValid())
            return std::nullopt;
        // A coarser end can round differently from the start; it never goes
        // before it.
        if (moved.end.seconds() < moved.start.seconds())
            moved.end = HistoricalDate(moved.end.periodEnd(), moved.end.precision(), moved.end.isApproximate());
    }
    return moved;
}

TimelineView::EventDragPart TimelineView::eventDragPart() const
{
    return m_drag == Drag::Event ? m_eventDrag.part : EventDragPart::None;
}

std::optional<TimeSpan> TimelineView::proposedSpan() const
{
    if (m_drag != Drag::Event)
        return std::nullopt;
    return m_eventDrag.proposed;
}

TimelineView::EventDragPart TimelineView::edgeAt(const TimelineScene::Item &item, double x) const
{
    if (!item.bar || !m_index->isSpan(item.row) || item.x2 - item.x1 < minimumBarWidthForEdges)
        return EventDragPart::Whole;
    if (std::abs(x - item.x1) <= edgeGrabDistance)
        return EventDragPart::Start;
    if (std::abs(x - item.x2) <= edgeGrabDistance)
        return EventDragPart::End;
    return EventDragPart::Whole;
}

Qt::CursorShape TimelineView::hoverCursorAt(const QPointF &position)
{
    if (m_canvas.cursorHandle().contains(position))
        return Qt::SizeHorCursor;
    // While the view moves its frame is laid out at interactive quality; a
    // hit test would lay it out again at full quality on every mouse move.
    if (!m_editable || m_interacting || !m_index || m_canvas.isChromeAt(position))
        return Qt::ArrowCursor;
    const TimelineScene &scene = m_canvas.scene();
    const TimelineScene::Hit hit = scene.hitTest(position);
    if (hit.kind != TimelineScene::Hit::Kind::Item)
        return Qt::ArrowCursor;
    return edgeAt(scene.items.at(hit.index), position.x()) == EventDragPart::Whole ? Qt::OpenHandCursor
                                                                                  : Qt::SizeHorCursor;
}

bool TimelineView::beginEventPress(const QPointF &position)
{
    if (!m_editable || !m_index || m_canvas.isChromeAt(position))
        return false;
    const TimelineScene &scene = m_canvas.scene();
    const TimelineScene::Hit hit = scene.hitTest(position);
    if (hit.kind != TimelineScene::Hit::Kind::Item)
        return false;
    const TimelineScene::Item &item = scene.items.at(hit.index);
    const Event *event = m_canvas.event(m_index->id(item.row));
    if (!event || !event->when.start.isValid())
        return false;
    m_eventDrag = EventDrag{};
    m_eventDrag.id = event->id;
    m_eventDrag.part = edgeAt(item, position.x());
    m_eventDrag.original = event->when;
    m_eventDrag.proposed = event->when;
    m_eventDrag.item = item;
    m_eventDrag.category = m_index->category(item.row);
    m_drag = Drag::EventPending;
    return true;
}

void TimelineView::updateEventDrag(const QPointF &position)
{
    const double travel = (position.x() - m_pressPosition.x()) * m_canvas.scale().secondsPerPixel();
    const TimeSpan &original = m_eventDrag.original;
    TimeSpan proposed = original;
    bool clamped = false;
    switch (m_eventDrag.part) {
    case EventDragPart::Whole: {
        const std::optional<TimeSpan> moved = movedSpan(original, periodsIn(travel, original.start.precision()));
        if (!moved)
            return; // past the ends of time: the ghost stays where it last could be
        proposed = *moved;
        break;
    }
    case EventDragPart::Start: {
        const Precision unit = original.start.precision();
        proposed.start = shifted(original.start, unit, periodsIn(travel, unit));
        if (!proposed.start.isValid())
            return;
        if (original.hasEnd() && proposed.start.seconds() > original.end.seconds()) {
            // The period holding the end's first second begins at or before it.
            proposed.start = HistoricalDate(original.end.seconds(), unit, original.start.isApproximate());
            clamped = true;
        }
        break;
    }
    case EventDragPart::End: {
        const Precision unit = original.end.precision();
        proposed.end = shifted(original.end, unit, periodsIn(travel, unit));
        if (!proposed.end.isValid())
            return;
        if (proposed.end.seconds() < original.start.seconds()) {
            // The first period at the end's precision that does not begin
            // before the start.
            HistoricalDate end(original.start.seconds(), unit, original.end.isApproximate());
            if (end.seconds() < original.start.seconds())
                end = HistoricalDate(end.periodEnd(), unit, original.end.isApproximate());
            proposed.end = end;
            clamped = true;
        }
        break;
    }
    case EventDragPart::None:
        return;
    }
    m_eventDrag.proposed = proposed;
    m_eventDrag.clamped = clamped;
    showEventPreview();
}

void TimelineView::showEventPreview()
{
    const TimeScale &scale = m_canvas.scale();
    const TimeSpan &from = m_eventDrag.original;
    const TimeSpan &to = m_eventDrag.proposed;
    // The ghost is the item as laid out, shifted by how far each end moved,
    // so that soft edges, clipping and marker centring stay as drawn.
    const double startShift = scale.xForTime(to.start.seconds()) - scale.xForTime(from.start.seconds());
    const double endShift = from.hasEnd() ? scale.xForTime(to.end.periodEnd()) - scale.xForTime(from.end.periodEnd())
                                          : startShift;
    TimelineCanvas::EventPreview preview;
    preview.x1 = m_eventDrag.item.x1 + startShift;
    preview.x2 = m_eventDrag.item.bar ? std::max(m_eventDrag.item.x2 + endShift, preview.x1) : preview.x1;
    preview.y = m_eventDrag.item.y;
    preview.bar = m_eventDrag.item.bar;
    preview.category = m_eventDrag.category;
    preview.clamped = m_eventDrag.clamped;
    switch (m_eventDrag.part) {
    case EventDragPart::Start:
        preview.caption = m_eventDrag.clamped ? tr("%1 (not after the end)").arg(to.start.toDisplayString())
                                              : to.start.toDisplayString();
        break;
    case EventDragPart::End:
        preview.caption = m_eventDrag.clamped ? tr("%1 (not before the start)").arg(to.end.toDisplayString())
                                              : to.end.toDisplayString();
        break;
    default:
        preview.caption = EventTableModel::whenText(to);
        break;
    }
    m_canvas.setEventPreview(preview);
    // Only where the ghost was and is: the frame under it is laid out already.
    const QRect bounds = m_canvas.eventPreviewBounds().toAlignedRect();
    viewport()->update(bounds.united(m_eventDrag.lastPreview));
    m_eventDrag.lastPreview = bounds;
}

void TimelineView::finishEventDrag()
{
    const ItemId id = m_eventDrag.id;
    const TimeSpan proposed = m_eventDrag.proposed;
    const TimeSpan &original = m_eventDrag.original;
    const bool changed = !(proposed.start == original.start) || !(proposed.end == original.end);
    cancelEventDrag();
    if (id != 0 && changed)
        Q_EMIT eventRetimed(id, proposed);
}

void TimelineView::cancelEventDrag()
{
    if (m_canvas.eventPreview()) {
        m_canvas.setEventPreview(std::nullopt);
        viewport()->update(m_eventDrag.lastPreview);
    }
    m_eventDrag = EventDrag{};
}

void TimelineView::retimeSelectedBy(qint64 periods)
{
    const ItemId id = m_canvas.selectedEvent();
    const Event *event = m_editable ? m_canvas.event(id) : nullptr;
    if (!event)
        return;
    if (const std::optional<TimeSpan> moved = movedSpan(event->when, periods))
        Q_EMIT eventRetimed(id, *moved);
}

} // namespace Annals
