// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlassearch.h"
#include "domain.h"

#include <QAbstractItemModel>

namespace Annals {

// Search results as a two-level tree: a row per group that has hits
// ("Events", "Actors", …), under it one row per hit and, when the group has
// more than were fetched, a last "Show more" row. Display text has no match
// marks; the marked title and snippet are there for a delegate to bold the
// matches. Details (an event's dates, an actor's kind and years, a
// relation's two actors, a source's author) come from the atlas data.
class SearchResultsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        MarkedTitleRole = Qt::UserRole + 1,
        MarkedSnippetRole,
        DetailRole,
        ItemIdRole,
        GroupRole, // int(SearchGroup)
        RowKindRole, // int(RowKind)
    };
    enum class RowKind { Group, Hit, More };

    explicit SearchResultsModel(QObject *parent = nullptr);

    // Not owned; must outlive the model or be replaced first (null clears).
    void setAtlasData(const AtlasData *data);
    void setResults(const SearchResults &results);
    const SearchResults &results() const { return m_results; }
    // The first hit of the first group, or an invalid index.
    QModelIndex firstHit() const;
    // How many hits, over all groups.
    int hitCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString detailOf(const SearchHit &hit) const;
    QString actorName(ItemId id) const;

    const AtlasData *m_data = nullptr;
    SearchResults m_results;
    QList<SearchGroup> m_groups; // the groups that have hits, in order
};

} // namespace Annals
