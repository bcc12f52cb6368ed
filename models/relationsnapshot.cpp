// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationsnapshot.h"

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>

namespace Annals {

namespace {

constexpr qint64 earliest = std::numeric_limits<qint64>::min();
constexpr qint64 latest = std::numeric_limits<qint64>::max();

// Below this level a subtree (at most 15 spans) is scanned straight through:
// cheaper than walking it node by node.
constexpr int scanLevel = 3;

} // namespace

qint64 RelationSnapshot::spanStart(const TimeSpan &span)
{
    return span.start.isValid() ? span.start.seconds() : earliest;
}

qint64 RelationSnapshot::spanEnd(const TimeSpan &span)
{
    return span.endExclusive().value_or(latest);
}

RelationSnapshot::RelationSnapshot(const AtlasData &data)
{
    for (const Actor &actor : data.actors) {
        const qint64 start = actor.start.isValid() ? actor.start.seconds() : earliest;
        const qint64 end = actor.end.isValid() ? actor.end.periodEnd() : latest;
        m_actors.insert(actor.id, {start, end});
    }

    const std::size_t n = std::size_t(data.relations.size());
    std::vector<qsizetype> order(n);
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::vector<qint64> starts(n);
    for (std::size_t i = 0; i < n; ++i)
        starts[i] = spanStart(data.relations[qsizetype(i)].when);
    // Ties by index, so that the layout of the arrays does not depend on the
    // sort's whims.
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const qint64 sa = starts[std::size_t(a)];
        const qint64 sb = starts[std::size_t(b)];
        return sa != sb ? sa < sb : a < b;
    });

    m_starts.resize(n);
    m_ends.resize(n);
    m_subtreeEnds.resize(n);
    m_relation = order;
    for (std::size_t i = 0; i < n; ++i) {
        m_starts[i] = starts[std::size_t(order[i])];
        m_ends[i] = spanEnd(data.relations[order[i]].when);
    }

    // The implicit tree: leaves at even positions; a node at level k sits at
    // positions 2^k - 1 + j·2^(k+1) with children 2^(k-1) either side. Nodes
    // past the end of the array do not exist, but their subtrees may hold
    // real elements; `last` carries the largest end of the rightmost real
    // subtree at each level up to the parent that needs it.
    if (n == 0)
        return;
    const qsizetype count = qsizetype(n);
    qsizetype lastIndex = 0;
    qint64 last = 0;
    for (qsizetype i = 0; i < count; i += 2) {
        lastIndex = i;
        last = m_subtreeEnds[std::size_t(i)] = m_ends[std::size_t(i)];
    }
    int level = 1;
    for (; (qsizetype(1) << level) <= count; ++level) {
        const qsizetype half = qsizetype(1) << (level - 1);
        const qsizetype first = (half << 1) - 1;
        const qsizetype stride = half << 2;
        for (qsizetype i = first; i < count; i += stride) {
            const qint64 left = m_subtreeEnds[std::size_t(i - half)];
            const qint64 right = i + half < count ? m_subtreeEnds[std::size_t(i + half)] : last;
            m_subtreeEnds[std::size_t(i)] = std::max({m_ends[std::size_t(i)], left, right});
        }
        lastIndex = ((lastIndex >> level) & 1) ? lastIndex - half : lastIndex + half;
        if (lastIndex < count && m_subtreeEnds[std::size_t(lastIndex)] > last)
            last = m_subtreeEnds[std::size_t(lastIndex)];
    }
    m_rootLevel = level - 1;

}

void RelationSnapshot::collect(qint64 from, qint64 to, std::vector<qsizetype> &out) const
{
    if (m_rootLevel < 0)
        return;
    const qsizetype count = relationCount();
    struct Visit {
        qsizetype index;
        int level;
        bool leftDone;
    };
    // Depth is at most 63 levels plus one re-pushed node per level.
    std::array<Visit, 128> stack;
    int top = 0;
    stack[top++] = {(qsizetype(1) << m_rootLevel) - 1, m_rootLevel, false};
    while (top > 0) {
        const Visit visit = stack[--top];
        if (visit.level <= scanLevel) {
            const qsizetype first = (visit.index >> visit.level) << visit.level;
            const qsizetype stop = std::min(count, first + (qsizetype(1) << (visit.level + 1)) - 1);
            for (qsizetype i = first; i < stop && m_starts[std::size_t(i)] < to; ++i) {
                if (from < m_ends[std::size_t(i)])
                    out.push_back(i);
            }
        } else if (!visit.leftDone) {
            // The left child may lie past the end of the array; its subtree
            // may still hold real elements, so it is visited regardless.
            const qsizetype left = visit.index - (qsizetype(1) << (visit.level - 1));
            stack[top++] = {visit.index, visit.level, true};
            if (left >= count || m_subtreeEnds[std::size_t(left)] > from)
                stack[top++] = {left, visit.level - 1, false};
        } else if (visit.index < count && m_starts[std::size_t(visit.index)] < to) {
            if (from < m_ends[std::size_t(visit.index)])
                out.push_back(visit.index);
            stack[top++] = {visit.index + (qsizetype(1) << (visit.level - 1)), visit.level - 1, false};
        }
    }
}

std::vector<qsizetype> RelationSnapshot::activeWithin(qint64 from, qint64 to) const
{
    std::vector<qsizetype> found;
    if (to <= from)
        return found;
    collect(from, to, found);
    // From start order to the atlas's order. When most relations hold, a
    // pass over a mark per relation beats sorting the answer.
    const qsizetype count = relationCount();
    if (qsizetype(found.size()) * 8 > count) {
        std::vector<bool> marked(std::size_t(count), false);
        for (qsizetype position : found)
            marked[std::size_t(m_relation[std::size_t(position)])] = true;
        found.clear();
        for (qsizetype i = 0; i < count; ++i) {
            if (marked[std::size_t(i)])
                found.push_back(i);
        }
    } else {
        for (qsizetype &position : found)
            position = m_relation[std::size_t(position)];
        std::sort(found.begin(), found.end());
    }
    return found;
}

std::vector<qsizetype> RelationSnapshot::activeAt(qint64 t) const
{
    // [t, t + 1); the last second of all time is past every end.
    if (t == latest)
        return {};
    return activeWithin(t, t + 1);
}

bool RelationSnapshot::actorExistsAt(ItemId actorId, qint64 t) const
{
    const auto found = m_actors.constFind(actorId);
    return found != m_actors.constEnd() && found->start <= t && t < found->end;
}

} // namespace Annals
