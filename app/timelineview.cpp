// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "actornames.h"
#include "eventtablemodel.h"
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
                                "Tab to step through events."));
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

TimelineView::~TimelineView() = default;

void TimelineView::setAtlas(const AtlasData *atlasData, std::shared_ptr<const EventIndex> index)
{
    m_animation.stop();
    m_index = index;
    m_canvas.setAtlas(atlasData, std::move(index));
    m_canvas.setToday(QDateTime::currentSecsSinceEpoch());
    m_canvas.setSize(viewport()->size());
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
        const bool overCursor = m_canvas.cursorHandle().contains(event->position());
        viewport()->setCursor(overCursor ? Qt::SizeHorCursor : Qt::ArrowCursor);
    }
    m_lastPosition = position;
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    viewport()->setCursor(Qt::ArrowCursor);
    if (event->button() != Qt::LeftButton || drag != Drag::Pending)
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
    constexpr double day = 86400.0;
    constexpr double year = 365.2425 * day;
    static constexpr std::pair<Precision, double> periods[] = {
        {Precision::Day, day},
        {Precision::Month, year / 12},
        {Precision::Year, year},
        {Precision::Decade, 10 * year},
        {Precision::Century, 100 * year},
        {Precision::ThousandYears, 1e3 * year},
        {Precision::MillionYears, 1e6 * year},
    };
    for (const auto &[precision, seconds] : periods) {
        if (seconds / secondsPerPixel >= minimumPointablePeriod)
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
        interacted();
        applyScale(m_canvas.scale().pannedBy(step));
        break;
    case Qt::Key_Right:
        interacted();
        applyScale(m_canvas.scale().pannedBy(-step));
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
    const ItemId id = eventAt(event->pos());
    const qint64 time = m_canvas.scale().timeForX(event->pos().x());
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
    menu.exec(event->globalPos());
}

} // namespace Annals
