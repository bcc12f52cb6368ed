// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinecolumn.h"

#include "overviewstrip.h"
#include "serieslane.h"
#include "timelineview.h"
#include "viewstate.h"

#include <QEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace Annals {

TimelineColumn::TimelineColumn(QWidget *parent)
    : QWidget(parent)
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_timeline(new TimelineView(m_split))
    , m_laneBox(new QWidget(m_split))
    , m_laneLayout(new QVBoxLayout(m_laneBox))
    , m_overview(new OverviewStrip(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // The lanes share a splitter with the timeline, so a class can give the
    // numbers more room (or less); the overview keeps its height.
    m_split->addWidget(m_timeline);
    m_split->addWidget(m_laneBox);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_splitChosen = true; });
    m_split->installEventFilter(this);
    m_split->setChildrenCollapsible(false);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_overview);
    m_laneLayout->setContentsMargins(0, 0, 0, 0);
    m_laneLayout->setSpacing(2);
    m_laneBox->hide();

    // The timeline's scale changes with every zoom, pan, resize and
    // animation frame, each time through ViewState; its viewport also moves
    // when the vertical scroll bar comes and goes, which changes no window.
    m_timeline->viewport()->installEventFilter(this);
    m_laneBox->installEventFilter(this);
}

TimelineColumn::~TimelineColumn() = default;

void TimelineColumn::setAtlas(const AtlasData *atlasData, std::shared_ptr<const EventIndex> index)
{
    m_data = atlasData;
    m_index = index;
    m_timeline->setAtlas(atlasData, index);
    m_overviewRange = m_timeline->canvas().dataRange();
    m_overview->setAtlas(index, m_overviewRange.first, m_overviewRange.second);
    rebuildLanes();
}

void TimelineColumn::setEvents(std::shared_ptr<const EventIndex> events)
{
    if (events == m_index)
        return;
    m_index = events;
    const qint64 windowStart = m_state ? m_state->windowStart() : 0;
    const qint64 windowEnd = m_state ? m_state->windowEnd() : 0;
    const qint64 cursor = m_state ? m_state->cursor() : 0;
    // The view fits and places its cursor for a new atlas; for the same
    // atlas seen through a filter, where the student was looking stays.
    m_timeline->setAtlas(m_data, events);
    if (m_state && windowEnd > windowStart) {
        m_state->setWindow(windowStart, windowEnd);
        m_state->setCursor(cursor);
    }
    m_overview->setAtlas(std::move(events), m_overviewRange.first, m_overviewRange.second);
}

void TimelineColumn::setViewState(ViewState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    m_timeline->setViewState(state);
    m_overview->setViewState(state);
    if (!m_state)
        return;
    connect(m_state, &ViewState::windowChanged, this, &TimelineColumn::alignLanes);
    connect(m_state, &ViewState::cursorChanged, this, [this](qint64 time) {
        for (SeriesLane *lane : std::as_const(m_lanes))
            lane->setCursorTime(time);
    });
}

void TimelineColumn::setFontScale(qreal scale)
{
    m_fontScale = scale;
    m_timeline->setFontScale(scale);
    m_overview->setFontScale(scale);
    for (SeriesLane *lane : std::as_const(m_lanes))
        lane->setFontScale(scale);
    alignLanes(); // the lane headers are as wide as the timeline's, which grew
}

void TimelineColumn::setLaneMode(LaneMode mode)
{
    m_timeline->setLaneMode(mode);
    alignLanes();
}

void TimelineColumn::setOverviewVisible(bool visible)
{
    m_overview->setVisible(visible);
}

bool TimelineColumn::isOverviewVisible() const
{
    return !m_overview->isHidden();
}

SeriesLane *TimelineColumn::laneFor(ItemId seriesId) const
{
    for (SeriesLane *lane : m_lanes) {
        if (lane->seriesId() == seriesId)
            return lane;
    }
    return nullptr;
}

void TimelineColumn::setHiddenSeries(const QSet<QString> &names)
{
    if (names == m_hiddenSeries)
        return;
    m_hiddenSeries = names;
    rebuildLanes();
    Q_EMIT hiddenSeriesChanged(m_hiddenSeries);
}

void TimelineColumn::setSeriesHidden(const QString &name, bool hidden)
{
    QSet<QString> names = m_hiddenSeries;
    if (hidden)
        names.insert(name);
    else
        names.remove(name);
    setHiddenSeries(names);
}

void TimelineColumn::rebuildLanes()
{
    qDeleteAll(m_lanes);
    m_lanes.clear();
    if (m_data) {
        for (const Series &series : m_data->series) {
            if (m_hiddenSeries.contains(series.name))
                continue;
            auto *lane = new SeriesLane(m_laneBox);
            lane->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // the splitter decides
            lane->setFontScale(m_fontScale);
            lane->setSeries(m_data, series.id);
            if (m_state)
                lane->setCursorTime(m_state->cursor());
            m_laneLayout->addWidget(lane);
            m_lanes.append(lane);
        }
    }
    m_laneBox->setVisible(!m_lanes.isEmpty());
    shareHeight();
    alignLanes();
}

void TimelineColumn::alignLanes()
{
    const QWidget *viewport = m_timeline->viewport();
    for (SeriesLane *lane : std::as_const(m_lanes)) {
        // Both are children of this column, so the offset is the same in
        // their common parent's coordinates as on screen.
        const int plotLeft = viewport->mapTo(this, QPoint(0, 0)).x() - lane->mapTo(this, QPoint(0, 0)).x();
        lane->setHeaderWidth(m_timeline->canvas().laneHeaderWidth());
        lane->setScale(m_timeline->scale(), plotLeft);
    }
}

QByteArray TimelineColumn::saveSplitState() const
{
    return m_split->saveState();
}

bool TimelineColumn::restoreSplitState(const QByteArray &state)
{
    const bool restored = m_split->restoreState(state);
    m_splitChosen = m_splitChosen || restored;
    return restored;
}

void TimelineColumn::shareHeight()
{
    // Until someone drags the splitter, the lanes get a fifth of the height
    // (at least what they ask for) as long as the timeline keeps a laptop
    // screen's worth, so that on a tall screen the numbers are read at a
    // glance and on a small one the timeline keeps its room.
    if (m_splitChosen || m_laneBox->isHidden())
        return;
    constexpr int timelineRoom = 520;
    const int total = m_split->height() - m_split->handleWidth();
    const int lanes = std::max(m_laneBox->sizeHint().height(), std::min(total / 5, total - timelineRoom));
    if (total > lanes)
        m_split->setSizes({total - lanes, lanes});
}

bool TimelineColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_split) {
        if (event->type() == QEvent::Resize)
            shareHeight();
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::Resize || event->type() == QEvent::Move || event->type() == QEvent::Show) {
        // Filters run before the viewport's own handler, which gives the
        // timeline its new scale: align once more when that is done.
        alignLanes();
        QMetaObject::invokeMethod(this, &TimelineColumn::alignLanes, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Annals
