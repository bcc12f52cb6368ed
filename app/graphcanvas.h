// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alliancegraph.h"
#include "labelplacer.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QSize>
#include <QTransform>

#include <vector>

class QPainter;
class QPainterPath;

namespace Annals {

// Paints the alliance graph onto any QPainter (the widget, screenshots,
// benchmarks, tests) and answers what lies under a point. Owns no window
// and no simulation: GraphView feeds it the frame, the positions and the
// edges with their fade, and it draws what is visible of them.
//
// Drawing order: edges in batches by style (one drawLines or drawPath per
// pen, not one call per relation: at 5,000 actors that is the difference
// between a frame and a stutter), highlighted edges on top, node sprites
// (cached images per shape, colour and size), names placed by LabelPlacer
// (most connected first; none overlap), then heading and legend.
class GraphCanvas
{
public:
    // A relation on screen, with how much of it shows while it fades.
    struct ShownEdge {
        qsizetype relation = -1; // index into AtlasData::relations
        int parallelIndex = 0;
        int parallelCount = 1;
        float opacity = 1;
    };

    GraphCanvas();

    void setGraph(const AllianceGraph *graph); // must outlive the canvas or the next call
    const AllianceGraph *graph() const { return m_graph; }
    void setFrame(GraphFrame frame);
    const GraphFrame &frame() const { return m_frame; }
    void setEdges(std::vector<ShownEdge> edges);
    const std::vector<ShownEdge> &edges() const { return m_edges; }

    // Layout coordinates, one per actor (empty while the layout starts).
    void setPositions(std::vector<QPointF> positions);
    const std::vector<QPointF> &positions() const { return m_positions; }
    void moveNode(int index, QPointF layoutPosition); // while dragging, ahead of the simulation
    // The layout rectangle the camera fits to the size at zoom 1. GraphView
    // fits it to the reference places of the actors present, so that the
    // camera stays put while the layout of the moment moves.
    void setFitBounds(const QRectF &bounds) { m_fitBounds = bounds; }
    QRectF fitBounds() const { return m_fitBounds; }
    // The box around these points (where `include` is true, if given); past
    // a hundred points the outer 5 % on each side are left out, since a
    // force layout pushes a few loners far away.
    static QRectF boundsOf(const std::vector<QPointF> &points, const std::vector<bool> *include = nullptr);
    void setPinned(std::vector<bool> pinned) { m_pinned = std::move(pinned); }

    void setTime(qint64 time);
    void setHeading(const QString &heading, const QString &subheading = {});
    void setSelection(ItemId actor, QSet<ItemId> eventActors, ItemId relation);
    void setHoveredRelation(qsizetype relation) { m_hoveredRelation = relation; }
    qsizetype hoveredRelation() const { return m_hoveredRelation; }
    void setLegendVisible(bool visible) { m_legendVisible = visible; }
    bool isLegendVisible() const { return m_legendVisible; }
    void setBusy(bool busy) { m_busy = busy; }

    void setSize(QSize size) { m_size = size; }
    QSize size() const { return m_size; }
    void setFontScale(qreal scale);
    qreal fontScale() const { return m_fontScale; }
    void setBaseFont(const QFont &font);

    // The camera: 1 and no pan fit the reference layout to the size.
    double zoom() const { return m_zoom; }
    QPointF pan() const { return m_pan; }
    void setZoom(double zoom) { m_zoom = zoom; }
    void setPan(QPointF pan) { m_pan = pan; }
    void zoomAround(QPointF screenPoint, double factor);
    QTransform layoutToScreen() const;
    QPointF toLayout(QPointF screenPoint) const;

    void paint(QPainter &painter);

    // The line being drawn from one actor towards another (a new relation):
    // from the source to the target when the pointer is on one (ringed), else
    // to the pointer. sourceIndex -1 draws none.
    struct RubberBand {
        int sourceIndex = -1;
        int targetIndex = -1;
        QPointF pointer; // screen
    };
    void setRubberBand(const RubberBand &band) { m_rubberBand = band; }
    const RubberBand &rubberBand() const { return m_rubberBand; }

    // For input: what is under a point of the last size (-1 for nothing).
    int actorAt(QPointF screenPoint) const;
    qsizetype relationAt(QPointF screenPoint) const;
    QPointF screenPosition(int actorIndex) const;
    double nodeRadius(int actorIndex) const;
    bool nameShown(int actorIndex) const; // in the last frame painted
    QString relationTitle(const Relation &relation) const;
    // Drawn emphasised: the selected relation, the selected actor's
    // relations, the relations among the selected event's actors.
    bool isHighlighted(const Relation &relation) const;
    // Ringed: the selected actor and the selected event's actors.
    bool isEmphasised(int actorIndex) const;

private:
    struct EdgeGeometry {
        QPointF from;
        QPointF to;
        QPointF control; // equal to the midpoint for a straight edge
        bool curved = false;
    };
    EdgeGeometry geometry(const ShownEdge &edge, const QTransform &transform) const;
    QPointF place(const QTransform &transform, int actorIndex) const;
    QRectF fittedArea() const;
    QRectF legendRect() const; // invalid when hidden or when there is no room
    QStringList legendTexts() const;
    bool isVisible(int actorIndex) const;
    const QImage &sprite(int actorIndex, double radius, bool ghost, bool ringed, qreal devicePixelRatio);
    // What a sprite holds, drawable onto any painter: sprites are filled with
    // it, and vector devices (PDF, SVG, printers) get it directly.
    void paintNode(QPainter &painter, int actorIndex, QPointF centre, double radius, bool ghost, bool ringed) const;
    double textWidth(const QString &text, bool bold = false);
    QString nameOf(int actorIndex);

    void paintEdges(QPainter &painter, const QTransform &transform);
    void paintEdgeBatches(QPainter &painter, const QTransform &transform);
    void addArrow(QPainterPath &heads, const EdgeGeometry &geometry, double targetRadius) const;
    void invalidateEdges() { m_edgeLayerValid = false; }
    void paintNodes(QPainter &painter, const QTransform &transform);
    void paintNames(QPainter &painter, const QTransform &transform, LabelPlacer &placer);
    void paintEdgeLabels(QPainter &painter, const QTransform &transform, LabelPlacer &placer);
    void paintHeading(QPainter &painter);
    void paintLegend(QPainter &painter);
    void paintRubberBand(QPainter &painter);

    const AllianceGraph *m_graph = nullptr;
    GraphFrame m_frame;
    std::vector<ShownEdge> m_edges;
    std::vector<QPointF> m_positions;
    std::vector<bool> m_pinned;
    QRectF m_fitBounds;
    qint64 m_time = 0;
    QString m_heading;
    QString m_subheading;
    ItemId m_selectedActor = 0;
    QSet<ItemId> m_eventActors;
    ItemId m_selectedRelation = 0;
    qsizetype m_hoveredRelation = -1;
    RubberBand m_rubberBand;
    bool m_legendVisible = true;
    bool m_busy = false;

    QSize m_size{800, 600};
    QFont m_baseFont;
    QFont m_font;
    qreal m_fontScale = 1.0;
    double m_zoom = 1.0;
    QPointF m_pan;

    struct FittedArea {
        QSize size;
        qreal fontScale = 0;
        bool legend = false;
        QFont font;
        QRectF area;
    };
    mutable FittedArea m_fittedArea;
    QImage m_edgeLayer;
    QTransform m_edgeLayerTransform;
    bool m_edgeLayerValid = false;
    std::vector<char> m_named;
    QHash<int, QString> m_names; // at m_time
    QHash<QString, double> m_widths;
    QHash<QString, double> m_boldWidths; // emphasised names are drawn bold, and wider
    QHash<QByteArray, QImage> m_sprites;
    qint64 m_spritePaletteKey = 0; // the palette m_sprites were drawn with
};

} // namespace Annals
