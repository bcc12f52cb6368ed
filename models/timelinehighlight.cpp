// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinehighlight.h"

#include <limits>

namespace Annals {

namespace {

template<typename T>
std::span<const T> laneSlice(const std::vector<quint32> &offsets, const std::vector<T> &values, int lane)
{
    if (lane < 0 || std::size_t(lane) + 1 >= offsets.size())
        return {};
    const quint32 from = offsets[std::size_t(lane)];
    return std::span<const T>(values).subspan(from, offsets[std::size_t(lane) + 1] - from);
}

} // namespace

TimelineHighlight TimelineHighlight::build(const EventIndex &index, const TimelineLanes &lanes,
                                           const QList<ItemId> &actors, const QList<ItemId> &emphasised)
{
    TimelineHighlight result;
    for (ItemId id : emphasised) {
        if (id != 0)
            result.m_emphasised.push_back(id);
    }
    result.m_active = !actors.isEmpty() || !result.m_emphasised.empty();
    if (!result.m_active)
        return result;

    // Actor ids are stored as 32 bits in the index; an id beyond that range
    // cannot match any event.
    std::vector<quint32> wanted;
    for (ItemId id : actors) {
        if (id > 0 && id <= ItemId(std::numeric_limits<quint32>::max()))
            wanted.push_back(quint32(id));
    }
    const auto &offsets = index.actorOffsets();
    const auto &actorIds = index.actorIds();
    const auto rowCount = quint32(index.size());
    result.m_bits.assign((std::size_t(rowCount) + 63) / 64, 0);
    for (quint32 row = 0; row < rowCount; ++row) {
        const bool marked = !result.m_emphasised.empty() && result.isEmphasised(index.id(row));
        bool found = marked;
        for (quint32 k = offsets[row]; k < offsets[row + 1] && !found; ++k)
            found = std::find(wanted.begin(), wanted.end(), actorIds[k]) != wanted.end();
        if (marked)
            result.m_emphasisedRows.push_back(row);
        if (found) {
            result.m_rows.push_back(row);
            result.m_bits[row / 64] |= quint64(1) << (row % 64);
        }
    }

    // Counted, then filled: the lanes' rows lie in one array, however many
    // lanes there are (thousands, one per actor).
    const auto laneCount = std::size_t(lanes.lanes().size());
    result.m_laneOffsets.assign(laneCount + 1, 0);
    TimelineLanes::LaneList laneList;
    for (quint32 row : result.m_rows) {
        lanes.lanesOf(index, row, &laneList);
        for (int lane : laneList)
            ++result.m_laneOffsets[std::size_t(lane) + 1];
    }
    for (std::size_t i = 0; i < laneCount; ++i)
        result.m_laneOffsets[i + 1] += result.m_laneOffsets[i];
    std::vector<quint32> next(result.m_laneOffsets.begin(), result.m_laneOffsets.end() - 1);
    result.m_laneRows.resize(result.m_laneOffsets.back());
    result.m_laneStarts.resize(result.m_laneOffsets.back());
    result.m_laneImportance.resize(result.m_laneOffsets.back());
    for (quint32 row : result.m_rows) {
        lanes.lanesOf(index, row, &laneList);
        for (int lane : laneList) {
            const quint32 at = next[std::size_t(lane)]++;
            result.m_laneRows[at] = row;
            result.m_laneStarts[at] = index.start(row);
            result.m_laneImportance[at] = quint8(index.importance(row));
        }
    }

    if (!result.m_rows.empty()) {
        qint64 latest = index.end(result.m_rows.front());
        for (quint32 row : result.m_rows)
            latest = std::max(latest, index.end(row));
        result.m_extent = std::pair(index.start(result.m_rows.front()), latest);
    }
    return result;
}

std::span<const quint32> TimelineHighlight::laneRows(int lane) const
{
    return laneSlice(m_laneOffsets, m_laneRows, lane);
}

std::span<const qint64> TimelineHighlight::laneStarts(int lane) const
{
    return laneSlice(m_laneOffsets, m_laneStarts, lane);
}

std::span<const quint8> TimelineHighlight::laneImportance(int lane) const
{
    return laneSlice(m_laneOffsets, m_laneImportance, lane);
}

} // namespace Annals
