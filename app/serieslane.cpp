// SPDX-License-Identifier: GPL-3.0-or-later
#include "serieslane.h"

#include "historicaldate.h"
#include "tickplanner.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QResizeEvent>
#include <QSet>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Annals {

namespace {

// Okabe–Ito blue, and its sky-blue sibling on dark backgrounds: apart from
// the timeline's category colours and readable for every colour vision.
const QColor lineOnLight(0x00, 0x72, 0xb2);
const QColor lineOnDark(0x56, 0xb4, 0xe9);
// The timeline's cursor colour (TimelineCanvas::paintMarkers).
const QColor cursorColour(0xc0, 0x39, 0x2b);

// How far a point may be from the pointer, in pixels, to get a tooltip.
constexpr double toolTipReach = 8.0;
// A frame with fewer line points than this is antialiased: beyond it the
// smoothing costs more than a frame's budget (measured: an antialiased
// polygon of 8,000 vertices takes ~36 ms).
constexpr std::size_t antialiasedPoints = 500;
// Band runs each get their own area series up to this many; more are drawn
// as one (see updateChart).
constexpr std::size_t separateBandRuns = 8;
// The line's unbroken stretches each get a line series, up to this many in
// view; beyond, only the widest gaps break the line (see updateChart). A
// series cannot skip a stretch, and making series per frame is slow.
constexpr std::size_t separateLineRuns = 16;
// Points beyond the plot are cut where their segment leaves the view, this
// far outside it: a neighbour billions of pixels away (deep time) must not
// reach the rasteriser.
constexpr double outside = 4.0;
// Notes can be long; the tooltip keeps their start.
constexpr int noteCharacters = 300;

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

// `share` of `colour` over `background`.
QColor mixed(const QColor &colour, const QColor &background, double share)
{
    return QColor::fromRgbF(float(colour.redF() * share + background.redF() * (1 - share)),
                            float(colour.greenF() * share + background.greenF() * (1 - share)),
                            float(colour.blueF() * share + background.blueF() * (1 - share)));
}

QList<QPointF> toList(const std::vector<QPointF> &points, std::size_t from, std::size_t to)
{
    return QList<QPointF>(points.begin() + std::ptrdiff_t(from), points.begin() + std::ptrdiff_t(to));
}

// The point of segment a–b at x (a.x() <= x <= b.x()).
QPointF pointAt(const QPointF &a, const QPointF &b, double x)
{
    if (b.x() == a.x())
        return {x, b.y()};
    const double t = (x - a.x()) / (b.x() - a.x());
    return {x, a.y() + t * (b.y() - a.y())};
}

// points[from, to) with x non-decreasing, cut to [left, right]: the first
// and last segments crossing the edges end on them.
QList<QPointF> clipped(const std::vector<QPointF> &points, std::size_t from, std::size_t to, double left,
                       double right)
{
    QList<QPointF> result;
    if (from >= to)
        return result;
    std::size_t first = from;
    while (first < to && points[first].x() < left)
        ++first;
    std::size_t last = to;
    while (last > first && points[last - 1].x() > right)
        --last;
    if (first == to || last == from)
        return result; // all on one side of the view
    result.reserve(qsizetype(last - first) + 2);
    if (first > from)
        result << pointAt(points[first - 1], points[first], left);
    result.append(toList(points, first, last));
    if (last < to)
        result << pointAt(points[last - 1], points[last], right);
    return result;
}

// Tick steps people read easily: 1, 2, 5 times a power of ten.
double niceStep(double span, int targetTicks)
{
    const double raw = span / std::max(1, targetTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

QString formatNumber(double value, double step = 0)
{
    const QLocale locale;
    if (std::abs(value) < 1e15 && value == std::round(value) && (step == 0 || step >= 1))
        return locale.toString(qint64(value));
    const int decimals = step > 0 ? std::clamp(int(std::ceil(-std::log10(step))), 0, 6) : 3;
    QString text = locale.toString(value, 'f', decimals);
    if (step == 0 && text.contains(locale.decimalPoint())) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(1);
    }
    return text;
}

// Where the view's viewport lies in the lane. Taken from the view's frame,
// not from the viewport itself, whose geometry a hidden view updates only
// once shown.
QPointF viewportOffset(const QAbstractScrollArea &view)
{
    return view.geometry().topLeft() + view.contentsRect().topLeft();
}

} // namespace

// The view draws the lane's background and overlay around Qt Charts' own
// items, so that render() onto any painter gets them too.
class SeriesLane::ChartView : public QChartView
{
public:
    ChartView(QChart *chart, SeriesLane *lane)
        : QChartView(chart, lane)
        , m_lane(lane)
    {
    }

protected:
    void drawBackground(QPainter *painter, const QRectF &) override { m_lane->paintBackground(*painter); }
    void drawForeground(QPainter *painter, const QRectF &) override { m_lane->paintOverlay(*painter); }

private:
    SeriesLane *m_lane;
};

struct SeriesLane::Chart {
    QChart *chart = nullptr; // owned by the view
    ChartView *view = nullptr;
    QValueAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;
    // lines[0]: the one that is always there, which positions are asked of.
    QLineSeries *line = nullptr;
    QScatterSeries *markers = nullptr;
    // Reused from frame to frame: making and dropping series is slow.
    std::vector<QAreaSeries *> bands;
    std::vector<QLineSeries *> lines;
    std::vector<QLineSeries *> gapLines;
    // The gaps drawn in this frame, for their tooltips.
    std::vector<SeriesGap> shownGaps;
    QList<double> valueTicks;
    double valueStep = 1;
    // Smooth and round where few points are drawn; a one-pixel pen where
    // thousands are: the raster engine draws it without stroking, which
    // round joins on every vertex would cost more than a frame's budget.
    QPen smoothPen;
    QPen densePen;
    bool dense = false;
};

SeriesLane::SeriesLane(QWidget *parent)
    : QWidget(parent)
    , m_chart(std::make_unique<Chart>())
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Number series"));

    Chart &c = *m_chart;
    c.chart = new QChart;
    c.chart->legend()->hide();
    c.chart->setBackgroundVisible(false);
    c.chart->setPlotAreaBackgroundVisible(false);
    c.chart->setMargins(QMargins());
    c.chart->setBackgroundRoundness(0);
    c.chart->layout()->setContentsMargins(0, 0, 0, 0);
    c.chart->setAnimationOptions(QChart::NoAnimation);

    // x is the timeline's pixels, so the axis itself shows nothing: the
    // timeline above has the dates.
    c.axisX = new QValueAxis;
    c.axisX->setLabelsVisible(false);
    c.axisX->setLineVisible(false);
    c.axisX->setGridLineVisible(false);
    c.axisX->setMinorGridLineVisible(false);
    c.axisX->setTitleVisible(false);
    c.axisX->setTickCount(2);
    // The values' labels would fall left of the plot, where there is no
    // room: the header draws them.
    c.axisY = new QValueAxis;
    c.axisY->setLabelsVisible(false);
    c.axisY->setLineVisible(false);
    c.axisY->setTitleVisible(false);
    c.axisY->setMinorGridLineVisible(false);
    c.chart->addAxis(c.axisX, Qt::AlignBottom);
    c.chart->addAxis(c.axisY, Qt::AlignLeft);

    // The bands first: Qt Charts draws series in the order they were added,
    // and the band belongs under the line. Made once: merging (see
    // updateChart) keeps the runs within their number.
    for (std::size_t i = 0; i < separateBandRuns; ++i) {
        auto *band = new QAreaSeries;
        band->setUpperSeries(new QLineSeries(band));
        band->setLowerSeries(new QLineSeries(band));
        band->setVisible(false);
        c.chart->addSeries(band);
        band->attachAxis(c.axisX);
        band->attachAxis(c.axisY);
        c.bands.push_back(band);
    }
    auto addLine = [&c] {
        auto *series = new QLineSeries;
        c.chart->addSeries(series);
        series->attachAxis(c.axisX);
        series->attachAxis(c.axisY);
        return series;
    };
    for (std::size_t i = 0; i + 1 < separateLineRuns; ++i) {
        c.gapLines.push_back(addLine());
        c.gapLines.back()->setVisible(false);
    }
    for (std::size_t i = 0; i < separateLineRuns; ++i) {
        c.lines.push_back(addLine());
        c.lines.back()->setVisible(i == 0);
    }
    c.line = c.lines.front();
    c.markers = new QScatterSeries;
    c.markers->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    c.chart->addSeries(c.markers);
    c.markers->attachAxis(c.axisX);
    c.markers->attachAxis(c.axisY);

    c.view = new ChartView(c.chart, this);
    c.view->setFrameShape(QFrame::NoFrame);
    c.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    c.view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Scene, view and lane share one origin, however the view is sized.
    c.view->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    c.view->setRubberBand(QChartView::NoRubberBand);
    // The lane takes the pointer (tooltips, and wheel and drags go on to
    // whoever holds the lane).
    c.view->setAttribute(Qt::WA_TransparentForMouseEvents);
    c.view->setFocusPolicy(Qt::NoFocus);
    c.view->setAccessibleName(accessibleName()); // the picture of what this widget describes
    c.view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    c.view->setCacheMode(QGraphicsView::CacheNone);

    applyStyle();
    syncGeometry();
    updateChart();
}

SeriesLane::~SeriesLane() = default;

void SeriesLane::setSeries(const AtlasData *atlasData, ItemId seriesId)
{
    m_data = atlasData;
    m_seriesId = seriesId;
    const Series *series = nullptr;
    if (atlasData) {
        for (const Series &candidate : atlasData->series) {
            if (candidate.id == seriesId) {
                series = &candidate;
                break;
            }
        }
    }
    m_sampler = series ? SeriesSampler(*series) : SeriesSampler();
    rebuildSources();
    updateChart();
}

QString SeriesLane::seriesName() const
{
    if (!m_data)
        return {};
    for (const Series &series : m_data->series) {
        if (series.id == m_seriesId)
            return series.name;
    }
    return {};
}

void SeriesLane::rebuildSources()
{
    m_pointSources.clear();
    m_seriesSources.clear();
    if (!m_data)
        return;
    QHash<ItemId, QString> titles;
    for (const Source &source : m_data->sources)
        titles.insert(source.id, source.title);
    QSet<ItemId> points;
    for (const Series &series : m_data->series) {
        if (series.id != m_seriesId)
            continue;
        for (const SeriesPoint &point : series.points)
            points.insert(point.id);
    }
    for (const Citation &citation : m_data->citations) {
        const QString title = titles.value(citation.sourceId);
        if (title.isEmpty())
            continue;
        if (citation.itemKind == QLatin1String("series_point") && points.contains(citation.itemId)) {
            QStringList &list = m_pointSources[citation.itemId];
            if (!list.contains(title))
                list << title;
        } else if (citation.itemKind == QLatin1String("series") && citation.itemId == m_seriesId
                   && !m_seriesSources.contains(title)) {
            m_seriesSources << title;
        }
    }
}

void SeriesLane::setScale(const TimeScale &scale, int plotLeft)
{
    if (scale == m_scale && plotLeft == m_plotLeft)
        return;
    const bool widthChanged = scale.width() != m_scale.width() || plotLeft != m_plotLeft;
    m_scale = scale;
    m_plotLeft = plotLeft;
    if (widthChanged) {
        syncGeometry();
        updateGeometry();
    }
    updateChart();
}

void SeriesLane::setHeaderWidth(double width)
{
    width = std::max(0.0, width);
    if (width == m_headerWidth)
        return;
    m_headerWidth = width;
    m_chart->view->viewport()->update();
}

void SeriesLane::setCursorTime(std::optional<qint64> time)
{
    if (time == m_cursor)
        return;
    m_cursor = time;
    m_chart->view->viewport()->update();
}

void SeriesLane::setFontScale(qreal scale)
{
    if (!(scale > 0) || scale == m_fontScale)
        return;
    m_fontScale = scale;
    applyStyle();
    syncGeometry();
    updateChart();
    updateGeometry();
}

QFont SeriesLane::scaledFont() const
{
    QFont scaled = font();
    if (scaled.pointSizeF() > 0)
        scaled.setPointSizeF(scaled.pointSizeF() * m_fontScale);
    else if (scaled.pixelSize() > 0)
        scaled.setPixelSize(std::max(1, int(std::lround(scaled.pixelSize() * m_fontScale))));
    return scaled;
}

void SeriesLane::applyStyle()
{
    Chart &c = *m_chart;
    const QPalette palette = this->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QColor colour = dark ? lineOnDark : lineOnLight;
    const double line = QFontMetricsF(scaledFont()).height();
    c.smoothPen = QPen(colour, std::max(1.5, line / 9), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    c.densePen = QPen(colour, 1, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
    for (QLineSeries *stretch : c.lines)
        stretch->setPen(c.dense ? c.densePen : c.smoothPen);
    // Thin, dashed and grey: plainly not the data line, yet it carries the
    // eye from one estimate to the next.
    QPen gapPen(mixed(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.5), 1, Qt::CustomDashLine,
                Qt::FlatCap);
    gapPen.setDashPattern({4, 4});
    for (QLineSeries *gap : c.gapLines)
        gap->setPen(gapPen);
    c.markers->setColor(colour);
    c.markers->setBorderColor(palette.color(QPalette::Base));
    c.markers->setMarkerSize(std::max(5.0, line * 0.45));
    for (QAreaSeries *band : c.bands) {
        band->setPen(Qt::NoPen);
        band->setBrush(withAlpha(colour, dark ? 70 : 55));
    }
    c.axisY->setGridLinePen(QPen(withAlpha(palette.color(QPalette::Mid), 90), 1));
    c.view->setBackgroundBrush(Qt::NoBrush);
    c.view->viewport()->update();
}

void SeriesLane::syncGeometry()
{
    Chart &c = *m_chart;
    const QSize size = this->size();
    // Hidden widgets get no resize events, yet render() must work: the view
    // and the chart are sized here, not only by QChartView.
    c.view->setGeometry(QRect(QPoint(0, 0), size));
    c.chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    c.view->setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    const double line = QFontMetricsF(scaledFont()).height();
    const double top = std::round(line * 0.4);
    const double bottom = std::round(line * 0.3);
    c.chart->setPlotArea(QRectF(m_plotLeft, top, m_scale.width(), std::max(1.0, size.height() - top - bottom)));
}

void SeriesLane::updateChart()
{
    Chart &c = *m_chart;
    m_frame = m_sampler.sample(m_scale);
    const bool dense = m_frame.line.size() >= antialiasedPoints;
    if (dense != c.dense) {
        c.dense = dense;
        for (QLineSeries *line : c.lines)
            line->setPen(dense ? c.densePen : c.smoothPen);
    }
    const double width = m_scale.width();
    const double left = -outside;
    const double right = width + outside;

    // The value range first, so that the points are placed once.
    double low = m_frame.minimum;
    double high = m_frame.maximum;
    if (std::isnan(low) || std::isnan(high)) {
        low = 0;
        high = 1;
    }
    // Counts and amounts read against zero: include it when it is near.
    if (low > 0 && low < high * 0.5)
        low = 0;
    if (high < 0 && high > low * 0.5)
        high = 0;
    if (high == low) {
        const double pad = low == 0 ? 1 : std::abs(low) * 0.1;
        low -= pad;
        high += pad;
    }
    const double plotHeight = c.chart->plotArea().height();
    const double lineHeight = QFontMetricsF(scaledFont()).height();
    const int targetTicks = std::clamp(int(plotHeight / (lineHeight * 1.6)), 1, 8);
    const double step = niceStep(high - low, targetTicks);
    const double niceLow = std::floor(low / step) * step;
    const double niceHigh = std::ceil(high / step) * step;
    const int ticks = std::clamp(int(std::lround((niceHigh - niceLow) / step)), 1, 100) + 1;
    c.valueStep = step;
    c.valueTicks.clear();
    for (int i = 0; i < ticks; ++i)
        c.valueTicks << niceLow + i * step;
    c.axisY->setTickCount(ticks);
    c.axisY->setRange(niceLow, niceHigh);
    c.axisX->setRange(0, width);

    showLine(left, right);
    QList<QPointF> markers;
    markers.reserve(qsizetype(m_frame.markers.size()));
    for (const QPointF &point : m_frame.markers) {
        if (point.x() >= left && point.x() <= right)
            markers << point;
    }
    c.markers->replace(markers);

    // The band: one area per unbroken run, reused between frames. Beyond a
    // handful of runs, one area draws them all, its edges pinched together
    // across the gaps so that nothing is filled there.
    std::vector<std::pair<QList<QPointF>, QList<QPointF>>> areas;
    const bool merge = m_frame.bandRuns.size() > separateBandRuns;
    for (const auto &[first, last] : m_frame.bandRuns) {
        const std::size_t from = std::size_t(first);
        const std::size_t to = std::size_t(last) + 1;
        QList<QPointF> upper = clipped(m_frame.bandUpper, from, to, left, right);
        QList<QPointF> lower = clipped(m_frame.bandLower, from, to, left, right);
        if (upper.size() < 2 || lower.size() < 2)
            continue;
        if (!merge || areas.empty()) {
            areas.emplace_back(std::move(upper), std::move(lower));
            continue;
        }
        auto &[mergedUpper, mergedLower] = areas.back();
        const QPointF endMiddle((mergedUpper.back().x()), (mergedUpper.back().y() + mergedLower.back().y()) / 2);
        const QPointF startMiddle(upper.front().x(), (upper.front().y() + lower.front().y()) / 2);
        mergedUpper << endMiddle << startMiddle;
        mergedLower << endMiddle << startMiddle;
        mergedUpper.append(upper);
        mergedLower.append(lower);
    }
    for (std::size_t i = 0; i < c.bands.size(); ++i) {
        QAreaSeries *band = c.bands[i];
        if (i < areas.size()) {
            band->upperSeries()->replace(areas[i].first);
            band->lowerSeries()->replace(areas[i].second);
            band->setVisible(true);
        } else if (band->isVisible()) {
            band->setVisible(false);
        }
    }

    c.view->setRenderHint(QPainter::Antialiasing, !c.dense);
    c.view->viewport()->update();
}

void SeriesLane::showLine(double left, double right)
{
    Chart &c = *m_chart;
    const std::vector<std::pair<int, int>> &runs = m_frame.lineRuns;
    const std::vector<SeriesGap> &gaps = m_frame.gaps;
    // With more stretches than series, the narrowest gaps are joined over:
    // the widest are the ones a reader must not mistake for data.
    std::vector<char> breaks(gaps.size(), 1);
    if (gaps.size() >= separateLineRuns) {
        std::vector<std::size_t> order(gaps.size());
        std::iota(order.begin(), order.end(), std::size_t(0));
        const auto width = [&gaps](std::size_t k) { return gaps[k].to.x() - gaps[k].from.x(); };
        const std::size_t kept = separateLineRuns - 1;
        std::nth_element(order.begin(), order.begin() + std::ptrdiff_t(kept), order.end(),
                         [&width](std::size_t a, std::size_t b) { return width(a) > width(b); });
        std::fill(breaks.begin(), breaks.end(), 0);
        for (std::size_t k = 0; k < kept; ++k)
            breaks[order[k]] = 1;
    }

    std::vector<QList<QPointF>> stretches;
    c.shownGaps.clear();
    std::size_t runStart = 0; // index into runs of the stretch being joined
    for (std::size_t k = 0; k <= gaps.size() && !runs.empty(); ++k) {
        if (k < gaps.size() && !breaks[k])
            continue;
        const std::size_t from = std::size_t(runs[runStart].first);
        const std::size_t to = std::size_t(runs[k].second) + 1;
        QList<QPointF> stretch = clipped(m_frame.line, from, to, left, right);
        // A lone estimate between gaps: a short dash, so that it is seen
        // even where no markers are drawn.
        if (to - from == 1 && stretch.size() == 1) {
            const QPointF point = stretch.front();
            stretch = {QPointF(point.x() - 1.5, point.y()), QPointF(point.x() + 1.5, point.y())};
        }
        if (!stretch.isEmpty())
            stretches.push_back(std::move(stretch));
        if (k < gaps.size()) {
            const SeriesGap &gap = gaps[k];
            if (gap.to.x() >= left && gap.from.x() <= right)
                c.shownGaps.push_back(gap);
        }
        runStart = k + 1;
    }
    for (std::size_t i = 0; i < c.lines.size(); ++i) {
        QLineSeries *line = c.lines[i];
        if (i < stretches.size()) {
            line->replace(stretches[i]);
            line->setVisible(true);
        } else if (i == 0) {
            line->clear();
        } else if (line->isVisible()) {
            line->setVisible(false);
        }
    }
    for (std::size_t i = 0; i < c.gapLines.size(); ++i) {
        QLineSeries *gapLine = c.gapLines[i];
        if (i < c.shownGaps.size()) {
            const std::vector<QPointF> ends{c.shownGaps[i].from, c.shownGaps[i].to};
            gapLine->replace(clipped(ends, 0, 2, left, right));
            gapLine->setVisible(true);
        } else if (gapLine->isVisible()) {
            gapLine->setVisible(false);
        }
    }
}

QList<QLineF> SeriesLane::gapStretches() const
{
    const Chart &c = *m_chart;
    QList<QLineF> result;
    for (std::size_t i = 0; i < c.gapLines.size() && i < c.shownGaps.size(); ++i) {
        const QList<QPointF> points = c.gapLines[i]->points();
        if (points.size() < 2)
            continue;
        const auto toWidget = [&c](const QPointF &value) {
            const QPointF inChart = c.chart->mapToPosition(value, c.line);
            return c.view->viewportTransform().map(c.chart->mapToScene(inChart)) + viewportOffset(*c.view);
        };
        result << QLineF(toWidget(points.front()), toWidget(points.back()));
    }
    return result;
}

double SeriesLane::xForTime(qint64 t) const
{
    const Chart &c = *m_chart;
    const double y = (c.axisY->min() + c.axisY->max()) / 2;
    const QPointF inChart = c.chart->mapToPosition(QPointF(m_scale.xForTime(t), y), c.line);
    const QPointF inView = c.view->viewportTransform().map(c.chart->mapToScene(inChart));
    return viewportOffset(*c.view).x() + inView.x();
}

QRectF SeriesLane::plotArea() const
{
    const Chart &c = *m_chart;
    const QRectF inScene = c.chart->mapRectToScene(c.chart->plotArea());
    return c.view->viewportTransform().mapRect(inScene).translated(viewportOffset(*c.view));
}

QStringList SeriesLane::headerLines() const
{
    QString unit;
    if (m_data) {
        for (const Series &series : m_data->series) {
            if (series.id == m_seriesId)
                unit = series.unit;
        }
    }
    QStringList lines{seriesName()};
    if (!unit.isEmpty())
        lines << unit;
    return lines;
}

QList<double> SeriesLane::valueTicks() const
{
    return m_chart->valueTicks;
}

QString SeriesLane::toolTipAt(const QPoint &position) const
{
    if (!m_data || m_sampler.isEmpty())
        return {};
    const QRectF plot = plotArea();
    if (position.y() < plot.top() - toolTipReach || position.y() > plot.bottom() + toolTipReach)
        return {};
    const double x = position.x() - plot.left();
    const qsizetype found = m_sampler.nearest(m_scale, x, toolTipReach);
    const Series *series = nullptr;
    for (const Series &candidate : m_data->series) {
        if (candidate.id == m_seriesId)
            series = &candidate;
    }
    if (!series)
        return {};
    if (found < 0) {
        // Anywhere over a gap's stretch (in the plot's height) says why
        // nothing is drawn there.
        for (const SeriesGap &gap : m_chart->shownGaps) {
            if (x > gap.from.x() && x < gap.to.x()) {
                const HistoricalDate &before = series->points.at(m_sampler.pointIndex(gap.before)).time;
                const HistoricalDate &after = series->points.at(m_sampler.pointIndex(gap.before + 1)).time;
                return tr("No estimate between %1 and %2").arg(before.toDisplayString(), after.toDisplayString());
            }
        }
        return {};
    }
    const SeriesPoint &point = series->points.at(m_sampler.pointIndex(found));
    QStringList lines;
    lines << (series->unit.isEmpty() ? formatNumber(point.value)
                                     : tr("%1 %2", "value and unit").arg(formatNumber(point.value), series->unit));
    lines << point.time.toDisplayString();
    if (point.low && point.high)
        lines << tr("estimates %1–%2").arg(formatNumber(*point.low), formatNumber(*point.high));
    if (!point.note.isEmpty()) {
        QString note = point.note;
        if (note.size() > noteCharacters) {
            note.truncate(noteCharacters);
            const qsizetype space = note.lastIndexOf(QLatin1Char(' '));
            if (space > noteCharacters / 2)
                note.truncate(space);
            note += QStringLiteral("…");
        }
        lines << note;
    }
    const QStringList sources = m_pointSources.value(point.id, m_seriesSources);
    for (const QString &source : sources)
        lines << tr("Source: %1").arg(source);
    return lines.join(QLatin1Char('\n'));
}

bool SeriesLane::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // Rich text, so that a long note wraps.
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), this);
        }
        return true;
    }
    return QWidget::event(event);
}

void SeriesLane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    syncGeometry();
    updateChart();
}

void SeriesLane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyStyle();
        syncGeometry();
        updateChart();
    }
}

void SeriesLane::render(QPainter &painter, const QRect &target)
{
    syncGeometry();
    const QRect source(QPoint(0, 0), size());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, !m_chart->dense);
    m_chart->view->render(&painter, QRectF(target), source, Qt::IgnoreAspectRatio);
    painter.restore();
}

QSize SeriesLane::sizeHint() const
{
    const double line = QFontMetricsF(scaledFont()).height();
    return {m_plotLeft + m_scale.width(), int(std::ceil(line * 6))};
}

QSize SeriesLane::minimumSizeHint() const
{
    const double line = QFontMetricsF(scaledFont()).height();
    return {int(std::ceil(line * 8)), int(std::ceil(line * 4))};
}

void SeriesLane::paintBackground(QPainter &painter) const
{
    const QPalette palette = this->palette();
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size())), palette.color(QPalette::Base));
    // The timeline's major ticks carried down, so that a date can be read
    // across from the axis above.
    const QFont font = scaledFont();
    const QFontMetricsF metrics(font);
    const TickPlan plan = TickPlanner::plan(m_scale, [&metrics](const QString &text) {
        return metrics.horizontalAdvance(text);
    });
    const QRectF plot = m_chart->chart->plotArea();
    painter.setPen(QPen(withAlpha(palette.color(QPalette::Mid), 60), 1));
    for (double x : plan.majorTicks)
        painter.drawLine(QPointF(plot.left() + x, 0), QPointF(plot.left() + x, height()));
    painter.setPen(QPen(withAlpha(palette.color(QPalette::Mid), 140), 1));
    painter.drawLine(QPointF(0, height() - 0.5), QPointF(width(), height() - 0.5));
}

void SeriesLane::paintOverlay(QPainter &painter) const
{
    const Chart &c = *m_chart;
    const QPalette palette = this->palette();
    const QRectF plot = c.chart->plotArea();
    const QFont font = scaledFont();
    const QFontMetricsF metrics(font);
    painter.save();
    painter.setFont(font);

    if (m_cursor) {
        const double x = plot.left() + m_scale.xForTime(*m_cursor);
        if (x >= plot.left() && x <= plot.right()) {
            painter.setPen(QPen(cursorColour, 2));
            painter.drawLine(QPointF(x, 0), QPointF(x, height()));
        }
    }

    // The header, as the timeline's lane headers look: text on a veil of
    // the window colour, sticky at the left of the plot.
    const double headerLeft = plot.left();
    const double textWidth = std::max(0.0, m_headerWidth - 12);
    const QColor veil = withAlpha(palette.color(QPalette::Window), 225);
    const QStringList lines = headerLines();
    double y = 2;
    QRectF headerBox;
    if (!lines.isEmpty() && !lines.first().isEmpty()) {
        const QString name = metrics.elidedText(lines.first(), Qt::ElideRight, textWidth);
        QString unit = lines.size() > 1 ? metrics.elidedText(lines.at(1), Qt::ElideRight, textWidth) : QString();
        const double boxWidth = std::max(metrics.horizontalAdvance(name), metrics.horizontalAdvance(unit)) + 12;
        headerBox = QRectF(headerLeft, y, boxWidth, metrics.height() * (unit.isEmpty() ? 1 : 2) + 4);
        painter.fillRect(headerBox, veil);
        painter.fillRect(QRectF(headerLeft, headerBox.top(), 4, headerBox.height()), c.line->pen().color());
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(QRectF(headerLeft + 8, y + 2, textWidth, metrics.height()), Qt::AlignVCenter | Qt::AlignLeft,
                         name);
        if (!unit.isEmpty()) {
            // Quieter than the name, yet readable whatever the theme: a
            // palette that sets only text and background leaves
            // PlaceholderText at its light-theme grey.
            painter.setPen(mixed(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.65));
            painter.drawText(QRectF(headerLeft + 8, y + 2 + metrics.height(), textWidth, metrics.height()),
                             Qt::AlignVCenter | Qt::AlignLeft, unit);
        }
    }

    // The values at the grid lines, left in the header column; one that
    // would cover the name is left out (the grid line still shows).
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF smallMetrics(small);
    painter.setFont(small);
    for (double value : c.valueTicks) {
        const double tickY = c.chart->mapToPosition(QPointF(0, value), c.line).y();
        const QString text = formatNumber(value, c.valueStep);
        QRectF box(headerLeft, tickY - smallMetrics.height() / 2 - 1, smallMetrics.horizontalAdvance(text) + 8,
                   smallMetrics.height() + 2);
        // The extreme values' labels stay whole inside the lane.
        box.moveTop(std::clamp(box.top(), 0.0, std::max(0.0, height() - box.height())));
        if (box.intersects(headerBox))
            continue;
        painter.fillRect(box, veil);
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(box.adjusted(4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    painter.restore();
}

} // namespace Annals
