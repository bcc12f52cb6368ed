// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventindex.h"

#include <QtGlobal>

#include <vector>

namespace Annals {

// How many events begin in each of `binCount` equal slices of [from, to):
// the overview strip's histogram. Bins are equal in seconds (not calendar
// months or years), so that bin i spans exactly the same width on a linear
// time axis as every other.
//
// Counts come from the index's sorted starts by binary search: one
// lower_bound per bin edge, O(bins · log n), never a scan of the events, so
// a million-event atlas costs the same microseconds as a small one. An event
// counts in the bin holding its start; events starting before `from` or at or
// after `to` count nowhere (and are reported in before() / after()).
//
// Invariants: size() == binCount (>= 1) for a non-empty range; binStart(0) ==
// from, binEnd(size() - 1) == to, binEnd(i) == binStart(i + 1), and every bin
// is at least one second wide (fewer bins are made when the range is too
// short for binCount); sum of counts + before() + after() == index.size().
class EventHistogram
{
public:
    EventHistogram() = default; // no bins

    // to <= from, or binCount < 1, gives an empty histogram (no bins).
    static EventHistogram build(const EventIndex &index, qint64 from, qint64 to, int binCount);

    // About one bar per `pixelsPerBin` pixels of plot, within [1, 2000] bins.
    static int binCountFor(double plotWidth, double pixelsPerBin = 4.0);

    int size() const { return int(m_counts.size()); }
    bool isEmpty() const { return m_counts.empty(); }
    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    qint64 binStart(int bin) const;
    qint64 binEnd(int bin) const; // exclusive
    quint64 count(int bin) const { return m_counts[std::size_t(bin)]; }
    quint64 maximum() const { return m_maximum; } // the largest count, 0 when empty
    quint64 before() const { return m_before; }
    quint64 after() const { return m_after; }
    // The bin holding t, or -1 outside [from, to).
    int binAt(qint64 t) const;

private:
    qint64 m_from = 0;
    qint64 m_to = 0;
    std::vector<quint64> m_counts;
    quint64 m_maximum = 0;
    quint64 m_before = 0;
    quint64 m_after = 0;
};

} // namespace Annals
