// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventindex.h"
#include "timelinelanes.h"

#include <QList>

#include <algorithm>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace Annals {

// The events a timeline frame draws at full strength while it dims the rest:
// those of some actors (the selected one, or a selected relation's two), and
// a few events marked out further (those that began and ended the relation),
// which are shown at full strength whoever took part in them.
//
// Found once when the selection, the index or the lanes change, by one pass
// over the index's actor lists, so that a frame asks no more than one bit per
// item, and finds a dense lane's highlighted events, with their starts and
// importance side by side, without touching the index's arrays.
//
// Invariants: rows() is sorted and unique, so in start order; contains(row)
// exactly for those rows; laneRows(i) are the rows of rows() that lane i
// holds, in the same order, and laneStarts(i) and laneImportance(i) theirs. An inactive highlight holds nothing and dims nothing; an
// active one whose actors have no events dims everything.
class TimelineHighlight
{
public:
    TimelineHighlight() = default;

    static TimelineHighlight build(const EventIndex &index, const TimelineLanes &lanes, const QList<ItemId> &actors,
                                   const QList<ItemId> &emphasised = {});

    bool isActive() const { return m_active; }
    bool contains(quint32 row) const
    {
        return row / 64 < m_bits.size() && (m_bits[row / 64] >> (row % 64) & 1) != 0;
    }
    bool isEmphasised(ItemId id) const
    {
        return std::find(m_emphasised.begin(), m_emphasised.end(), id) != m_emphasised.end();
    }
    bool isEmphasisedRow(quint32 row) const
    {
        return std::find(m_emphasisedRows.begin(), m_emphasisedRows.end(), row) != m_emphasisedRows.end();
    }

    // Whether the event at `row` is drawn dimmed: with the highlight on, all
    // but its own events and the selected one, which the user picked.
    bool dims(const EventIndex &index, quint32 row, ItemId selectedEvent) const
    {
        return m_active && !contains(row) && index.id(row) != selectedEvent;
    }

    const std::vector<quint32> &rows() const { return m_rows; }
    std::span<const quint32> laneRows(int lane) const;
    std::span<const qint64> laneStarts(int lane) const;
    std::span<const quint8> laneImportance(int lane) const;

    // From the first start to the last end of the highlighted events.
    std::optional<std::pair<qint64, qint64>> extent() const { return m_extent; }

private:
    bool m_active = false;
    std::vector<quint32> m_rows;
    std::vector<quint64> m_bits; // one per row of the index, set for m_rows
    std::vector<ItemId> m_emphasised;
    std::vector<quint32> m_emphasisedRows;
    // Lane i's rows are m_laneRows[m_laneOffsets[i] .. m_laneOffsets[i + 1]).
    std::vector<quint32> m_laneOffsets;
    std::vector<quint32> m_laneRows;
    std::vector<qint64> m_laneStarts;
    std::vector<quint8> m_laneImportance;
    std::optional<std::pair<qint64, qint64>> m_extent;
};

} // namespace Annals
