// SPDX-License-Identifier: GPL-3.0-or-later
#include "standingchart.h"

#include "historicaldate.h"
#include "tickplanner.h"
#include "timescale.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <optional>

namespace Annals {

namespace {

// Okabe–Ito blue and vermilion: apart for every common colour vision.
const QColor allyColour(0x00, 0x72, 0xb2);
const QColor rivalColour(0xd5, 0x5e, 0x00);

} // namespace

StandingChart::StandingChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Allies and rivals over time"));
}

void StandingChart::setSpan(qint64 from, qint64 to)
{
    m_from = from;
    m_to = to;
    update();
}

void StandingChart::setPoints(std::vector<StandingPoint> points)
{
    m_points = std::move(points);
    const StandingSummary summary = ActorStanding::summarise(m_points);
    m_peakAllies = summary.peakAllies;
    m_peakRivals = summary.peakRivals;
    update();
}

void StandingChart::setCursorTime(qint64 time)
{
    if (time == m_cursor)
        return;
    m_cursor = time;
    update();
}

QSize StandingChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 18, line * 8};
}

QSize StandingChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 10, line * 8};
}

StandingChart::Geometry StandingChart::geometryFor(const QRectF &target) const
{
    const QFontMetricsF metrics(font());
    const double line = metrics.height();
    Geometry geometry;
    geometry.maxAllies = std::max(m_peakAllies, 1);
    geometry.maxRivals = std::max(m_peakRivals, 1);
    const QString widest = QString::number(std::max(geometry.maxAllies, geometry.maxRivals));
    const double left = metrics.horizontalAdvance(widest) + line * 0.6;
    const double top = line * 1.6;    // the legend
    const double bottom = line * 1.4; // the years
    geometry.plot = QRectF(target.left() + left, target.top() + top, std::max(1.0, target.width() - left - line * 0.6),
                           std::max(1.0, target.height() - top - bottom));
    // One scale for both sides, so that a rival is as tall as an ally.
    geometry.unit = geometry.plot.height() / (geometry.maxAllies + geometry.maxRivals);
    geometry.axisY = geometry.plot.top() + geometry.maxAllies * geometry.unit;
    return geometry;
}

double StandingChart::xFor(const QRectF &plot, qint64 time) const
{
    if (!hasSpan())
        return plot.left();
    // The integer difference first: it is exact, its double nearly so.
    const qint64 clamped = std::clamp(time, m_from, m_to);
    return plot.left() + double(clamped - m_from) / double(m_to - m_from) * plot.width();
}

QPointF StandingChart::positionOf(qint64 time) const
{
    const Geometry geometry = geometryFor(rect());
    return {xFor(geometry.plot, time), geometry.axisY};
}

qint64 StandingChart::timeAt(double x) const
{
    if (!hasSpan())
        return m_from;
    const QRectF plot = geometryFor(rect()).plot;
    const double fraction = std::clamp((x - plot.left()) / plot.width(), 0.0, 1.0);
    return std::min(m_to - 1, m_from + qint64(fraction * double(m_to - m_from)));
}

void StandingChart::render(QPainter &painter, const QRectF &target) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(target, palette().base());
    painter.setFont(font());
    if (!hasSpan()) {
        painter.restore();
        return;
    }
    const QFontMetricsF metrics(font());
    const double line = metrics.height();
    const double stroke = std::max(1.5, line / 8);
    const Geometry geometry = geometryFor(target);
    const QRectF &plot = geometry.plot;
    const QColor text = palette().color(QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.15);

    // The legend above the plot says which side is which, in words, so that
    // nobody has to decode the colours.
    const QSizeF swatch(line * 0.9, line * 0.6);
    double x = target.left() + line * 0.2;
    const double legendMiddle = target.top() + line * 0.7;
    auto legendEntry = [&](const QBrush &fill, const QPen &outline, const QString &label) {
        const QRectF box(QPointF(x, legendMiddle - swatch.height() / 2), swatch);
        painter.fillRect(box, fill);
        painter.setPen(outline);
        painter.drawRect(box);
        x += swatch.width() + line * 0.3;
        painter.setPen(text);
        painter.drawText(QPointF(x, legendMiddle + metrics.ascent() / 2 - metrics.descent() / 2), label);
        x += metrics.horizontalAdvance(label) + line;
    };
    QString allyLabel = tr("Allies (above)");
    QString rivalLabel = tr("Rivals (below)");
    const double legendWidth = line * 0.2 + 2 * (swatch.width() + line * 1.3);
    if (legendWidth + metrics.horizontalAdvance(allyLabel) + metrics.horizontalAdvance(rivalLabel) > target.width()) {
        // Narrow dock or large type: the chart itself shows which is which.
        allyLabel = tr("Allies");
        rivalLabel = tr("Rivals");
    }
    QColor allyFill = allyColour;
    allyFill.setAlphaF(0.45);
    legendEntry(allyFill, QPen(allyColour, stroke), allyLabel);
    legendEntry(QBrush(rivalColour, Qt::BDiagPattern), QPen(rivalColour, stroke, Qt::DashLine), rivalLabel);

    // Years along the bottom, planned as the timeline plans its own.
    const TimeScale scale = TimeScale::fitting(m_from, m_to, std::max(1, int(plot.width())), 0.0);
    const TickPlan ticks =
        TickPlanner::plan(scale, [&metrics](const QString &label) { return metrics.horizontalAdvance(label); }, line);
    painter.setPen(QPen(faint, 1));
    for (const double tick : ticks.minorTicks)
        painter.drawLine(QPointF(plot.left() + tick, plot.top()), QPointF(plot.left() + tick, plot.bottom() + line * 0.2));
    painter.setPen(text);
    for (const TickLabel &label : ticks.minorLabels) {
        if (label.x + metrics.horizontalAdvance(label.text) <= plot.width() + line)
            painter.drawText(QPointF(plot.left() + label.x + 2, plot.bottom() + line * 0.2 + metrics.ascent()), label.text);
    }

    // The steps, as outlines along the top (allies) or bottom (rivals) of
    // filled areas that close on the axis.
    auto steps = [&](bool allies) {
        QPolygonF outline;
        auto level = [&](StandingCounts counts) {
            return allies ? geometry.axisY - counts.allies * geometry.unit
                          : geometry.axisY + counts.rivals * geometry.unit;
        };
        double y = level(ActorStanding::countsIn(m_points, m_from));
        outline << QPointF(plot.left(), y);
        for (const StandingPoint &point : m_points) {
            if (point.time <= m_from || point.time >= m_to)
                continue;
            const double px = xFor(plot, point.time);
            outline << QPointF(px, y);
            y = level(point.counts());
            outline << QPointF(px, y);
        }
        outline << QPointF(plot.right(), y);
        return outline;
    };
    const QPolygonF allies = steps(true);
    const QPolygonF rivals = steps(false);
    auto area = [&](const QPolygonF &outline) {
        QPolygonF closed = outline;
        closed << QPointF(plot.right(), geometry.axisY) << QPointF(plot.left(), geometry.axisY);
        return closed;
    };
    painter.setPen(Qt::NoPen);
    painter.setBrush(allyFill);
    painter.drawPolygon(area(allies));
    QColor rivalFill = rivalColour;
    rivalFill.setAlphaF(0.12);
    painter.setBrush(rivalFill);
    painter.drawPolygon(area(rivals));
    painter.setBrush(QBrush(rivalColour, Qt::BDiagPattern));
    painter.drawPolygon(area(rivals));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(allyColour, stroke, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.drawPolyline(allies);
    painter.setPen(QPen(rivalColour, stroke, Qt::DashLine, Qt::FlatCap, Qt::MiterJoin));
    painter.drawPolyline(rivals);

    // The axis and the counts it is measured in.
    painter.setPen(QPen(text, 1));
    painter.drawLine(QPointF(plot.left(), geometry.axisY), QPointF(plot.right(), geometry.axisY));
    auto countLabel = [&](int count, double y) {
        const QString label = QString::number(count);
        painter.drawText(QRectF(target.left(), y - line / 2, plot.left() - target.left() - line * 0.3, line),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    };
    countLabel(0, geometry.axisY);
    if (m_peakAllies > 0)
        countLabel(m_peakAllies, geometry.axisY - m_peakAllies * geometry.unit + line * 0.3);
    if (m_peakRivals > 0)
        countLabel(m_peakRivals, geometry.axisY + m_peakRivals * geometry.unit - line * 0.3);

    // The cursor, with a head above the plot so that it shows even where it
    // runs along a step's edge.
    if (m_cursor >= m_from && m_cursor < m_to) {
        const double cx = xFor(plot, m_cursor);
        painter.setPen(QPen(text, stroke));
        painter.drawLine(QPointF(cx, plot.top()), QPointF(cx, plot.bottom()));
        const double head = line * 0.35;
        painter.setPen(Qt::NoPen);
        painter.setBrush(text);
        painter.drawPolygon(QPolygonF{QPointF(cx - head, plot.top() - head), QPointF(cx + head, plot.top() - head),
                                      QPointF(cx, plot.top())});
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target.adjusted(0.5, 0.5, -0.5, -0.5));
    }
    painter.restore();
}

void StandingChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, rect());
}

bool StandingChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && hasSpan()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 time = timeAt(help->pos().x());
        const StandingCounts counts = ActorStanding::countsIn(m_points, time);
        const QString text = tr("%1: %2, %3")
                                 .arg(HistoricalDate(time, Precision::Day).toDisplayString(),
                                      tr("%n ally(s)", nullptr, counts.allies), tr("%n rival(s)", nullptr, counts.rivals))
                           + QLatin1Char('\n')
                           + tr("Click or drag to move the date. Left and Right jump to the previous or next change.");
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void StandingChart::pick(double x)
{
    if (!hasSpan())
        return;
    const qint64 time = timeAt(x);
    setCursorTime(time);
    Q_EMIT timePicked(time);
}

void StandingChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        pick(event->position().x());
    else
        QWidget::mousePressEvent(event);
}

void StandingChart::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        pick(event->position().x());
    else
        QWidget::mouseMoveEvent(event);
}

void StandingChart::keyPressEvent(QKeyEvent *event)
{
    if (!hasSpan()) {
        QWidget::keyPressEvent(event);
        return;
    }
    std::optional<qint64> target;
    switch (event->key()) {
    case Qt::Key_Left: {
        const auto before = std::lower_bound(m_points.begin(), m_points.end(), m_cursor,
                                             [](const StandingPoint &point, qint64 t) { return point.time < t; });
        if (before != m_points.begin() && std::prev(before)->time >= m_from)
            target = std::prev(before)->time;
        else if (m_cursor > m_from)
            target = m_from;
        break;
    }
    case Qt::Key_Right: {
        const auto after = std::upper_bound(m_points.begin(), m_points.end(), m_cursor,
                                            [](qint64 t, const StandingPoint &point) { return t < point.time; });
        if (after != m_points.end() && after->time < m_to)
            target = after->time;
        break;
    }
    case Qt::Key_Home:
        target = m_from;
        break;
    case Qt::Key_End:
        // The start of the span's last day, where a date reads as that day.
        target = std::max(m_from, HistoricalDate(m_to - 1, Precision::Day).seconds());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (target && *target != m_cursor) {
        setCursorTime(*target);
        Q_EMIT timePicked(*target);
    }
}

void StandingChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace Annals
