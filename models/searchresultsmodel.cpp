// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

#include "eventtablemodel.h"

#include <algorithm>

namespace Annals {

namespace {

// Internal ids: 0 for group rows; a hit or "more" row stores its group + 1.
constexpr quintptr groupRowId = 0;

template<typename Item>
const Item *findById(const QList<Item> &items, ItemId id)
{
    // Loaded in id order (AtlasStore::load), so a binary search; checked,
    // because hand-made data may not be.
    auto it = std::lower_bound(items.begin(), items.end(), id, [](const Item &item, ItemId wanted) { return item.id < wanted; });
    if (it != items.end() && it->id == id)
        return &*it;
    auto linear = std::find_if(items.begin(), items.end(), [id](const Item &item) { return item.id == id; });
    return linear != items.end() ? &*linear : nullptr;
}

QString yearsOf(const HistoricalDate &start, const HistoricalDate &end)
{
    if (!start.isValid() && !end.isValid())
        return {};
    const QString from = start.isValid() ? start.toDisplayString() : QString();
    const QString to = end.isValid() ? end.toDisplayString() : QString();
    return SearchResultsModel::tr("%1 – %2").arg(from, to).trimmed();
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SearchResultsModel::setAtlasData(const AtlasData *data)
{
    beginResetModel();
    m_data = data;
    m_results = {};
    m_groups.clear();
    endResetModel();
}

void SearchResultsModel::setResults(const SearchResults &results)
{
    beginResetModel();
    m_results = results;
    m_groups.clear();
    for (int g = 0; g < searchGroupCount; ++g) {
        if (!results.in(SearchGroup(g)).isEmpty())
            m_groups << SearchGroup(g);
    }
    endResetModel();
}

QModelIndex SearchResultsModel::firstHit() const
{
    if (m_groups.isEmpty())
        return {};
    return index(0, 0, index(0, 0));
}

int SearchResultsModel::hitCount() const
{
    int count = 0;
    for (const QList<SearchHit> &hits : m_results.hits)
        count += int(hits.size());
    return count;
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, 0, groupRowId);
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupRowId);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != groupRowId || parent.row() >= m_groups.size())
        return 0;
    const SearchGroup group = m_groups.at(parent.row());
    return int(m_results.in(group).size()) + (m_results.hasMore(group) ? 1 : 0);
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == groupRowId) {
        if (index.row() >= m_groups.size())
            return {};
        const SearchGroup group = m_groups.at(index.row());
        const int count = int(m_results.in(group).size());
        switch (role) {
        case Qt::DisplayRole:
            //: A group of search results and how many: "Events (8)", "Events (8+)" when there are more
            return m_results.hasMore(group) ? tr("%1 (%2+)").arg(searchGroupName(group)).arg(count)
                                            : tr("%1 (%2)").arg(searchGroupName(group)).arg(count);
        case GroupRole:
            return int(group);
        case RowKindRole:
            return int(RowKind::Group);
        default:
            return {};
        }
    }
    const int groupRow = int(index.internalId() - 1);
    if (groupRow >= m_groups.size())
        return {};
    const SearchGroup group = m_groups.at(groupRow);
    const QList<SearchHit> &hits = m_results.in(group);
    if (index.row() >= hits.size()) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("Show more %1…").arg(searchGroupName(group).toLower());
        case Qt::ToolTipRole:
            return tr("Fetch more results of this kind (Enter)");
        case GroupRole:
            return int(group);
        case RowKindRole:
            return int(RowKind::More);
        default:
            return {};
        }
    }
    const SearchHit &hit = hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return AtlasSearch::unmarked(hit.title);
    case Qt::ToolTipRole: {
        const QString detail = detailOf(hit);
        const QString snippet = AtlasSearch::unmarked(hit.snippet);
        QStringList lines{AtlasSearch::unmarked(hit.title)};
        if (!detail.isEmpty())
            lines << detail;
        if (!snippet.isEmpty())
            lines << snippet;
        return lines.join(QLatin1Char('\n'));
    }
    case MarkedTitleRole:
        return hit.title;
    case MarkedSnippetRole:
        return hit.snippet;
    case DetailRole:
        return detailOf(hit);
    case ItemIdRole:
        return hit.id;
    case GroupRole:
        return int(group);
    case RowKindRole:
        return int(RowKind::Hit);
    default:
        return {};
    }
}

QString SearchResultsModel::actorName(ItemId id) const
{
    const Actor *actor = m_data ? findById(m_data->actors, id) : nullptr;
    return actor ? actor->name : tr("actor %1").arg(id);
}

QString SearchResultsModel::detailOf(const SearchHit &hit) const
{
    switch (hit.group) {
    case SearchGroup::Events:
        return hit.when.start.isValid() ? EventTableModel::whenText(hit.when) : QString();
    case SearchGroup::Actors: {
        const Actor *actor = m_data ? findById(m_data->actors, hit.id) : nullptr;
        if (!actor)
            return {};
        const QString years = yearsOf(actor->start, actor->end);
        QString detail = actorKindName(actor->kind);
        // A match on another name says whose name it is.
        if (AtlasSearch::unmarked(hit.title) != actor->name)
            detail = tr("%1 · also called this").arg(actor->name);
        return years.isEmpty() ? detail : tr("%1 · %2").arg(detail, years);
    }
    case SearchGroup::Relations: {
        const Relation *relation = m_data ? findById(m_data->relations, hit.id) : nullptr;
        if (!relation)
            return {};
        //: A relation's kind and its two actors: "Treaty · China – North Korea"
        return tr("%1 · %2 – %3")
            .arg(relationKindName(relation->kind), actorName(relation->sourceId), actorName(relation->targetId));
    }
    case SearchGroup::Sources: {
        const Source *source = m_data ? findById(m_data->sources, hit.id) : nullptr;
        if (!source)
            return {};
        QStringList parts;
        for (const QString &part : {source->author, source->publisher, source->published}) {
            if (!part.isEmpty())
                parts << part;
        }
        return parts.join(QStringLiteral(" · "));
    }
    }
    return {};
}

} // namespace Annals
