// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "timescale.h"

#include <QPointF>
#include <QtGlobal>

#include <cmath>
#include <vector>

namespace Annals {

// What a series lane draws for one time scale: the points of a number series
// in view pixels (x from TimeScale::xForTime, so a date lands where the
// timeline puts it), downsampled to the pixel width when there are more
// points than pixels.
//
// Where a point sits: at the first second of its date (a value "as of 2018",
// known to the year, sits on 1 Jan 2018), as the timeline places a moment.
struct SeriesFrame {
    // The line through the values, in time order, ready for a line series:
    // every point in view plus one neighbour beyond each edge (so the line
    // runs to the edges). When downsampled, each pixel column with points
    // contributes its first, lowest, highest and last value (in time order,
    // duplicates dropped), which keeps every peak and dip and the shape of
    // the line at that width.
    std::vector<QPointF> line;
    // The low–high band, where points have both bounds: upper and lower edges
    // with the same x values, in time order. When downsampled, one point per
    // pixel column and side: the highest high and the lowest low in it. A
    // point without bounds breaks the band: bandRuns lists [first, last]
    // index pairs into bandUpper/bandLower of unbroken stretches.
    std::vector<QPointF> bandUpper;
    std::vector<QPointF> bandLower;
    std::vector<std::pair<int, int>> bandRuns;
    // Points drawn as markers (the real points, not aggregates): filled only
    // when not downsampled and the points in view are at least
    // markerSpacing pixels apart on average.
    std::vector<QPointF> markers;
    bool downsampled = false;
    // The smallest and largest of values and bounds over the points in view
    // (and the two neighbours); NaN when no point is near the view.
    double minimum = std::nan("");
    double maximum = std::nan("");
};

// One series, prepared once (sorted arrays of times, values and bounds) and
// sampled for any time scale. Sampling finds the view's points by binary
// search and touches only those: O(log n + points in view). For a series of
// 100,000 points seen whole at 1,920 px the frame has at most 4 × 1,920 line
// points and 2 × 1,920 band points.
class SeriesSampler
{
public:
    SeriesSampler() = default;
    explicit SeriesSampler(const Series &series);

    qsizetype size() const { return qsizetype(m_times.size()); }
    bool isEmpty() const { return m_times.empty(); }
    qint64 time(qsizetype i) const { return m_times[std::size_t(i)]; }
    double value(qsizetype i) const { return m_values[std::size_t(i)]; }
    // NaN when the point has no such bound.
    double low(qsizetype i) const { return m_lows[std::size_t(i)]; }
    double high(qsizetype i) const { return m_highs[std::size_t(i)]; }
    // Index into Series::points of the i-th point in time order.
    qsizetype pointIndex(qsizetype i) const { return m_pointIndex[std::size_t(i)]; }

    // The smallest and largest of all values and bounds; NaN when empty.
    double minimum() const { return m_minimum; }
    double maximum() const { return m_maximum; }

    static constexpr double markerSpacing = 6.0;
    SeriesFrame sample(const TimeScale &scale) const;

    // The point (index in time order) whose x under `scale` is nearest to
    // `x`, if within maxDistance pixels; -1 otherwise. For tooltips.
    qsizetype nearest(const TimeScale &scale, double x, double maxDistance) const;

private:
    std::vector<qint64> m_times; // sorted
    std::vector<double> m_values;
    std::vector<double> m_lows;
    std::vector<double> m_highs;
    std::vector<qsizetype> m_pointIndex;
    double m_minimum = std::nan("");
    double m_maximum = std::nan("");
};

} // namespace Annals
