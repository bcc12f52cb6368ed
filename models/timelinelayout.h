// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventindex.h"
#include "timelinehighlight.h"
#include "timelinelanes.h"
#include "timescale.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

namespace Annals {

// Everything the timeline shows in one frame, in pixels, decided without a
// window: which events are markers, bars or clusters, which get labels and
// where, and where a lane is too dense for anything but a density strip.
// Painting (app/timelinerenderer) only draws what is here.
struct TimelineScene {
    struct LaneBand {
        int lane = 0;
        QString title;
        double top = 0;
        double height = 0;
    };
    // Events per pixel column where a lane holds more than can be drawn one by one.
    struct Density {
        int lane = 0;
        double top = 0;
        double height = 0;
        std::vector<quint32> counts; // one per column of the view
        quint32 maximum = 0;
        // With a highlight: the strip is dimmed, and these of each column's
        // events are highlighted ones (empty without a highlight).
        bool dimmed = false;
        std::vector<quint32> highlightedCounts;
        quint32 highlightedMaximum = 0;
    };
    struct Item {
        quint32 row = 0; // in the EventIndex
        int lane = 0;
        double x1 = 0;   // start; for markers x1 == x2 is the centre
        double x2 = 0;
        double y = 0;    // centre line
        bool bar = false;       // a span, or a coarse date drawn across its period
        bool softEdges = false; // a moment known only to a coarse precision
        bool approximate = false;
        bool selected = false;
        bool dimmed = false;     // a highlight is on and this is not one of its events
        bool emphasised = false; // marked out by the highlight (began or ended a relation)
    };
    struct Cluster {
        int lane = 0;
        double x = 0; // centre
        double y = 0;
        quint32 count = 0;
        qint64 from = 0; // first start
        qint64 to = 0;   // last end
        quint32 highlighted = 0; // of `count`, the highlight's events
        bool dimmed = false;     // a highlight is on and holds none of them
    };
    struct Label {
        quint32 row = 0;
        int lane = 0;
        QRectF rect;
        QString text;
        bool dimmed = false;
    };

    QList<LaneBand> lanes;
    QList<Density> densities;
    QList<Item> items;
    QList<Cluster> clusters;
    QList<Label> labels;
    double contentHeight = 0; // all lanes, for vertical scrolling

    // The item, cluster or nothing under a point, nearest first.
    struct Hit {
        enum class Kind { None, Item, Cluster } kind = Kind::None;
        int index = -1;
    };
    Hit hitTest(const QPointF &point, double tolerance = 4) const;
};

struct TimelineLayoutParameters {
    using TextWidth = std::function<double(const QString &)>;
    using Title = std::function<QString(ItemId)>;

    TextWidth textWidth;
    Title title;
    double top = 0;            // below the axis
    double verticalOffset = 0; // scrolled away at the top
    double viewHeight = 600;
    double rowHeight = 22;     // one row of markers and their labels
    int rowsPerLane = 3;       // category and actor lanes; packed uses as many as fit
    double markerSize = 10;
    double clusterDistance = 8; // markers closer than this merge
    double minimumBarWidth = 3; // narrower spans are drawn as markers
    double labelGap = 4;
    double labelHeight = 16;
    double maximumHeaderWidth = 180; // lane titles longer than this are elided
    // Above this many events in a lane's visible window per pixel column,
    // draw the density strip instead of individual events.
    double densityPerColumn = 1.0;
    ItemId selectedEvent = 0;
    // Events drawn at full strength while the rest are dimmed, and labelled
    // before them; null (or inactive) when nothing is highlighted.
    const TimelineHighlight *highlight = nullptr;
};

class TimelineLayout
{
public:
    static TimelineScene layout(const EventIndex &index, const TimelineLanes &lanes, const TimeScale &scale,
                                const TimelineLayoutParameters &parameters);

};

} // namespace Annals
