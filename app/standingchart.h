// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actorstanding.h"

#include <QWidget>

#include <vector>

namespace Annals {

// A small step chart of one actor's allies and rivals across the atlas's
// span: allies above the axis, filled and outlined solid in blue (0x0072b2);
// rivals below it, hatched and outlined dashed in vermilion (0xd55e00), so
// that the two read apart in greyscale and to colour-blind readers alike. A
// line marks the cursor's date. Clicking or dragging picks a date
// (timePicked); Left and Right jump to the previous or next change, Home and
// End to the ends of the span. All sizes follow the widget's font, so the
// chart grows with the panel's font scale.
class StandingChart : public QWidget
{
    Q_OBJECT

public:
    explicit StandingChart(QWidget *parent = nullptr);

    // [from, to); an empty span (to <= from) draws no chart.
    void setSpan(qint64 from, qint64 to);
    void setPoints(std::vector<StandingPoint> points);
    void setCursorTime(qint64 time);
    qint64 cursorTime() const { return m_cursor; }

    // Where a time sits on the axis, in widget coordinates, and the time
    // under an x (clamped to the span): for pointing, and for tests.
    QPointF positionOf(qint64 time) const;
    qint64 timeAt(double x) const;

    // Paints the chart onto any device, filling `target`.
    void render(QPainter &painter, const QRectF &target) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void timePicked(qint64 time);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry {
        QRectF plot;
        double axisY = 0;
        double unit = 0; // pixels per ally or rival
        int maxAllies = 1;
        int maxRivals = 1;
    };
    Geometry geometryFor(const QRectF &target) const;
    double xFor(const QRectF &plot, qint64 time) const;
    bool hasSpan() const { return m_to > m_from; }
    void pick(double x);

    std::vector<StandingPoint> m_points;
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_cursor = 0;
    int m_peakAllies = 0;
    int m_peakRivals = 0;
};

} // namespace Annals
