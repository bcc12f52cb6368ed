// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitychart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Annals {

namespace {

// Enough bars to see a shape, few enough to read each one in a dock.
constexpr int maximumBars = 24;

// Drawn over a bar whose period reaches past the window: lighter, hatched
// and outlined dashed, so that a short partial bar does not read as a quiet
// period, in colour or in greyscale.
class PartialMark : public QGraphicsRectItem
{
public:
    explicit PartialMark(QGraphicsItem *parent)
        : QGraphicsRectItem(parent)
    {
        setAcceptedMouseButtons(Qt::NoButton);
    }

    QColor barColour;
    QColor background;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        QColor veil = background;
        veil.setAlphaF(0.55);
        painter->fillRect(rect(), veil);
        painter->fillRect(rect(), QBrush(barColour, Qt::BDiagPattern));
        painter->setPen(QPen(barColour, 1.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect().adjusted(0.75, 0.75, -0.75, -0.75));
    }
};

// The smallest of 1, 2, 5, 10, 20, 50... that divides `maximum` into at
// most two steps: whole events on the count axis, and labels far enough
// apart in a chart eight lines high (closer ones Qt Charts cuts to "…").
qint64 countStep(quint32 maximum)
{
    qint64 step = 1;
    for (qint64 decade = 1;; decade *= 10) {
        for (const qint64 factor : {1, 2, 5}) {
            step = decade * factor;
            if (qint64(maximum) <= step * 2)
                return step;
        }
    }
}

} // namespace

struct ActivityChart::Parts {
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QBarSeries *series = nullptr;
    QBarSet *bars = nullptr;
    QBarCategoryAxis *periodAxis = nullptr;
    QValueAxis *countAxis = nullptr;
    std::vector<QGraphicsSimpleTextItem *> labels;
    std::vector<PartialMark *> partialMarks;
    QGraphicsRectItem *focusMark = nullptr;
    QGraphicsSimpleTextItem *emptyNote = nullptr;
    std::vector<bool> partial; // per period, as last shown
};

ActivityChart::ActivityChart(QWidget *parent)
    : QWidget(parent)
    , m_parts(std::make_unique<Parts>())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Events per period in view"));

    Parts &parts = *m_parts;
    parts.chart = new QChart;
    parts.chart->setAnimationOptions(QChart::NoAnimation);
    parts.chart->legend()->hide();
    parts.chart->setBackgroundRoundness(0);
    parts.chart->layout()->setContentsMargins(0, 0, 0, 0);

    parts.bars = new QBarSet(QString());
    parts.series = new QBarSeries;
    parts.series->append(parts.bars);
    parts.series->setBarWidth(0.7);
    parts.chart->addSeries(parts.series);

    // The periods' own labels are drawn below the bars (placeMarks), where
    // they can be thinned without the axis cutting them short; the axis
    // only lays the bars out.
    parts.periodAxis = new QBarCategoryAxis;
    parts.periodAxis->setVisible(false);
    parts.chart->addAxis(parts.periodAxis, Qt::AlignBottom);
    parts.series->attachAxis(parts.periodAxis);
    parts.countAxis = new QValueAxis;
    parts.countAxis->setTickType(QValueAxis::TicksDynamic);
    parts.countAxis->setTickAnchor(0);
    parts.countAxis->setLabelFormat(QStringLiteral("%d"));
    parts.countAxis->setMinorTickCount(0);
    parts.chart->addAxis(parts.countAxis, Qt::AlignLeft);
    parts.series->attachAxis(parts.countAxis);

    parts.focusMark = new QGraphicsRectItem(parts.chart);
    parts.focusMark->setAcceptedMouseButtons(Qt::NoButton);
    parts.focusMark->setZValue(20);
    parts.focusMark->hide();
    parts.emptyNote = new QGraphicsSimpleTextItem(tr("No events in view"), parts.chart);
    parts.emptyNote->setZValue(20);
    parts.emptyNote->hide();

    parts.view = new QChartView(parts.chart, this);
    parts.view->setFrameShape(QFrame::NoFrame);
    parts.view->setRenderHint(QPainter::Antialiasing);
    parts.view->setFocusPolicy(Qt::NoFocus);
    parts.view->setAccessibleName(accessibleName()); // the picture of what this widget describes
    parts.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    parts.view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Clicks, hovering and tooltips are this widget's, so that a bar means
    // the same whether the pointer is on it, above it or on its label.
    parts.view->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(parts.view);

    connect(parts.chart, &QChart::plotAreaChanged, this, [this] { placeMarks(); });
    applyStyle();
    showPeriods();
}

ActivityChart::~ActivityChart() = default;

void ActivityChart::setIndex(std::shared_ptr<const EventIndex> index)
{
    if (index == m_index)
        return;
    m_index = std::move(index);
    rebuildActivity();
}

void ActivityChart::setActor(ItemId actorId)
{
    if (actorId == m_activity.actorId())
        return;
    m_activity = ActorActivity(m_index.get(), actorId);
    m_focused = 0;
    updatePeriods();
}

void ActivityChart::setWindow(qint64 from, qint64 to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    updatePeriods();
}

void ActivityChart::rebuildActivity()
{
    // The scan of the index's actors: only here, when the index or the actor
    // changes, never as the window moves.
    m_activity = ActorActivity(m_index.get(), m_activity.actorId());
    updatePeriods();
}

void ActivityChart::updatePeriods()
{
    std::vector<ActivityPeriod> periods;
    if (m_index && m_activity.actorId() != 0)
        periods = m_activity.periods(m_from, m_to, maximumBars);
    std::vector<bool> partial;
    for (const ActivityPeriod &period : periods)
        partial.push_back(ActorActivity::isPartial(period, m_from, m_to));
    // Most window moves change nothing a bar shows.
    if (periods == m_periods && partial == m_parts->partial)
        return;
    m_periods = std::move(periods);
    m_parts->partial = std::move(partial);
    showPeriods();
}

void ActivityChart::showPeriods()
{
    Parts &parts = *m_parts;
    const int count = int(m_periods.size());
    m_focused = std::clamp(m_focused, 0, std::max(0, count - 1));
    m_hovered = -1;
    parts.bars->deselectAllBars();

    // The labels first: changing the axes below lays the chart out at once,
    // and placeMarks() then places them.
    while (int(parts.labels.size()) < count) {
        auto *label = new QGraphicsSimpleTextItem(parts.chart);
        label->setAcceptedMouseButtons(Qt::NoButton);
        label->setFont(font());
        label->setBrush(palette().color(QPalette::Text));
        parts.labels.push_back(label);
    }
    for (int i = 0; i < int(parts.labels.size()); ++i) {
        if (i < count)
            parts.labels[std::size_t(i)]->setText(m_periods[std::size_t(i)].label);
        parts.labels[std::size_t(i)]->setVisible(i < count);
    }

    quint32 highest = 0;
    quint32 total = 0;
    QList<qreal> values;
    QStringList categories;
    QStringList spoken;
    for (int i = 0; i < count; ++i) {
        const ActivityPeriod &period = m_periods[std::size_t(i)];
        values << period.count;
        // The axis wants distinct categories; what people read is drawn
        // by placeMarks().
        categories << QString::number(i);
        highest = std::max(highest, period.count);
        total += period.count;
        spoken << tr("%1: %2").arg(period.label).arg(period.count);
    }
    if (parts.periodAxis->categories() != categories)
        parts.periodAxis->setCategories(categories);
    if (parts.bars->count() == count) {
        for (int i = 0; i < count; ++i)
            parts.bars->replace(i, values[i]);
    } else {
        if (parts.bars->count() > 0)
            parts.bars->remove(0, parts.bars->count());
        parts.bars->append(values);
    }
    const qint64 step = countStep(highest);
    parts.countAxis->setTickInterval(double(step));
    parts.countAxis->setRange(0, double(std::max<qint64>(step, (highest + step - 1) / step * step)));
    // The counts' labels may have grown wider ("5" to "10"): the plot must
    // make room for them, or the axis cuts them to "…".
    parts.chart->layout()->invalidate();

    setAccessibleDescription(count == 0 ? QString()
                                        : tr("%n event(s) in view. %1", nullptr, int(total))
                                              .arg(spoken.join(QStringLiteral("; "))));
    parts.emptyNote->setVisible(count > 0 && total == 0);
    placeMarks();
}

void ActivityChart::settleLayout() const
{
    // The chart lays itself out on the next turn of the event loop; a
    // question about where a bar is must not get yesterday's answer.
    if (QGraphicsLayout *layout = m_parts->chart->layout(); layout && !layout->isActivated())
        layout->activate();
}

QPointF ActivityChart::widgetPosition(const QPointF &chartPosition) const
{
    const QChartView *view = m_parts->view;
    const QPointF inViewport = view->viewportTransform().map(m_parts->chart->mapToScene(chartPosition));
    return inViewport + QPointF(view->viewport()->mapTo(this, QPoint(0, 0)));
}

QRectF ActivityChart::barRect(int i) const
{
    if (i < 0 || i >= int(m_periods.size()))
        return {};
    settleLayout();
    QChart *chart = m_parts->chart;
    const double half = m_parts->series->barWidth() / 2;
    const double count = m_periods[std::size_t(i)].count;
    const QPointF topLeft = chart->mapToPosition(QPointF(i - half, count), m_parts->series);
    const QPointF bottomRight = chart->mapToPosition(QPointF(i + half, 0), m_parts->series);
    return QRectF(widgetPosition(topLeft), widgetPosition(bottomRight)).normalized();
}

QRectF ActivityChart::columnRect(int i) const
{
    if (i < 0 || i >= int(m_periods.size()))
        return {};
    settleLayout();
    QChart *chart = m_parts->chart;
    const QRectF plot = chart->plotArea();
    const double left = chart->mapToPosition(QPointF(i - 0.5, 0), m_parts->series).x();
    const double right = chart->mapToPosition(QPointF(i + 0.5, 0), m_parts->series).x();
    return QRectF(widgetPosition(QPointF(left, plot.top())), widgetPosition(QPointF(right, chart->size().height())))
        .normalized();
}

int ActivityChart::barAt(const QPointF &position) const
{
    for (int i = 0; i < int(m_periods.size()); ++i) {
        if (columnRect(i).contains(position))
            return i;
    }
    return -1;
}

void ActivityChart::placeMarks()
{
    Parts &parts = *m_parts;
    QChart *chart = parts.chart;
    const QRectF plot = chart->plotArea();
    // Called back by the chart in the middle of showPeriods() too: only
    // what is already there is placed.
    const int count = int(std::min({m_periods.size(), parts.labels.size(), parts.partial.size()}));
    const QFontMetricsF metrics(font());
    const double line = metrics.height();
    auto xAt = [&](double value) { return chart->mapToPosition(QPointF(value, 0), parts.series).x(); };

    // Labels under their bars, every k-th one when they would crowd, k the
    // same along the axis so that the shown ones keep an even rhythm. A label
    // stays right of the plot's left edge, clear of the count axis's "0".
    if (count > 0) {
        const double gap = line * 0.6;
        std::vector<QRectF> boxes;
        for (int i = 0; i < count; ++i) {
            const double width = metrics.horizontalAdvance(parts.labels[std::size_t(i)]->text());
            const double right = std::max(plot.left(), chart->size().width() - width);
            const double x = std::clamp(xAt(i) - width / 2, plot.left() - line * 0.2, right);
            boxes.emplace_back(x, plot.bottom() + line * 0.15, width, line);
        }
        int every = 1;
        auto fits = [&](int stride) {
            for (int i = stride; i < count; i += stride) {
                if (boxes[std::size_t(i - stride)].right() + gap > boxes[std::size_t(i)].left())
                    return false;
            }
            return true;
        };
        while (every < count && !fits(every))
            ++every;
        for (int i = 0; i < count; ++i) {
            QGraphicsSimpleTextItem *label = parts.labels[std::size_t(i)];
            label->setPos(boxes[std::size_t(i)].topLeft());
            label->setVisible(i % every == 0);
        }
    }

    while (int(parts.partialMarks.size()) < 2)
        parts.partialMarks.push_back(new PartialMark(chart));
    int used = 0;
    const double half = parts.series->barWidth() / 2;
    for (int i = 0; i < count && used < int(parts.partialMarks.size()); ++i) {
        if (!parts.partial[std::size_t(i)] || m_periods[std::size_t(i)].count == 0)
            continue;
        PartialMark *mark = parts.partialMarks[std::size_t(used++)];
        const QPointF topLeft = chart->mapToPosition(QPointF(i - half, m_periods[std::size_t(i)].count), parts.series);
        const QPointF bottomRight = chart->mapToPosition(QPointF(i + half, 0), parts.series);
        mark->setRect(QRectF(topLeft, bottomRight).normalized());
        mark->barColour = barColour();
        mark->background = palette().color(QPalette::Base);
        mark->setZValue(10);
        mark->show();
        mark->update();
    }
    for (std::size_t i = std::size_t(used); i < parts.partialMarks.size(); ++i)
        parts.partialMarks[i]->hide();

    if (hasFocus() && m_focused < count) {
        const QRectF columnArea(QPointF(xAt(m_focused - 0.5) + 1, plot.top()),
                                QPointF(xAt(m_focused + 0.5) - 1, plot.bottom() + line * 1.2));
        parts.focusMark->setRect(columnArea);
        parts.focusMark->setPen(QPen(palette().color(QPalette::Text), 1, Qt::DotLine));
        parts.focusMark->show();
    } else {
        parts.focusMark->hide();
    }

    const QRectF note = parts.emptyNote->boundingRect();
    parts.emptyNote->setPos(plot.center() - note.center());
}

void ActivityChart::applyStyle()
{
    Parts &parts = *m_parts;
    const QPalette colours = palette();
    const QColor text = colours.color(QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.15);
    const QColor barColour = this->barColour();

    parts.chart->setBackgroundBrush(colours.base());
    parts.chart->setBackgroundPen(Qt::NoPen);
    parts.bars->setColor(barColour);
    parts.bars->setBorderColor(barColour);
    // The hovered bar in the highlight colour: the one a click would open.
    parts.bars->setSelectedColor(colours.color(QPalette::Highlight));
    parts.countAxis->setLabelsFont(font());
    parts.countAxis->setLabelsColor(text);
    parts.countAxis->setGridLineColor(faint);
    parts.countAxis->setLinePenColor(faint);
    parts.countAxis->setLineVisible(false);
    parts.focusMark->setPen(QPen(text, 1, Qt::DotLine));
    QFont italic = font();
    italic.setItalic(true);
    parts.emptyNote->setFont(italic);
    parts.emptyNote->setBrush(text);
    for (QGraphicsSimpleTextItem *label : parts.labels) {
        label->setFont(font());
        label->setBrush(text);
    }
    // Room below the plot for one line of labels, and at the right for the
    // last one to be centred under its bar.
    const QFontMetricsF metrics(font());
    const int line = int(std::ceil(metrics.height()));
    parts.chart->setMargins(QMargins(line / 4, line / 2, line / 2, int(line * 1.4)));
    placeMarks();
}

QColor ActivityChart::barColour() const
{
    // A neutral mid-tone of the text over the background: apart from the
    // standing chart's blue and vermilion above, which mean allies and
    // rivals, and readable in any theme and in greyscale.
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    const double share = 0.6;
    return QColor::fromRgbF(float(text.redF() * share + base.redF() * (1 - share)),
                            float(text.greenF() * share + base.greenF() * (1 - share)),
                            float(text.blueF() * share + base.blueF() * (1 - share)));
}

QSize ActivityChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 18, line * 8};
}

QSize ActivityChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 10, line * 7};
}

QString ActivityChart::toolTipFor(int i) const
{
    if (i < 0 || i >= int(m_periods.size()))
        return {};
    const ActivityPeriod &period = m_periods[std::size_t(i)];
    QString text = tr("%1: %2").arg(period.label, tr("%n event(s)", nullptr, int(period.count)));
    if (ActorActivity::isPartial(period, m_from, m_to))
        text += QLatin1Char('\n') + tr("Part of this period is outside the view; only the events in view are counted.");
    text += QLatin1Char('\n') + tr("Click to show this period on the timeline.");
    return text;
}

void ActivityChart::activate(int i)
{
    if (i < 0 || i >= int(m_periods.size()))
        return;
    m_focused = i;
    const ActivityPeriod period = m_periods[std::size_t(i)]; // the signal may change m_periods
    Q_EMIT periodActivated(period.start, period.end);
}

bool ActivityChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int bar = barAt(help->pos());
        if (bar >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(bar), this, columnRect(bar).toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ActivityChart::mousePressEvent(QMouseEvent *event)
{
    const int bar = event->button() == Qt::LeftButton ? barAt(event->position()) : -1;
    if (bar < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_focused = bar;
    placeMarks();
    activate(bar);
}

void ActivityChart::mouseMoveEvent(QMouseEvent *event)
{
    const int bar = barAt(event->position());
    if (bar != m_hovered) {
        m_parts->bars->deselectAllBars();
        if (bar >= 0)
            m_parts->bars->selectBar(bar);
        m_hovered = bar;
        setCursor(bar >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
    QWidget::mouseMoveEvent(event);
}

void ActivityChart::leaveEvent(QEvent *event)
{
    m_parts->bars->deselectAllBars();
    m_hovered = -1;
    QWidget::leaveEvent(event);
}

void ActivityChart::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_periods.size());
    if (count == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        m_focused = std::max(0, m_focused - 1);
        break;
    case Qt::Key_Right:
        m_focused = std::min(count - 1, m_focused + 1);
        break;
    case Qt::Key_Home:
        m_focused = 0;
        break;
    case Qt::Key_End:
        m_focused = count - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate(m_focused);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    placeMarks();
    // Where the focus went, for those who cannot see the dotted frame.
    QToolTip::showText(mapToGlobal(columnRect(m_focused).center().toPoint()), toolTipFor(m_focused), this);
}

void ActivityChart::focusInEvent(QFocusEvent *event)
{
    placeMarks();
    QWidget::focusInEvent(event);
}

void ActivityChart::focusOutEvent(QFocusEvent *event)
{
    placeMarks();
    QWidget::focusOutEvent(event);
}

void ActivityChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        applyStyle();
        if (event->type() == QEvent::FontChange)
            updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace Annals
