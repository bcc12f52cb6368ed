// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventhistogram.h"

#include <algorithm>
#include <cmath>

namespace Annals {

namespace {

constexpr int maximumBins = 2000;

} // namespace

EventHistogram EventHistogram::build(const EventIndex &index, qint64 from, qint64 to, int binCount)
{
    EventHistogram histogram;
    if (to <= from || binCount < 1)
        return histogram;
    histogram.m_from = from;
    histogram.m_to = to;
    // Every bin at least one second wide: a range of n seconds holds n bins.
    const qint64 span = to - from;
    const int bins = int(std::min<qint64>(binCount, span));
    histogram.m_counts.resize(std::size_t(bins));

    const std::vector<qint64> &starts = index.starts();
    // Each edge is searched only right of the previous one: the same
    // O(bins · log n), with the later searches over ever shorter ranges.
    auto edge = std::lower_bound(starts.begin(), starts.end(), from);
    histogram.m_before = quint64(edge - starts.begin());
    for (int bin = 0; bin < bins; ++bin) {
        const auto next = std::lower_bound(edge, starts.end(), histogram.binEnd(bin));
        const auto count = quint64(next - edge);
        histogram.m_counts[std::size_t(bin)] = count;
        histogram.m_maximum = std::max(histogram.m_maximum, count);
        edge = next;
    }
    histogram.m_after = quint64(starts.end() - edge);
    return histogram;
}

int EventHistogram::binCountFor(double plotWidth, double pixelsPerBin)
{
    if (!(plotWidth > 0.0) || !(pixelsPerBin > 0.0))
        return 1;
    const double bins = std::round(plotWidth / pixelsPerBin);
    // The comparison also turns an infinite width into the cap.
    if (!(bins < maximumBins))
        return maximumBins;
    return std::max(1, int(bins));
}

qint64 EventHistogram::binStart(int bin) const
{
    // from + floor(span · bin / bins), written so that span · bin cannot
    // overflow: 13 billion years of seconds times 2000 bins would.
    const auto bins = qint64(m_counts.size());
    if (bins == 0)
        return m_from;
    const qint64 span = m_to - m_from;
    const qint64 whole = span / bins;
    const qint64 rest = span % bins;
    return m_from + whole * bin + rest * bin / bins;
}

qint64 EventHistogram::binEnd(int bin) const
{
    return binStart(bin + 1);
}

int EventHistogram::binAt(qint64 t) const
{
    if (m_counts.empty() || t < m_from || t >= m_to)
        return -1;
    // A double's guess is off by at most one bin; the exact edges settle it.
    const int last = size() - 1;
    int bin = std::clamp(int(double(t - m_from) / double(m_to - m_from) * size()), 0, last);
    while (bin > 0 && t < binStart(bin))
        --bin;
    while (bin < last && t >= binEnd(bin))
        ++bin;
    return bin;
}

} // namespace Annals
