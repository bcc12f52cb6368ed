// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "seriessampler.h"
#include "timescale.h"

#include <QLineF>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

namespace Annals {

// One number series of the atlas (estimated warheads per year, say) in a lane
// under the timeline, on the timeline's own time axis: the plot area starts
// where the timeline's x = 0 is and is exactly as wide, and a date's x is the
// timeline's x for it (SeriesSampler gives x through the same TimeScale, and
// the chart's value axis is in those pixels), so deep time and BCE windows
// work where QDateTimeAxis could not.
//
// Drawn with Qt Charts: the line (QLineSeries), the low–high band of the
// estimates (QAreaSeries, one per unbroken stretch) and, when they are not
// crowded, the points as markers. Across a gap in the series (SeriesSampler
// says when) neither line nor band is drawn: a thin dashed line in a colour
// between text and background joins the estimates either side, and hovering
// it says between which dates there is no estimate. A header over the left of the lane, as wide
// as the timeline's lane headers, names the series and its unit and labels
// the value axis. The cursor date is marked as in the timeline. Hovering a
// point shows its value and unit, its date as known, its range and note, and
// the sources cited for it (else for the series). Downsampled to the pixel
// width (SeriesSampler), so a 100,000-point series zooms as fast as a short
// one; antialiased only when the frame is small. Colours from the palette,
// sizes from the font times the font scale.
class SeriesLane : public QWidget
{
    Q_OBJECT
public:
    explicit SeriesLane(QWidget *parent = nullptr);
    ~SeriesLane() override;

    // The series `seriesId` of `data` (which must outlive the lane or the
    // next call); an id not in the atlas shows an empty lane.
    void setSeries(const AtlasData *data, ItemId seriesId);
    ItemId seriesId() const { return m_seriesId; }
    QString seriesName() const;

    // The timeline's scale, and the x in this widget where the timeline's
    // x = 0 lies: the plot runs from plotLeft over scale.width() pixels.
    void setScale(const TimeScale &scale, int plotLeft);
    const TimeScale &scale() const { return m_scale; }
    // How wide the header over the left of the plot is (the timeline's lane
    // headers), so that names and values line up with the lanes above.
    void setHeaderWidth(double width);
    void setCursorTime(std::optional<qint64> time);
    std::optional<qint64> cursorTime() const { return m_cursor; }
    void setFontScale(qreal scale);

    // Where a date is drawn, in widget coordinates, asked of the chart itself
    // (QChart::mapToPosition), not recomputed: what the alignment tests hold
    // against the timeline.
    double xForTime(qint64 t) const;
    QRectF plotArea() const;
    const SeriesFrame &frame() const { return m_frame; }
    // Empty where no point is within a few pixels, and no gap is under the
    // pointer (a gap says between which dates there is no estimate).
    QString toolTipAt(const QPoint &position) const;
    // The dashed stretches drawn across gaps in the series (see
    // SeriesSampler), in widget coordinates, clipped to the plot's width.
    QList<QLineF> gapStretches() const;
    // What the header says, line by line as drawn: the series' name and its
    // unit (for tests and accessibility).
    QStringList headerLines() const;
    // The values labelled on the value axis, bottom to top.
    QList<double> valueTicks() const;

    // Paints the lane as it is now onto any device (benchmarks, export).
    void render(QPainter &painter, const QRect &target);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The Qt Charts side (chart, view, series, axes), kept out of this
    // header so that Qt Charts stays replaceable.
    struct Chart;
    class ChartView;

    void rebuildSources();
    void updateChart();
    // The line in its unbroken stretches and the dashed gaps between them.
    void showLine(double left, double right);
    void applyStyle();
    void syncGeometry();
    QFont scaledFont() const;
    // Painted over the chart in its own coordinates (which are the lane's).
    void paintBackground(QPainter &painter) const;
    void paintOverlay(QPainter &painter) const;

    const AtlasData *m_data = nullptr;
    ItemId m_seriesId = 0;
    SeriesSampler m_sampler;
    SeriesFrame m_frame;
    TimeScale m_scale{0, 86400.0, 800};
    int m_plotLeft = 0;
    double m_headerWidth = 180;
    std::optional<qint64> m_cursor;
    qreal m_fontScale = 1.0;
    // The sources cited for each point (by SeriesPoint::id) and for the
    // series as a whole, titles ready for the tooltip.
    QHash<ItemId, QStringList> m_pointSources;
    QStringList m_seriesSources;
    std::unique_ptr<Chart> m_chart;
};

} // namespace Annals
