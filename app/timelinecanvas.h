// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actornames.h"
#include "domain.h"
#include "eventindex.h"
#include "timelinehighlight.h"
#include "timelinelanes.h"
#include "timelinelayout.h"
#include "timescale.h"
#include "tickplanner.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QStaticText>

#include <memory>
#include <optional>

class QFontMetricsF;
class QPainter;

namespace Annals {

// Paints the timeline onto any QPainter: the widget's paintEvent, export,
// printing, benchmarks and tests all call paint(). Owns what a frame needs
// (the lanes, the time scale, the style and caches of sprites and text) but
// no window; layout is done by TimelineLayout in models/.
//
// A selected actor dims every event but theirs; a selected relation draws a
// band over its span, marks out the events that began and ended it and dims
// every event but its two actors' (or, when an actor is selected too, but
// that actor's). A banner under the axis says what is shown and how to clear
// it; the lanes move down to make room for it rather than hide under it.
class TimelineCanvas
{
    Q_DECLARE_TR_FUNCTIONS(Annals::TimelineCanvas)

public:
    enum class Quality {
        Full,        // everything, antialiased
        Interactive, // while dragging or animating: no antialiasing, fewer labels
    };

    TimelineCanvas();
    ~TimelineCanvas();

    // The atlas to show. `data` must outlive the canvas or the next call.
    void setAtlas(const AtlasData *data, std::shared_ptr<const EventIndex> index);
    const EventIndex *index() const { return m_index.get(); }
    const AtlasData *data() const { return m_data; }

    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_laneMode; }
    const TimelineLanes &lanes() const { return m_lanes; }

    void setSize(QSize size);
    QSize size() const { return m_size; }

    const TimeScale &scale() const { return m_scale; }
    void setScale(const TimeScale &scale);
    // The whole atlas (events and eras) with a margin.
    TimeScale fittingScale() const;
    std::pair<qint64, qint64> dataRange() const;

    void setFontScale(qreal scale);
    qreal fontScale() const { return m_fontScale; }
    void setBaseFont(const QFont &font);

    void setCursor(std::optional<qint64> time) { m_cursor = time; }
    std::optional<qint64> cursor() const { return m_cursor; }
    void setToday(std::optional<qint64> time) { m_today = time; }
    void setSelectedEvent(ItemId id);
    ItemId selectedEvent() const { return m_selectedEvent; }
    void setSelectedActor(ItemId id); // 0 clears
    ItemId selectedActor() const { return m_selectedActor; }
    void setSelectedRelation(ItemId id); // 0 clears; an id not in the atlas shows nothing
    ItemId selectedRelation() const { return m_selectedRelation; }
    void setLegendVisible(bool visible) { m_legendVisible = visible; }
    bool isLegendVisible() const { return m_legendVisible; }
    void setVerticalOffset(double offset);
    double verticalOffset() const { return m_verticalOffset; }

    // The scene of the current frame (laid out on demand, cached until
    // something it depends on changes).
    const TimelineScene &scene(Quality quality = Quality::Full);
    TickPlan ticks() const;

    void paint(QPainter &painter, Quality quality = Quality::Full);

    // Geometry the widget needs for input.
    double axisHeight() const;
    double laneHeaderWidth() const;
    QRectF cursorHandle() const; // where the cursor can be grabbed
    QColor categoryColour(int category) const;
    QString title(ItemId id) const;

    // What the selected actor or relation does to the frame, as painted.
    // isDimmed() and isEmphasised() look the event up by a linear scan: for
    // tests and the occasional question, not for painting.
    const TimelineHighlight &highlight() const { return m_highlight; }
    bool isDimmed(ItemId eventId) const;
    bool isEmphasised(ItemId eventId) const;
    // The selected relation's band over the lanes, clipped to the view; empty
    // when none is selected or its span is out of view.
    QRectF relationBand() const;
    // "Showing …'s events — Esc to clear", and the banner it is drawn on
    // across the view under the axis (a click there clears the actor and
    // relation); empty when neither is selected.
    QString focusCaption() const;
    QRectF focusBanner() const;
    // Where the lanes begin: under the axis, and under the banner if any.
    double contentTop() const;
    // Where Zoom to Selection goes without a selected event: the relation's
    // span (open ends reaching the atlas's last date), else the actor's events.
    std::optional<std::pair<qint64, qint64>> focusRange() const;

    // Where the frame draws something over the lanes that is not an event:
    // the axis, the banner under it, the lane names, the legend. A
    // double-click there does not mean "a new event at this date".
    bool isChromeAt(const QPointF &position);
    QRectF legendRect() const; // empty when no legend is drawn

    // The atlas's event with this id, or null (a hash lookup, not a scan).
    const Event *event(ItemId id) const;

    // The ghost of an event being dragged, drawn over the frame without
    // laying it out again: where the event would go and its new date(s).
    struct EventPreview {
        double x1 = 0; // as TimelineScene::Item: x1 == x2 is a marker's centre
        double x2 = 0;
        double y = 0;
        bool bar = false;
        int category = 0;
        QString caption; // the new date at the precision being dragged
        bool clamped = false; // an end stopped at the other
    };
    void setEventPreview(std::optional<EventPreview> preview) { m_eventPreview = std::move(preview); }
    const std::optional<EventPreview> &eventPreview() const { return m_eventPreview; }
    // What the preview covers, ghost and caption, for a partial repaint.
    QRectF eventPreviewBounds() const;

    // Forces the next frame to be laid out afresh (benchmarks measure that).
    void invalidateLayout() { m_sceneValid = false; }

private:
    void rebuildLanes();
    void rebuildHighlight();
    void lookUpRelation();
    QString relationCaption() const;
    TimelineLayoutParameters layoutParameters(Quality quality) const;
    double textWidth(const QString &text) const;
    const QImage &markerSprite(int category, int importance, bool selected, bool faded, bool dimmed,
                               qreal devicePixelRatio);
    enum class BadgeStyle : quint8 { Plain, Dimmed, Highlighted };
    const QImage &clusterBadge(quint32 count, BadgeStyle style, qreal devicePixelRatio);
    // What the sprites and badges hold, drawable onto any painter: the caches
    // are filled with these, and vector devices (PDF, SVG, printers) get them
    // directly, so that exports hold shapes and text instead of pictures.
    double markerDiameter(int importance, bool selected) const;
    void paintMarker(QPainter &painter, const QRectF &circle, int category, bool selected, bool faded,
                     bool dimmed) const;
    struct BadgeShape {
        QString text;
        QFont font;
        QSizeF ellipse;
    };
    BadgeShape badgeShape(quint32 count) const;
    void paintBadge(QPainter &painter, const QRectF &ellipse, const BadgeShape &shape, BadgeStyle style) const;
    double layoutRowHeight() const;
    const QStaticText &staticText(const QString &text);

    void paintEras(QPainter &painter);
    void paintLanes(QPainter &painter, const TimelineScene &scene);
    void paintRelationBand(QPainter &painter);
    void paintDensities(QPainter &painter, const TimelineScene &scene);
    void paintItems(QPainter &painter, const TimelineScene &scene, Quality quality);
    void paintLinks(QPainter &painter, const TimelineScene &scene);
    void paintLabels(QPainter &painter, const TimelineScene &scene);
    void paintAxis(QPainter &painter);
    void paintLaneHeaders(QPainter &painter, const TimelineScene &scene);
    // A lane's name as drawn (elided to the header width) and the box behind it.
    std::pair<QString, QRectF> laneHeader(const QFontMetricsF &metrics, const QString &title, double laneTop) const;
    void paintMarkers(QPainter &painter);
    void paintFocusCaptions(QPainter &painter);
    void paintLegend(QPainter &painter, const TimelineScene &scene);
    void paintEventPreview(QPainter &painter);
    QRectF eventPreviewCaptionRect() const;

    const AtlasData *m_data = nullptr;
    std::shared_ptr<const EventIndex> m_index;
    QHash<ItemId, qsizetype> m_eventRows; // id -> position in m_data->events
    ActorNames m_actorNames;
    LaneMode m_laneMode = LaneMode::Category;
    TimelineLanes m_lanes;
    TimeScale m_scale{0, 86400.0, 800};
    QSize m_size{800, 600};
    QFont m_baseFont;
    QFont m_font;
    qreal m_fontScale = 1.0;
    std::optional<qint64> m_cursor;
    std::optional<qint64> m_today;
    ItemId m_selectedEvent = 0;
    ItemId m_selectedActor = 0;
    ItemId m_selectedRelation = 0;
    std::optional<Relation> m_relation; // the selected relation, when the atlas has it
    TimelineHighlight m_highlight;
    bool m_legendVisible = true;
    double m_verticalOffset = 0;

    std::optional<EventPreview> m_eventPreview;

    TimelineScene m_scene;
    TickPlan m_frameTicks;
    bool m_sceneValid = false;
    Quality m_sceneQuality = Quality::Full;
    mutable QHash<QString, double> m_titleWidths;
    QHash<quint64, QImage> m_sprites;
    QHash<QString, QStaticText> m_staticTexts;
    QHash<QString, QImage> m_badges;
    qint64 m_spritePaletteKey = 0; // the palette m_sprites and m_badges were drawn with
};

} // namespace Annals
