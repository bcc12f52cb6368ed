// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <array>

namespace Annals {

enum class SearchGroup : quint8 { Events, Actors, Relations, Sources };
constexpr int searchGroupCount = 4;
// "Events", "Actors", "Relations", "Sources".
QString searchGroupName(SearchGroup group);

// One thing found. Title and snippet carry the matched words between
// AtlasSearch::matchStart and AtlasSearch::matchEnd.
struct SearchHit {
    SearchGroup group = SearchGroup::Events;
    // The event, actor, relation or source; a match on one of an actor's
    // other names ("Chosŏn") gives the actor, with that name as the title.
    ItemId id = 0;
    QString title;
    // Words around the match in the description (and place, category,
    // native name, author…), "…" where cut; empty when there is none.
    QString snippet;
    // For events, when they happened (events of one title tell apart by it).
    TimeSpan when;
};

struct SearchResults {
    QString text;
    std::array<QList<SearchHit>, searchGroupCount> hits;
    // There are more hits in the group than were asked for.
    std::array<bool, searchGroupCount> more{};
    QString error;

    const QList<SearchHit> &in(SearchGroup group) const { return hits[std::size_t(group)]; }
    bool hasMore(SearchGroup group) const { return more[std::size_t(group)]; }
    bool isEmpty() const;
};

// Full-text search of an atlas through its FTS5 index (searchindex.h).
//
// What the user types is only ever matched: it is split into words, control
// characters are dropped, each word becomes a quoted FTS5 string (quotes
// doubled) and the whole expression is bound, never spliced into SQL — so
// quotes, %, *, AND/OR/NOT/NEAR, column filters and NUL bytes are plain text.
// At most maximumWords words of at most maximumWordLength characters are
// used (a pasted megabyte stays cheap).
//
// Order, per group: every word matched whole before any matched as a prefix
// ("kor" finding Korea); within each, matches in the title before matches
// in the body; then the atlas's order. A first pass reads a few pages of
// prefix matches; when that is all there is, it is ordered in memory and
// nothing else runs. Otherwise passes for each of those orders run, each
// stopping after a page. Either way a query costs milliseconds, where
// ranking every match (FTS5's bm25) would cost 0.2-1.4 s for a common word
// at a million events (docs/PERFORMANCE.md).
// One-letter words are matched whole, never as prefixes.
class AtlasSearch
{
    Q_DECLARE_TR_FUNCTIONS(Annals::AtlasSearch)
public:
    // Unicode noncharacters, removed from what the user types and not meant
    // for interchange, so not expected in an atlas's text: they can mark
    // matches without escaping.
    static constexpr QChar matchStart{0xFDD0};
    static constexpr QChar matchEnd{0xFDD1};
    static constexpr int maximumWords = 16;
    static constexpr int maximumWordLength = 100;

    explicit AtlasSearch(QSqlDatabase db);

    // Up to `perGroup[g]` hits of each group (0 skips the group).
    SearchResults search(const QString &text, const std::array<int, searchGroupCount> &perGroup) const;
    SearchResults search(const QString &text, int perGroup) const;

    // The words searched for in `text`.
    static QStringList words(const QString &text);
    // The FTS5 expression for `words`: each a quoted string, a prefix query
    // when `prefixes` and it has two letters or more, limited to the title
    // column when `titleOnly`.
    static QString matchExpression(const QStringList &words, bool prefixes, bool titleOnly);
    // Marked text split into (text, matched) runs, for drawing.
    static QList<std::pair<QString, bool>> markedRuns(const QString &marked);
    // Marked text without its marks.
    static QString unmarked(QString marked);

private:
    bool searchGroup(SearchGroup group, const QStringList &words, int count, SearchResults *results) const;

    QSqlDatabase m_db;
    // Files before schema version 2 (opened read-only) keep an index whose
    // rowids do not encode kinds: they are searched by item_kind instead.
    bool m_rowIdsEncodeKind = true;
};

} // namespace Annals
