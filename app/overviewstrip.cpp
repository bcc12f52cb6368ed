// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewstrip.h"

#include "historicaldate.h"
#include "tickplanner.h"
#include "timescale.h"
#include "tooltip.h"
#include "viewstate.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Annals {

namespace {

// Wheel notches are 120 units; one notch zooms by about a fifth, as on the
// timeline, so that both feel the same under the hand.
double zoomFactorForWheel(double angleDelta)
{
    return std::pow(2.0, angleDelta / 480.0);
}

constexpr double keyZoomFactor = 1.25;
constexpr double keyPanFraction = 0.1;
constexpr qint64 minimumWindow = qint64(TimeScale::minimumSpan);
constexpr qint64 secondsPerYear = 31'556'952; // a mean Gregorian year

// How finely a bar's slice of time is worth naming: the coarsest precision
// whose periods are no longer than the slice, so that its first and last
// periods read differently ("1953 – 1967", "Mar 1950 – May 1950"). Slices
// of ten thousand years and more read in years ago, in the largest unit that
// keeps the number at least 1 at the slice's start ("30.9 million years ago"),
// as the axis labels do.
Precision precisionForSlice(qint64 start, qint64 seconds)
{
    if (seconds < 3600)
        return Precision::Minute;
    if (seconds < 86400)
        return Precision::Hour;
    if (seconds < 31 * 86400)
        return Precision::Day;
    if (seconds < secondsPerYear)
        return Precision::Month;
    if (seconds < 10'000 * secondsPerYear)
        return Precision::Year;
    const qint64 yearsAgo = presentYearForYearsAgo - civilFromSeconds(start).year;
    if (yearsAgo >= 1'000'000'000)
        return Precision::BillionYears;
    if (yearsAgo >= 1'000'000)
        return Precision::MillionYears;
    return Precision::ThousandYears;
}

} // namespace

// The Qt Charts part, kept here so that nothing else depends on Qt Charts
// (superseded after Qt 6.10): a chart in a scene of its own, with no view,
// which the strip renders under the window and the cursor it paints itself.
// Its plot area is fixed to the strip's, so the strip's own mapping of time
// to x is the chart's too.
class OverviewChart
{
public:
    OverviewChart()
    {
        // A few hundred bars: a linear search of the items beats keeping a
        // BSP tree up to date whenever the bars change.
        m_scene.setItemIndexMethod(QGraphicsScene::NoIndex);
        m_chart = new QChart;
        m_scene.addItem(m_chart); // the scene owns it, the chart the rest
        m_chart->setAnimationOptions(QChart::NoAnimation);
        m_chart->legend()->hide();
        m_chart->setMargins(QMargins());
        m_chart->setBackgroundRoundness(0);
        m_chart->setBackgroundVisible(false);
        m_chart->setPlotAreaBackgroundVisible(false);

        m_bars = new QBarSet(QString());
        m_series = new QBarSeries;
        m_series->append(m_bars);
        // Bars a little narrower than their slice, so that neighbours read
        // as separate counts.
        m_series->setBarWidth(0.8);
        m_chart->addSeries(m_series);

        m_timeAxis = new QCategoryAxis;
        m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        m_timeAxis->setMinorGridLineVisible(false);
        m_timeAxis->setTitleVisible(false);
        // The labels are spaced by the TickPlanner already; Qt Charts would
        // elide them to "..." by its own, cruder measure of the room.
        m_timeAxis->setTruncateLabels(false);
        m_countAxis = new QValueAxis;
        m_countAxis->setVisible(false);
        m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
        m_chart->addAxis(m_countAxis, Qt::AlignLeft);
        m_series->attachAxis(m_timeAxis);
        m_series->attachAxis(m_countAxis);
    }

    // Heights are the square roots of the counts (see the header), and a
    // bin with any event stands at least a pixel and a half tall.
    void setCounts(const EventHistogram &histogram, double plotHeight)
    {
        const double top = std::max(1.0, std::sqrt(double(histogram.maximum())));
        const double lowest = top * 1.5 / std::max(1.0, plotHeight);
        QList<qreal> heights;
        heights.reserve(histogram.size());
        for (int bin = 0; bin < histogram.size(); ++bin) {
            const quint64 count = histogram.count(bin);
            heights.append(count == 0 ? 0.0 : std::max(lowest, std::sqrt(double(count))));
        }
        m_bars->remove(0, m_bars->count());
        m_bars->append(heights);
        const int bins = std::max(1, histogram.size());
        // Bar i stands on [i - 0.5, i + 0.5]: the axis runs across whole bars.
        m_timeAxis->setRange(-0.5, bins - 0.5);
        m_timeAxis->setStartValue(-0.5);
        m_countAxis->setRange(0.0, top);
    }

    // Labels at positions in bar units (bar i's centre is at i).
    void setLabels(const QList<std::pair<QString, double>> &labels)
    {
        for (const QString &label : m_timeAxis->categoriesLabels())
            m_timeAxis->remove(label);
        for (const auto &[text, position] : labels)
            m_timeAxis->append(text, position);
    }

    void setGeometry(const QSizeF &size, const QRectF &plot)
    {
        m_chart->setGeometry(QRectF(QPointF(0, 0), size));
        m_chart->setPlotArea(plot);
        m_size = size;
    }

    void setStyle(const QPalette &palette, const QFont &font, double stroke)
    {
        const QColor text = palette.color(QPalette::Text);
        QColor bar = text;
        bar.setAlphaF(0.5);
        m_bars->setColor(bar);
        m_bars->setPen(Qt::NoPen);
        QColor faint = text;
        faint.setAlphaF(0.18);
        m_timeAxis->setLabelsFont(font);
        m_timeAxis->setLabelsColor(text);
        m_timeAxis->setGridLinePen(QPen(faint, 1));
        m_timeAxis->setLinePen(QPen(text, stroke));
    }

    void render(QPainter &painter)
    {
        // The layout otherwise waits for the event loop, which a benchmark
        // or an export may never run.
        if (m_chart->layout())
            m_chart->layout()->activate();
        painter.save();
        // Axis-aligned bars gain nothing from antialiasing and cost more.
        painter.setRenderHint(QPainter::Antialiasing, false);
        m_scene.render(&painter, QRectF(QPointF(0, 0), m_size), QRectF(QPointF(0, 0), m_size));
        painter.restore();
    }

private:
    QGraphicsScene m_scene;
    QChart *m_chart = nullptr;
    QBarSeries *m_series = nullptr;
    QBarSet *m_bars = nullptr;
    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QSizeF m_size;
};

OverviewStrip::OverviewStrip(QWidget *parent)
    : QWidget(parent)
    , m_chart(std::make_unique<OverviewChart>())
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Overview of the atlas"));
    setAccessibleDescription(tr("How many events begin in each slice of the atlas's time, with the timeline's "
                                "visible window as a rectangle. Drag the rectangle or its edges, or use Left, "
                                "Right, + and −, Home and End, to steer the timeline; double-click to show "
                                "everything."));
    setToolTipDuration(15000);
    updateFont();
}

OverviewStrip::~OverviewStrip() = default;

void OverviewStrip::setAtlas(std::shared_ptr<const EventIndex> index, qint64 from, qint64 to)
{
    m_index = std::move(index);
    m_from = from;
    m_to = to;
    m_builtBins = -1;
    m_drag = Drag::None;
    rebuild();
}

void OverviewStrip::setViewState(ViewState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (m_state) {
        // Only the rectangle and the cursor line move: the bars stay as they are.
        connect(m_state, &ViewState::windowChanged, this, [this] { update(); });
        connect(m_state, &ViewState::cursorChanged, this, [this] { update(); });
    }
    update();
}

void OverviewStrip::setFontScale(qreal scale)
{
    if (!(scale > 0) || scale == m_fontScale)
        return;
    m_fontScale = scale;
    updateFont();
}

void OverviewStrip::updateFont()
{
    m_font = font();
    if (m_font.pointSizeF() > 0)
        m_font.setPointSizeF(m_font.pointSizeF() * m_fontScale);
    else
        m_font.setPixelSize(std::max(1, qRound(m_font.pixelSize() * m_fontScale)));
    updateGeometry();
    rebuild();
}

bool OverviewStrip::hasAtlas() const
{
    return m_index && m_to > m_from;
}

bool OverviewStrip::hasWindow() const
{
    return hasAtlas() && m_state && m_state->windowEnd() > m_state->windowStart();
}

double OverviewStrip::lineHeight() const
{
    return QFontMetricsF(m_font).height();
}

QRectF OverviewStrip::plotArea() const
{
    const double line = lineHeight();
    const double side = std::round(line * 0.6);
    const double top = std::round(line * 0.3);
    // A line of labels and the chart's own padding above it.
    const double labels = std::ceil(line * 1.1) + 6;
    return {side, top, std::max(1.0, width() - 2 * side), std::max(1.0, height() - top - labels)};
}

double OverviewStrip::xForTime(qint64 t) const
{
    const QRectF plot = plotArea();
    if (m_to <= m_from)
        return plot.left();
    // The integer difference first: exact, and its double nearly so.
    return plot.left() + double(t - m_from) / double(m_to - m_from) * plot.width();
}

qint64 OverviewStrip::timeForX(double x) const
{
    const QRectF plot = plotArea();
    if (m_to <= m_from || !std::isfinite(x))
        return m_from;
    const double offset = (x - plot.left()) / plot.width() * double(m_to - m_from);
    // Saturated to what a date can hold, so that a pointer far off the
    // strip still names a real time.
    const double earliest = double(TimeScale::earliestTime() - m_from);
    const double latest = double(TimeScale::latestTime() - m_from);
    return m_from + qint64(std::llround(std::clamp(offset, earliest, latest)));
}

QRectF OverviewStrip::windowRect() const
{
    if (!hasWindow())
        return {};
    const QRectF plot = plotArea();
    const double left = std::clamp(xForTime(m_state->windowStart()), plot.left(), plot.right());
    const double right = std::clamp(xForTime(m_state->windowEnd()), plot.left(), plot.right());
    return {QPointF(left, plot.top()), QPointF(right, plot.bottom())};
}

QString OverviewStrip::toolTipAt(const QPoint &position) const
{
    if (!hasAtlas())
        return {};
    const QString hint = tr("Drag the rectangle to move the timeline, drag its edges to widen or narrow it, "
                            "double-click to show everything.");
    const int bin = plotArea().contains(position) ? m_histogram.binAt(timeForX(position.x())) : -1;
    if (bin < 0)
        return hint;
    const qint64 start = m_histogram.binStart(bin);
    const qint64 end = m_histogram.binEnd(bin);
    const Precision precision = precisionForSlice(start, end - start);
    const QString first = HistoricalDate(start, precision).toDisplayString();
    const QString last = HistoricalDate(end - 1, precision).toDisplayString();
    const QString slice = first == last ? first : tr("%1 – %2").arg(first, last);
    const int count = int(std::min<quint64>(m_histogram.count(bin), quint64(std::numeric_limits<int>::max())));
    return tr("%1: %n event(s) begin", nullptr, count).arg(slice) + QLatin1Char('\n') + hint;
}

void OverviewStrip::rebuild()
{
    const QRectF plot = plotArea();
    const int bins = hasAtlas() ? EventHistogram::binCountFor(plot.width()) : 0;
    if (bins != m_builtBins) {
        // O(bins · log n) from the index's sorted starts, whatever the atlas's size.
        m_histogram = bins > 0 ? EventHistogram::build(*m_index, m_from, m_to, bins) : EventHistogram();
        m_builtBins = bins;
    }
    m_chart->setGeometry(size(), plot);
    m_chart->setCounts(m_histogram, plot.height());
    m_chart->setStyle(palette(), m_font, std::max(1.0, lineHeight() / 16));
    m_chart->setLabels(yearLabels(plot));
    m_laidOutSize = size();
    update();
}

void OverviewStrip::ensureLaidOut()
{
    // A hidden widget hears of a resize only when it is shown; an export or
    // a benchmark may paint it before that.
    if (size() != m_laidOutSize)
        rebuild();
}

QList<std::pair<QString, double>> OverviewStrip::yearLabels(const QRectF &plot) const
{
    QList<std::pair<QString, double>> labels;
    if (!hasAtlas() || m_histogram.isEmpty())
        return labels;
    const QFontMetricsF metrics(m_font);
    const TimeScale scale = TimeScale::fitting(m_from, m_to, std::max(1, int(plot.width())), 0.0);
    const TickPlan plan =
        TickPlanner::plan(scale, [&metrics](const QString &text) { return metrics.horizontalAdvance(text); },
                          lineHeight());
    // The axis holds each label once; repeating names ("Jan" every year,
    // "14:00" every day) fall back to the coarser tier, which names years
    // or days in full.
    auto unique = [](const QList<TickLabel> &tier) {
        QSet<QString> seen;
        for (const TickLabel &label : tier) {
            if (seen.contains(label.text))
                return false;
            seen.insert(label.text);
        }
        return true;
    };
    const QList<TickLabel> &tier = unique(plan.minorLabels) || plan.majorLabels.isEmpty() ? plan.minorLabels
                                                                                          : plan.majorLabels;
    const double bins = m_histogram.size();
    const double span = double(m_to - m_from);
    QSet<QString> used;
    for (const TickLabel &label : tier) {
        // Centred on its tick, a label must still fit inside the strip.
        const double x = xForTime(label.time);
        const double half = metrics.horizontalAdvance(label.text) / 2;
        if (x - half < 0 || x + half > width() || used.contains(label.text))
            continue;
        used.insert(label.text);
        labels.append({label.text, double(label.time - m_from) / span * bins - 0.5});
    }
    return labels;
}

void OverviewStrip::render(QPainter &painter, const QRect &target)
{
    painter.save();
    painter.translate(target.topLeft());
    if (target.size() != size() && width() > 0 && height() > 0)
        painter.scale(double(target.width()) / width(), double(target.height()) / height());
    paintStrip(painter);
    painter.restore();
}

void OverviewStrip::paintStrip(QPainter &painter)
{
    const QRectF all(QPointF(0, 0), QSizeF(size()));
    painter.fillRect(all, palette().base());
    ensureLaidOut();
    if (hasAtlas()) {
        m_chart->render(painter);
        paintWindow(painter);
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(all.adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void OverviewStrip::paintWindow(QPainter &painter)
{
    const QRectF plot = plotArea();
    const double stroke = std::max(1.0, std::round(lineHeight() / 8));
    if (hasWindow()) {
        const QRectF window = windowRect();
        // Outside the window the bars fade a little, inside they keep their
        // colour under a tint of the highlight: visible in light and dark.
        QColor dim = palette().color(QPalette::Base);
        dim.setAlphaF(0.5);
        painter.fillRect(QRectF(plot.topLeft(), QPointF(window.left(), plot.bottom())), dim);
        painter.fillRect(QRectF(QPointF(window.right(), plot.top()), plot.bottomRight()), dim);
        // However narrow the window, it stays a rectangle one can see and grab.
        QRectF shown = window;
        const double narrowest = 2 * stroke + 1;
        if (shown.width() < narrowest)
            shown = QRectF(shown.center().x() - narrowest / 2, shown.top(), narrowest, shown.height());
        const QColor highlight = palette().color(QPalette::Highlight);
        QColor tint = highlight;
        tint.setAlphaF(0.18);
        painter.fillRect(shown, tint);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(highlight, stroke, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter.setBrush(Qt::NoBrush);
        const double inset = stroke / 2;
        painter.drawRect(shown.adjusted(inset, inset, -inset, -inset));
    }
    if (m_state) {
        const double x = xForTime(m_state->cursor());
        if (x >= plot.left() && x <= plot.right()) {
            painter.setPen(QPen(palette().color(QPalette::Text), std::max(1.0, stroke / 2)));
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        }
    }
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintStrip(painter);
}

void OverviewStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild();
}

void OverviewStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFont();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        rebuild();
}

QSize OverviewStrip::sizeHint() const
{
    const double line = lineHeight();
    return {qRound(line * 40), qRound(std::ceil(line * 4.5))};
}

QSize OverviewStrip::minimumSizeHint() const
{
    const double line = lineHeight();
    return {qRound(line * 10), qRound(std::ceil(line * 4.5))};
}

qint64 OverviewStrip::clampedStart(qint64 start, qint64 span) const
{
    // A window narrower than the atlas stays inside it; a wider one keeps
    // covering all of it.
    const qint64 low = std::min(m_from, m_to - span);
    const qint64 high = std::max(m_from, m_to - span);
    return std::clamp(start, low, high);
}

void OverviewStrip::setWindow(qint64 start, qint64 end)
{
    if (m_state)
        m_state->setWindow(start, end);
}

OverviewStrip::Drag OverviewStrip::dragAt(double x) const
{
    if (!hasWindow())
        return Drag::None;
    const QRectF window = windowRect();
    const double grab = std::max(6.0, lineHeight() / 3);
    const double toStart = std::abs(x - window.left());
    const double toEnd = std::abs(x - window.right());
    const bool inside = x >= window.left() && x <= window.right();
    // In a narrow window the middle is for moving it; the edges can still
    // be taken from just outside.
    if (inside && window.width() < 3 * grab)
        return Drag::Move;
    if (std::min(toStart, toEnd) <= grab)
        return toStart <= toEnd ? Drag::ResizeStart : Drag::ResizeEnd;
    return inside ? Drag::Move : Drag::None;
}

void OverviewStrip::updateCursorShape(double x)
{
    switch (m_drag != Drag::None ? m_drag : dragAt(x)) {
    case Drag::ResizeStart:
    case Drag::ResizeEnd:
        setCursor(Qt::SizeHorCursor);
        break;
    case Drag::Move:
        setCursor(m_drag == Drag::Move ? Qt::ClosedHandCursor : Qt::OpenHandCursor);
        break;
    case Drag::None:
        unsetCursor();
        break;
    }
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !hasAtlas() || !m_state) {
        QWidget::mousePressEvent(event);
        return;
    }
    const double x = event->position().x();
    m_drag = dragAt(x);
    if (m_drag == Drag::None) {
        // Centre the window where the press was, and let the same press drag it on.
        const qint64 span = m_state->windowEnd() - m_state->windowStart();
        const qint64 start = clampedStart(timeForX(x) - span / 2, span);
        setWindow(start, start + span);
        m_drag = Drag::Move;
    }
    m_pressX = x;
    m_pressStart = m_state->windowStart();
    m_pressEnd = m_state->windowEnd();
    updateCursorShape(x);
    event->accept();
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_drag == Drag::None || !m_state || !(event->buttons() & Qt::LeftButton)) {
        if (hasAtlas())
            updateCursorShape(x);
        QWidget::mouseMoveEvent(event);
        return;
    }
    // The grip keeps its distance from the edge or the window it took hold
    // of, so nothing jumps when a drag begins.
    const double secondsPerPixel = double(m_to - m_from) / plotArea().width();
    const qint64 shift = qint64(std::llround((x - m_pressX) * secondsPerPixel));
    switch (m_drag) {
    case Drag::Move: {
        const qint64 span = m_pressEnd - m_pressStart;
        const qint64 start = clampedStart(m_pressStart + shift, span);
        setWindow(start, start + span);
        break;
    }
    case Drag::ResizeStart: {
        // Only this edge moves; it stops an hour short of the other and at
        // the atlas's start (or wherever the window began, if earlier).
        const qint64 start =
            std::clamp(m_pressStart + shift, std::min(m_from, m_pressStart), m_pressEnd - minimumWindow);
        setWindow(start, m_pressEnd);
        break;
    }
    case Drag::ResizeEnd: {
        const qint64 end = std::clamp(m_pressEnd + shift, m_pressStart + minimumWindow, std::max(m_to, m_pressEnd));
        setWindow(m_pressStart, end);
        break;
    }
    case Drag::None:
        break;
    }
    event->accept();
}

void OverviewStrip::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_drag != Drag::None) {
        m_drag = Drag::None;
        updateCursorShape(event->position().x());
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void OverviewStrip::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && hasAtlas()) {
        m_drag = Drag::None;
        setWindow(m_from, m_to);
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void OverviewStrip::zoomWindow(double factor, qint64 anchor)
{
    if (!m_state || !hasAtlas() || !(factor > 0) || !std::isfinite(factor))
        return;
    const qint64 start = m_state->windowStart();
    const double span = double(m_state->windowEnd() - start);
    if (!(span > 0))
        return;
    // Zooming out stops at the whole atlas (or the window, if it is wider).
    const double widest = std::min(TimeScale::maximumSpan(), std::max(span, double(m_to - m_from)));
    const double newSpan = std::clamp(span / factor, TimeScale::minimumSpan, std::max(widest, TimeScale::minimumSpan));
    // The anchor keeps its place within the window, so on the timeline the
    // time under the pointer stays under it.
    const double fraction = double(anchor - start) / span;
    const qint64 newStart = anchor - qint64(std::llround(fraction * newSpan));
    setWindow(newStart, newStart + qint64(std::llround(newSpan)));
}

void OverviewStrip::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const int steps = delta.y() != 0 ? delta.y() : delta.x();
    if (!hasAtlas() || !m_state || steps == 0) {
        QWidget::wheelEvent(event);
        return;
    }
    zoomWindow(zoomFactorForWheel(steps), timeForX(event->position().x()));
    event->accept();
}

void OverviewStrip::keyPressEvent(QKeyEvent *event)
{
    if (!hasAtlas() || !m_state) {
        QWidget::keyPressEvent(event);
        return;
    }
    const qint64 start = m_state->windowStart();
    const qint64 span = m_state->windowEnd() - start;
    const qint64 centre = start + span / 2;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const qint64 step = std::max<qint64>(1, qint64(double(span) * keyPanFraction));
        const qint64 moved = clampedStart(start + (event->key() == Qt::Key_Left ? -step : step), span);
        setWindow(moved, moved + span);
        break;
    }
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomWindow(keyZoomFactor, centre);
        break;
    case Qt::Key_Minus:
        zoomWindow(1.0 / keyZoomFactor, centre);
        break;
    case Qt::Key_Home: {
        const qint64 moved = clampedStart(m_from, span);
        setWindow(moved, moved + span);
        break;
    }
    case Qt::Key_End: {
        const qint64 moved = clampedStart(m_to - span, span);
        setWindow(moved, moved + span);
        break;
    }
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool OverviewStrip::event(QEvent *event)
{
    if (answerToolTip(this, event, [this](QPoint position) { return toolTipAt(position); }))
        return true;
    return QWidget::event(event);
}

} // namespace Annals
