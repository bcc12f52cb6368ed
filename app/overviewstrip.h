// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventhistogram.h"
#include "eventindex.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <utility>

namespace Annals {

class ViewState;
class OverviewChart; // private: the Qt Charts part (overviewstrip.cpp)

// The map to steer by, under the timeline: a histogram of how many events
// begin in each slice of the atlas's whole span (Qt Charts bars, one per
// about four pixels; counts from EventHistogram, never a scan), with the
// timeline's visible window drawn over it as a rectangle and the time cursor
// as a line.
//
// Steering: drag the rectangle to move the window, drag either of its edges
// to widen or narrow it, press outside it to centre the window there (and
// keep dragging), wheel to zoom around the pointer, double-click to show the
// whole atlas; Left/Right move the window by a tenth, +/- zoom, Home/End go
// to the ends. Everything goes through ViewState::setWindow, which the
// timeline follows; the rectangle follows ViewState::windowChanged, so
// zooming the timeline moves it. A tooltip names a bar's slice of time and its
// count. Colours come from the palette and sizes from the font (times the
// font scale), so it follows the theme and the projector setting.
//
// Bar heights are the square roots of the counts, not the counts: events
// crowd towards the present (on the generated atlases a recent decade holds
// hundreds of times the events of an ancient one), so linear bars leave most
// of history at a fraction of a pixel, and the strip is there to show where
// there are events at all. The square root keeps the order of the bars and
// their shape; a bin with any event stands at least a pixel and a half tall,
// and the tooltip gives the exact count.
class OverviewStrip : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewStrip(QWidget *parent = nullptr);
    ~OverviewStrip() override;

    // The events and the span the strip covers (the timeline's data range);
    // a null index or an empty span shows an empty strip.
    void setAtlas(std::shared_ptr<const EventIndex> index, qint64 from, qint64 to);
    void setViewState(ViewState *state);
    void setFontScale(qreal scale);

    // Geometry in widget coordinates, for input, tests and benchmarks.
    QRectF plotArea() const;
    double xForTime(qint64 t) const;
    qint64 timeForX(double x) const;
    QRectF windowRect() const; // the visible window; clipped to the plot
    const EventHistogram &histogram() const { return m_histogram; }
    QString toolTipAt(const QPoint &position) const;

    // Paints the strip as it is now onto any device (benchmarks, export).
    void render(QPainter &painter, const QRect &target);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    enum class Drag { None, Move, ResizeStart, ResizeEnd };

    bool hasAtlas() const;
    bool hasWindow() const;
    double lineHeight() const;
    void updateFont();
    // Rebuilds the histogram if the plot's width asks for another number of
    // bins, and lays out the chart and its labels again.
    void rebuild();
    void ensureLaidOut();
    QList<std::pair<QString, double>> yearLabels(const QRectF &plot) const;
    void paintStrip(QPainter &painter);
    void paintWindow(QPainter &painter);
    Drag dragAt(double x) const;
    void updateCursorShape(double x);
    qint64 clampedStart(qint64 start, qint64 span) const;
    void setWindow(qint64 start, qint64 end);
    void zoomWindow(double factor, qint64 anchor);

    std::shared_ptr<const EventIndex> m_index;
    EventHistogram m_histogram;
    QPointer<ViewState> m_state;
    std::unique_ptr<OverviewChart> m_chart;
    qint64 m_from = 0;
    qint64 m_to = 0;
    int m_builtBins = -1; // the bins asked of m_histogram; -1 until it is built
    qreal m_fontScale = 1.0;
    QFont m_font;
    QSize m_laidOutSize; // the size the chart was last laid out for
    Drag m_drag = Drag::None;
    double m_pressX = 0.0;
    qint64 m_pressStart = 0;
    qint64 m_pressEnd = 0;
};

} // namespace Annals
