// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QString>
#include <QStringList>

class QSqlQuery;

namespace Annals {

// The full-text index's entries (the search_index FTS5 table). Every write
// that changes an item's searchable text replaces its entry in the same
// transaction, through these functions, so the index never disagrees with
// the tables. Since schema version 2 an entry's rowid encodes its kind
// (code << 40 | id): one kind's matches are a rowid range, and an entry is
// found by rowid. Items with ids of 2^40 or more are not indexed.
enum class SearchKind : quint8 { Event = 1, Actor = 2, ActorName = 3, Relation = 4, Source = 5 };

// The first schema version with kind-encoded rowids.
constexpr int searchRowIdsSinceVersion = 2;
constexpr int searchRowIdShift = 40;
constexpr ItemId searchMaximumId = (ItemId(1) << searchRowIdShift) - 1;

qint64 searchRowId(SearchKind kind, ItemId id);
// [first, last] rowids of a kind.
qint64 firstSearchRowId(SearchKind kind);
qint64 lastSearchRowId(SearchKind kind);
// "event", "actor", "actor_name", "relation", "source": the item_kind column.
QString searchKindKey(SearchKind kind);

// The body text of each kind's entry (the title is the item's title or name).
QString searchBody(const Event &event);
QString searchBody(const Actor &actor);
QString searchBody(const ActorName &name);
QString searchBody(const Relation &relation);
QString searchBody(const Source &source);

// Replaces (or adds) the entry of one item, using `query` on the caller's
// transaction. False with the reason in `error`.
bool writeSearchEntry(QSqlQuery &query, SearchKind kind, ItemId id, const QString &title, const QString &body,
                      QString *error);
bool removeSearchEntry(QSqlQuery &query, SearchKind kind, ItemId id, QString *error);

// The statements that rebuild the whole index (models/schema/search_index.sql).
QStringList searchIndexRebuildStatements();

} // namespace Annals
