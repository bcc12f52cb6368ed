// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewfilter.h"

#include <algorithm>
#include <limits>

namespace Annals {

quint32 knownRelationKinds()
{
    return (1u << (unsigned(RelationKind::Other) + 1)) - 1;
}

bool ViewFilter::isEmpty() const
{
    return normalized() == ViewFilter{};
}

ViewFilter ViewFilter::normalized() const
{
    ViewFilter result = *this;
    std::sort(result.actors.begin(), result.actors.end());
    result.actors.erase(std::unique(result.actors.begin(), result.actors.end()), result.actors.end());
    result.categories.sort();
    result.categories.removeDuplicates();
    result.minimumImportance = std::clamp(minimumImportance, 1, 5);
    if (!result.hasRange())
        result.rangeStart = result.rangeEnd = 0;
    // Ticking every kind back on, one by one, is the same as never having
    // hidden any; bits of kinds that do not exist hide nothing.
    if ((result.relationKinds & knownRelationKinds()) == knownRelationKinds())
        result.relationKinds = allRelationKinds();
    return result;
}

bool filtersEvents(const ViewFilter &filter)
{
    return !filter.actors.isEmpty() || !filter.categories.isEmpty() || filter.minimumImportance > 1
        || filter.hasRange();
}

EventIndex filteredIndex(const EventIndex &all, const ViewFilter &filter)
{
    if (!filtersEvents(filter))
        return all;

    // The index keeps actor ids in 32 bits; a chosen id beyond that names no
    // event's actor.
    std::vector<quint32> actors;
    actors.reserve(std::size_t(filter.actors.size()));
    for (const ItemId id : filter.actors) {
        if (id >= 0 && id <= ItemId(std::numeric_limits<quint32>::max()))
            actors.push_back(quint32(id));
    }
    std::sort(actors.begin(), actors.end());
    const bool byActor = !filter.actors.isEmpty();

    // Category names to indices once, so that no event compares a string.
    const bool byCategory = !filter.categories.isEmpty();
    std::vector<bool> categoryShown(std::size_t(all.categories().size()), false);
    if (byCategory) {
        for (qsizetype i = 0; i < all.categories().size(); ++i)
            categoryShown[std::size_t(i)] = filter.categories.contains(all.categories().at(i));
    }
    const int minimumImportance = std::clamp(filter.minimumImportance, 1, 5);

    // With a range only the rows that can overlap it are visited.
    std::size_t first = 0;
    std::size_t last = std::size_t(all.size());
    if (filter.hasRange()) {
        const qint64 lowest = std::numeric_limits<qint64>::min();
        const qint64 firstPossibleStart = filter.rangeStart < lowest + all.maximumDuration() + 1
            ? lowest
            : filter.rangeStart - all.maximumDuration() + 1;
        first = std::size_t(all.firstStartingAtOrAfter(firstPossibleStart));
        last = std::size_t(all.firstStartingAtOrAfter(filter.rangeEnd));
    }

    const std::vector<quint32> &offsets = all.actorOffsets();
    const std::vector<quint32> &actorIds = all.actorIds();
    std::vector<quint32> rows;
    for (std::size_t row = first; row < last; ++row) {
        const auto i = qsizetype(row);
        if (all.importance(i) < minimumImportance)
            continue;
        if (byCategory && !categoryShown[std::size_t(all.category(i))])
            continue;
        if (filter.hasRange() && all.end(i) <= filter.rangeStart)
            continue;
        if (byActor) {
            const auto begin = actorIds.begin() + qptrdiff(offsets[row]);
            const auto end = actorIds.begin() + qptrdiff(offsets[row + 1]);
            const bool named = std::any_of(begin, end, [&actors](quint32 actor) {
                return std::binary_search(actors.begin(), actors.end(), actor);
            });
            if (!named)
                continue;
        }
        rows.push_back(quint32(row));
    }
    return all.subset(rows);
}

bool relationPasses(const Relation &relation, const ViewFilter &filter)
{
    if (!filter.showsRelationKind(relation.kind))
        return false;
    if (filter.hasRange()) {
        // An unknown start has held since always; an open end holds for ever.
        const qint64 start = relation.when.start.isValid() ? relation.when.start.seconds()
                                                           : std::numeric_limits<qint64>::min();
        const qint64 end = relation.when.endExclusive().value_or(std::numeric_limits<qint64>::max());
        if (start >= filter.rangeEnd || end <= filter.rangeStart)
            return false;
    }
    if (!filter.actors.isEmpty() && !filter.actors.contains(relation.sourceId)
        && !filter.actors.contains(relation.targetId))
        return false;
    return true;
}

bool actorPasses(ItemId actorId, const ViewFilter &filter, const QList<Relation> &relations)
{
    if (filter.actors.isEmpty() || filter.actors.contains(actorId))
        return true;
    return std::any_of(relations.begin(), relations.end(), [&](const Relation &relation) {
        return (relation.sourceId == actorId || relation.targetId == actorId) && relationPasses(relation, filter);
    });
}

QSet<ItemId> actorsShown(const ViewFilter &filter, const QList<Relation> &relations)
{
    QSet<ItemId> shown;
    if (filter.actors.isEmpty())
        return shown;
    shown = QSet<ItemId>(filter.actors.begin(), filter.actors.end());
    for (const Relation &relation : relations) {
        if (relationPasses(relation, filter)) {
            shown.insert(relation.sourceId);
            shown.insert(relation.targetId);
        }
    }
    return shown;
}

} // namespace Annals
