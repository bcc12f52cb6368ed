// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphcanvas.h"

#include "paintdevice.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <array>
#include <cmath>

namespace Annals {

namespace {

constexpr double baseRadius = 8;
// Edge label and the names need this much zoom before relation names show
// without hovering: below it they would bury the picture.
constexpr double edgeLabelZoom = 2.0;
// Past this many edges on screen they are drawn as hairlines.
constexpr std::size_t denseEdges = 300;

// Okabe–Ito colours: cool for cooperation, warm for hostility, and hostility
// is also dashed, so the meaning survives greyscale and colour blindness.
const QColor cooperativeColour(0x00, 0x72, 0xb2);
const QColor hostileColour(0xd5, 0x5e, 0x00);
const QColor neutralColour(0x8c, 0x8c, 0x8c);

enum class Stance { Cooperative, Hostile, Neutral };

Stance stanceOf(const Relation &relation)
{
    return relation.stance > 0 ? Stance::Cooperative : relation.stance < 0 ? Stance::Hostile : Stance::Neutral;
}

QPen stancePen(Stance stance, double width, int alpha)
{
    QColor colour = stance == Stance::Cooperative ? cooperativeColour : stance == Stance::Hostile ? hostileColour : neutralColour;
    colour.setAlpha(alpha);
    QPen pen(colour, width, stance == Stance::Hostile ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
    return pen;
}

QPainterPath nodeShape(ActorKind kind, const QPointF &centre, double radius)
{
    QPainterPath path;
    switch (kind) {
    case ActorKind::Person:
        path.addEllipse(centre, radius, radius);
        break;
    case ActorKind::State: {
        const double side = radius * 0.9;
        path.addRect(QRectF(centre.x() - side, centre.y() - side, 2 * side, 2 * side));
        break;
    }
    case ActorKind::Organisation:
    case ActorKind::Group:
        path.moveTo(centre.x(), centre.y() - radius * 1.2);
        path.lineTo(centre.x() + radius * 1.2, centre.y());
        path.lineTo(centre.x(), centre.y() + radius * 1.2);
        path.lineTo(centre.x() - radius * 1.2, centre.y());
        path.closeSubpath();
        break;
    }
    return path;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF nearest = a + ab * t;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

QPointF quadPoint(QPointF a, QPointF control, QPointF b, double t)
{
    const double u = 1 - t;
    return a * (u * u) + control * (2 * u * t) + b * (t * t);
}


} // namespace

GraphCanvas::GraphCanvas()
{
    setBaseFont(QGuiApplication::font());
}

void GraphCanvas::setGraph(const AllianceGraph *graph)
{
    invalidateEdges();
    m_graph = graph;
    m_frame = {};
    m_edges.clear();
    m_positions.clear();
    m_pinned.clear();
    m_fitBounds = {};
    m_names.clear();
    m_named.clear();
    m_sprites.clear();
    m_hoveredRelation = -1;
    m_zoom = 1;
    m_pan = {};
}

void GraphCanvas::setFrame(GraphFrame frame)
{
    invalidateEdges();
    m_frame = std::move(frame);
}

void GraphCanvas::setEdges(std::vector<ShownEdge> edges)
{
    invalidateEdges();
    m_edges = std::move(edges);
}

void GraphCanvas::setPositions(std::vector<QPointF> positions)
{
    invalidateEdges();
    m_positions = std::move(positions);
}

void GraphCanvas::moveNode(int index, QPointF layoutPosition)
{
    invalidateEdges();
    if (index >= 0 && std::size_t(index) < m_positions.size())
        m_positions[std::size_t(index)] = layoutPosition;
}

QRectF GraphCanvas::boundsOf(const std::vector<QPointF> &points, const std::vector<bool> *include)
{
    std::vector<double> xs;
    std::vector<double> ys;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const QPointF &p = points[i];
        if ((include && (i >= include->size() || !(*include)[i])) || !std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        xs.push_back(p.x());
        ys.push_back(p.y());
    }
    if (xs.empty())
        return {};
    std::sort(xs.begin(), xs.end());
    std::sort(ys.begin(), ys.end());
    const std::size_t low = xs.size() >= 100 ? xs.size() / 20 : 0;
    const std::size_t high = xs.size() - 1 - low;
    return QRectF(QPointF(xs[low], ys[low]), QPointF(xs[high], ys[high]));
}

void GraphCanvas::setTime(qint64 time)
{
    if (time != m_time)
        m_names.clear();
    m_time = time;
}

void GraphCanvas::setHeading(const QString &heading, const QString &subheading)
{
    m_heading = heading;
    m_subheading = subheading;
}

void GraphCanvas::setSelection(ItemId actor, QSet<ItemId> eventActors, ItemId relation)
{
    invalidateEdges();
    m_selectedActor = actor;
    m_eventActors = std::move(eventActors);
    m_selectedRelation = relation;
}

void GraphCanvas::setFontScale(qreal scale)
{
    m_fontScale = std::clamp(scale, 0.5, 4.0);
    setBaseFont(m_baseFont);
}

void GraphCanvas::setBaseFont(const QFont &font)
{
    invalidateEdges();
    m_baseFont = font;
    m_font = font;
    m_font.setPointSizeF(std::max(1.0, font.pointSizeF()) * m_fontScale);
    m_widths.clear();
    m_boldWidths.clear();
    m_sprites.clear();
}

QTransform GraphCanvas::layoutToScreen() const
{
    const QRectF bounds = m_fitBounds.isValid() ? m_fitBounds : QRectF(-100, -100, 200, 200);
    const QRectF area = fittedArea();
    const double scale = std::min(std::max(area.width(), 10.0) / std::max(bounds.width(), 1.0),
                                  std::max(area.height(), 10.0) / std::max(bounds.height(), 1.0))
        * m_zoom;
    QTransform transform;
    transform.translate(area.center().x() + m_pan.x(), area.center().y() + m_pan.y());
    transform.scale(scale, scale);
    transform.translate(-bounds.center().x(), -bounds.center().y());
    return transform;
}

QPointF GraphCanvas::toLayout(QPointF screenPoint) const
{
    return layoutToScreen().inverted().map(screenPoint);
}

void GraphCanvas::zoomAround(QPointF screenPoint, double factor)
{
    // What is under the pointer stays under it.
    const double previous = m_zoom;
    m_zoom = std::clamp(m_zoom * factor, 0.2, 40.0);
    const double applied = m_zoom / previous;
    const QRectF area = fittedArea();
    const QPointF offset = screenPoint - area.center() - m_pan;
    m_pan -= offset * (applied - 1);
}

QPointF GraphCanvas::screenPosition(int actorIndex) const
{
    if (actorIndex < 0 || std::size_t(actorIndex) >= m_positions.size())
        return {-1, -1};
    return place(layoutToScreen(), actorIndex);
}

QPointF GraphCanvas::place(const QTransform &transform, int actorIndex) const
{
    const QPointF point = transform.map(m_positions[std::size_t(actorIndex)]);
    // An actor without ties at this date is not fitted (a force layout
    // pushes loners far out); while the camera shows the fitted picture it
    // waits at the edge instead of being lost.
    const bool fitted = m_zoom == 1.0 && m_pan.isNull();
    const bool loner = std::size_t(actorIndex) < m_frame.degree.size() && m_frame.degree[std::size_t(actorIndex)] == 0;
    if (!fitted || !loner)
        return point;
    const QRectF area = fittedArea();
    return QPointF(std::clamp(point.x(), area.left(), area.right()), std::clamp(point.y(), area.top(), area.bottom()));
}

QRectF GraphCanvas::fittedArea() const
{
    // Asked for every node on every frame: measured once per size and font.
    if (m_fittedArea.size == m_size && m_fittedArea.fontScale == m_fontScale && m_fittedArea.legend == m_legendVisible
        && m_fittedArea.font == m_font)
        return m_fittedArea.area;
    // Room for a name beside a node at the edge, and for the heading above.
    const double line = QFontMetricsF(m_font).height();
    const double side = std::max(60 * m_fontScale, 4 * line);
    QRectF area = QRectF(QPointF(0, 0), QSizeF(m_size)).adjusted(side, 3.2 * line, -side, -2 * line);
    // Keep the picture clear of the legend, on the side where that costs least.
    const QRectF legend = legendRect();
    if (legend.isValid()) {
        if (m_size.width() > m_size.height() * 1.2)
            area.setLeft(std::max(area.left(), legend.right() + 16));
        else
            area.setBottom(std::min(area.bottom(), legend.top() - 16));
    }
    m_fittedArea = {m_size, m_fontScale, m_legendVisible, m_font, area};
    return area;
}

QStringList GraphCanvas::legendTexts() const
{
    return {
        QCoreApplication::translate("Annals::GraphCanvas", "person"),
        QCoreApplication::translate("Annals::GraphCanvas", "state"),
        QCoreApplication::translate("Annals::GraphCanvas", "organisation or group"),
        QCoreApplication::translate("Annals::GraphCanvas", "cooperation"),
        QCoreApplication::translate("Annals::GraphCanvas", "hostility"),
        QCoreApplication::translate("Annals::GraphCanvas", "neutral"),
        QCoreApplication::translate("Annals::GraphCanvas", "one-sided (aid, sanctions…)"),
        QCoreApplication::translate("Annals::GraphCanvas", "not in existence at this date"),
    };
}

QRectF GraphCanvas::legendRect() const
{
    if (!m_legendVisible)
        return {};
    const QFontMetricsF metrics(m_font);
    const double line = metrics.height() * 1.15;
    const double swatch = 26 * m_fontScale;
    double width = 0;
    const QStringList texts = legendTexts();
    for (const QString &text : texts)
        width = std::max(width, metrics.horizontalAdvance(text));
    const QRectF box(8, m_size.height() - 8 - line * texts.size() - 8, swatch + width + 24, line * texts.size() + 8);
    // Too small a view has no room for it: the tooltip explains instead.
    if (box.top() < 40 + 3 * line || box.right() > m_size.width() * 0.6)
        return {};
    return box;
}

double GraphCanvas::nodeRadius(int actorIndex) const
{
    // Size by degree: a hub reads as a hub, and a degree of 16 is already
    // as big as a node gets (past that it hides its neighbours).
    const int degree = actorIndex >= 0 && std::size_t(actorIndex) < m_frame.degree.size() ? m_frame.degree[std::size_t(actorIndex)] : 0;
    const double factor = std::clamp(0.75 + 0.25 * std::sqrt(double(degree)), 0.75, 1.75);
    return baseRadius * m_fontScale * factor;
}

bool GraphCanvas::isVisible(int actorIndex) const
{
    return std::size_t(actorIndex) >= m_frame.nodes.size() || m_frame.nodes[std::size_t(actorIndex)] != GraphFrame::NodeState::Hidden;
}

bool GraphCanvas::nameShown(int actorIndex) const
{
    return actorIndex >= 0 && std::size_t(actorIndex) < m_named.size() && m_named[std::size_t(actorIndex)];
}

QString GraphCanvas::nameOf(int actorIndex)
{
    auto found = m_names.constFind(actorIndex);
    if (found != m_names.constEnd())
        return *found;
    const QString name = m_graph->nameAt(m_graph->actors().at(actorIndex).id, m_time);
    m_names.insert(actorIndex, name);
    return name;
}

double GraphCanvas::textWidth(const QString &text, bool bold)
{
    QHash<QString, double> &widths = bold ? m_boldWidths : m_widths;
    auto found = widths.constFind(text);
    if (found != widths.constEnd())
        return *found;
    QFont font = m_font;
    font.setBold(bold);
    const double width = QFontMetricsF(font).horizontalAdvance(text);
    widths.insert(text, width);
    return width;
}

QString GraphCanvas::relationTitle(const Relation &relation) const
{
    return relation.label.isEmpty() ? relationKindName(relation.kind, KindNameForm::InText) : relation.label;
}

bool GraphCanvas::isHighlighted(const Relation &relation) const
{
    if (relation.id == m_selectedRelation && m_selectedRelation != 0)
        return true;
    if (m_selectedActor != 0 && (relation.sourceId == m_selectedActor || relation.targetId == m_selectedActor))
        return true;
    // An event's actors and the relations among them.
    return m_eventActors.contains(relation.sourceId) && m_eventActors.contains(relation.targetId);
}

bool GraphCanvas::isEmphasised(int actorIndex) const
{
    if (!m_graph || actorIndex < 0 || actorIndex >= m_graph->actors().size())
        return false;
    const ItemId id = m_graph->actors().at(actorIndex).id;
    return id == m_selectedActor || m_eventActors.contains(id);
}

GraphCanvas::EdgeGeometry GraphCanvas::geometry(const ShownEdge &edge, const QTransform &transform) const
{
    const Relation &relation = m_graph->relations().at(edge.relation);
    const int a = m_graph->indexOf(relation.sourceId);
    const int b = m_graph->indexOf(relation.targetId);
    EdgeGeometry geometry;
    geometry.from = place(transform, a);
    geometry.to = place(transform, b);
    const QPointF middle = (geometry.from + geometry.to) / 2;
    geometry.control = middle;
    if (edge.parallelCount > 1) {
        // Bend each of several relations between one pair to its own side,
        // the same way whichever end the relation was written from.
        const bool flipped = a > b;
        QPointF along = flipped ? geometry.from - geometry.to : geometry.to - geometry.from;
        const double length = std::max(1.0, std::hypot(along.x(), along.y()));
        const QPointF normal(-along.y() / length, along.x() / length);
        const double slot = edge.parallelIndex - (edge.parallelCount - 1) / 2.0;
        const double spread = std::min(22.0 * m_fontScale, length / 3);
        geometry.control = middle + normal * (slot * spread * 2);
        geometry.curved = std::abs(slot) > 1e-9;
    }
    return geometry;
}

const QImage &GraphCanvas::sprite(int actorIndex, double radius, bool ghost, bool ringed, qreal devicePixelRatio)
{
    const Actor &actor = m_graph->actors().at(actorIndex);
    QByteArray key = actor.colour.toLatin1();
    key += char('0' + int(actor.kind));
    key += ghost ? 'g' : 'p';
    key += ringed ? 'r' : 'n';
    key += QByteArray::number(qRound(radius * 4)) + '@' + QByteArray::number(devicePixelRatio);
    auto found = m_sprites.find(key);
    if (found != m_sprites.end())
        return *found;
    const double extent = radius * 1.25 + 4;
    const int side = int(std::ceil(2 * extent * devicePixelRatio));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paintNode(painter, actorIndex, QPointF(extent, extent), radius, ghost, ringed);
    painter.end();
    return *m_sprites.insert(key, image);
}

void GraphCanvas::paintNode(QPainter &painter, int actorIndex, QPointF centre, double radius, bool ghost,
                            bool ringed) const
{
    const Actor &actor = m_graph->actors().at(actorIndex);
    const QPalette palette = QGuiApplication::palette();
    QColor fill = actor.colour.isEmpty() ? palette.color(QPalette::Mid) : QColor(actor.colour);
    if (!fill.isValid())
        fill = palette.color(QPalette::Mid);
    QPen outline(visibleEdge(fill, fill.darker(160), palette.color(QPalette::Base), palette.color(QPalette::PlaceholderText)),
                 1.2);
    if (ghost) {
        // Not in existence at the date: an outline with a faint fill, so the
        // place is kept but nobody reads it as a player.
        fill.setAlpha(45);
        QColor faint = palette.color(QPalette::PlaceholderText);
        faint.setAlpha(140);
        outline.setColor(faint);
        outline.setStyle(Qt::DotLine);
    }
    if (ringed)
        outline = QPen(palette.color(QPalette::Highlight), 3);
    painter.setPen(outline);
    painter.setBrush(fill);
    painter.drawPath(nodeShape(actor.kind, centre, radius));
}

void GraphCanvas::paint(QPainter &painter)
{
    const QPalette palette = QGuiApplication::palette();
    // The node sprites bake in palette colours: a new theme redraws them.
    if (palette.cacheKey() != m_spritePaletteKey) {
        m_sprites.clear();
        m_spritePaletteKey = palette.cacheKey();
    }
    const QRectF target(QPointF(0, 0), QSizeF(m_size));
    painter.save();
    painter.setClipRect(target);
    painter.fillRect(target, palette.color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);
    m_named.assign(m_graph ? std::size_t(m_graph->actors().size()) : 0, 0);

    if (!m_graph || m_graph->actors().isEmpty() || m_positions.size() != std::size_t(m_graph->actors().size())) {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        const QString text = m_busy || (m_graph && !m_graph->actors().isEmpty()) ? QCoreApplication::translate("Annals::GraphCanvas", "Arranging the graph…")
                                                                              : QCoreApplication::translate("Annals::GraphCanvas", "No actors to show");
        painter.drawText(target, Qt::AlignCenter, text);
        paintHeading(painter);
        painter.restore();
        return;
    }
    const QTransform transform = layoutToScreen();
    paintEdges(painter, transform);
    paintNodes(painter, transform);
    LabelPlacer placer(target.adjusted(2, 2, -2, -2), QFontMetricsF(m_font).height() * 2);
    // The heading and the legend are no place for names.
    const QFontMetricsF metrics(m_font);
    placer.addObstacle(QRectF(0, 0, std::max(textWidth(m_heading), textWidth(m_subheading)) * 1.15 + 16,
                              metrics.height() * (m_subheading.isEmpty() ? 1.4 : 2.5)));
    placer.addObstacle(legendRect());
    paintNames(painter, transform, placer);
    paintEdgeLabels(painter, transform, placer);
    paintHeading(painter);
    if (m_legendVisible)
        paintLegend(painter);
    paintRubberBand(painter);
    painter.restore();
}

void GraphCanvas::paintRubberBand(QPainter &painter)
{
    const int count = int(m_positions.size());
    if (m_rubberBand.sourceIndex < 0 || m_rubberBand.sourceIndex >= count)
        return;
    const QColor highlight = QGuiApplication::palette().color(QPalette::Highlight);
    const bool onTarget = m_rubberBand.targetIndex >= 0 && m_rubberBand.targetIndex < count;
    const QPointF from = screenPosition(m_rubberBand.sourceIndex);
    const QPointF to = onTarget ? screenPosition(m_rubberBand.targetIndex) : m_rubberBand.pointer;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    // Dashed until it has somewhere to land, solid once it has.
    painter.setPen(QPen(highlight, 2.5 * m_fontScale, onTarget ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap));
    painter.drawLine(from, to);
    painter.setPen(QPen(highlight, 2.5 * m_fontScale));
    const double sourceRing = nodeRadius(m_rubberBand.sourceIndex) + 4 * m_fontScale;
    painter.drawEllipse(from, sourceRing, sourceRing);
    if (onTarget) {
        const double targetRing = nodeRadius(m_rubberBand.targetIndex) + 5 * m_fontScale;
        painter.drawEllipse(to, targetRing, targetRing);
    }
    painter.restore();
}

void GraphCanvas::addArrow(QPainterPath &heads, const EdgeGeometry &g, double targetRadius) const
{
    const QPointF direction = g.curved ? g.to - g.control : g.to - g.from;
    const double length = std::hypot(direction.x(), direction.y());
    if (length < 1)
        return;
    const QPointF unit = direction / length;
    const QPointF tip = g.to - unit * (targetRadius + 1.5);
    const double size = 7 * m_fontScale;
    const QPointF normal(-unit.y(), unit.x());
    QPolygonF head;
    head << tip << tip - unit * size + normal * size * 0.45 << tip - unit * size - normal * size * 0.45;
    heads.addPolygon(head);
    heads.closeSubpath();
}

void GraphCanvas::paintEdgeBatches(QPainter &painter, const QTransform &transform)
{
    const QRectF visible = QRectF(QPointF(0, 0), QSizeF(m_size)).adjusted(-4, -4, 4, 4);
    const bool dimming = m_selectedActor != 0 || m_selectedRelation != 0 || m_eventActors.size() > 1;
    const double width = 2.0 * m_fontScale;

    // One batch per pen: stance × opacity step. Straight edges are lines,
    // bent ones a path; arrowheads are filled in one path per batch.
    struct Batch {
        std::vector<QLineF> lines;
        QPainterPath curves;
        QPainterPath heads;
    };
    constexpr int opacitySteps = 8;
    std::array<Batch, 3 * (opacitySteps + 1)> batches;
    const bool dense = m_edges.size() > denseEdges;


    for (std::size_t i = 0; i < m_edges.size(); ++i) {
        const ShownEdge &edge = m_edges[i];
        const Relation &relation = m_graph->relations().at(edge.relation);
        const int a = m_graph->indexOf(relation.sourceId);
        const int b = m_graph->indexOf(relation.targetId);
        if (!isVisible(a) || !isVisible(b) || edge.opacity <= 0)
            continue;
        if (isHighlighted(relation))
            continue; // drawn on top by paintEdges()
        const EdgeGeometry g = geometry(edge, transform);
        QRectF box = QRectF(g.from, g.to).normalized();
        box = box.united(QRectF(g.control, QSizeF(1, 1)));
        if (!box.intersects(visible))
            continue;
        const double opacity = edge.opacity * (dimming ? 0.22 : 1.0);
        const int step = std::clamp(int(std::lround(opacity * opacitySteps)), 0, opacitySteps);
        if (step == 0)
            continue;
        Batch &batch = batches[std::size_t(int(stanceOf(relation)) * (opacitySteps + 1) + step)];
        if (g.curved) {
            batch.curves.moveTo(g.from);
            batch.curves.quadTo(g.control, g.to);
        } else {
            batch.lines.emplace_back(g.from, g.to);
        }
        if (relation.directed && !dense)
            addArrow(batch.heads, g, nodeRadius(b));
    }

    // Thousands of hairlines antialiased cost twice as much and look the same.
    painter.setRenderHint(QPainter::Antialiasing, !dense);
    for (int stance = 0; stance < 3; ++stance) {
        for (int step = 1; step <= opacitySteps; ++step) {
            Batch &batch = batches[std::size_t(stance * (opacitySteps + 1) + step)];
            QPen pen = stancePen(Stance(stance), width, 255 * step / opacitySteps);
            if (dense) {
                // Hairlines: Qt draws cosmetic one-pixel pens (dashed or
                // not) with its line rasteriser, ten times faster than
                // stroking a path, and thousands of edges are a texture
                // rather than lines to follow anyway.
                pen.setWidthF(1);
                pen.setCosmetic(true);
            }
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            if (!batch.lines.empty())
                painter.drawLines(batch.lines.data(), int(batch.lines.size()));
            if (!batch.curves.isEmpty())
                painter.drawPath(batch.curves);
            // Arrowheads cannot be told apart in a hairball; the selection's
            // relations, drawn on top, keep theirs.
            if (!batch.heads.isEmpty())
                painter.fillPath(batch.heads, pen.color());
        }
    }
}

void GraphCanvas::paintEdges(QPainter &painter, const QTransform &transform)
{
    if (!paintsPixels(painter)) {
        // A PDF, an SVG or a printer gets the edges themselves, not a picture of them.
        painter.save();
        paintEdgeBatches(painter, transform);
        painter.restore();
    } else {
        // The edges change only when the layout, the frame, the camera or the
        // selection does; hovering, tooltips and names repaint over a cached
        // layer of them.
        const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
        const QSize pixels = (QSizeF(m_size) * ratio).toSize();
        if (!m_edgeLayerValid || m_edgeLayer.size() != pixels || m_edgeLayer.devicePixelRatioF() != ratio
            || m_edgeLayerTransform != transform) {
            m_edgeLayer = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
            m_edgeLayer.setDevicePixelRatio(ratio);
            m_edgeLayer.fill(Qt::transparent);
            QPainter layer(&m_edgeLayer);
            paintEdgeBatches(layer, transform);
            m_edgeLayerTransform = transform;
            m_edgeLayerValid = true;
        }
        painter.drawImage(QPointF(0, 0), m_edgeLayer);
    }

    // The selection's and the hovered relations on top, thicker, at full strength.
    const double width = 2.0 * m_fontScale;
    for (std::size_t i = 0; i < m_edges.size(); ++i) {
        const ShownEdge &edge = m_edges[i];
        const Relation &relation = m_graph->relations().at(edge.relation);
        if (edge.opacity <= 0 || !(isHighlighted(relation) || edge.relation == m_hoveredRelation))
            continue;
        if (!isVisible(m_graph->indexOf(relation.sourceId)) || !isVisible(m_graph->indexOf(relation.targetId)))
            continue;
        const EdgeGeometry g = geometry(edge, transform);
        const bool emphatic = relation.id == m_selectedRelation || edge.relation == m_hoveredRelation;
        const QPen pen = stancePen(stanceOf(relation), width * (emphatic ? 2.6 : 1.8), int(255 * edge.opacity));
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        QPainterPath path(g.from);
        path.quadTo(g.control, g.to);
        painter.drawPath(path);
        if (relation.directed) {
            QPainterPath head;
            addArrow(head, g, nodeRadius(m_graph->indexOf(relation.targetId)));
            painter.fillPath(head, pen.color());
        }
    }
}

void GraphCanvas::paintNodes(QPainter &painter, const QTransform &transform)
{
    const QRectF visible = QRectF(QPointF(0, 0), QSizeF(m_size));
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const bool pixels = paintsPixels(painter);
    const QPalette palette = QGuiApplication::palette();
    const bool dimming = m_selectedActor != 0 || m_eventActors.size() > 1;
    const auto &actors = m_graph->actors();
    // Ghosts first, so that the living are drawn over them.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < actors.size(); ++i) {
            if (!isVisible(i))
                continue;
            const bool ghost = std::size_t(i) < m_frame.nodes.size() && m_frame.nodes[std::size_t(i)] == GraphFrame::NodeState::Ghost;
            if (ghost != (pass == 0))
                continue;
            const QPointF centre = place(transform, i);
            const double radius = nodeRadius(i);
            const double extent = radius * 1.25 + 4;
            if (!visible.intersects(QRectF(centre.x() - extent, centre.y() - extent, 2 * extent, 2 * extent)))
                continue;
            const bool ringed = isEmphasised(i);
            const bool faded = dimming && !ringed && !ghost;
            if (pixels) {
                const QImage &image = sprite(i, radius, ghost, ringed, ratio);
                if (faded)
                    painter.setOpacity(0.45);
                painter.drawImage(QPointF(centre.x() - extent, centre.y() - extent), image);
                if (faded)
                    painter.setOpacity(1.0);
            } else {
                painter.save();
                if (faded)
                    painter.setOpacity(0.45);
                paintNode(painter, i, centre, radius, ghost, ringed);
                painter.restore();
            }
            if (std::size_t(i) < m_pinned.size() && m_pinned[std::size_t(i)]) {
                // A pin: the node stays where the user put it.
                painter.setPen(Qt::NoPen);
                painter.setBrush(palette.color(QPalette::Text));
                const double pin = std::max(2.5, radius * 0.3);
                painter.drawEllipse(QPointF(centre.x() + radius * 0.8, centre.y() - radius * 0.8), pin, pin);
            }
        }
    }
}

void GraphCanvas::paintNames(QPainter &painter, const QTransform &transform, LabelPlacer &placer)
{
    const QPalette palette = QGuiApplication::palette();
    const QRectF visible = QRectF(QPointF(0, 0), QSizeF(m_size));
    const auto &actors = m_graph->actors();
    const QFontMetricsF metrics(m_font);

    // Every visible node blocks names, so a name never hides an actor.
    std::vector<int> candidates;
    std::vector<QPointF> centres(std::size_t(actors.size()));
    for (int i = 0; i < actors.size(); ++i) {
        if (!isVisible(i))
            continue;
        const QPointF centre = place(transform, i);
        centres[std::size_t(i)] = centre;
        if (!visible.contains(centre))
            continue;
        const double radius = nodeRadius(i);
        placer.addPoint(centre, radius);
        const bool ghost = std::size_t(i) < m_frame.nodes.size() && m_frame.nodes[std::size_t(i)] == GraphFrame::NodeState::Ghost;
        const ItemId id = actors.at(i).id;
        if (!ghost || id == m_selectedActor)
            candidates.push_back(i);
    }
    // Most important first: the selection, then the most connected.
    auto rank = [&](int i) {
        const ItemId id = actors.at(i).id;
        if (id == m_selectedActor)
            return 1'000'000;
        if (m_eventActors.contains(id))
            return 500'000;
        return std::size_t(i) < m_frame.degree.size() ? m_frame.degree[std::size_t(i)] : 0;
    };
    std::stable_sort(candidates.begin(), candidates.end(), [&](int x, int y) { return rank(x) > rank(y); });

    const QColor halo(palette.color(QPalette::Base).red(), palette.color(QPalette::Base).green(),
                      palette.color(QPalette::Base).blue(), 215);
    for (int i : candidates) {
        const QString name = nameOf(i);
        const ItemId id = actors.at(i).id;
        const bool emphatic = id == m_selectedActor || m_eventActors.contains(id);
        const QSizeF size(textWidth(name, emphatic) + 6, metrics.height());
        const auto placed = placer.place(centres[std::size_t(i)], nodeRadius(i) * 1.25, size, 1);
        if (!placed)
            continue;
        m_named[std::size_t(i)] = 1;
        const bool connected = std::size_t(i) < m_frame.degree.size() && m_frame.degree[std::size_t(i)] > 0;
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        painter.drawRoundedRect(*placed, 3, 3);
        QFont font = m_font;
        font.setBold(emphatic);
        painter.setFont(font);
        painter.setPen(connected || emphatic ? palette.color(QPalette::Text) : palette.color(QPalette::PlaceholderText));
        painter.drawText(*placed, Qt::AlignCenter, name);
    }
    painter.setFont(m_font);
}

void GraphCanvas::paintEdgeLabels(QPainter &painter, const QTransform &transform, LabelPlacer &placer)
{
    const QPalette palette = QGuiApplication::palette();
    const QFontMetricsF metrics(m_font);
    auto label = [&](const ShownEdge &edge, bool force) {
        const Relation &relation = m_graph->relations().at(edge.relation);
        const EdgeGeometry g = geometry(edge, transform);
        const QPointF middle = quadPoint(g.from, g.control, g.to, 0.5);
        const QString text = relationTitle(relation);
        const QSizeF size(textWidth(text) + 8, metrics.height());
        QRectF box(middle - QPointF(size.width() / 2, size.height() / 2), size);
        if (!force) {
            // Only where the edge is long enough to carry its name.
            const double length = std::hypot(g.to.x() - g.from.x(), g.to.y() - g.from.y());
            if (length < size.width() + 2 * nodeRadius(m_graph->indexOf(relation.sourceId)) + 12 || !placer.isFree(box))
                return;
            placer.occupy(box);
        }
        QColor frame = stancePen(stanceOf(relation), 1, 255).color();
        painter.setPen(QPen(frame, 1));
        painter.setBrush(palette.color(QPalette::Base));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(box, Qt::AlignCenter, text);
    };
    if (m_zoom >= edgeLabelZoom) {
        for (const ShownEdge &edge : m_edges) {
            const Relation &relation = m_graph->relations().at(edge.relation);
            if (edge.opacity >= 0.5 && edge.relation != m_hoveredRelation && isVisible(m_graph->indexOf(relation.sourceId))
                && isVisible(m_graph->indexOf(relation.targetId)))
                label(edge, false);
        }
    }
    // The hovered and the selected relation always say what they are.
    for (const ShownEdge &edge : m_edges) {
        const Relation &relation = m_graph->relations().at(edge.relation);
        if (edge.relation == m_hoveredRelation || (relation.id == m_selectedRelation && m_selectedRelation != 0))
            label(edge, true);
    }
}

void GraphCanvas::paintHeading(QPainter &painter)
{
    if (m_heading.isEmpty())
        return;
    const QPalette palette = QGuiApplication::palette();
    QFont bold = m_font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette.color(QPalette::WindowText));
    const QFontMetricsF metrics(bold);
    painter.drawText(QPointF(8, 6 + metrics.ascent()), m_heading);
    if (!m_subheading.isEmpty()) {
        painter.setFont(m_font);
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(QPointF(8, 6 + metrics.height() + QFontMetricsF(m_font).ascent()), m_subheading);
    }
    painter.setFont(m_font);
}

void GraphCanvas::paintLegend(QPainter &painter)
{
    const QRectF box = legendRect();
    if (!box.isValid())
        return;
    const QPalette palette = QGuiApplication::palette();
    const QFontMetricsF metrics(m_font);
    const double line = metrics.height() * 1.15;
    const double swatch = 26 * m_fontScale;
    const QStringList texts = legendTexts();
    QColor background = palette.color(QPalette::Base);
    background.setAlpha(230);
    painter.setPen(QPen(palette.color(QPalette::Mid), 1));
    painter.setBrush(background);
    painter.drawRoundedRect(box, 6, 6);
    const double r = 5.5 * m_fontScale;
    for (int i = 0; i < texts.size(); ++i) {
        const double y = box.top() + 4 + line * i + line / 2;
        const QPointF centre(box.left() + 8 + swatch / 2, y);
        const QPointF left(box.left() + 8, y);
        const QPointF right(box.left() + 8 + swatch, y);
        painter.setBrush(palette.color(QPalette::Mid));
        painter.setPen(QPen(palette.color(QPalette::Text), 1));
        switch (i) {
        case 0:
            painter.drawPath(nodeShape(ActorKind::Person, centre, r));
            break;
        case 1:
            painter.drawPath(nodeShape(ActorKind::State, centre, r));
            break;
        case 2:
            painter.drawPath(nodeShape(ActorKind::Organisation, centre, r));
            break;
        case 3:
        case 4:
        case 5:
            painter.setPen(stancePen(Stance(i - 3), 2 * m_fontScale, 255));
            painter.drawLine(left, right);
            break;
        case 6: {
            const QPen pen = stancePen(Stance::Cooperative, 2 * m_fontScale, 255);
            painter.setPen(pen);
            painter.drawLine(left, right - QPointF(4, 0));
            QPolygonF head;
            head << right << right - QPointF(7 * m_fontScale, 3.5 * m_fontScale) << right - QPointF(7 * m_fontScale, -3.5 * m_fontScale);
            painter.setPen(Qt::NoPen);
            painter.setBrush(pen.color());
            painter.drawPolygon(head);
            break;
        }
        default: {
            // Like a ghost node: see sprite().
            QColor faint = palette.color(QPalette::PlaceholderText);
            faint.setAlpha(160);
            painter.setPen(QPen(faint, 1, Qt::DotLine));
            faint.setAlpha(45);
            painter.setBrush(faint);
            painter.drawPath(nodeShape(ActorKind::Person, centre, r));
            break;
        }
        }
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QRectF(right.x() + 8, y - line / 2, box.right() - right.x() - 8, line), Qt::AlignVCenter | Qt::AlignLeft, texts.at(i));
    }
}

int GraphCanvas::actorAt(QPointF screenPoint) const
{
    if (!m_graph || m_positions.size() != std::size_t(m_graph->actors().size()))
        return -1;
    const QTransform transform = layoutToScreen();
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (std::size_t i = 0; i < m_positions.size(); ++i) {
        if (!isVisible(int(i)))
            continue;
        const QPointF centre = place(transform, int(i));
        const double distance = std::hypot(centre.x() - screenPoint.x(), centre.y() - screenPoint.y());
        if (distance <= nodeRadius(int(i)) * 1.3 + 3 && distance < bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    }
    return best;
}

qsizetype GraphCanvas::relationAt(QPointF screenPoint) const
{
    if (!m_graph || m_positions.size() != std::size_t(m_graph->actors().size()))
        return -1;
    const QTransform transform = layoutToScreen();
    qsizetype best = -1;
    double bestDistance = 5 * m_fontScale;
    for (const ShownEdge &edge : m_edges) {
        if (edge.opacity < 0.5)
            continue;
        const Relation &relation = m_graph->relations().at(edge.relation);
        if (!isVisible(m_graph->indexOf(relation.sourceId)) || !isVisible(m_graph->indexOf(relation.targetId)))
            continue;
        const EdgeGeometry g = geometry(edge, transform);
        // A bent edge is near enough a polyline of eight pieces for a pointer.
        QPointF previous = g.from;
        for (int piece = 1; piece <= 8; ++piece) {
            const QPointF next = quadPoint(g.from, g.control, g.to, piece / 8.0);
            const double distance = distanceToSegment(screenPoint, previous, next);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = edge.relation;
            }
            previous = next;
        }
    }
    return best;
}

} // namespace Annals
