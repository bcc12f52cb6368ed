// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriessampler.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace Annals {

namespace {

bool hasBounds(double low, double high)
{
    return !std::isnan(low) && !std::isnan(high);
}

// min/max that let NaN through untouched on either side, so that a missing
// bound never poisons a range.
void widen(double &minimum, double &maximum, double value)
{
    if (std::isnan(value))
        return;
    if (std::isnan(minimum) || value < minimum)
        minimum = value;
    if (std::isnan(maximum) || value > maximum)
        maximum = value;
}

} // namespace

SeriesSampler::SeriesSampler(const Series &series)
{
    // The atlas keeps points in time order, but a sampler built from any
    // Series must still be able to binary-search, so sort (stably, so that
    // points at the same second keep the atlas's order).
    std::vector<qsizetype> order;
    order.reserve(std::size_t(series.points.size()));
    for (qsizetype i = 0; i < series.points.size(); ++i) {
        if (series.points.at(i).time.isValid())
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&series](qsizetype a, qsizetype b) {
        return series.points.at(a).time.seconds() < series.points.at(b).time.seconds();
    });
    const std::size_t n = order.size();
    m_times.reserve(n);
    m_values.reserve(n);
    m_lows.reserve(n);
    m_highs.reserve(n);
    m_pointIndex = std::move(order);
    const double missing = std::nan("");
    for (qsizetype index : m_pointIndex) {
        const SeriesPoint &point = series.points.at(index);
        m_times.push_back(point.time.seconds());
        m_values.push_back(point.value);
        // A band needs both edges; one bound alone is drawn as no band at all.
        const bool bounded = point.low && point.high;
        m_lows.push_back(bounded ? *point.low : missing);
        m_highs.push_back(bounded ? *point.high : missing);
        widen(m_minimum, m_maximum, m_values.back());
        widen(m_minimum, m_maximum, m_lows.back());
        widen(m_minimum, m_maximum, m_highs.back());
    }
    findGaps();
}

void SeriesSampler::findGaps()
{
    const std::size_t n = m_times.size();
    m_gapAfter.assign(n, 0);
    m_gapCount = 0;
    if (n < std::size_t(minimumPointsForGaps))
        return;
    std::vector<qint64> spacings;
    spacings.reserve(n - 1);
    for (std::size_t i = 1; i < n; ++i) {
        if (m_times[i] != m_times[i - 1])
            spacings.push_back(m_times[i] - m_times[i - 1]);
    }
    if (spacings.empty())
        return;
    const std::size_t middle = spacings.size() / 2;
    std::nth_element(spacings.begin(), spacings.begin() + std::ptrdiff_t(middle), spacings.end());
    double median = double(spacings[middle]);
    if (spacings.size() % 2 == 0) {
        const qint64 below = *std::max_element(spacings.begin(), spacings.begin() + std::ptrdiff_t(middle));
        median = (median + double(below)) / 2;
    }
    m_medianSpacing = median;
    const double widest = gapFactor * median;
    for (std::size_t i = 0; i + 1 < n; ++i) {
        if (double(m_times[i + 1] - m_times[i]) > widest) {
            m_gapAfter[i] = 1;
            ++m_gapCount;
        }
    }
}

SeriesFrame SeriesSampler::sample(const TimeScale &scale) const
{
    SeriesFrame frame;
    const std::size_t n = m_times.size();
    if (n == 0)
        return frame;
    const qint64 start = scale.start();
    const qint64 end = scale.end();
    const std::size_t first = std::size_t(std::lower_bound(m_times.begin(), m_times.end(), start) - m_times.begin());
    const std::size_t last = std::size_t(std::upper_bound(m_times.begin(), m_times.end(), end) - m_times.begin());
    // Nothing in view and nothing on one side: the line cannot cross the view.
    if (first == last && (first == 0 || first == n))
        return frame;
    const std::size_t from = first > 0 ? first - 1 : 0;
    const std::size_t to = std::min(n, last + 1);
    const std::size_t inView = last - first;
    const int width = scale.width();

    for (std::size_t i = from; i < to; ++i) {
        widen(frame.minimum, frame.maximum, m_values[i]);
        widen(frame.minimum, frame.maximum, m_lows[i]);
        widen(frame.minimum, frame.maximum, m_highs[i]);
    }

    frame.downsampled = inView > std::size_t(width);
    if (!frame.downsampled) {
        frame.line.reserve(to - from);
        int runStart = -1;
        int lineStart = 0;
        for (std::size_t i = from; i < to; ++i) {
            const double x = scale.xForTime(m_times[i]);
            if (i > from && m_gapAfter[i - 1]) {
                const int before = int(frame.line.size()) - 1;
                frame.lineRuns.emplace_back(lineStart, before);
                frame.gaps.push_back({frame.line.back(), QPointF(x, m_values[i]), qsizetype(i - 1)});
                lineStart = before + 1;
                if (runStart >= 0) {
                    frame.bandRuns.emplace_back(runStart, int(frame.bandUpper.size()) - 1);
                    runStart = -1;
                }
            }
            frame.line.emplace_back(x, m_values[i]);
            if (hasBounds(m_lows[i], m_highs[i])) {
                if (runStart < 0)
                    runStart = int(frame.bandUpper.size());
                frame.bandUpper.emplace_back(x, m_highs[i]);
                frame.bandLower.emplace_back(x, m_lows[i]);
            } else if (runStart >= 0) {
                frame.bandRuns.emplace_back(runStart, int(frame.bandUpper.size()) - 1);
                runStart = -1;
            }
        }
        if (runStart >= 0)
            frame.bandRuns.emplace_back(runStart, int(frame.bandUpper.size()) - 1);
        frame.lineRuns.emplace_back(lineStart, int(frame.line.size()) - 1);
        // Spacing judged on the points in view only: a far neighbour would
        // make a crowded view look sparse.
        const bool spaced = inView < 2
            || (scale.xForTime(m_times[last - 1]) - scale.xForTime(m_times[first])) / double(inView - 1)
                >= markerSpacing;
        if (spaced)
            frame.markers = frame.line;
        return frame;
    }

    // Downsampled: walk the points column by column. The neighbours beyond
    // the edges stay points of their own, so the line still runs to the edges
    // at the right slope; points in view fall into columns 0 .. width - 1
    // (the one exactly on the right edge joins the last column).
    frame.line.reserve(std::min<std::size_t>(to - from, 4 * std::size_t(width) + 2));
    frame.bandUpper.reserve(std::size_t(width) + 2);
    frame.bandLower.reserve(std::size_t(width) + 2);
    auto columnOf = [&](std::size_t i, double x) -> qint64 {
        if (i < first)
            return std::numeric_limits<qint64>::min();
        if (i >= last)
            return std::numeric_limits<qint64>::max();
        return qint64(std::clamp(std::floor(x), 0.0, double(width - 1)));
    };
    // Seconds either side of a column's edge in which a point's x is
    // computed rather than trusted to the time: many pixels' worth of
    // rounding, yet a sliver of any column.
    const qint64 edgeGuard = qint64(std::ceil(scale.secondsPerPixel() * 1e-6)) + 1;
    int runStart = -1;
    // Whether the band was broken since the last column that had bounds: a
    // column whose points all lack bounds breaks it, an empty column does not
    // (the line is drawn straight across empty columns, and so is the band).
    bool broken = false;
    int lineStart = 0;
    std::size_t i = from;
    while (i < to) {
        const double x0 = scale.xForTime(m_times[i]);
        const qint64 column = columnOf(i, x0);
        std::size_t j = i + 1;
        std::size_t lowest = i;
        std::size_t highest = i;
        double bandHigh = std::nan("");
        double bandLow = std::nan("");
        double bandX = x0;
        bool bounded = false;
        if (hasBounds(m_lows[i], m_highs[i])) {
            bandHigh = m_highs[i];
            bandLow = m_lows[i];
            bounded = true;
        }
        // Points of one column are contiguous in time order. A point well
        // before the time at the column's right edge is in it without
        // computing its x; near the edge, its x decides, as the frame's x
        // values are computed (timeForX rounds to the second, and at
        // deep-time zoom a second is below a double's step at that x).
        qint64 surelyInColumn = std::numeric_limits<qint64>::min();
        if (i >= first && i < last) {
            surelyInColumn = column < width - 1 ? scale.timeForX(double(column + 1)) - edgeGuard
                                                : std::numeric_limits<qint64>::max();
        }
        for (; j < to; ++j) {
            if (i < first || i >= last || j >= last)
                break;
            if (m_times[j] >= surelyInColumn && columnOf(j, scale.xForTime(m_times[j])) != column)
                break;
            if (m_values[j] < m_values[lowest])
                lowest = j;
            if (m_values[j] > m_values[highest])
                highest = j;
            if (hasBounds(m_lows[j], m_highs[j])) {
                if (!bounded) {
                    bandHigh = m_highs[j];
                    bandLow = m_lows[j];
                    bandX = scale.xForTime(m_times[j]);
                    bounded = true;
                } else {
                    bandHigh = std::max(bandHigh, m_highs[j]);
                    bandLow = std::min(bandLow, m_lows[j]);
                }
            }
        }
        // A gap is only seen between columns (the previous group ended with
        // point i - 1), and only when at least a pixel wide.
        if (i > from && m_gapAfter[i - 1] && x0 - frame.line.back().x() >= 1.0) {
            const int before = int(frame.line.size()) - 1;
            frame.lineRuns.emplace_back(lineStart, before);
            frame.gaps.push_back({frame.line.back(), QPointF(x0, m_values[i]), qsizetype(i - 1)});
            lineStart = before + 1;
            broken = true;
        }
        // The column is [i, j): its first, lowest, highest and last points in
        // time order, each once.
        std::size_t picks[4] = {i, std::min(lowest, highest), std::max(lowest, highest), j - 1};
        std::size_t previous = std::size_t(-1);
        for (std::size_t pick : picks) {
            if (pick == previous)
                continue;
            frame.line.emplace_back(pick == i ? x0 : scale.xForTime(m_times[pick]), m_values[pick]);
            previous = pick;
        }
        if (bounded) {
            if (broken && runStart >= 0) {
                frame.bandRuns.emplace_back(runStart, int(frame.bandUpper.size()) - 1);
                runStart = -1;
            }
            if (runStart < 0)
                runStart = int(frame.bandUpper.size());
            frame.bandUpper.emplace_back(bandX, bandHigh);
            frame.bandLower.emplace_back(bandX, bandLow);
            broken = false;
        } else {
            broken = true;
        }
        i = j;
    }
    if (runStart >= 0)
        frame.bandRuns.emplace_back(runStart, int(frame.bandUpper.size()) - 1);
    frame.lineRuns.emplace_back(lineStart, int(frame.line.size()) - 1);
    return frame;
}

qsizetype SeriesSampler::nearest(const TimeScale &scale, double x, double maxDistance) const
{
    if (m_times.empty() || std::isnan(x))
        return -1;
    // x grows with time, so the nearest point is the last one before the
    // time under x or the first one from it.
    const qint64 t = scale.timeForX(x);
    const auto after = std::lower_bound(m_times.begin(), m_times.end(), t);
    qsizetype best = -1;
    double bestDistance = maxDistance;
    auto consider = [&](std::vector<qint64>::const_iterator it) {
        const double distance = std::abs(scale.xForTime(*it) - x);
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = qsizetype(it - m_times.begin());
        }
    };
    if (after != m_times.end())
        consider(after);
    if (after != m_times.begin()) {
        // The first of any points sharing that second, as the atlas lists them.
        auto before = std::prev(after);
        before = std::lower_bound(m_times.begin(), before, *before);
        consider(before);
    }
    return best;
}

} // namespace Annals
