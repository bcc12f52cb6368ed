// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlas.h"
#include "atlasschema.h"
#include "atlassearch.h"
#include "atlasstore.h"
#include "searchindex.h"
#include "searchresultsmodel.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Annals;

namespace {

// Event ids 1.., actors 1.. , relations 1.., sources 1.. : a small atlas with
// words chosen so that each pass and each group can be told apart.
const QStringList smallAtlas = {
    QStringLiteral("INSERT INTO actors (id, name, native_name, kind, description) VALUES "
                   "(1, 'North Korea', '조선민주주의인민공화국', 'state', 'Founded in 1948.'),"
                   "(2, 'China', '中国', 'state', 'The People''s Republic from 1949.'),"
                   "(3, 'Soviet Union', '', 'state', 'Signed a treaty of friendship with North Korea.')"),
    QStringLiteral("INSERT INTO actor_names (id, actor_id, name, native_name) VALUES "
                   "(1, 1, 'Chosŏn', '조선'), (2, 3, 'USSR', '')"),
    QStringLiteral("INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision) VALUES "
                   "(1, 'Treaty of Friendship', 'Signed in Beijing.', 'treaty', 'Beijing', 5, -268099200, 'day'),"
                   "(2, 'Armistice', 'Ends the fighting; no peace treaty follows.', 'war', 'Panmunjom', 5, -520214400, 'day'),"
                   "(3, 'War games', 'Joint exercises.', 'military', '', 2, 1500000000, 'year'),"
                   "(4, 'Peace talks', 'Talks about a peace treaty.', 'diplomacy', '', 3, 1530000000, 'month'),"
                   "(5, '50% \"off\" * NEAR(x y) OR', 'Punctuation in a title: 100%.', '', '', 1, 1600000000, 'year'),"
                   "(6, 'Treatment', 'A cure, not an agreement.', '', '', 1, 1610000000, 'year')"),
    QStringLiteral("INSERT INTO relations (id, source_id, target_id, kind, stance, label, description, start_time, start_precision) VALUES "
                   "(1, 1, 2, 'treaty', 1, 'Sino-Korean treaty', 'Mutual aid.', -268099200, 'day'),"
                   "(2, 1, 3, 'alliance', 1, 'Soviet alliance', 'Lapsed in 1991.', -268099200, 'day')"),
    QStringLiteral("INSERT INTO sources (id, title, author, publisher, notes) VALUES "
                   "(1, 'Korean War Armistice Agreement', 'United Nations', '', ''),"
                   "(2, 'A history of treaty making', 'Someone', 'Press', 'Covers 1961.')"),
};

QList<ItemId> idsOf(const QList<SearchHit> &hits)
{
    QList<ItemId> ids;
    for (const SearchHit &hit : hits)
        ids << hit.id;
    return ids;
}

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestAtlasSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void findsEachGroup();
    void titleMatchesComeFirst();
    void prefixesFindWordsBeingTyped();
    void oneLetterIsAWholeWord();
    void otherNamesGiveTheirActor();
    void snippetsMarkTheMatches();
    void eventsCarryTheirDates();
    void perGroupLimitAndMore();
    void userTextIsOnlyMatched_data();
    void userTextIsOnlyMatched();
    void operatorsAreWords();
    void injectionChangesNothing();
    void hugeTextIsCheap();
    void wordsAreCleaned();
    void indexFollowsEdits();
    void rowIdsEncodeKinds();
    void oldFilesAreSearchedByKind();
    void sampleAtlas();
    void resultsModelGroupsAndDetails();

private:
    QSqlDatabase m_db;
};

void TestAtlasSearch::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("search"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QString error;
    QVERIFY2(AtlasSchema::migrate(m_db, 0, &error), qPrintable(error));
    QSqlQuery q(m_db);
    for (const QString &statement : smallAtlas)
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    QVERIFY2(AtlasStore(m_db).rebuildSearchIndex(&error), qPrintable(error));
}

void TestAtlasSearch::cleanup()
{
    m_db.close();
    m_db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("search"));
}

void TestAtlasSearch::findsEachGroup()
{
    const SearchResults results = AtlasSearch(m_db).search(QStringLiteral("treaty"), 10);
    QVERIFY(results.error.isEmpty());
    QVERIFY(idsOf(results.in(SearchGroup::Events)).contains(1));
    QVERIFY(idsOf(results.in(SearchGroup::Events)).contains(2)); // in the description
    QVERIFY(!idsOf(results.in(SearchGroup::Events)).contains(3));
    QCOMPARE(idsOf(results.in(SearchGroup::Actors)), QList<ItemId>{3});
    QCOMPARE(idsOf(results.in(SearchGroup::Relations)), QList<ItemId>{1});
    QCOMPARE(idsOf(results.in(SearchGroup::Sources)), QList<ItemId>{2});
}

void TestAtlasSearch::titleMatchesComeFirst()
{
    // Event 1 has "treaty" in its title; 2 and 4 only in their descriptions.
    const QList<ItemId> ids = idsOf(AtlasSearch(m_db).search(QStringLiteral("treaty"), 10).in(SearchGroup::Events));
    QVERIFY(ids.size() >= 3);
    QCOMPARE(ids.first(), 1);
    // Whole words before prefixes: "Treatment" (prefix "treat") is not "treaty".
    QVERIFY(!ids.contains(6));
}

void TestAtlasSearch::prefixesFindWordsBeingTyped()
{
    const SearchResults results = AtlasSearch(m_db).search(QStringLiteral("trea"), 10);
    const QList<ItemId> events = idsOf(results.in(SearchGroup::Events));
    // Title prefixes (Treaty…, Treatment) before description prefixes.
    QCOMPARE(QSet<ItemId>(events.begin(), events.begin() + 2), (QSet<ItemId>{1, 6}));
    QVERIFY(events.contains(2));
    QVERIFY(idsOf(AtlasSearch(m_db).search(QStringLiteral("kor"), 10).in(SearchGroup::Actors)).contains(1));
    // Several words: all must match, each as a prefix.
    QCOMPARE(idsOf(AtlasSearch(m_db).search(QStringLiteral("pea tal"), 10).in(SearchGroup::Events)), QList<ItemId>{4});
}

void TestAtlasSearch::oneLetterIsAWholeWord()
{
    // "x" is a whole word of event 5's title; as a prefix it would find nothing more
    // here, but a one-letter prefix is never asked for (see the header).
    QVERIFY(AtlasSearch::matchExpression({QStringLiteral("x")}, true, false).indexOf(QLatin1Char('*')) < 0);
    QCOMPARE(idsOf(AtlasSearch(m_db).search(QStringLiteral("x"), 10).in(SearchGroup::Events)), QList<ItemId>{5});
}

void TestAtlasSearch::otherNamesGiveTheirActor()
{
    SearchResults results = AtlasSearch(m_db).search(QStringLiteral("USSR"), 10);
    QCOMPARE(idsOf(results.in(SearchGroup::Actors)), QList<ItemId>{3});
    QCOMPARE(AtlasSearch::unmarked(results.in(SearchGroup::Actors).first().title), QStringLiteral("USSR"));
    // The native script of another name, and diacritics ignored.
    QCOMPARE(idsOf(AtlasSearch(m_db).search(QStringLiteral("조선"), 10).in(SearchGroup::Actors)), QList<ItemId>{1});
    QCOMPARE(idsOf(AtlasSearch(m_db).search(QStringLiteral("Choson"), 10).in(SearchGroup::Actors)), QList<ItemId>{1});
    // An actor found by its name and by another name is listed once.
    results = AtlasSearch(m_db).search(QStringLiteral("korea"), 10);
    QCOMPARE(idsOf(results.in(SearchGroup::Actors)).count(1), 1);
}

void TestAtlasSearch::snippetsMarkTheMatches()
{
    const SearchResults results = AtlasSearch(m_db).search(QStringLiteral("fighting"), 10);
    QCOMPARE(results.in(SearchGroup::Events).size(), 1);
    const SearchHit &hit = results.in(SearchGroup::Events).first();
    QCOMPARE(hit.title, QStringLiteral("Armistice")); // no mark: the title did not match
    const auto runs = AtlasSearch::markedRuns(hit.snippet);
    QVERIFY(std::any_of(runs.begin(), runs.end(), [](const auto &run) { return run.second && run.first == QStringLiteral("fighting"); }));
    QVERIFY(std::none_of(runs.begin(), runs.end(), [](const auto &run) { return run.second && run.first != QStringLiteral("fighting"); }));
    // A title match is marked in the title.
    const SearchHit titled = AtlasSearch(m_db).search(QStringLiteral("games"), 10).in(SearchGroup::Events).first();
    QCOMPARE(titled.title, QStringLiteral("War ") + AtlasSearch::matchStart + QStringLiteral("games") + AtlasSearch::matchEnd);
}

void TestAtlasSearch::eventsCarryTheirDates()
{
    const SearchHit hit = AtlasSearch(m_db).search(QStringLiteral("armistice"), 10).in(SearchGroup::Events).first();
    QVERIFY(hit.when.start.isValid());
    QCOMPARE(hit.when.start.seconds(), -520214400);
    QCOMPARE(hit.when.start.precision(), Precision::Day);
}

void TestAtlasSearch::perGroupLimitAndMore()
{
    SearchResults results = AtlasSearch(m_db).search(QStringLiteral("treaty"), 1);
    QCOMPARE(results.in(SearchGroup::Events).size(), 1);
    QVERIFY(results.hasMore(SearchGroup::Events));
    QVERIFY(!results.hasMore(SearchGroup::Relations));
    results = AtlasSearch(m_db).search(QStringLiteral("treaty"), {10, 0, 0, 0});
    QVERIFY(!results.hasMore(SearchGroup::Events));
    QVERIFY(results.in(SearchGroup::Actors).isEmpty());
    QVERIFY(results.in(SearchGroup::Sources).isEmpty());
}

void TestAtlasSearch::userTextIsOnlyMatched_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<ItemId>>("events");
    const QList<ItemId> none;
    QTest::newRow("double quote") << QStringLiteral("\"") << none;
    QTest::newRow("two quotes") << QStringLiteral("\"\"") << none;
    QTest::newRow("unbalanced quote") << QStringLiteral("\"treaty") << QList<ItemId>{1, 2, 4};
    QTest::newRow("single quote") << QStringLiteral("people's") << none;
    QTest::newRow("percent") << QStringLiteral("%") << none;
    QTest::newRow("percent in word") << QStringLiteral("50%") << QList<ItemId>{5};
    QTest::newRow("star") << QStringLiteral("*") << none;
    QTest::newRow("star prefix") << QStringLiteral("tre*") << QList<ItemId>{1, 6, 2, 4};
    QTest::newRow("caret") << QStringLiteral("^war") << QList<ItemId>{3, 2};
    QTest::newRow("column filter") << QStringLiteral("title:war") << none;
    QTest::newRow("braces") << QStringLiteral("{title}: war") << none;
    QTest::newRow("parentheses") << QStringLiteral("(war") << QList<ItemId>{3, 2};
    QTest::newRow("NEAR") << QStringLiteral("NEAR(x y)") << QList<ItemId>{5};
    QTest::newRow("plus") << QStringLiteral("+") << none;
    QTest::newRow("minus") << QStringLiteral("-war") << QList<ItemId>{3, 2};
    QTest::newRow("NUL") << (QStringLiteral("tre") + QChar(0) + QStringLiteral("aty")) << QList<ItemId>{1, 2, 4};
    QTest::newRow("only NUL") << QString(QChar(0)) << none;
    QTest::newRow("control") << QStringLiteral("\x01\x02\x1b") << none;
    QTest::newRow("marks typed") << (QString(AtlasSearch::matchStart) + QStringLiteral("war") + AtlasSearch::matchEnd)
                                 << QList<ItemId>{3, 2};
    QTest::newRow("spaces only") << QStringLiteral("   \t\n ") << none;
    QTest::newRow("emoji") << QStringLiteral("🕊️") << none;
    QTest::newRow("backslash") << QStringLiteral("\\") << none;
    QTest::newRow("semicolon") << QStringLiteral(";") << none;
}

void TestAtlasSearch::userTextIsOnlyMatched()
{
    QFETCH(QString, text);
    QFETCH(QList<ItemId>, events);
    const SearchResults results = AtlasSearch(m_db).search(text, 10);
    QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
    QCOMPARE(idsOf(results.in(SearchGroup::Events)), events);
}

void TestAtlasSearch::operatorsAreWords()
{
    // As FTS5 operators these would find War games or Peace talks; as words,
    // "or" and "not" must be in the text too — only event 5's title has "OR".
    QCOMPARE(idsOf(AtlasSearch(m_db).search(QStringLiteral("war OR peace"), 10).in(SearchGroup::Events)), QList<ItemId>{});
    QCOMPARE(idsOf(AtlasSearch(m_db).search(QStringLiteral("NOT war"), 10).in(SearchGroup::Events)), QList<ItemId>{});
    QCOMPARE(idsOf(AtlasSearch(m_db).search(QStringLiteral("AND"), 10).in(SearchGroup::Events)), QList<ItemId>{});
    QCOMPARE(idsOf(AtlasSearch(m_db).search(QStringLiteral("OR"), 10).in(SearchGroup::Events)), QList<ItemId>{5});
    QCOMPARE(idsOf(AtlasSearch(m_db).search(QStringLiteral("near off"), 10).in(SearchGroup::Events)), QList<ItemId>{5});
}

void TestAtlasSearch::injectionChangesNothing()
{
    const int before = count(m_db, QStringLiteral("SELECT count(*) FROM events"));
    for (const QString &text : {QStringLiteral("'); DROP TABLE events; --"), QStringLiteral("\" OR 1=1 --"),
                                QStringLiteral("x' UNION SELECT sql FROM sqlite_schema --")}) {
        const SearchResults results = AtlasSearch(m_db).search(text, 10);
        QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
    }
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM events")), before);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM search_index WHERE item_kind = 'event'")), before);
}

void TestAtlasSearch::hugeTextIsCheap()
{
    // A megabyte of one word, and a megabyte of words: only the first
    // maximumWords words of at most maximumWordLength letters are used.
    const QString oneWord(1 << 20, QLatin1Char('a'));
    QCOMPARE(AtlasSearch::words(oneWord), QStringList{QString(AtlasSearch::maximumWordLength, QLatin1Char('a'))});
    QVERIFY(AtlasSearch(m_db).search(oneWord, 10).isEmpty());
    const QString manyWords = QStringLiteral("treaty ").repeated((1 << 20) / 7);
    QCOMPARE(AtlasSearch::words(manyWords).size(), AtlasSearch::maximumWords);
    const SearchResults results = AtlasSearch(m_db).search(manyWords, 10);
    QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
    QCOMPARE(idsOf(results.in(SearchGroup::Events)).first(), 1);
    QVERIFY(results.text.size() <= 1000);
}

void TestAtlasSearch::wordsAreCleaned()
{
    QCOMPARE(AtlasSearch::words(QStringLiteral("  a\tb\nc  ")), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(AtlasSearch::words(QStringLiteral("x") + QChar(0) + QStringLiteral("y")), QStringList{QStringLiteral("xy")});
    QCOMPARE(AtlasSearch::matchExpression({QStringLiteral("a\"b")}, false, false), QStringLiteral("\"a\"\"b\""));
    QCOMPARE(AtlasSearch::matchExpression({QStringLiteral("ab"), QStringLiteral("c")}, true, true),
             QStringLiteral("{title} : (\"ab\"* \"c\")"));
}

void TestAtlasSearch::indexFollowsEdits()
{
    AtlasStore store(m_db);
    QString error;
    Event event;
    event.title = QStringLiteral("Kaesong talks");
    event.description = QStringLiteral("About an armistice line.");
    event.when.start = HistoricalDate::fromCivil({1951, 7, 10}, Precision::Day);
    const auto id = store.insertEvent(event, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(idsOf(AtlasSearch(m_db).search(QStringLiteral("kaesong"), 10).in(SearchGroup::Events)), QList<ItemId>{*id});
    event.id = *id;
    event.title = QStringLiteral("Panmunjom talks");
    QVERIFY2(store.updateEvent(event, &error), qPrintable(error));
    QVERIFY(AtlasSearch(m_db).search(QStringLiteral("kaesong"), 10).isEmpty());
    QVERIFY(idsOf(AtlasSearch(m_db).search(QStringLiteral("panmunjom talks"), 10).in(SearchGroup::Events)).contains(*id));
    QVERIFY2(store.removeEvent(*id, &error), qPrintable(error));
    QVERIFY(!idsOf(AtlasSearch(m_db).search(QStringLiteral("panmunjom"), 10).in(SearchGroup::Events)).contains(*id));
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM search_index WHERE item_kind = 'event'")),
             count(m_db, QStringLiteral("SELECT count(*) FROM events")));
}

void TestAtlasSearch::rowIdsEncodeKinds()
{
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT rowid, item_kind, item_id FROM search_index")));
    int rows = 0;
    while (q.next()) {
        const QString kind = q.value(1).toString();
        const ItemId id = q.value(2).toLongLong();
        bool known = false;
        for (SearchKind k : {SearchKind::Event, SearchKind::Actor, SearchKind::ActorName, SearchKind::Relation, SearchKind::Source}) {
            if (searchKindKey(k) == kind) {
                QCOMPARE(q.value(0).toLongLong(), searchRowId(k, id));
                known = true;
            }
        }
        QVERIFY2(known, qPrintable(kind));
        ++rows;
    }
    QCOMPARE(rows, 6 + 3 + 2 + 2 + 2);
}

void TestAtlasSearch::oldFilesAreSearchedByKind()
{
    // A version-1 file (opened read-only, say) has rowids in insertion order.
    QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
    {
        old.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(old.open());
        QString error;
        QVERIFY2(AtlasSchema::migrate(old, 0, 1, AtlasSchema::migrations(), &error), qPrintable(error));
        QSqlQuery q(old);
        for (const QString &statement : smallAtlas)
            QVERIFY(q.exec(statement));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO search_index (item_kind, item_id, title, body) "
                                      "SELECT 'actor', id, name, description FROM actors")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO search_index (item_kind, item_id, title, body) "
                                      "SELECT 'event', id, title, description FROM events")));
        const SearchResults results = AtlasSearch(old).search(QStringLiteral("treaty"), 10);
        QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
        QCOMPARE(idsOf(results.in(SearchGroup::Actors)), QList<ItemId>{3});
        QCOMPARE(idsOf(results.in(SearchGroup::Events)).first(), 1);
        QVERIFY(results.in(SearchGroup::Relations).isEmpty());
        old.close();
    }
    old = {};
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

void TestAtlasSearch::sampleAtlas()
{
    QString error;
    std::unique_ptr<Atlas> atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(atlas, qPrintable(error));
    // A student's questions: which treaties? what about the armistice?
    SearchResults results = atlas->search(QStringLiteral("treaty"), {8, 8, 8, 8});
    QVERIFY(results.error.isEmpty());
    QVERIFY(!results.in(SearchGroup::Events).isEmpty());
    QVERIFY(!results.in(SearchGroup::Relations).isEmpty());
    for (const SearchHit &hit : results.in(SearchGroup::Events).mid(0, 1))
        QVERIFY(AtlasSearch::unmarked(hit.title).contains(QStringLiteral("Treaty"), Qt::CaseInsensitive));
    results = atlas->search(QStringLiteral("armis"), {8, 8, 8, 8});
    QVERIFY(std::any_of(results.in(SearchGroup::Events).begin(), results.in(SearchGroup::Events).end(),
                        [](const SearchHit &hit) { return AtlasSearch::unmarked(hit.title).contains(QStringLiteral("Armistice")); }));
    QVERIFY(!atlas->search(QStringLiteral("kim"), {8, 8, 8, 8}).in(SearchGroup::Actors).isEmpty());
}

void TestAtlasSearch::resultsModelGroupsAndDetails()
{
    QString error;
    const auto data = AtlasStore(m_db).load(&error);
    QVERIFY2(data, qPrintable(error));
    SearchResultsModel model;
    model.setAtlasData(&*data);
    model.setResults(AtlasSearch(m_db).search(QStringLiteral("treaty"), 2));
    // Groups in order, only those with hits.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Events (2+)"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Relations (1)"));
    const QModelIndex events = model.index(0, 0);
    QCOMPARE(model.rowCount(events), 3); // two hits and "Show more"
    QCOMPARE(model.index(2, 0, events).data(SearchResultsModel::RowKindRole).toInt(), int(SearchResultsModel::RowKind::More));
    QCOMPARE(model.firstHit().data(SearchResultsModel::ItemIdRole).toLongLong(), 1);
    QCOMPARE(model.firstHit().data().toString(), QStringLiteral("Treaty of Friendship"));
    QVERIFY(!model.firstHit().data(SearchResultsModel::DetailRole).toString().isEmpty());
    QCOMPARE(model.parent(model.firstHit()), events);
    const QModelIndex relation = model.index(0, 0, model.index(2, 0));
    QCOMPARE(relation.data(SearchResultsModel::DetailRole).toString(), QStringLiteral("Treaty · North Korea – China"));
    const QModelIndex actor = model.index(0, 0, model.index(1, 0));
    QVERIFY(actor.data(SearchResultsModel::DetailRole).toString().startsWith(QStringLiteral("State")));
    QCOMPARE(model.hitCount(), 2 + 1 + 1 + 1);
    model.setResults(AtlasSearch(m_db).search(QStringLiteral("nothing-like-this"), 2));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.firstHit().isValid());
}

QTEST_GUILESS_MAIN(TestAtlasSearch)
#include "tst_atlassearch.moc"
