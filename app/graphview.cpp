// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphview.h"

#include "graphsimulation.h"
#include "tooltip.h"
#include "viewaccessibility.h"
#include "viewstate.h"

#include <QAction>
#include <QActionGroup>
#include <QContextMenuEvent>
#include <QCursor>
#include <QEventLoop>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Annals {

namespace {

constexpr quint64 layoutSeed = 1;
constexpr int fadeMilliseconds = 260;
QString spanText(const TimeSpan &span)
{
    const QString start = span.start.isValid() ? span.start.toDisplayString() : GraphView::tr("always");
    if (!span.hasEnd())
        return GraphView::tr("since %1").arg(start);
    return GraphView::tr("%1 – %2").arg(start, span.end.toDisplayString());
}

// Takes out of a frame what the view filter hides beyond relation kinds
// (which the query already left out): relations outside its range or away
// from its actors, and actors that are neither chosen nor their partners.
// Degrees and parallel curves are counted again over what remains.
void applyViewFilter(GraphFrame &frame, const AllianceGraph &graph, const ViewFilter &filter,
                     const QSet<ItemId> &shownActors)
{
    if (filter.actors.isEmpty() && !filter.hasRange())
        return;
    const QList<Relation> &relations = graph.relations();
    std::vector<qsizetype> kept;
    kept.reserve(frame.relations.size());
    for (qsizetype index : frame.relations) {
        if (relationPasses(relations.at(index), filter))
            kept.push_back(index);
    }
    if (!filter.actors.isEmpty()) {
        for (qsizetype i = 0; i < graph.actors().size(); ++i) {
            if (!shownActors.contains(graph.actors().at(i).id))
                frame.nodes[std::size_t(i)] = GraphFrame::NodeState::Hidden;
        }
    }
    std::fill(frame.degree.begin(), frame.degree.end(), 0);
    frame.parallelIndex.clear();
    frame.parallelCount.clear();
    QHash<QPair<int, int>, int> perPair;
    auto pairOf = [&](qsizetype index) {
        const int a = graph.indexOf(relations.at(index).sourceId);
        const int b = graph.indexOf(relations.at(index).targetId);
        return qMakePair(std::min(a, b), std::max(a, b));
    };
    for (qsizetype index : kept) {
        const QPair<int, int> pair = pairOf(index);
        int &count = perPair[pair];
        if (count == 0) {
            ++frame.degree[std::size_t(pair.first)];
            ++frame.degree[std::size_t(pair.second)];
        }
        frame.parallelIndex.push_back(count++);
    }
    for (qsizetype index : kept)
        frame.parallelCount.push_back(perPair.value(pairOf(index)));
    frame.relations = std::move(kept);
}

} // namespace

GraphView::GraphView(QWidget *parent)
    : QWidget(parent)
    , m_simulation(new GraphSimulation(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(240, 200);
    setAccessibleName(tr("Alliance graph"));
    setAccessibleDescription(tr("Actors and the relations between them at the time cursor's date. "
                                "Click an actor or a relation to select it; drag an actor to pin it; "
                                "double-click an actor to focus on its neighbourhood; wheel to zoom; "
                                "Shift+drag from one actor to another to draw a relation between them."));
    m_canvas.setBaseFont(font());
    m_fadeTimer.setInterval(16);
    connect(&m_fadeTimer, &QTimer::timeout, this, &GraphView::stepFades);
    connect(m_simulation, &GraphSimulation::positionsChanged, this, &GraphView::takePositions);
    connect(m_simulation, &GraphSimulation::settled, this, [this] {
        takePositions();
        // Refit after the picture changed for a new date, kinds or focus,
        // never after a drag: the dropped actor stays under the pointer.
        if (m_refitWhenSettled && !m_pressed && m_simulation->isSettled()) {
            m_refitWhenSettled = false;
            updateFitTarget();
        }
    });
    createActions();
}

GraphView::~GraphView() = default;

void GraphView::setKeyHintsShown(bool shown)
{
    m_keyHints = shown;
    updateHeading();
    update();
}

void GraphView::createActions()
{
    m_relayout = new QAction(tr("&Re-layout"), this);
    m_relayout->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_relayout->setToolTip(tr("Arrange the graph afresh; actors you pinned stay where you put them"));
    connect(m_relayout, &QAction::triggered, this, [this] {
        m_simulation->relayout();
        m_refitWhenSettled = true;
    });

    m_unpinAll = new QAction(tr("&Unpin All Actors"), this);
    m_unpinAll->setToolTip(tr("Let every actor you dragged find its own place again"));
    connect(m_unpinAll, &QAction::triggered, this, [this] {
        m_simulation->unpinAll();
        m_canvas.setPinned({});
        update();
    });

    m_leaveFocus = new QAction(tr("&Leave Focus"), this);
    m_leaveFocus->setToolTip(tr("Show the whole graph again (Esc)"));
    m_leaveFocus->setEnabled(false);
    connect(m_leaveFocus, &QAction::triggered, this, &GraphView::leaveFocus);

    m_wholeWindowAction = new QAction(tr("Relations in the Whole &Visible Period"), this);
    m_wholeWindowAction->setCheckable(true);
    m_wholeWindowAction->setToolTip(tr("Show every relation in force at any time in the timeline's visible period, "
                                       "not only on the cursor's date"));
    connect(m_wholeWindowAction, &QAction::toggled, this, &GraphView::setShowsWholeWindow);

    m_resetView = new QAction(tr("&Fit Graph"), this);
    m_resetView->setToolTip(tr("Zoom and move the graph so that it fits the view again"));
    connect(m_resetView, &QAction::triggered, this, [this] {
        m_canvas.setZoom(1);
        m_canvas.setPan({});
        update();
    });

    QString mnemonics = QStringLiteral("a"); // "Show &All Kinds" follows the kinds in the menus
    for (RelationKind kind : relationKindsInMenuOrder) {
        QString title = relationKindName(kind, KindNameForm::InText);
        title[0] = title[0].toUpper();
        auto *action = new QAction(withMnemonic(title, &mnemonics), this);
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(kind));
        action->setToolTip(tr("Show relations of the kind “%1”").arg(relationKindName(kind, KindNameForm::InText)));
        connect(action, &QAction::toggled, this, [this, kind](bool on) {
            setShownKinds(on ? m_kinds | GraphQuery::kindBit(kind) : m_kinds & ~GraphQuery::kindBit(kind));
        });
        m_kindActions.append(action);
    }
    m_menuActions = {m_relayout, m_unpinAll, m_leaveFocus, m_wholeWindowAction, m_resetView};
}

void GraphView::setAtlas(const AtlasData *atlasData)
{
    cancelDrawing(); // its actor indices belong to the old graph
    m_data = atlasData;
    m_focusActor = 0;
    m_leaveFocus->setEnabled(false);
    m_fades.clear();
    m_canvas.setGraph(nullptr);
    m_graph = atlasData ? std::make_unique<AllianceGraph>(*atlasData) : nullptr;
    m_canvas.setGraph(m_graph.get());
    m_shownActors = m_graph && m_state ? actorsShown(m_state->filter(), m_graph->relations()) : QSet<ItemId>();
    m_canvas.setBusy(m_graph && !m_graph->actors().isEmpty());
    if (m_graph)
        m_simulation->setReference(int(m_graph->actors().size()), m_graph->allTimeEdges(), layoutSeed);
    else
        m_simulation->setReference(0, {}, layoutSeed);
    updateSelection();
    refreshFrame();
}

void GraphView::setViewState(ViewState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    announceSelectionChanges(this, state);
    if (!m_state)
        return;
    connect(m_state, &ViewState::cursorChanged, this, [this] {
        if (!m_wholeWindow)
            refreshFrame();
    });
    connect(m_state, &ViewState::windowChanged, this, [this] {
        if (m_wholeWindow)
            refreshFrame();
        else
            updateHeading();
    });
    connect(m_state, &ViewState::selectedActorChanged, this, &GraphView::updateSelection);
    connect(m_state, &ViewState::selectedEventChanged, this, &GraphView::updateSelection);
    connect(m_state, &ViewState::selectedRelationChanged, this, &GraphView::updateSelection);
    connect(m_state, &ViewState::filterChanged, this, &GraphView::takeFilter);
    updateSelection();
    takeFilter();
}

void GraphView::takeFilter()
{
    // The one relation-kind filter is the view state's: the graph's menu
    // writes it and follows it.
    m_kinds = m_state->filter().relationKinds;
    for (QAction *action : std::as_const(m_kindActions)) {
        const QSignalBlocker blocker(action);
        action->setChecked(m_kinds & GraphQuery::kindBit(RelationKind(action->data().toInt())));
    }
    m_shownActors = m_graph ? actorsShown(m_state->filter(), m_graph->relations()) : QSet<ItemId>();
    refreshFrame();
}

void GraphView::setAnimated(bool animated)
{
    m_animated = animated;
    if (animated)
        return;
    // Whatever was on its way arrives now.
    m_fadeTimer.stop();
    m_fades.removeIf([](const auto &entry) { return entry.value().target == 0; });
    for (Fade &fade : m_fades)
        fade.opacity = fade.target;
    if (!m_fitTarget.isNull())
        m_canvas.setFitBounds(m_fitTarget);
    publishEdges();
    update();
}

void GraphView::setFontScale(qreal scale)
{
    m_canvas.setFontScale(scale);
    update();
}

void GraphView::setLegendVisible(bool visible)
{
    m_canvas.setLegendVisible(visible);
    update();
}

void GraphView::setShowsWholeWindow(bool whole)
{
    if (whole == m_wholeWindow)
        return;
    m_wholeWindow = whole;
    m_wholeWindowAction->setChecked(whole);
    refreshFrame();
}

void GraphView::setShownKinds(quint32 kinds)
{
    if (m_state) {
        ViewFilter filter = m_state->filter();
        filter.relationKinds = kinds;
        m_state->setFilter(filter); // comes back through takeFilter()
        return;
    }
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    for (QAction *action : std::as_const(m_kindActions)) {
        const QSignalBlocker blocker(action);
        action->setChecked(m_kinds & GraphQuery::kindBit(RelationKind(action->data().toInt())));
    }
    refreshFrame();
}

void GraphView::focusOn(ItemId actorId, int steps, const QList<ItemId> &alsoAround)
{
    if (!m_graph || m_graph->indexOf(actorId) < 0)
        return;
    m_focusActor = actorId;
    m_focusSteps = std::clamp(steps, 1, 2);
    m_focusAlso.clear();
    for (ItemId also : alsoAround) {
        if (also != actorId && m_graph->indexOf(also) >= 0 && !m_focusAlso.contains(also))
            m_focusAlso.append(also);
    }
    m_leaveFocus->setEnabled(true);
    refreshFrame();
}

void GraphView::leaveFocus()
{
    if (!m_focusActor)
        return;
    m_focusActor = 0;
    m_focusAlso.clear();
    m_leaveFocus->setEnabled(false);
    refreshFrame();
}

void GraphView::refreshFrame()
{
    if (!m_graph) {
        m_canvas.setFrame({});
        m_canvas.setEdges({});
        updateHeading();
        update();
        return;
    }
    GraphQuery query;
    query.time = m_state ? m_state->cursor() : 0;
    query.wholeWindow = m_wholeWindow && m_state;
    if (m_state) {
        query.windowStart = m_state->windowStart();
        query.windowEnd = m_state->windowEnd();
    }
    query.kinds = m_kinds;
    query.focusActor = m_focusActor;
    query.focusSteps = m_focusSteps;
    query.focusAlso = m_focusAlso;
    GraphFrame frame = m_graph->frame(query);
    if (m_state)
        applyViewFilter(frame, *m_graph, m_state->filter(), m_shownActors);

    // Edges that leave fade out, edges that arrive fade in; an edge caught
    // half-way by the next change turns round from where it is.
    for (Fade &fade : m_fades)
        fade.target = 0;
    for (std::size_t i = 0; i < frame.relations.size(); ++i) {
        auto found = m_fades.find(frame.relations[i]);
        if (found == m_fades.end())
            found = m_fades.insert(frame.relations[i], Fade{m_animated ? 0.0f : 1.0f, 1, 0, 1});
        found->target = 1;
        found->parallelIndex = frame.parallelIndex[i];
        found->parallelCount = frame.parallelCount[i];
    }
    if (!m_animated) {
        m_fades.removeIf([](const auto &entry) { return entry.value().target == 0; });
        for (Fade &fade : m_fades)
            fade.opacity = fade.target;
    } else if (!m_fadeTimer.isActive()) {
        m_fadeClock.start();
        m_fadeTimer.start();
    }
    m_simulation->setActiveGraph(m_graph->edgesFor(frame.relations));
    m_refitWhenSettled = true;
    m_canvas.setTime(query.time);
    m_canvas.setFrame(std::move(frame));
    updateFitTarget();
    publishEdges();
    updateHeading();
    update();
}

void GraphView::updateFitTarget()
{
    // Fit the actors on stage (present and in focus) at their places of all
    // time: the camera moves when the cast changes or the layout comes to
    // rest, never while the layout of the moment moves.
    const auto &reference = m_simulation->referencePositions().empty() ? m_canvas.positions() : m_simulation->referencePositions();
    const auto &nodes = m_canvas.frame().nodes;
    // Those with ties first; actors alone wait at the edge (see GraphCanvas).
    const auto &degree = m_canvas.frame().degree;
    std::vector<bool> onStage(nodes.size());
    std::size_t count = 0;
    for (int pass = 0; pass < 2 && count < 2; ++pass) {
        count = 0;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            onStage[i] = nodes[i] == GraphFrame::NodeState::Present && (pass == 1 || (i < degree.size() && degree[i] > 0));
            count += onStage[i];
        }
    }
    QRectF target = GraphCanvas::boundsOf(reference, count >= 2 ? &onStage : nullptr);
    if (target.isNull())
        return;
    // And where they came to rest at this date, which can be a little off
    // home (called again when the layout settles after a change of date,
    // kinds or focus; not after a drag, see the settled() handler).
    const QRectF resting = GraphCanvas::boundsOf(m_canvas.positions(), count >= 2 ? &onStage : nullptr);
    if (!resting.isNull() && m_simulation->isSettled())
        target = target.united(resting);
    m_fitTarget = target;
    if (!m_animated || m_canvas.fitBounds().isNull()) {
        m_canvas.setFitBounds(target);
    } else if (!m_fadeTimer.isActive()) {
        m_fadeClock.start();
        m_fadeTimer.start();
    }
}

void GraphView::stepFades()
{
    const double step = double(m_fadeClock.restart()) / fadeMilliseconds;
    bool moving = false;
    const QRectF bounds = m_canvas.fitBounds();
    if (!m_fitTarget.isNull() && bounds != m_fitTarget) {
        // Ease the camera a quarter of the way each frame.
        const double t = std::min(1.0, 0.25 * step * fadeMilliseconds / 16.0);
        auto ease = [t](double from, double to) { return std::abs(to - from) < 0.05 ? to : from + (to - from) * t; };
        const QRectF next(QPointF(ease(bounds.left(), m_fitTarget.left()), ease(bounds.top(), m_fitTarget.top())),
                          QPointF(ease(bounds.right(), m_fitTarget.right()), ease(bounds.bottom(), m_fitTarget.bottom())));
        m_canvas.setFitBounds(next);
        moving = moving || next != m_fitTarget;
    }
    for (auto it = m_fades.begin(); it != m_fades.end();) {
        Fade &fade = it.value();
        if (fade.opacity < fade.target)
            fade.opacity = float(std::min<double>(fade.target, fade.opacity + step));
        else if (fade.opacity > fade.target)
            fade.opacity = float(std::max<double>(fade.target, fade.opacity - step));
        if (fade.opacity != fade.target)
            moving = true;
        if (fade.opacity <= 0 && fade.target <= 0)
            it = m_fades.erase(it);
        else
            ++it;
    }
    if (!moving)
        m_fadeTimer.stop();
    publishEdges();
    update();
}

void GraphView::publishEdges()
{
    std::vector<GraphCanvas::ShownEdge> edges;
    edges.reserve(std::size_t(m_fades.size()));
    for (auto it = m_fades.cbegin(); it != m_fades.cend(); ++it)
        edges.push_back({it.key(), it->parallelIndex, it->parallelCount, it->opacity});
    // Hash order is no order: draw in the atlas's, the same every frame.
    std::sort(edges.begin(), edges.end(), [](const auto &a, const auto &b) { return a.relation < b.relation; });
    m_canvas.setEdges(std::move(edges));
}

void GraphView::takePositions()
{
    if (!m_graph)
        return;
    if (m_simulation->positions().size() != std::size_t(m_graph->actors().size()))
        return;
    const bool first = m_canvas.positions().empty();
    m_canvas.setPositions(m_simulation->positions());
    if (first || m_fitTarget.isNull())
        updateFitTarget();
    std::vector<bool> pinned(m_simulation->positions().size());
    for (std::size_t i = 0; i < pinned.size(); ++i)
        pinned[i] = m_simulation->isPinned(int(i));
    m_canvas.setPinned(std::move(pinned));
    m_canvas.setBusy(false);
    update();
}

bool GraphView::waitForLayout(int timeoutMilliseconds)
{
    const bool settled = m_simulation->waitUntilSettled(timeoutMilliseconds);
    takePositions();
    return settled;
}

void GraphView::updateSelection()
{
    // The selected event's actors, found once when the selection changes,
    // not on every paint: an atlas may hold a million events.
    QSet<ItemId> eventActors;
    const ItemId selectedEvent = m_state ? m_state->selectedEvent() : 0;
    if (m_data && selectedEvent != 0) {
        for (const Event &event : m_data->events) {
            if (event.id != selectedEvent)
                continue;
            for (const EventActor &actor : event.actors)
                eventActors.insert(actor.actorId);
            break;
        }
    }
    m_canvas.setSelection(m_state ? m_state->selectedActor() : 0, std::move(eventActors), m_state ? m_state->selectedRelation() : 0);
    update();
}

void GraphView::updateHeading()
{
    const qint64 time = m_state ? m_state->cursor() : 0;
    QString heading;
    if (m_wholeWindow && m_state && m_state->windowEnd() > m_state->windowStart()) {
        heading = tr("Relations in force between %1 and %2")
                      .arg(HistoricalDate(m_state->windowStart(), Precision::Day).toDisplayString(),
                           HistoricalDate(m_state->windowEnd(), Precision::Day).toDisplayString());
    } else {
        heading = tr("Relations in force on %1").arg(HistoricalDate(time, Precision::Day).toDisplayString());
    }
    QStringList notes;
    if (m_focusActor && m_graph) {
        const QString around = m_focusAlso.isEmpty()
                                   ? m_graph->nameAt(m_focusActor, time)
                                   : tr("%1 and %n other(s)", nullptr, int(m_focusAlso.size())).arg(m_graph->nameAt(m_focusActor, time));
        notes << (m_keyHints ? tr("Around %1, %n step(s) — Esc shows everyone", nullptr, m_focusSteps).arg(around)
                             : tr("Around %1, %n step(s)", nullptr, m_focusSteps).arg(around));
    }
    const int hidden = int(std::count_if(std::begin(relationKindsInMenuOrder), std::end(relationKindsInMenuOrder),
                                         [this](RelationKind kind) { return !(m_kinds & GraphQuery::kindBit(kind)); }));
    if (hidden > 0)
        notes << tr("%n kind(s) of relation hidden", nullptr, hidden);
    m_canvas.setHeading(heading, notes.join(QStringLiteral(" · ")));
}

void GraphView::render(QPainter &painter, const QRect &target)
{
    painter.save();
    painter.translate(target.topLeft());
    const QSize previous = m_canvas.size();
    m_canvas.setSize(target.size());
    m_canvas.paint(painter);
    m_canvas.setSize(previous);
    painter.restore();
}

void GraphView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_canvas.setSize(size());
    m_canvas.paint(painter);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    m_canvas.setSize(size());
    QWidget::resizeEvent(event);
}

QPointF GraphView::positionOf(ItemId actorId) const
{
    const int index = m_graph ? m_graph->indexOf(actorId) : -1;
    if (index < 0 || m_canvas.positions().empty())
        return {-1, -1};
    return m_canvas.screenPosition(index);
}

bool GraphView::isPinned(ItemId actorId) const
{
    return m_graph && m_simulation->isPinned(m_graph->indexOf(actorId));
}

ItemId GraphView::actorIdAt(QPointF position) const
{
    const int index = m_canvas.actorAt(position);
    return index >= 0 ? m_graph->actors().at(index).id : 0;
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    m_canvas.zoomAround(event->position(), std::pow(2.0, event->angleDelta().y() / 480.0));
    update();
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressPosition = m_lastPosition = event->position();
    m_moved = false;
    m_draggingActor = false;
    if (isDrawingRelation()) {
        // The click that ends "Draw Relation From Here"; its release does nothing more.
        m_pressed = false;
        m_pressedActor = -1;
        if (event->button() == Qt::LeftButton)
            finishDrawing(event->position());
        else
            cancelDrawing();
        return;
    }
    m_pressed = event->button() == Qt::LeftButton;
    m_pressedActor = m_pressed ? m_canvas.actorAt(event->position()) : -1;
    if (m_pressedActor >= 0 && (event->modifiers() & Qt::ShiftModifier)) {
        m_pressed = false; // Shift+drag draws; it neither moves the actor nor selects it
        startDrawing(m_pressedActor, true, event->position());
    }
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (isDrawingRelation()) {
        followDrawing(event->position());
        return;
    }
    if (!m_pressed) {
        // Hovering names a relation under the pointer.
        const qsizetype relation = m_canvas.actorAt(event->position()) >= 0 ? -1 : m_canvas.relationAt(event->position());
        if (relation != m_canvas.hoveredRelation()) {
            m_canvas.setHoveredRelation(relation);
            update();
        }
        setCursor(relation >= 0 || m_canvas.actorAt(event->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_moved && (event->position() - m_pressPosition).manhattanLength() < 4)
        return;
    m_moved = true;
    if (m_pressedActor >= 0) {
        // Dragging an actor pins it where it is dropped; the others make room.
        m_draggingActor = true;
        const QPointF layoutPosition = m_canvas.toLayout(event->position());
        m_canvas.moveNode(m_pressedActor, layoutPosition);
        m_simulation->pin(m_pressedActor, layoutPosition);
        setCursor(Qt::ClosedHandCursor);
    } else {
        m_canvas.setPan(m_canvas.pan() + (event->position() - m_lastPosition));
    }
    m_lastPosition = event->position();
    update();
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (isDrawingRelation() && m_drawByDrag) {
        if (event->button() == Qt::LeftButton)
            finishDrawing(event->position());
        return;
    }
    const bool click = m_pressed && !m_moved && event->button() == Qt::LeftButton;
    m_pressed = false;
    m_draggingActor = false;
    setCursor(Qt::ArrowCursor);
    if (!click || !m_state || !m_graph)
        return;
    if (m_pressedActor >= 0) {
        m_state->setSelectedRelation(0);
        m_state->setSelectedActor(m_graph->actors().at(m_pressedActor).id);
        return;
    }
    const qsizetype relation = m_canvas.relationAt(event->position());
    if (relation >= 0) {
        // One thing selected at a time: the relation brings its two actors.
        m_state->setSelectedActor(0);
        m_state->setSelectedRelation(m_graph->relations().at(relation).id);
        return;
    }
    m_state->setSelectedRelation(0);
    m_state->setSelectedActor(0);
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const ItemId actor = actorIdAt(event->position());
    if (!actor) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    // Again on the same actor widens the circle to two steps, and back.
    if (actor == m_focusActor)
        focusOn(actor, m_focusSteps == 1 ? 2 : 1);
    else
        focusOn(actor, 1);
}

bool GraphView::focusNextPrevChild(bool next)
{
    // Tab walks the actors, as it walks the events in the timeline; F6 leaves.
    if (!m_graph || !m_state)
        return QWidget::focusNextPrevChild(next);
    selectNeighbourActor(next ? 1 : -1);
    return true;
}

void GraphView::selectNeighbourActor(int direction)
{
    const auto &nodes = m_canvas.frame().nodes;
    const qint64 time = m_state->cursor();
    struct Named {
        QString name;
        ItemId id;
    };
    QList<Named> onStage;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i] != GraphFrame::NodeState::Present)
            continue;
        const ItemId id = m_graph->actors().at(qsizetype(i)).id;
        onStage.append({m_graph->nameAt(id, time), id});
    }
    if (onStage.isEmpty())
        return;
    std::sort(onStage.begin(), onStage.end(),
              [](const Named &a, const Named &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    const auto current = std::find_if(onStage.cbegin(), onStage.cend(),
                                      [this](const Named &named) { return named.id == m_state->selectedActor(); });
    qsizetype index = 0;
    if (current != onStage.cend())
        index = ((current - onStage.cbegin()) + direction + onStage.size()) % onStage.size();
    else if (direction < 0)
        index = onStage.size() - 1;
    m_state->setSelectedActor(onStage.at(index).id);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    // Enter does what a double-click does: the selected actor's neighbourhood.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_state && m_state->selectedActor()) {
        const ItemId actor = m_state->selectedActor();
        focusOn(actor, actor == m_focusActor && m_focusSteps == 1 ? 2 : 1);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        if (isDrawingRelation()) {
            cancelDrawing();
            return;
        }
        // Undo the most recent narrowing first: focus, relation, actor.
        if (m_focusActor) {
            leaveFocus();
            return;
        }
        if (m_state && m_state->selectedRelation()) {
            m_state->setSelectedRelation(0);
            return;
        }
        if (m_state && m_state->selectedActor()) {
            m_state->setSelectedActor(0);
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    // From the keyboard (Menu key, Shift+F10) the menu is the selected actor's.
    const bool byKeyboard = event->reason() == QContextMenuEvent::Keyboard && m_state && m_state->selectedActor()
        && positionOf(m_state->selectedActor()).x() >= 0;
    const ItemId actor = byKeyboard ? m_state->selectedActor() : actorIdAt(event->pos());
    if (actor && m_graph && m_state) {
        const QString name = m_graph->nameAt(actor, m_state->cursor());
        menu.addAction(tr("Select %1").arg(name), this, [this, actor] { m_state->setSelectedActor(actor); });
        menu.addAction(tr("Focus on %1's Neighbourhood").arg(name), this, [this, actor] { focusOn(actor, 1); });
        menu.addAction(tr("Focus Two Steps Around %1").arg(name), this, [this, actor] { focusOn(actor, 2); });
        QAction *draw = menu.addAction(tr("Draw Relation From Here"), this, [this, actor] { beginRelationFrom(actor); });
        draw->setStatusTip(tr("Then click the other actor; Esc cancels. Shift+drag from an actor does the same."));
        draw->setToolTip(draw->statusTip());
        menu.addAction(tr("Show Only Events of %1").arg(name), this, [this, actor] {
            ViewFilter filter = m_state->filter();
            filter.actors = {actor};
            m_state->setFilter(filter);
        })->setStatusTip(tr("Filter the timeline, the graph and the event list to this actor"));
        if (isPinned(actor)) {
            menu.addAction(tr("Unpin %1").arg(name), this, [this, actor] {
                m_simulation->unpin(m_graph->indexOf(actor));
                takePositions();
            });
        }
        menu.addSeparator();
    }
    menu.addActions(m_menuActions);
    QMenu *kinds = menu.addMenu(tr("Relation &Kinds"));
    kinds->addActions(m_kindActions);
    menu.exec(byKeyboard ? mapToGlobal(positionOf(actor).toPoint()) : event->globalPos());
}

void GraphView::leaveEvent(QEvent *event)
{
    if (m_canvas.hoveredRelation() >= 0) {
        m_canvas.setHoveredRelation(-1);
        update();
    }
    QWidget::leaveEvent(event);
}

bool GraphView::event(QEvent *event)
{
    if (answerToolTip(this, event, [this](QPoint position) { return tooltipAt(position); }))
        return true;
    return QWidget::event(event);
}

QString GraphView::tooltipAt(QPointF position) const
{
    if (!m_graph)
        return {};
    const qint64 time = m_state ? m_state->cursor() : 0;
    const int index = m_canvas.actorAt(position);
    if (index >= 0) {
        const Actor &actor = m_graph->actors().at(index);
        TimeSpan life{actor.start, actor.end};
        const int degree = std::size_t(index) < m_canvas.frame().degree.size() ? m_canvas.frame().degree[std::size_t(index)] : 0;
        QString text = QStringLiteral("<b>%1</b><br>%2 · %3<br>%4")
                           .arg(m_graph->nameAt(actor.id, time).toHtmlEscaped(), actorKindName(actor.kind, KindNameForm::InText),
                                actor.start.isValid() || actor.end.isValid() ? spanText(life) : tr("dates unknown"),
                                tr("tied to %n actor(s) here", nullptr, degree));
        if (m_simulation->isPinned(index))
            text += QStringLiteral("<br><i>%1</i>").arg(tr("Pinned where you put it; right-click to unpin."));
        text += QStringLiteral("<br><i>%1</i>").arg(tr("Double-click to see only its neighbourhood."));
        text += QStringLiteral("<br><i>%1</i>").arg(tr("Shift+drag to another actor to draw a relation."));
        return text;
    }
    const qsizetype relationIndex = m_canvas.relationAt(position);
    if (relationIndex >= 0) {
        const Relation &relation = m_graph->relations().at(relationIndex);
        const QString stance = relation.stance > 0 ? tr("cooperative") : relation.stance < 0 ? tr("hostile") : tr("neutral");
        QString text = QStringLiteral("<b>%1</b><br>%2, %3<br>%4 %5 %6<br>%7")
                           .arg(m_canvas.relationTitle(relation).toHtmlEscaped(), relationKindName(relation.kind, KindNameForm::InText), stance,
                                m_graph->nameAt(relation.sourceId, time).toHtmlEscaped(),
                                relation.directed ? QStringLiteral("→") : QStringLiteral("—"),
                                m_graph->nameAt(relation.targetId, time).toHtmlEscaped(), spanText(relation.when));
        if (!relation.description.isEmpty())
            text += QStringLiteral("<br>") + relation.description.left(240).toHtmlEscaped();
        return text;
    }
    return tr("Solid blue: cooperation · dashed orange: hostility · grey: neutral.\n"
              "Circles are people, squares states, diamonds organisations and groups; bigger means more ties.\n"
              "Drag an actor to pin it; double-click to focus on its neighbourhood;\n"
              "Shift+drag from one actor to another to draw a relation.");
}

void GraphView::beginRelationFrom(ItemId actorId)
{
    const int index = m_graph ? m_graph->indexOf(actorId) : -1;
    if (index < 0)
        return;
    startDrawing(index, false, mapFromGlobal(QCursor::pos()));
}

void GraphView::startDrawing(int sourceIndex, bool byDrag, QPointF pointer)
{
    m_drawSource = sourceIndex;
    m_drawByDrag = byDrag;
    setCursor(Qt::CrossCursor);
    followDrawing(pointer);
}

void GraphView::followDrawing(QPointF pointer)
{
    const int under = m_canvas.actorAt(pointer);
    m_canvas.setRubberBand({m_drawSource, under == m_drawSource ? -1 : under, pointer});
    update();
}

void GraphView::finishDrawing(QPointF pointer)
{
    const int target = m_canvas.actorAt(pointer);
    const int source = m_drawSource;
    cancelDrawing();
    if (source >= 0 && target >= 0 && target != source && m_graph)
        Q_EMIT relationDrawRequested(m_graph->actors().at(source).id, m_graph->actors().at(target).id);
}

void GraphView::cancelDrawing()
{
    if (m_drawSource < 0)
        return;
    m_drawSource = -1;
    m_drawByDrag = false;
    m_canvas.setRubberBand({});
    setCursor(Qt::ArrowCursor);
    update();
}

} // namespace Annals
