// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphview.h"

#include "viewstate.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Annals {

namespace {

constexpr double nodeRadius = 9;

// Cool for cooperation, warm and dashed for hostility (dashes carry the
// meaning in greyscale and for colour-blind readers), grey for neutral.
QPen relationPen(const Relation &relation, qreal scale)
{
    if (relation.stance > 0)
        return QPen(QColor(0xff0072b2), 1.8 * scale, Qt::SolidLine, Qt::RoundCap);
    if (relation.stance < 0)
        return QPen(QColor(0xffd55e00), 1.8 * scale, Qt::DashLine, Qt::RoundCap);
    return QPen(QColor(0xff8c8c8c), 1.4 * scale, Qt::SolidLine, Qt::RoundCap);
}

QPainterPath nodeShape(ActorKind kind, const QPointF &centre, double radius)
{
    QPainterPath path;
    switch (kind) {
    case ActorKind::Person:
        path.addEllipse(centre, radius, radius);
        break;
    case ActorKind::State:
        path.addRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius));
        break;
    case ActorKind::Organisation:
    case ActorKind::Group:
        path.moveTo(centre.x(), centre.y() - radius * 1.25);
        path.lineTo(centre.x() + radius * 1.25, centre.y());
        path.lineTo(centre.x(), centre.y() + radius * 1.25);
        path.lineTo(centre.x() - radius * 1.25, centre.y());
        path.closeSubpath();
        break;
    }
    return path;
}

// Loners placed outside the fitted area are shown at its edge, not lost.
QPointF clampedPosition(const QPointF &point, const QRectF &target)
{
    const QRectF area = target.adjusted(20, 30, -20, -24);
    return QPointF(std::clamp(point.x(), area.left(), area.right()), std::clamp(point.y(), area.top(), area.bottom()));
}

} // namespace

GraphView::GraphView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(240, 200);
    setAccessibleName(tr("Alliance graph"));
    setAccessibleDescription(tr("Actors and the relations between them at the time cursor's date. "
                                "Click an actor to select it; wheel to zoom; drag to move."));
    setToolTip(tr("Solid blue: cooperation · dashed orange: hostility · grey: neutral.\n"
                  "Circles are people, squares states, diamonds organisations and groups."));
}

GraphView::~GraphView() = default;

void GraphView::setAtlas(const AtlasData *atlasData)
{
    m_data = atlasData;
    m_graph = atlasData ? std::make_unique<AllianceGraph>(*atlasData) : nullptr;
    m_positions.clear();
    if (m_graph) {
        ForceLayout layout;
        layout.setGraph(int(m_graph->actors().size()), m_graph->allTimeEdges());
        layout.randomise(1);
        layout.run(3000);
        m_positions = layout.positions();
    }
    m_zoom = 1.0;
    m_pan = {};
    updateSelectedEventActors();
}

void GraphView::setViewState(ViewState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (!m_state)
        return;
    connect(m_state, &ViewState::cursorChanged, this, qOverload<>(&QWidget::update));
    connect(m_state, &ViewState::selectedActorChanged, this, qOverload<>(&QWidget::update));
    connect(m_state, &ViewState::selectedEventChanged, this, &GraphView::updateSelectedEventActors);
}

void GraphView::updateSelectedEventActors()
{
    // Found once when the selection changes, not on every paint: an atlas
    // may hold a million events.
    m_selectedEventActors.clear();
    const ItemId selected = m_state ? m_state->selectedEvent() : 0;
    if (m_data && selected != 0) {
        for (const Event &event : m_data->events) {
            if (event.id != selected)
                continue;
            for (const EventActor &actor : event.actors)
                m_selectedEventActors.insert(actor.actorId);
            break;
        }
    }
    update();
}

void GraphView::setFontScale(qreal scale)
{
    m_fontScale = scale;
    update();
}

QTransform GraphView::layoutToScreen(const QRectF &target) const
{
    // Fit the bulk of the nodes, not the few loners a force layout pushes
    // far out: the 5th to 95th percentile in each direction.
    std::vector<double> xs;
    std::vector<double> ys;
    for (const QPointF &p : m_positions) {
        xs.push_back(p.x());
        ys.push_back(p.y());
    }
    if (xs.empty())
        return {};
    std::sort(xs.begin(), xs.end());
    std::sort(ys.begin(), ys.end());
    const std::size_t low = xs.size() / 20;
    const std::size_t high = xs.size() - 1 - low;
    const QRectF bounds(QPointF(xs[low], ys[low]), QPointF(xs[high], ys[high]));
    const double margin = 60 * m_fontScale;
    const QRectF area = target.adjusted(margin, margin * 0.6, -margin, -margin * 0.6);
    const double scale = std::min(area.width() / std::max(bounds.width(), 1.0), area.height() / std::max(bounds.height(), 1.0)) * m_zoom;
    QTransform transform;
    transform.translate(area.center().x() + m_pan.x(), area.center().y() + m_pan.y());
    transform.scale(scale, scale);
    transform.translate(-bounds.center().x(), -bounds.center().y());
    return transform;
}

void GraphView::render(QPainter &painter, const QRect &target)
{
    const QPalette palette = QGuiApplication::palette();
    painter.save();
    painter.setClipRect(target);
    painter.fillRect(target, palette.color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_graph || !m_data || m_graph->actors().isEmpty()) {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(target, Qt::AlignCenter, tr("No actors to show"));
        painter.restore();
        return;
    }
    const qint64 time = m_state ? m_state->cursor() : 0;
    const QTransform transform = layoutToScreen(target);
    const auto &positions = m_positions;
    const auto &actors = m_graph->actors();
    const ItemId selectedActor = m_state ? m_state->selectedActor() : 0;
    const QSet<ItemId> &eventActors = m_selectedEventActors;

    // Edges: several relations between one pair bend apart so each shows.
    QHash<QPair<int, int>, int> drawnPerPair;
    QSet<int> linked;
    for (qsizetype i : m_graph->relationsAt(time)) {
        const Relation &relation = m_data->relations.at(i);
        const int a = m_graph->indexOf(relation.sourceId);
        const int b = m_graph->indexOf(relation.targetId);
        linked.insert(a);
        linked.insert(b);
        const QPointF from = clampedPosition(transform.map(positions[std::size_t(a)]), target);
        const QPointF to = clampedPosition(transform.map(positions[std::size_t(b)]), target);
        const QPair<int, int> pair(std::min(a, b), std::max(a, b));
        const int nth = drawnPerPair[pair]++;
        const QPointF middle = (from + to) / 2;
        QPointF normal(-(to.y() - from.y()), to.x() - from.x());
        const double length = std::max(1.0, std::hypot(normal.x(), normal.y()));
        normal /= length;
        const double bend = (nth == 0 ? 0 : ((nth + 1) / 2) * (nth % 2 ? 1 : -1)) * 14.0 * m_fontScale;
        const QPointF control = middle + normal * bend * 2;
        QPainterPath path(from);
        path.quadTo(control, to);
        QPen pen = relationPen(relation, m_fontScale);
        const bool highlighted = selectedActor && (relation.sourceId == selectedActor || relation.targetId == selectedActor);
        if (selectedActor && !highlighted)
            pen.setColor(QColor(pen.color().red(), pen.color().green(), pen.color().blue(), 70));
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        if (relation.directed) {
            // An arrowhead where the curve meets the target's node.
            const QPointF tip = path.pointAtPercent(0.97 - std::min(0.3, nodeRadius * m_fontScale * 1.3 / std::max(path.length(), 1.0)));
            const QPointF back = path.pointAtPercent(0.85 - std::min(0.3, nodeRadius * m_fontScale * 1.3 / std::max(path.length(), 1.0)));
            const double angle = std::atan2(tip.y() - back.y(), tip.x() - back.x());
            const double size = 7 * m_fontScale;
            QPolygonF head;
            head << tip << tip - QPointF(std::cos(angle - 0.45) * size, std::sin(angle - 0.45) * size)
                 << tip - QPointF(std::cos(angle + 0.45) * size, std::sin(angle + 0.45) * size);
            painter.setPen(Qt::NoPen);
            painter.setBrush(pen.color());
            painter.drawPolygon(head);
        }
    }

    // Nodes, then names: an actor that does not exist at this date is a ghost.
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * m_fontScale);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (int i = 0; i < actors.size(); ++i) {
        const Actor &actor = actors.at(i);
        const bool exists = m_graph->actorExistsAt(actor.id, time);
        const QPointF centre = clampedPosition(transform.map(positions[std::size_t(i)]), target);
        const bool selected = actor.id == selectedActor || eventActors.contains(actor.id);
        const double radius = nodeRadius * m_fontScale * (linked.contains(i) ? 1.0 : 0.7);
        QColor fill = actor.colour.isEmpty() ? palette.color(QPalette::Mid) : QColor(actor.colour);
        if (!exists)
            fill.setAlpha(40);
        painter.setPen(selected ? QPen(palette.color(QPalette::Highlight), 3) : QPen(fill.darker(150), 1));
        painter.setBrush(fill);
        painter.drawPath(nodeShape(actor.kind, centre, radius));
        if (!exists && !selected)
            continue;
        const QString name = m_graph->nameAt(actor.id, time);
        const QRectF box(centre.x() - metrics.horizontalAdvance(name) / 2 - 2, centre.y() + radius + 2,
                         metrics.horizontalAdvance(name) + 4, metrics.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(palette.color(QPalette::Base).red(), palette.color(QPalette::Base).green(),
                                palette.color(QPalette::Base).blue(), 200));
        painter.drawRect(box);
        painter.setPen(linked.contains(i) || selected ? palette.color(QPalette::Text) : palette.color(QPalette::PlaceholderText));
        painter.drawText(box, Qt::AlignCenter, name);
    }

    // The date the graph shows, so a projected picture explains itself.
    painter.setPen(palette.color(QPalette::WindowText));
    QFont dateFont = font;
    dateFont.setBold(true);
    painter.setFont(dateFont);
    painter.drawText(target.adjusted(8, 6, -8, -6), Qt::AlignTop | Qt::AlignLeft,
                     tr("Relations in force on %1").arg(HistoricalDate(time, Precision::Day).toDisplayString()));
    painter.restore();
}

void GraphView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, rect());
}

QPointF GraphView::positionOf(ItemId actorId) const
{
    const int index = m_graph ? m_graph->indexOf(actorId) : -1;
    if (index < 0)
        return {-1, -1};
    return clampedPosition(layoutToScreen(rect()).map(m_positions[std::size_t(index)]), rect());
}

int GraphView::actorAt(const QPointF &position) const
{
    if (!m_graph)
        return -1;
    const QTransform transform = layoutToScreen(rect());
    int best = -1;
    double bestDistance = nodeRadius * m_fontScale * 1.6;
    for (std::size_t i = 0; i < m_positions.size(); ++i) {
        const QPointF centre = clampedPosition(transform.map(m_positions[i]), rect());
        const double distance = std::hypot(centre.x() - position.x(), centre.y() - position.y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    }
    return best;
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    // Zoom around the pointer: what is under it stays under it.
    const double factor = std::pow(2.0, event->angleDelta().y() / 480.0);
    const QPointF centre = QRectF(rect()).center();
    const QPointF offset = event->position() - centre - m_pan;
    const double previous = m_zoom;
    m_zoom = std::clamp(m_zoom * factor, 0.2, 20.0);
    const double applied = m_zoom / previous;
    m_pan -= offset * (applied - 1);
    update();
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    m_lastPosition = event->position().toPoint();
    m_dragging = event->button() == Qt::LeftButton;
    m_moved = false;
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const QPoint delta = event->position().toPoint() - m_lastPosition;
    if (delta.manhattanLength() > 0)
        m_moved = true;
    m_pan += delta;
    m_lastPosition = event->position().toPoint();
    update();
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    if (m_moved || event->button() != Qt::LeftButton || !m_state || !m_graph)
        return;
    const int index = actorAt(event->position());
    m_state->setSelectedActor(index >= 0 ? m_graph->actors().at(index).id : 0);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_state) {
        m_state->setSelectedActor(0);
        return;
    }
    if (event->key() == Qt::Key_0 && (event->modifiers() & Qt::ControlModifier)) {
        m_zoom = 1.0;
        m_pan = {};
        update();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Annals
