// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinecanvas.h"

#include "paintdevice.h"
#include "theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace Annals {

namespace {

constexpr double baseRowHeight = 24;
// Bars are a shade darker than the markers of their category (QColor::darker).
constexpr int barShade = 115;
constexpr double baseMarkerSize = 10;
// What is left of an event outside the highlight: faint enough that a
// projector shows the highlighted ones at once, strong enough to keep the
// shape of the whole.
constexpr double dimmedOpacity = 0.28;

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

QColor dimmedIf(bool dimmed, QColor colour)
{
    if (dimmed)
        colour.setAlphaF(colour.alphaF() * dimmedOpacity);
    return colour;
}


} // namespace

TimelineCanvas::TimelineCanvas()
    : m_baseFont(QGuiApplication::font())
    , m_font(m_baseFont)
{
}

TimelineCanvas::~TimelineCanvas() = default;

void TimelineCanvas::setAtlas(const AtlasData *data, std::shared_ptr<const EventIndex> index)
{
    m_data = data;
    m_index = std::move(index);
    m_eventRows.clear();
    if (m_data) {
        for (qsizetype i = 0; i < m_data->events.size(); ++i)
            m_eventRows.insert(m_data->events.at(i).id, i);
    }
    m_actorNames = m_data ? ActorNames(*m_data) : ActorNames();
    m_titleWidths.clear();
    m_staticTexts.clear();
    lookUpRelation(); // the same id may name another relation, or none, in this atlas
    rebuildLanes();
}

void TimelineCanvas::rebuildLanes()
{
    m_lanes = m_index ? TimelineLanes::build(*m_index, m_laneMode, m_actorNames,
                                             m_data ? TimelineLanes::successionGroups(*m_data) : QHash<quint32, quint32>())
                      : TimelineLanes();
    m_verticalOffset = 0;
    rebuildHighlight(); // it knows which lanes hold its events
}

void TimelineCanvas::rebuildHighlight()
{
    QList<ItemId> actors;
    QList<ItemId> emphasised;
    // An actor the atlas does not know highlights nothing rather than dim everything.
    if (m_selectedActor != 0 && !m_actorNames.name(m_selectedActor).isEmpty())
        actors.append(m_selectedActor);
    if (m_relation) {
        if (actors.isEmpty())
            actors << m_relation->sourceId << m_relation->targetId;
        emphasised << m_relation->beginEventId << m_relation->endEventId;
    }
    m_highlight = m_index && !actors.isEmpty() ? TimelineHighlight::build(*m_index, m_lanes, actors, emphasised)
                                               : TimelineHighlight();
    invalidateLayout();
}

void TimelineCanvas::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode)
        return;
    m_laneMode = mode;
    rebuildLanes();
}

void TimelineCanvas::setSize(QSize size)
{
    if (size == m_size)
        return;
    m_size = size;
    m_scale = m_scale.resized(size.width());
    invalidateLayout();
}

void TimelineCanvas::setScale(const TimeScale &scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    invalidateLayout();
}

std::pair<qint64, qint64> TimelineCanvas::dataRange() const
{
    qint64 from = 0;
    qint64 to = 0;
    bool any = false;
    auto include = [&](qint64 start, qint64 end) {
        from = any ? std::min(from, start) : start;
        to = any ? std::max(to, end) : end;
        any = true;
    };
    if (m_index && !m_index->isEmpty())
        include(m_index->earliest(), m_index->latest());
    if (m_data) {
        for (const Era &era : m_data->eras)
            include(era.when.start.seconds(), era.when.endExclusive().value_or(era.when.start.periodEnd()));
    }
    if (!any) {
        // An empty atlas shows the last century, a sensible place to start adding.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return {now - qint64(100) * 365 * 86400, now};
    }
    return {from, to};
}

TimeScale TimelineCanvas::fittingScale() const
{
    const auto [from, to] = dataRange();
    return TimeScale::fitting(from, to, m_size.width());
}

void TimelineCanvas::setFontScale(qreal scale)
{
    m_fontScale = scale;
    setBaseFont(m_baseFont);
}

void TimelineCanvas::setBaseFont(const QFont &font)
{
    m_baseFont = font;
    m_font = font;
    m_font.setPointSizeF(font.pointSizeF() * m_fontScale);
    m_titleWidths.clear();
    m_staticTexts.clear();
    m_sprites.clear();
    m_badges.clear();
    invalidateLayout();
}

void TimelineCanvas::setSelectedEvent(ItemId id)
{
    if (id == m_selectedEvent)
        return;
    m_selectedEvent = id;
    invalidateLayout();
}

void TimelineCanvas::setSelectedActor(ItemId id)
{
    if (id == m_selectedActor)
        return;
    m_selectedActor = id;
    rebuildHighlight();
}

void TimelineCanvas::setSelectedRelation(ItemId id)
{
    if (id == m_selectedRelation)
        return;
    m_selectedRelation = id;
    lookUpRelation();
    rebuildHighlight();
}

void TimelineCanvas::lookUpRelation()
{
    m_relation.reset();
    if (!m_data || m_selectedRelation == 0)
        return;
    const ItemId id = m_selectedRelation;
    const auto found = std::find_if(m_data->relations.cbegin(), m_data->relations.cend(),
                                    [id](const Relation &relation) { return relation.id == id; });
    if (found != m_data->relations.cend())
        m_relation = *found;
}

bool TimelineCanvas::isDimmed(ItemId eventId) const
{
    if (!m_index || !m_highlight.isActive())
        return false;
    const qsizetype row = m_index->rowOf(eventId);
    return row >= 0 && m_highlight.dims(*m_index, quint32(row), m_selectedEvent);
}

bool TimelineCanvas::isEmphasised(ItemId eventId) const
{
    return eventId != 0 && m_highlight.isEmphasised(eventId);
}

std::optional<std::pair<qint64, qint64>> TimelineCanvas::focusRange() const
{
    if (m_relation) {
        const qint64 start = m_relation->when.start.seconds();
        // A relation still in force runs to the atlas's last date; a day at least.
        const qint64 end = m_relation->when.endExclusive().value_or(dataRange().second);
        return std::pair(start, std::max(end, start + 86400));
    }
    return m_highlight.extent();
}

QString TimelineCanvas::relationCaption() const
{
    if (!m_relation)
        return {};
    const Relation &relation = *m_relation;
    const QString what = !relation.label.isEmpty() ? relation.label : relationKindName(relation.kind);
    // The actors as they were called when it began: the Soviet Union in 1961.
    const qint64 at = relation.when.start.seconds();
    const QString source = m_actorNames.nameAt(relation.sourceId, at);
    const QString target = m_actorNames.nameAt(relation.targetId, at);
    return relation.directed ? tr("%1: %2 → %3").arg(what, source, target) : tr("%1: %2 – %3").arg(what, source, target);
}

QString TimelineCanvas::focusCaption() const
{
    const QString actor = m_selectedActor != 0 ? m_actorNames.name(m_selectedActor) : QString();
    if (!actor.isEmpty())
        return tr("Showing %1's events — Esc to clear").arg(actor);
    if (m_relation)
        return tr("Showing %1 — Esc to clear").arg(relationCaption());
    return {};
}

QRectF TimelineCanvas::focusBanner() const
{
    if (focusCaption().isEmpty())
        return {};
    return QRectF(0, axisHeight(), m_size.width(), QFontMetricsF(m_font).height() + 10);
}

double TimelineCanvas::contentTop() const
{
    return axisHeight() + focusBanner().height();
}

QRectF TimelineCanvas::relationBand() const
{
    if (!m_relation)
        return {};
    const TimeSpan &when = m_relation->when;
    const double top = contentTop();
    const double x1 = m_scale.xForTime(when.start.seconds());
    // Still in force: to the right edge. A relation of a day stays visible
    // when zoomed out to centuries.
    const double x2 = std::max(when.hasEnd() ? m_scale.xForTime(*when.endExclusive()) : double(m_size.width()), x1 + 2);
    const double left = std::max(x1, 0.0);
    const double right = std::min(x2, double(m_size.width()));
    if (right <= left || m_size.height() <= top)
        return {};
    return QRectF(left, top, right - left, m_size.height() - top);
}

void TimelineCanvas::setVerticalOffset(double offset)
{
    offset = std::max(0.0, offset);
    if (offset == m_verticalOffset)
        return;
    m_verticalOffset = offset;
    invalidateLayout();
}

double TimelineCanvas::axisHeight() const
{
    return 2 * QFontMetricsF(m_font).height() + 14;
}

double TimelineCanvas::layoutRowHeight() const
{
    return std::max(baseRowHeight * m_fontScale, QFontMetricsF(m_font).height() + 8);
}

double TimelineCanvas::laneHeaderWidth() const
{
    return std::min(180.0 * m_fontScale, m_size.width() / 4.0);
}

const Event *TimelineCanvas::event(ItemId id) const
{
    if (!m_data)
        return nullptr;
    const auto row = m_eventRows.constFind(id);
    return row == m_eventRows.constEnd() ? nullptr : &m_data->events.at(*row);
}

QString TimelineCanvas::title(ItemId id) const
{
    if (!m_data)
        return {};
    const auto row = m_eventRows.constFind(id);
    return row == m_eventRows.constEnd() ? QString() : m_data->events.at(*row).title;
}

double TimelineCanvas::textWidth(const QString &text) const
{
    auto found = m_titleWidths.constFind(text);
    if (found != m_titleWidths.constEnd())
        return *found;
    const double width = QFontMetricsF(m_font).horizontalAdvance(text);
    m_titleWidths.insert(text, width);
    return width;
}

TimelineLayoutParameters TimelineCanvas::layoutParameters(Quality quality) const
{
    TimelineLayoutParameters p;
    p.textWidth = [this](const QString &text) { return textWidth(text); };
    p.title = [this](ItemId id) { return title(id); };
    p.top = contentTop(); // nothing is laid out under the focus banner
    p.verticalOffset = m_verticalOffset;
    p.viewHeight = m_size.height();
    p.rowHeight = layoutRowHeight();
    p.markerSize = baseMarkerSize * m_fontScale;
    p.clusterDistance = p.markerSize * 0.9;
    p.labelHeight = QFontMetricsF(m_font).height();
    p.labelGap = 4 * m_fontScale;
    p.selectedEvent = m_selectedEvent;
    p.highlight = &m_highlight;
    p.maximumHeaderWidth = laneHeaderWidth() - 12;
    if (quality == Quality::Interactive)
        p.densityPerColumn = 1.0; // fewer single items while the view moves
    return p;
}

const TimelineScene &TimelineCanvas::scene(Quality quality)
{
    if (!m_sceneValid || m_sceneQuality != quality) {
        m_scene = m_index ? TimelineLayout::layout(*m_index, m_lanes, m_scale, layoutParameters(quality))
                          : TimelineScene();
        m_sceneValid = true;
        m_sceneQuality = quality;
    }
    return m_scene;
}

TickPlan TimelineCanvas::ticks() const
{
    const QFontMetricsF metrics(m_font);
    return TickPlanner::plan(m_scale, [&metrics](const QString &text) { return metrics.horizontalAdvance(text); },
                             16 * m_fontScale);
}

QColor TimelineCanvas::categoryColour(int category) const
{
    return Annals::categoryColour(category);
}

const QImage &TimelineCanvas::markerSprite(int category, int importance, bool selected, bool faded, bool dimmed,
                                           qreal devicePixelRatio)
{
    // Antialiased circles are the most expensive thing on the timeline; each
    // kind is drawn once into an image and blitted after that.
    const quint64 key = (quint64(category & 0xffff) << 32) | (quint64(importance) << 8) | (selected ? 1 : 0)
        | (faded ? 2 : 0) | (dimmed ? 4 : 0) | (quint64(qRound(devicePixelRatio * 4)) << 16);
    auto found = m_sprites.constFind(key);
    if (found != m_sprites.constEnd())
        return *found;
    const double size = markerDiameter(importance, selected);
    const int pixels = int(std::ceil((size + 2) * devicePixelRatio));
    QImage sprite(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    sprite.setDevicePixelRatio(devicePixelRatio);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    paintMarker(painter, QRectF(1, 1, size, size), category, selected, faded, dimmed);
    painter.end();
    return *m_sprites.insert(key, sprite);
}

double TimelineCanvas::markerDiameter(int importance, bool selected) const
{
    return baseMarkerSize * m_fontScale * (0.7 + 0.1 * importance) + (selected ? 6 : 0);
}

void TimelineCanvas::paintMarker(QPainter &painter, const QRectF &circle, int category, bool selected, bool faded,
                                 bool dimmed) const
{
    // Approximate dates are drawn fainter, and events outside a highlight
    // fainter still, baked into their own sprites so that painting never
    // changes the painter's opacity per item.
    painter.setOpacity(painter.opacity() * (faded ? 0.6 : 1.0) * (dimmed ? dimmedOpacity : 1.0));
    const QColor colour = categoryColour(category);
    if (selected) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(withAlpha(QGuiApplication::palette().color(QPalette::Highlight), 110));
        painter.drawEllipse(circle);
        painter.setBrush(colour);
        painter.setPen(QPen(QGuiApplication::palette().color(QPalette::Base), 1.5));
        painter.drawEllipse(circle.adjusted(3, 3, -3, -3));
    } else {
        painter.setBrush(colour);
        const QPalette palette = QGuiApplication::palette();
        painter.setPen(QPen(visibleEdge(colour, colour.darker(140), palette.color(QPalette::Base),
                                        palette.color(QPalette::PlaceholderText)),
                            1));
        painter.drawEllipse(circle.adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

const QStaticText &TimelineCanvas::staticText(const QString &text)
{
    auto found = m_staticTexts.find(text);
    if (found != m_staticTexts.end())
        return *found;
    if (m_staticTexts.size() > 4000)
        m_staticTexts.clear();
    QStaticText staticText(text);
    staticText.setTextFormat(Qt::PlainText);
    staticText.prepare(QTransform(), m_font);
    return *m_staticTexts.insert(text, staticText);
}

void TimelineCanvas::paint(QPainter &painter, Quality quality)
{
    const QPalette palette = QGuiApplication::palette();
    // The sprites and badges bake in palette colours: a new theme redraws them.
    if (palette.cacheKey() != m_spritePaletteKey) {
        m_sprites.clear();
        m_badges.clear();
        m_spritePaletteKey = palette.cacheKey();
    }
    painter.save();
    painter.setClipRect(QRect(QPoint(0, 0), m_size));
    painter.fillRect(QRect(QPoint(0, 0), m_size), palette.color(QPalette::Base));
    painter.setFont(m_font);
    painter.setRenderHint(QPainter::Antialiasing, quality == Quality::Full);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    const TimelineScene &frame = scene(quality);
    m_frameTicks = ticks(); // once a frame: the grid and the axis share it
    paintEras(painter);
    paintLanes(painter, frame);
    paintRelationBand(painter);
    paintDensities(painter, frame);
    paintLinks(painter, frame);
    paintItems(painter, frame, quality);
    paintLabels(painter, frame);
    paintLaneHeaders(painter, frame);
    paintFocusCaptions(painter);
    paintAxis(painter);
    paintMarkers(painter);
    if (m_legendVisible)
        paintLegend(painter, frame);
    if (m_eventPreview)
        paintEventPreview(painter);
    painter.restore();
}

void TimelineCanvas::paintEras(QPainter &painter)
{
    if (!m_data)
        return;
    const QPalette palette = QGuiApplication::palette();
    const double top = axisHeight();
    QFont eraFont = m_font;
    eraFont.setItalic(true);
    painter.setFont(eraFont);
    const QFontMetricsF metrics(eraFont);
    int shade = 0;
    for (const Era &era : m_data->eras) {
        const double x1 = m_scale.xForTime(era.when.start.seconds());
        const double x2 = m_scale.xForTime(era.when.endExclusive().value_or(era.when.start.periodEnd()));
        if (x2 < 0 || x1 > m_size.width())
            continue;
        const QRectF band(std::max(x1, -1.0), top, std::min(x2, m_size.width() + 1.0) - std::max(x1, -1.0),
                          m_size.height() - top);
        QColor colour = era.colour.isEmpty() ? palette.color(QPalette::AlternateBase) : QColor(era.colour);
        colour.setAlpha(era.colour.isEmpty() ? (shade++ % 2 ? 255 : 0) : eraTintAlpha);
        painter.fillRect(band, colour);
        painter.setPen(QPen(palette.color(QPalette::Mid), 1, Qt::DotLine));
        painter.drawLine(QPointF(x1, top), QPointF(x1, m_size.height()));
        const QString text = metrics.elidedText(era.title, Qt::ElideRight, band.width() - 8);
        if (text.size() > 3) {
            painter.setPen(palette.color(QPalette::PlaceholderText));
            painter.drawText(QPointF(band.left() + 4, m_size.height() - metrics.descent() - 4), text);
        }
    }
    painter.setFont(m_font);
}

void TimelineCanvas::paintLanes(QPainter &painter, const TimelineScene &frame)
{
    const QPalette palette = QGuiApplication::palette();
    painter.setPen(QPen(palette.color(QPalette::Midlight), 1));
    for (const auto &lane : frame.lanes) {
        const double bottom = lane.top + lane.height;
        if (bottom < axisHeight() || lane.top > m_size.height())
            continue;
        painter.drawLine(QPointF(0, bottom), QPointF(m_size.width(), bottom));
    }
    // Light grid at the major ticks, so dates can be read across the lanes.
    const TickPlan &plan = m_frameTicks;
    painter.setPen(QPen(withAlpha(palette.color(QPalette::Mid), 60), 1));
    for (double x : plan.majorTicks)
        painter.drawLine(QPointF(x, axisHeight()), QPointF(x, m_size.height()));
}

void TimelineCanvas::paintDensities(QPainter &painter, const TimelineScene &frame)
{
    // On a screen, one image row per lane, written pixel by pixel and drawn
    // once: the cheapest way to show a million events.
    for (const auto &density : frame.densities) {
        if (density.maximum == 0)
            continue;
        const QColor colour = m_laneMode == LaneMode::Category
            ? categoryColour(m_lanes.lanes().at(density.lane).category)
            : QGuiApplication::palette().color(QPalette::Highlight);
        // The top row stays free for the lane's most important events.
        const double rowHeight = layoutRowHeight();
        const int height = std::max(4, int(density.height - rowHeight - 4));
        const double logMaximum = std::log1p(double(density.maximum));
        const double logHighlighted = std::log1p(double(std::max(density.highlightedMaximum, 1u)));
        const auto alphaAt = [&](std::size_t column) {
            const quint32 count = density.counts[column];
            const int alpha = count == 0 ? 0 : int(40 + 215 * std::log1p(double(count)) / logMaximum);
            if (!density.dimmed)
                return alpha;
            // A highlighted event is one column among thousands: two
            // columns wide, at nearly full strength, it shows on a projector.
            const auto &highlighted = density.highlightedCounts;
            const quint32 own = std::max(highlighted[column], column > 0 ? highlighted[column - 1] : 0u);
            return own > 0 ? int(170 + 85 * std::log1p(double(own)) / logHighlighted) : int(alpha * dimmedOpacity);
        };
        const double top = density.top + rowHeight + 2;
        if (!paintsPixels(painter)) {
            // One rectangle per run of equal columns keeps a vector export small.
            const std::size_t columns = density.counts.size();
            for (std::size_t start = 0; start < columns;) {
                const int alpha = alphaAt(start);
                std::size_t end = start + 1;
                while (end < columns && alphaAt(end) == alpha)
                    ++end;
                if (alpha > 0)
                    painter.fillRect(QRectF(double(start), top, double(end - start), height), withAlpha(colour, alpha));
                start = end;
            }
            continue;
        }
        QImage strip(int(density.counts.size()), height, QImage::Format_ARGB32_Premultiplied);
        auto *line = reinterpret_cast<QRgb *>(strip.scanLine(0));
        for (std::size_t column = 0; column < density.counts.size(); ++column)
            line[column] = qPremultiply(qRgba(colour.red(), colour.green(), colour.blue(), alphaAt(column)));
        // Copying the first line down is far cheaper than letting the
        // painter scale a one-pixel image to the lane's height.
        for (int y = 1; y < height; ++y)
            std::memcpy(strip.scanLine(y), strip.constScanLine(0), std::size_t(strip.bytesPerLine()));
        painter.drawImage(QPointF(0, top), strip);
    }
}

void TimelineCanvas::paintItems(QPainter &painter, const TimelineScene &frame, Quality quality)
{
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const bool pixels = paintsPixels(painter);
    const double barHeight = baseMarkerSize * m_fontScale * 0.9;
    for (const auto &item : frame.items) {
        const int category = m_index->category(item.row);
        const QColor colour = categoryColour(category);
        if (item.bar) {
            const QRectF bar(item.x1, item.y - barHeight / 2, std::max(item.x2 - item.x1, 1.0), barHeight);
            if (item.softEdges || item.approximate) {
                // Known only to the year (or "c."): fade at both ends, so the
                // eye does not read a precise start and end.
                QLinearGradient gradient(bar.topLeft(), bar.topRight());
                const double fade = std::min(0.25, 12.0 / std::max(bar.width(), 1.0));
                const QColor inside = dimmedIf(item.dimmed, withAlpha(colour, item.approximate ? 120 : 170));
                gradient.setColorAt(0, withAlpha(colour, 0));
                gradient.setColorAt(fade, inside);
                gradient.setColorAt(1 - fade, inside);
                gradient.setColorAt(1, withAlpha(colour, 0));
                painter.fillRect(bar, gradient);
            } else {
                painter.fillRect(bar, dimmedIf(item.dimmed, colour.darker(barShade)));
            }
            if (item.selected) {
                painter.setPen(QPen(QGuiApplication::palette().color(QPalette::Highlight), 2.5));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(bar.adjusted(-2, -2, 2, 2));
            }
            if (item.emphasised) {
                painter.setPen(QPen(QGuiApplication::palette().color(QPalette::Text), 2));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(bar.adjusted(-4.5, -4.5, 4.5, 4.5));
            }
            continue;
        }
        const bool faded = item.approximate && quality == Quality::Full;
        const int importance = m_index->importance(item.row);
        double half = 0;
        if (pixels) {
            const QImage &sprite = markerSprite(category, importance, item.selected, faded, item.dimmed, dpr);
            const QSizeF size = QSizeF(sprite.size()) / sprite.devicePixelRatio();
            painter.drawImage(QPointF(item.x1 - size.width() / 2, item.y - size.height() / 2), sprite);
            half = size.width() / 2;
        } else {
            const double size = markerDiameter(importance, item.selected);
            painter.save();
            paintMarker(painter, QRectF(item.x1 - size / 2, item.y - size / 2, size, size), category, item.selected,
                        faded, item.dimmed);
            painter.restore();
            half = size / 2 + 1; // the sprite's margin
        }
        if (item.emphasised) {
            // A ring, apart from the marker: it began or ended the selected relation.
            const double radius = half + 3;
            painter.setPen(QPen(QGuiApplication::palette().color(QPalette::Text), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(QPointF(item.x1, item.y), radius, radius);
        }
    }

    for (const auto &cluster : frame.clusters) {
        const BadgeStyle style = cluster.dimmed ? BadgeStyle::Dimmed
            : cluster.highlighted > 0           ? BadgeStyle::Highlighted
                                                : BadgeStyle::Plain;
        if (pixels) {
            const QImage &badge = clusterBadge(cluster.count, style, dpr);
            const QSizeF size = QSizeF(badge.size()) / badge.devicePixelRatio();
            painter.drawImage(QPointF(cluster.x - size.width() / 2, cluster.y - size.height() / 2), badge);
        } else {
            const BadgeShape shape = badgeShape(cluster.count);
            const QSizeF &size = shape.ellipse;
            painter.save();
            paintBadge(painter, QRectF(QPointF(cluster.x - size.width() / 2, cluster.y - size.height() / 2), size),
                       shape, style);
            painter.restore();
        }
    }
}

const QImage &TimelineCanvas::clusterBadge(quint32 count, BadgeStyle style, qreal devicePixelRatio)
{
    // Counts repeat ("2", "3", … "1k"), so each badge is drawn once with
    // antialiasing and text, then blitted like the markers.
    const QString text = count > 999 ? QStringLiteral("%1k").arg(count / 1000) : QString::number(count);
    const QString key = text + QLatin1Char('@') + QString::number(qRound(devicePixelRatio * 4)) + QLatin1Char('/')
        + QString::number(int(style));
    auto found = m_badges.constFind(key);
    if (found != m_badges.constEnd())
        return *found;
    const BadgeShape shape = badgeShape(count);
    const QSizeF size = shape.ellipse + QSizeF(2, 2);
    QImage badge((size * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    badge.setDevicePixelRatio(devicePixelRatio);
    badge.fill(Qt::transparent);
    QPainter painter(&badge);
    painter.setRenderHint(QPainter::Antialiasing);
    paintBadge(painter, QRectF(QPointF(1, 1), shape.ellipse), shape, style);
    painter.end();
    return *m_badges.insert(key, badge);
}

TimelineCanvas::BadgeShape TimelineCanvas::badgeShape(quint32 count) const
{
    BadgeShape shape;
    shape.text = count > 999 ? QStringLiteral("%1k").arg(count / 1000) : QString::number(count);
    shape.font = m_font;
    shape.font.setPointSizeF(m_font.pointSizeF() * 0.8);
    shape.font.setBold(true);
    const QFontMetricsF metrics(shape.font);
    const double radius = std::max(baseMarkerSize * m_fontScale * 0.8, metrics.horizontalAdvance(shape.text) / 2 + 4);
    shape.ellipse = QSizeF(2 * radius, 2 * std::min(radius, baseRowHeight * m_fontScale / 2 - 1));
    return shape;
}

void TimelineCanvas::paintBadge(QPainter &painter, const QRectF &ellipse, const BadgeShape &shape,
                                BadgeStyle style) const
{
    const QPalette palette = QGuiApplication::palette();
    painter.setOpacity(painter.opacity() * (style == BadgeStyle::Dimmed ? dimmedOpacity : 1.0));
    painter.setBrush(palette.color(QPalette::Dark));
    if (style == BadgeStyle::Highlighted) {
        // Some of the highlight's events are in here: ringed like a selection.
        painter.setPen(QPen(palette.color(QPalette::Highlight), 2.5));
        painter.drawEllipse(ellipse.adjusted(0.25, 0.25, -0.25, -0.25));
    } else {
        painter.setPen(QPen(palette.color(QPalette::Base), 1.5));
        painter.drawEllipse(ellipse);
    }
    painter.setFont(shape.font);
    painter.setPen(palette.color(QPalette::BrightText));
    painter.drawText(ellipse, Qt::AlignCenter, shape.text);
}

void TimelineCanvas::paintLinks(QPainter &painter, const TimelineScene &frame)
{
    if (!m_data || m_data->eventLinks.isEmpty())
        return;
    // Arcs only where both ends are on screen as items of their own, in the
    // same lane: a line across lanes would read as one more event.
    struct End {
        QPointF position;
        bool dimmed;
    };
    QHash<quint64, End> ends;
    auto key = [](int lane, ItemId id) { return (quint64(quint32(lane)) << 40) ^ quint64(id); };
    for (const auto &item : frame.items)
        ends.insert(key(item.lane, m_index->id(item.row)),
                    {QPointF(item.bar ? std::max(item.x1, 0.0) : item.x1, item.y), item.dimmed});
    const QColor colour = withAlpha(QGuiApplication::palette().color(QPalette::Text), 110);
    painter.setBrush(Qt::NoBrush);
    for (const EventLink &link : m_data->eventLinks) {
        for (int lane = 0; lane < frame.lanes.size(); ++lane) {
            const auto from = ends.constFind(key(lane, link.fromEventId));
            const auto to = ends.constFind(key(lane, link.toEventId));
            if (from == ends.constEnd() || to == ends.constEnd() || from->position == to->position)
                continue;
            const QPointF a = from->position;
            const QPointF b = to->position;
            QPainterPath arc(a);
            const double lift = std::min(40.0, std::abs(b.x() - a.x()) / 3 + 8);
            arc.quadTo(QPointF((a.x() + b.x()) / 2, std::min(a.y(), b.y()) - lift), b);
            painter.setPen(QPen(dimmedIf(from->dimmed || to->dimmed, colour), 1.2));
            painter.drawPath(arc);
        }
    }
}

void TimelineCanvas::paintLabels(QPainter &painter, const TimelineScene &frame)
{
    const QPalette palette = QGuiApplication::palette();
    const QFontMetricsF metrics(m_font);
    // A label lying on its own bar is drawn in black or white, whichever
    // reads better on the bar's colour.
    QHash<quint64, const TimelineScene::Item *> bars;
    for (const auto &item : frame.items) {
        if (item.bar)
            bars.insert((quint64(item.lane) << 32) | item.row, &item);
    }
    for (const auto &label : frame.labels) {
        const auto bar = bars.constFind((quint64(label.lane) << 32) | label.row);
        const bool onBar = bar != bars.constEnd() && label.rect.left() >= (*bar)->x1 && label.rect.right() <= (*bar)->x2
            && !(*bar)->softEdges && !(*bar)->approximate;
        const QColor ink = onBar ? readableTextOn(categoryColour(m_index->category((*bar)->row)).darker(barShade))
                                 : palette.color(QPalette::Text);
        painter.setPen(dimmedIf(label.dimmed, ink));
        const QStaticText &text = staticText(label.text);
        painter.drawStaticText(QPointF(label.rect.left(), label.rect.center().y() - metrics.height() / 2), text);
    }
}

void TimelineCanvas::paintMarkers(QPainter &painter)
{
    const QPalette palette = QGuiApplication::palette();
    const double top = axisHeight();
    const QFontMetricsF metrics(m_font);
    if (m_today) {
        const double x = m_scale.xForTime(*m_today);
        if (x >= 0 && x <= m_size.width()) {
            painter.setPen(QPen(palette.color(QPalette::PlaceholderText), 1, Qt::DashLine));
            painter.drawLine(QPointF(x, top), QPointF(x, m_size.height()));
        }
    }
    if (m_cursor) {
        const double x = m_scale.xForTime(*m_cursor);
        if (x >= 0 && x <= m_size.width()) {
            const QColor accent(0xffc0392b);
            painter.setPen(QPen(accent, 2));
            painter.drawLine(QPointF(x, top), QPointF(x, m_size.height()));
            const QString text = HistoricalDate(*m_cursor, m_scale.secondsPerPixel() < 3600 ? Precision::Minute
                                                    : m_scale.secondsPerPixel() < 86400 * 20 ? Precision::Day
                                                                                             : Precision::Year)
                                     .toDisplayString();
            const QRectF handle = cursorHandle();
            painter.setBrush(accent);
            painter.setPen(Qt::NoPen);
            painter.drawRoundedRect(handle, 3, 3);
            painter.setPen(readableTextOn(accent));
            painter.drawText(handle, Qt::AlignCenter, text);
        }
    }
    Q_UNUSED(metrics);
}

QRectF TimelineCanvas::cursorHandle() const
{
    if (!m_cursor)
        return {};
    const double x = m_scale.xForTime(*m_cursor);
    const QFontMetricsF metrics(m_font);
    const double width = metrics.horizontalAdvance(QStringLiteral("00 Sep 0000 00:00")) * 0.75 + 12;
    return QRectF(x - width / 2, axisHeight() - metrics.height() - 6, width, metrics.height() + 4);
}

void TimelineCanvas::paintLaneHeaders(QPainter &painter, const TimelineScene &frame)
{
    // Sticky on the left: the lane's name stays in view however far the
    // timeline is scrolled, on a veil that keeps it readable over events.
    const QPalette palette = QGuiApplication::palette();
    const QFontMetricsF metrics(m_font);
    for (const auto &lane : frame.lanes) {
        if (lane.top + lane.height < axisHeight() || lane.top > m_size.height())
            continue;
        const auto [text, box] = laneHeader(metrics, lane.title, lane.top);
        painter.fillRect(box, withAlpha(palette.color(QPalette::Window), 225));
        if (m_laneMode == LaneMode::Category) {
            painter.fillRect(QRectF(0, box.top(), 4, box.height()),
                             categoryColour(m_lanes.lanes().at(lane.lane).category));
        }
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(box.adjusted(8, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
}

std::pair<QString, QRectF> TimelineCanvas::laneHeader(const QFontMetricsF &metrics, const QString &title,
                                                      double laneTop) const
{
    const QString text = metrics.elidedText(title, Qt::ElideRight, laneHeaderWidth() - 12);
    return {text, QRectF(0, laneTop + 2, metrics.horizontalAdvance(text) + 12, metrics.height() + 4)};
}

bool TimelineCanvas::isChromeAt(const QPointF &position)
{
    if (position.y() < contentTop() || legendRect().contains(position))
        return true;
    const QFontMetricsF metrics(m_font);
    for (const auto &lane : scene().lanes) {
        if (laneHeader(metrics, lane.title, lane.top).second.contains(position))
            return true;
    }
    return false;
}

void TimelineCanvas::paintAxis(QPainter &painter)
{
    const QPalette palette = QGuiApplication::palette();
    const double height = axisHeight();
    const QFontMetricsF metrics(m_font);
    painter.fillRect(QRectF(0, 0, m_size.width(), height), palette.color(QPalette::Window));
    painter.setPen(QPen(palette.color(QPalette::Mid), 1));
    painter.drawLine(QPointF(0, height), QPointF(m_size.width(), height));

    const TickPlan &plan = m_frameTicks;
    const double rowHeight = metrics.height() + 6;
    painter.setPen(palette.color(QPalette::WindowText));
    QFont majorFont = m_font;
    majorFont.setBold(true);
    painter.setFont(majorFont);
    for (const TickLabel &label : plan.majorLabels)
        painter.drawText(QPointF(label.x + 3, 3 + metrics.ascent()), label.text);
    for (double x : plan.majorTicks)
        painter.drawLine(QPointF(x, 0), QPointF(x, rowHeight));
    painter.setFont(m_font);
    painter.setPen(QPen(palette.color(QPalette::Mid), 1));
    for (double x : plan.minorTicks)
        painter.drawLine(QPointF(x, height - 5), QPointF(x, height));
    painter.setPen(palette.color(QPalette::WindowText));
    // The planner places each label's start (just right of its tick) and
    // guarantees labels fit the view without overlapping.
    for (const TickLabel &label : plan.minorLabels)
        painter.drawText(QPointF(label.x, rowHeight + 3 + metrics.ascent()), label.text);
}

void TimelineCanvas::paintRelationBand(QPainter &painter)
{
    const QRectF band = relationBand();
    if (band.isEmpty())
        return;
    const QColor accent = QGuiApplication::palette().color(QPalette::Highlight);
    const QColor fill = withAlpha(accent, 56);
    const TimeSpan &when = m_relation->when;
    const double x1 = m_scale.xForTime(when.start.seconds());
    const double x2 = when.hasEnd() ? std::max(m_scale.xForTime(*when.endExclusive()), x1 + 2) : band.right();
    // A date known to the year or coarser: the band fades in across the
    // period its start lies in, and out across its end's, rather than
    // claiming a day. Under two pixels a fade is not worth drawing.
    auto fadeWidth = [this](const HistoricalDate &date) {
        if (date.precision() >= Precision::Day)
            return 0.0;
        const double width = m_scale.xForTime(date.periodEnd()) - m_scale.xForTime(date.seconds());
        return width >= 2 ? width : 0.0;
    };
    double fadeIn = fadeWidth(when.start);
    double fadeOut = when.hasEnd() ? fadeWidth(when.end) : 0.0;
    if (fadeIn + fadeOut > x2 - x1) {
        const double shrink = (x2 - x1) / (fadeIn + fadeOut);
        fadeIn *= shrink;
        fadeOut *= shrink;
    }
    // Whole pixels, without antialiasing: a translucent antialiased shape
    // as tall as the view costs the raster engine a third of a millisecond
    // however narrow it is (it hands the spans to its thread pool), a
    // pixel-aligned rectangle a tenth of that.
    const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const double left = band.left();
    const double right = band.right();
    const int top = int(std::lround(band.top()));
    const int height = int(std::lround(band.bottom())) - top;
    auto columns = [&](double from, double to) {
        const int a = int(std::lround(std::max(from, left)));
        const int b = int(std::lround(std::min(to, right)));
        return QRect(a, top, b - a, height);
    };
    // Each ramp is filled only where it is in view, with the alphas it has
    // there, so a fade millions of pixels wide never reaches the rasteriser.
    auto ramp = [&](double from, double to, double alphaFrom, double alphaTo) {
        const QRect visible = columns(from, to);
        if (visible.width() <= 0)
            return;
        auto alphaAt = [&](double x) { return alphaFrom + (alphaTo - alphaFrom) * (x - from) / (to - from); };
        QLinearGradient gradient(QPointF(visible.left(), 0), QPointF(visible.left() + visible.width(), 0));
        gradient.setColorAt(0, withAlpha(accent, int(alphaAt(visible.left()))));
        gradient.setColorAt(1, withAlpha(accent, int(alphaAt(visible.left() + visible.width()))));
        painter.fillRect(visible, gradient);
    };
    if (fadeIn > 0)
        ramp(x1, x1 + fadeIn, 0, fill.alpha());
    const QRect solid = columns(x1 + fadeIn, x2 - fadeOut);
    if (solid.width() > 0)
        painter.fillRect(solid, fill);
    if (fadeOut > 0)
        ramp(x2 - fadeOut, x2, fill.alpha(), 0);

    // Sharp edges where the date is sharp; none where the relation still holds.
    const QColor edge = withAlpha(accent, 200);
    if (fadeIn == 0 && x1 >= left && x1 <= right)
        painter.fillRect(QRect(int(std::lround(x1)) - 1, top, 2, height), edge);
    if (when.hasEnd() && fadeOut == 0 && x2 >= left && x2 <= right)
        painter.fillRect(QRect(int(std::lround(x2)) - 1, top, 2, height), edge);
    painter.setRenderHint(QPainter::Antialiasing, antialiased);
}

void TimelineCanvas::paintFocusCaptions(QPainter &painter)
{
    const QPalette palette = QGuiApplication::palette();
    const QFontMetricsF metrics(m_font);
    const QColor accent = palette.color(QPalette::Highlight);
    const QRectF banner = focusBanner();
    if (!banner.isEmpty()) {
        painter.fillRect(banner, accent);
        painter.setPen(palette.color(QPalette::HighlightedText));
        painter.drawText(banner.adjusted(12, 0, -12, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(focusCaption(), Qt::ElideRight, banner.width() - 24));
    }

    // The band's own label, at its bottom left, where only the eras' titles
    // are (at the top it would cover the first lane's events), clear of the
    // lanes' titles and the legend; it may run past a narrow band rather
    // than vanish.
    const QRectF band = relationBand();
    if (band.isEmpty())
        return;
    const TimeSpan &when = m_relation->when;
    const QString text = when.hasEnd()
        ? tr("%1, %2 – %3").arg(relationCaption(), when.start.toDisplayString(), when.end.toDisplayString())
        : tr("%1, since %2").arg(relationCaption(), when.start.toDisplayString());
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    const double height = boldMetrics.height() + 6;
    const double left = std::max(band.left(), laneHeaderWidth()) + 6;
    const QString shown = boldMetrics.elidedText(text, Qt::ElideRight, m_size.width() - 8 - left - 12);
    if (shown.size() < 4)
        return;
    QRectF box(left, m_size.height() - height - 4, boldMetrics.horizontalAdvance(shown) + 12, height);
    const QRectF legend = legendRect();
    if (box.intersects(legend))
        box.moveBottom(legend.top() - 4);
    painter.setPen(QPen(withAlpha(accent, 200), 1));
    painter.setBrush(withAlpha(palette.color(QPalette::Base), 230));
    painter.drawRoundedRect(box, 3, 3);
    painter.setFont(bold);
    painter.setPen(accent.darker(130));
    painter.drawText(box.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, shown);
    painter.setFont(m_font);
}

QRectF TimelineCanvas::legendRect() const
{
    if (!m_legendVisible || !m_index || m_index->categories().isEmpty() || m_laneMode == LaneMode::Category)
        return {}; // category lanes carry their colour in their headers
    const QFontMetricsF metrics(m_font);
    const QStringList &names = m_index->categories();
    double width = 0;
    for (const QString &name : names)
        width = std::max(width, metrics.horizontalAdvance(name.isEmpty() ? QCoreApplication::translate("Annals::TimelineCanvas", "other") : name));
    const double line = metrics.height() + 2;
    return QRectF(m_size.width() - width - 40, m_size.height() - line * names.size() - 16, width + 32,
                  line * names.size() + 10);
}

void TimelineCanvas::paintLegend(QPainter &painter, const TimelineScene &frame)
{
    Q_UNUSED(frame);
    const QRectF box = legendRect();
    if (box.isEmpty())
        return;
    const QPalette palette = QGuiApplication::palette();
    const QFontMetricsF metrics(m_font);
    const QStringList &names = m_index->categories();
    const double line = metrics.height() + 2;
    painter.setPen(QPen(palette.color(QPalette::Mid), 1));
    painter.setBrush(withAlpha(palette.color(QPalette::Window), 235));
    painter.drawRoundedRect(box, 4, 4);
    for (int i = 0; i < names.size(); ++i) {
        const double y = box.top() + 5 + i * line;
        painter.setPen(Qt::NoPen);
        painter.setBrush(categoryColour(i));
        painter.drawEllipse(QRectF(box.left() + 8, y + line / 2 - 5, 10, 10));
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(QPointF(box.left() + 24, y + metrics.ascent()),
                         names.at(i).isEmpty() ? QCoreApplication::translate("Annals::TimelineCanvas", "other") : names.at(i));
    }
}

QRectF TimelineCanvas::eventPreviewCaptionRect() const
{
    if (!m_eventPreview)
        return {};
    const QFontMetricsF metrics(m_font);
    const double width = metrics.horizontalAdvance(m_eventPreview->caption) + 12;
    const double height = metrics.height() + 6;
    const double markerHalf = baseMarkerSize * m_fontScale;
    // Above the ghost, starting at its left end, kept inside the view so the
    // date stays readable when the event is dragged to an edge.
    const double left = std::clamp(m_eventPreview->x1 - (m_eventPreview->bar ? 0.0 : width / 2), 2.0,
                                   std::max(2.0, m_size.width() - width - 2));
    double top = m_eventPreview->y - markerHalf - height - 2;
    if (top < axisHeight())
        top = m_eventPreview->y + markerHalf + 2;
    return {left, top, width, height};
}

QRectF TimelineCanvas::eventPreviewBounds() const
{
    if (!m_eventPreview)
        return {};
    const double half = baseMarkerSize * m_fontScale + 6;
    const QRectF ghost(QPointF(m_eventPreview->x1 - half, m_eventPreview->y - half),
                       QPointF(m_eventPreview->x2 + half, m_eventPreview->y + half));
    return ghost.united(eventPreviewCaptionRect()).adjusted(-2, -2, 2, 2);
}

void TimelineCanvas::paintEventPreview(QPainter &painter)
{
    const EventPreview &preview = *m_eventPreview;
    const QPalette palette = QGuiApplication::palette();
    const QColor colour = categoryColour(preview.category);
    // An end held back at the other is drawn in the warning colour, so the
    // stop reads as the rule it is rather than a stuck pointer.
    const QColor outline = preview.clamped ? QColor(0xffd55e00) : palette.color(QPalette::Highlight);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(outline, 1.5, Qt::DashLine));
    painter.setBrush(withAlpha(colour, 110));
    const double size = baseMarkerSize * m_fontScale;
    if (preview.bar) {
        const double barHeight = size * 0.9;
        painter.drawRect(QRectF(preview.x1, preview.y - barHeight / 2, std::max(preview.x2 - preview.x1, 1.0), barHeight)
                             .adjusted(-1, -1, 1, 1));
    } else {
        painter.drawEllipse(QPointF(preview.x1, preview.y), size / 2 + 1, size / 2 + 1);
    }
    const QRectF caption = eventPreviewCaptionRect();
    painter.setPen(QPen(outline, 1));
    painter.setBrush(palette.color(QPalette::ToolTipBase));
    painter.drawRoundedRect(caption, 3, 3);
    painter.setPen(palette.color(QPalette::ToolTipText));
    painter.setFont(m_font);
    painter.drawText(caption, Qt::AlignCenter, preview.caption);
    painter.restore();
}

} // namespace Annals
