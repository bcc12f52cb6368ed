// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlassearch.h"

#include "atlasstore.h"
#include "searchindex.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Annals {

QString searchGroupName(SearchGroup group)
{
    switch (group) {
    case SearchGroup::Events:
        return AtlasSearch::tr("Events");
    case SearchGroup::Actors:
        return AtlasSearch::tr("Actors");
    case SearchGroup::Relations:
        return AtlasSearch::tr("Relations");
    case SearchGroup::Sources:
        return AtlasSearch::tr("Sources");
    }
    return {};
}

bool SearchResults::isEmpty() const
{
    return std::all_of(hits.begin(), hits.end(), [](const QList<SearchHit> &group) { return group.isEmpty(); });
}

namespace {

// The index kinds each group searches, as one rowid range (Actor and
// ActorName are adjacent codes) and as item_kind values for older files.
struct GroupKinds {
    SearchKind first;
    SearchKind last;
};

GroupKinds kindsOf(SearchGroup group)
{
    switch (group) {
    case SearchGroup::Events:
        return {SearchKind::Event, SearchKind::Event};
    case SearchGroup::Actors:
        return {SearchKind::Actor, SearchKind::ActorName};
    case SearchGroup::Relations:
        return {SearchKind::Relation, SearchKind::Relation};
    case SearchGroup::Sources:
        return {SearchKind::Source, SearchKind::Source};
    }
    return {SearchKind::Event, SearchKind::Event};
}

bool isMark(QChar c)
{
    return c == AtlasSearch::matchStart || c == AtlasSearch::matchEnd;
}

} // namespace

AtlasSearch::AtlasSearch(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        m_rowIdsEncodeKind = q.value(0).toInt() >= searchRowIdsSinceVersion;
}

QStringList AtlasSearch::words(const QString &text)
{
    QStringList result;
    QString word;
    auto finishWord = [&] {
        if (!word.isEmpty() && result.size() < maximumWords)
            result << word.left(maximumWordLength);
        word.clear();
    };
    // Reading stops once enough words are found: a pasted megabyte costs no
    // more than its first words.
    for (qsizetype i = 0; i < text.size() && result.size() < maximumWords; ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            finishWord();
        else if (c.category() != QChar::Other_Control && !c.isNonCharacter())
            word += c;
    }
    finishWord();
    return result;
}

QString AtlasSearch::matchExpression(const QStringList &words, bool prefixes, bool titleOnly)
{
    QStringList terms;
    for (const QString &word : words) {
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
        if (prefixes && word.size() >= 2)
            quoted += QLatin1Char('*');
        terms << quoted;
    }
    const QString all = terms.join(QLatin1Char(' '));
    return titleOnly ? QStringLiteral("{title} : (%1)").arg(all) : all;
}

QList<std::pair<QString, bool>> AtlasSearch::markedRuns(const QString &marked)
{
    QList<std::pair<QString, bool>> runs;
    QString run;
    bool matched = false;
    for (const QChar c : marked) {
        if (isMark(c)) {
            if (!run.isEmpty())
                runs.append({run, matched});
            run.clear();
            matched = c == matchStart;
        } else {
            run += c;
        }
    }
    if (!run.isEmpty())
        runs.append({run, matched});
    return runs;
}

QString AtlasSearch::unmarked(QString marked)
{
    marked.removeIf(isMark);
    return marked;
}

SearchResults AtlasSearch::search(const QString &text, int perGroup) const
{
    return search(text, {perGroup, perGroup, perGroup, perGroup});
}

SearchResults AtlasSearch::search(const QString &text, const std::array<int, searchGroupCount> &perGroup) const
{
    SearchResults results;
    results.text = text.left(1000);
    const QStringList searched = words(text);
    if (searched.isEmpty())
        return results;
    for (int g = 0; g < searchGroupCount; ++g) {
        if (perGroup[std::size_t(g)] > 0 && !searchGroup(SearchGroup(g), searched, perGroup[std::size_t(g)], &results))
            break;
    }
    return results;
}

bool AtlasSearch::searchGroup(SearchGroup group, const QStringList &words, int count, SearchResults *results) const
{
    const GroupKinds kinds = kindsOf(group);
    const bool events = group == SearchGroup::Events;
    // Events bring their dates along, in the same statement.
    const QString dates = events ? QStringLiteral(", e.start_time, e.start_precision, e.start_approx, "
                                                  "e.end_time, e.end_precision, e.end_approx")
                                 : QString();
    const QString join = events ? QStringLiteral(" LEFT JOIN events e ON e.id = s.item_id") : QString();
    const QString inGroup = m_rowIdsEncodeKind ? QStringLiteral("s.rowid BETWEEN ? AND ?")
                                               : QStringLiteral("s.item_kind IN (?, ?)");
    const QString sql = QStringLiteral("SELECT s.rowid, s.item_kind, s.item_id, "
                                       "highlight(search_index, 2, ?, ?), snippet(search_index, 3, ?, ?, ?, 12)%1 "
                                       "FROM search_index s%2 WHERE search_index MATCH ? AND %3 LIMIT ?")
                            .arg(dates, join, inGroup);
    struct Row {
        qint64 rowId = 0;
        bool isActorName = false;
        SearchHit hit;
    };
    const QString ellipsis = QStringLiteral("…");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto runPass = [&](const QString &expression, int limit, QList<Row> *rows) {
        if (!q.prepare(sql)) {
            results->error = q.lastError().text();
            return false;
        }
        for (const QChar mark : {matchStart, matchEnd, matchStart, matchEnd})
            q.addBindValue(QString(mark));
        q.addBindValue(ellipsis);
        q.addBindValue(expression);
        if (m_rowIdsEncodeKind) {
            q.addBindValue(firstSearchRowId(kinds.first));
            q.addBindValue(lastSearchRowId(kinds.last));
        } else {
            q.addBindValue(searchKindKey(kinds.first));
            q.addBindValue(searchKindKey(kinds.last));
        }
        q.addBindValue(limit);
        if (!q.exec()) {
            results->error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            Row row;
            row.rowId = q.value(0).toLongLong();
            row.isActorName = q.value(1).toString() == searchKindKey(SearchKind::ActorName);
            row.hit.group = group;
            row.hit.id = q.value(2).toLongLong();
            row.hit.title = q.value(3).toString();
            row.hit.snippet = q.value(4).toString().simplified();
            if (!row.hit.snippet.contains(matchStart))
                row.hit.snippet.clear();
            if (events) {
                row.hit.when.start = dateFromColumns(q.value(5), q.value(6), q.value(7));
                row.hit.when.end = dateFromColumns(q.value(8), q.value(9), q.value(10));
            }
            rows->append(row);
        }
        q.finish();
        return true;
    };
    auto titleMatched = [](const Row &row) { return row.hit.title.contains(matchStart); };

    // Actor names resolve to their actor, which a match on the actor itself
    // (or another of its names) may already have given.
    QSet<qint64> seenRows;
    QSet<ItemId> seenItems;
    QList<SearchHit> &hits = results->hits[std::size_t(group)];
    auto take = [&](QList<Row> &rows) {
        for (Row &row : rows) {
            if (hits.size() > count)
                break;
            if (seenRows.contains(row.rowId))
                continue;
            seenRows.insert(row.rowId);
            if (row.isActorName) {
                QSqlQuery owner(m_db);
                owner.prepare(QStringLiteral("SELECT actor_id FROM actor_names WHERE id = ?"));
                owner.addBindValue(row.hit.id);
                if (!owner.exec() || !owner.next())
                    continue;
                row.hit.id = owner.value(0).toLongLong();
            }
            if (seenItems.contains(row.hit.id))
                continue;
            seenItems.insert(row.hit.id);
            hits.append(row.hit);
        }
    };

    // First, the widest pass (every word as a prefix) for a few pages. When
    // that finds all there is, it is ordered here — whole words in the title,
    // prefixes in the title, whole words in the body, the rest — and no
    // other pass is needed: words that are rare, or never meet, cost one
    // scan of the index instead of four.
    const bool hasPrefixPass = matchExpression(words, true, false) != matchExpression(words, false, false);
    {
        const int limit = 4 * (count + 1);
        QList<Row> rows;
        if (!runPass(matchExpression(words, hasPrefixPass, false), limit, &rows))
            return false;
        if (rows.size() < limit) {
            QStringList folded;
            for (const QString &word : words)
                folded << word.toCaseFolded();
            auto wholeWordIn = [&folded](const QString &marked) {
                const auto runs = markedRuns(marked);
                return std::any_of(runs.begin(), runs.end(), [&folded](const auto &run) {
                    return run.second && folded.contains(run.first.toCaseFolded());
                });
            };
            auto rank = [&](const Row &row) {
                if (titleMatched(row))
                    return wholeWordIn(row.hit.title) ? 0 : 1;
                return wholeWordIn(row.hit.snippet) ? 2 : 3;
            };
            std::stable_sort(rows.begin(), rows.end(), [&rank](const Row &a, const Row &b) { return rank(a) < rank(b); });
            take(rows);
            if (hits.size() > count) {
                hits.resize(count);
                results->more[std::size_t(group)] = true;
            }
            return true;
        }
    }

    // More than a few pages match: each pass below stops after a page.
    for (const bool prefixes : {false, true}) {
        if (hits.size() > count)
            break;
        // Words of one letter have no prefix pass.
        if (prefixes && !hasPrefixPass)
            continue;
        // One more than asked (whether there are more), and as many again as
        // earlier passes found, which this one finds again.
        const int limit = count + 1 + int(seenRows.size());
        QList<Row> rows;
        if (!runPass(matchExpression(words, prefixes, false), limit, &rows))
            return false;
        // Title matches first. When this pass found all there is, they are
        // among its rows; when it stopped at the limit with rows matched only
        // in their bodies, title matches may lie beyond, and a title-only
        // pass brings them forward.
        const bool truncated = rows.size() == limit;
        if (truncated && !std::all_of(rows.begin(), rows.end(), titleMatched)) {
            QList<Row> titled;
            if (!runPass(matchExpression(words, prefixes, true), limit, &titled))
                return false;
            rows = titled + rows;
        } else {
            std::stable_partition(rows.begin(), rows.end(), titleMatched);
        }
        take(rows);
    }
    if (hits.size() > count) {
        hits.resize(count);
        results->more[std::size_t(group)] = true;
    }
    return true;
}

} // namespace Annals
