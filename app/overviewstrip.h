// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventhistogram.h"
#include "eventindex.h"

#include <QPointer>
#include <QWidget>

#include <memory>

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
    // (event handlers as needed)

private:
    std::shared_ptr<const EventIndex> m_index;
    EventHistogram m_histogram;
    QPointer<ViewState> m_state;
};

} // namespace Annals
