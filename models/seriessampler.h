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
//
// Gaps: a stretch with no estimate must not read as data, so the line is
// broken there (see SeriesSampler for when two points are a gap).
struct SeriesGap {
    // The points either side, in the line's coordinates (x in pixels, y the
    // value); like the line, not clipped to the view.
    QPointF from;
    QPointF to;
    // The point before the gap, in time order (SeriesSampler::time(before)
    // and time(before + 1) are its ends).
    qsizetype before = -1;
};

struct SeriesFrame {
    // The line through the values, in time order, ready for a line series:
    // every point in view plus one neighbour beyond each edge (so the line
    // runs to the edges). When downsampled, each pixel column with points
    // contributes its first, lowest, highest and last value (in time order,
    // duplicates dropped), which keeps every peak and dip and the shape of
    // the line at that width.
    std::vector<QPointF> line;
    // The line in unbroken stretches: [first, last] index pairs into line, in
    // time order. gaps[k] lies between lineRuns[k] and lineRuns[k + 1] (its
    // ends are line[lineRuns[k].second] and line[lineRuns[k + 1].first]).
    // A stretch may be a single point. Empty when the line is.
    std::vector<std::pair<int, int>> lineRuns;
    std::vector<SeriesGap> gaps;
    // The low–high band, where points have both bounds: upper and lower edges
    // with the same x values, in time order. When downsampled, one point per
    // pixel column and side: the highest high and the lowest low in it. A
    // point without bounds, or a gap, breaks the band: bandRuns lists
    // [first, last] index pairs into bandUpper/bandLower of unbroken
    // stretches.
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
//
// A gap is two consecutive points (in time order) farther apart than
// gapFactor (3) times the series' median spacing, the median taken over the
// spacings between consecutive distinct times (points at the same second are
// one moment). Only a series of at least minimumPointsForGaps (4) points has
// gaps: with fewer, the median says nothing of a regular rhythm. Points with
// no estimate between them for many times the usual interval are not joined
// by the line or the band. When a frame is downsampled, a gap narrower than
// a pixel column (its ends less than a pixel apart, or in one column) is no
// gap: it could not be seen, and the column's points are drawn together.
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
    static constexpr double gapFactor = 3.0;
    static constexpr qsizetype minimumPointsForGaps = 4;
    // The median of the spacings between consecutive distinct times, in
    // seconds; NaN with fewer than minimumPointsForGaps points.
    double medianSpacing() const { return m_medianSpacing; }
    // Whether points i and i + 1 (in time order) are a gap, at any scale.
    bool isGapAfter(qsizetype i) const
    {
        return i >= 0 && std::size_t(i) < m_gapAfter.size() && m_gapAfter[std::size_t(i)] != 0;
    }
    qsizetype gapCount() const { return m_gapCount; }

    SeriesFrame sample(const TimeScale &scale) const;

    // The point (index in time order) whose x under `scale` is nearest to
    // `x`, if within maxDistance pixels; -1 otherwise. For tooltips.
    qsizetype nearest(const TimeScale &scale, double x, double maxDistance) const;

private:
    void findGaps();

    std::vector<qint64> m_times; // sorted
    std::vector<double> m_values;
    std::vector<double> m_lows;
    std::vector<double> m_highs;
    std::vector<qsizetype> m_pointIndex;
    // 1 where point i and i + 1 are a gap.
    std::vector<unsigned char> m_gapAfter;
    qsizetype m_gapCount = 0;
    double m_medianSpacing = std::nan("");
    double m_minimum = std::nan("");
    double m_maximum = std::nan("");
};

} // namespace Annals
