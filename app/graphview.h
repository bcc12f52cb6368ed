// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alliancegraph.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

namespace Annals {

class ViewState;

// Who stood with whom at the time cursor's date: actors as nodes (circle a
// person, square a state, diamond an organisation or group), the relations
// in force as edges — cooperative solid and cool, hostile dashed and warm,
// neutral grey, arrows where a relation has a direction. Nodes keep their
// places as the date moves; only edges and names change. Click an actor to
// select it (shared through ViewState); wheel zooms, drag pans.
class GraphView : public QWidget
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    void setAtlas(const AtlasData *atlasData);
    void setViewState(ViewState *state);
    void setFontScale(qreal scale);
    const AllianceGraph *graph() const { return m_graph.get(); }

    // Where an actor is drawn in the widget (for tests and pointing at it).
    QPointF positionOf(ItemId actorId) const;

    // Paints the graph at the cursor's date onto any device.
    void render(QPainter &painter, const QRect &target);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTransform layoutToScreen(const QRectF &target) const;
    int actorAt(const QPointF &position) const;
    void updateSelectedEventActors();

    const AtlasData *m_data = nullptr;
    std::unique_ptr<AllianceGraph> m_graph;
    std::vector<QPointF> m_positions;
    QPointer<ViewState> m_state;
    QSet<ItemId> m_selectedEventActors;
    qreal m_fontScale = 1.0;
    double m_zoom = 1.0;
    QPointF m_pan;
    QPoint m_lastPosition;
    bool m_dragging = false;
    bool m_moved = false;
};

} // namespace Annals
