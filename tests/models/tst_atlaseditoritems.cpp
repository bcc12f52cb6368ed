// SPDX-License-Identifier: GPL-3.0-or-later
// Editing actors, relations, sources, citations, eras, links between events
// and series values: each change one undo step
// that puts the file back exactly, refused input that leaves the file as it was.
#include "atlas.h"
#include "atlaseditor.h"
#include "atlasfixtures.h"
#include "atlasinspector.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <limits>

using namespace Annals;

namespace {

Actor makeActor(const QString &name)
{
    Actor actor;
    actor.name = name;
    actor.nativeName = QStringLiteral("中华人民共和国");
    actor.kind = ActorKind::State;
    actor.colour = QStringLiteral("#de2910");
    actor.description = QStringLiteral("A *state*");
    actor.start = HistoricalDate(-639100800, Precision::Day); // 1 Oct 1949
    return actor;
}

Relation makeRelation(ItemId source, ItemId target)
{
    Relation relation;
    relation.sourceId = source;
    relation.targetId = target;
    relation.kind = RelationKind::Alliance;
    relation.stance = 1;
    relation.directed = true;
    relation.label = QStringLiteral("Sino-Korean treaty");
    relation.description = QStringLiteral("Mutual aid");
    relation.when.start = HistoricalDate(-268099200, Precision::Year); // 1961
    relation.beginEventId = 1;
    return relation;
}

Source makeSource(const QString &title)
{
    Source source;
    source.title = title;
    source.author = QStringLiteral("B. Cumings");
    source.url = QStringLiteral("https://example.org/korea");
    return source;
}

Era makeEra(const QString &title)
{
    Era era;
    era.title = title;
    era.description = QStringLiteral("Between the wars");
    era.colour = QStringLiteral("#4060a0");
    era.when.start = HistoricalDate(-1577923200, Precision::Year); // 1920
    era.when.end = HistoricalDate(-946771200, Precision::Year);    // 1940
    return era;
}

SeriesPointEntry makePoint(ItemId seriesId, double value)
{
    SeriesPointEntry point;
    point.seriesId = seriesId;
    point.time = HistoricalDate(-631152000, Precision::Year); // 1950
    point.value = value;
    point.low = value - 1;
    point.note = QStringLiteral("census");
    return point;
}

enum class Kind { Actor, Relation, Source };
enum class Edit { Add, Update, Remove };

} // namespace

Q_DECLARE_METATYPE(Actor)
Q_DECLARE_METATYPE(Relation)
Q_DECLARE_METATYPE(Source)
Q_DECLARE_METATYPE(Era)
Q_DECLARE_METATYPE(EventLink)
Q_DECLARE_METATYPE(SeriesPointEntry)

class tst_AtlasEditorItems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addUpdateRemoveUndoRedoRestoreTheFile_data();
    void addUpdateRemoveUndoRedoRestoreTheFile();
    void removingAnActorTakesAllItsPartsAndUndoBringsThemBack();
    void removalIsDescribedBeforeItHappens();
    void badInputIsRefusedAndStoresNothing_data();
    void badInputIsRefusedAndStoresNothing();
    void storeFailureMidTransactionLeavesNothing();
    void searchFollowsActorsAndTheirNames();
    void citationsAreAddedAndRemovedWithUndo();
    void removingASourceTakesItsCitationsAndUndoBringsThemBack();
    void erasLinksAndValuesUndoRedoRestoreTheFile_data();
    void erasLinksAndValuesUndoRedoRestoreTheFile();
    void removingAnEraLinkOrValueTakesItsCitations_data();
    void removingAnEraLinkOrValueTakesItsCitations();
    void badEraLinkOrValueIsRefusedAndStoresNothing_data();
    void badEraLinkOrValueIsRefusedAndStoresNothing();
    void sourceRemovalIsDescribedBeforeItHappens();

private:
    // The file's fingerprint, taken with the atlas closed so that it sees
    // everything; the atlas is open again afterwards (null if it cannot be).
    QByteArray reopenedFingerprint();
    // Closes the atlas and has the inspector read the file: no problems.
    void closedFileIsSound();
    // A second event (2), a link from event 1 to it (3) and a series (4) with
    // one value (5), for the tests of links and values.
    void addLinksAndSeries();

    // Every row of every table, the search index included, sorted: equal dumps
    // are equal files as far as anything reading them can tell.
    QStringList dump() const;
    // How many search entries match `text` for an item of `kind`.
    int matches(const QString &kind, ItemId id, const QString &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Atlas> m_atlas;
    QString m_path;
};

void tst_AtlasEditorItems::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = AtlasFixtures::makeSmallAtlas(m_dir->filePath(QStringLiteral("items.annals")));
    QString error;
    m_atlas = Atlas::open(m_path, &error);
    QVERIFY2(m_atlas, qPrintable(error));
    QVERIFY2(!m_atlas->isReadOnly(), qPrintable(m_atlas->readOnlyReason()));
    QVERIFY2(m_atlas->store().rebuildSearchIndex(&error), qPrintable(error));
}

void tst_AtlasEditorItems::cleanup()
{
    m_atlas.reset();
    m_dir.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
}

QStringList tst_AtlasEditorItems::dump() const
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(m_path);
        if (!db.open())
            return {QStringLiteral("cannot open")};
        const QStringList tables = {
            QStringLiteral("actors"),      QStringLiteral("actor_names"), QStringLiteral("events"),
            QStringLiteral("event_actors"), QStringLiteral("relations"),  QStringLiteral("event_links"),
            QStringLiteral("eras"),        QStringLiteral("sources"),     QStringLiteral("citations"),
            QStringLiteral("series"),      QStringLiteral("series_points"), QStringLiteral("tour_steps"),
        };
        QSqlQuery q(db);
        for (const QString &table : tables) {
            q.exec(QStringLiteral("SELECT * FROM %1").arg(table));
            while (q.next()) {
                QStringList values{table};
                for (int column = 0; column < q.record().count(); ++column)
                    values << (q.value(column).isNull() ? QStringLiteral("NULL") : q.value(column).toString());
                rows << values.join(QLatin1Char('|'));
            }
        }
        q.exec(QStringLiteral("SELECT rowid, item_kind, item_id, title, body FROM search_index"));
        while (q.next())
            rows << QStringLiteral("search|%1|%2|%3|%4|%5")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    rows.sort();
    return rows;
}

int tst_AtlasEditorItems::matches(const QString &kind, ItemId id, const QString &text) const
{
    int count = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(m_path);
        if (!db.open())
            return -1;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ? "
                                 "AND item_kind = ? AND item_id = ?"));
        q.addBindValue(QLatin1Char('"') + text + QLatin1Char('"'));
        q.addBindValue(kind);
        q.addBindValue(id);
        if (q.exec() && q.next())
            count = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return count;
}

void tst_AtlasEditorItems::addUpdateRemoveUndoRedoRestoreTheFile_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("edit");
    QTest::addColumn<QString>("undoText");
    for (const auto &[kind, name] : {std::pair{Kind::Actor, "actor"}, std::pair{Kind::Relation, "relation"},
                                     std::pair{Kind::Source, "source"}}) {
        const QString title = kind == Kind::Actor ? QStringLiteral("China")
            : kind == Kind::Relation              ? QStringLiteral("Sino-Korean treaty")
                                                  : QStringLiteral("The Korean War");
        QTest::addRow("add %s", name) << int(kind) << int(Edit::Add) << QStringLiteral("Add “%1”").arg(title);
        QTest::addRow("update %s", name) << int(kind) << int(Edit::Update) << QStringLiteral("Edit “Renamed”");
        QTest::addRow("remove %s", name) << int(kind) << int(Edit::Remove) << QStringLiteral("Delete “%1”").arg(title);
    }
}

void tst_AtlasEditorItems::addUpdateRemoveUndoRedoRestoreTheFile()
{
    QFETCH(int, kind);
    QFETCH(int, edit);
    QFETCH(QString, undoText);

    AtlasEditor editor(m_atlas.get());
    QString error;
    // Something to change or remove, added first (and that step kept out of the way).
    ItemId id = 0;
    auto add = [&] {
        std::optional<ItemId> added;
        switch (Kind(kind)) {
        case Kind::Actor:
            added = editor.addActor(makeActor(QStringLiteral("China")), &error);
            break;
        case Kind::Relation:
            added = editor.addRelation(makeRelation(1, 2), &error);
            break;
        case Kind::Source:
            added = editor.addSource(makeSource(QStringLiteral("The Korean War")), &error);
            break;
        }
        QVERIFY2(added, qPrintable(error));
        id = *added;
    };
    if (Edit(edit) != Edit::Add) {
        add();
        m_atlas->undoStack()->clear();
    }
    const QStringList before = dump();

    bool done = true;
    switch (Edit(edit)) {
    case Edit::Add:
        add();
        break;
    case Edit::Update:
        switch (Kind(kind)) {
        case Kind::Actor: {
            Actor actor = makeActor(QStringLiteral("Renamed"));
            actor.id = id;
            actor.end = HistoricalDate(0, Precision::Year);
            done = editor.updateActor(actor, &error);
            break;
        }
        case Kind::Relation: {
            Relation relation = makeRelation(2, 1);
            relation.id = id;
            relation.label = QStringLiteral("Renamed");
            relation.beginEventId = 0;
            done = editor.updateRelation(relation, &error);
            break;
        }
        case Kind::Source: {
            Source source = makeSource(QStringLiteral("Renamed"));
            source.id = id;
            source.url.clear();
            done = editor.updateSource(source, &error);
            break;
        }
        }
        break;
    case Edit::Remove:
        done = Kind(kind) == Kind::Actor ? editor.removeActor(id, &error)
            : Kind(kind) == Kind::Relation ? editor.removeRelation(id, &error)
                                           : editor.removeSource(id, &error);
        break;
    }
    QVERIFY2(done, qPrintable(error));
    QCOMPARE(m_atlas->undoStack()->count(), 1);
    QCOMPARE(m_atlas->undoStack()->undoText(), undoText);
    const QStringList after = dump();
    QVERIFY(after != before);

    m_atlas->undoStack()->undo();
    QCOMPARE(dump(), before);
    m_atlas->undoStack()->redo();
    QCOMPARE(dump(), after);
    m_atlas->undoStack()->undo();
    QCOMPARE(dump(), before);

    // What the atlas shows follows the file.
    QString reloadError;
    const std::unique_ptr<Atlas> fresh = Atlas::open(m_path, &reloadError);
    QVERIFY(fresh);
    QCOMPARE(m_atlas->data().actors.size(), fresh->data().actors.size());
    QCOMPARE(m_atlas->data().relations.size(), fresh->data().relations.size());
    QCOMPARE(m_atlas->data().sources.size(), fresh->data().sources.size());
}

void tst_AtlasEditorItems::removingAnActorTakesAllItsPartsAndUndoBringsThemBack()
{
    AtlasFixtures::runRaw(
        m_path,
        {QStringLiteral("INSERT INTO actors (id, name, kind) VALUES (3, 'China', 'state')"),
         QStringLiteral("INSERT INTO actor_names (id, actor_id, name, start_time, start_precision) "
                        "VALUES (4, 1, 'Kim Song-ju', 0, 'year')"),
         QStringLiteral("INSERT INTO relations (id, source_id, target_id, kind, start_time, start_precision, "
                        "label) VALUES (5, 1, 2, 'leadership', 0, 'year', 'Leader of the DPRK')"),
         QStringLiteral("INSERT INTO relations (id, source_id, target_id, kind, start_time, start_precision) "
                        "VALUES (6, 3, 1, 'aid', 0, 'year')"),
         QStringLiteral("INSERT INTO relations (id, source_id, target_id, kind, start_time, start_precision) "
                        "VALUES (7, 3, 2, 'alliance', 0, 'year')"),
         QStringLiteral("INSERT INTO citations (id, source_id, item_kind, item_id) VALUES (10, 1, 'actor', 1)"),
         QStringLiteral("INSERT INTO citations (id, source_id, item_kind, item_id) VALUES (11, 1, 'relation', 5)"),
         QStringLiteral("INSERT INTO citations (id, source_id, item_kind, item_id) VALUES (12, 1, 'actor_name', 4)"),
         QStringLiteral("INSERT INTO citations (id, source_id, item_kind, item_id) VALUES (13, 1, 'relation', 7)"),
         QStringLiteral("INSERT INTO series (id, name, actor_id) VALUES (8, 'Population', 1)"),
         QStringLiteral("INSERT INTO tours (id, title) VALUES (3, 'A tour')"),
         QStringLiteral("INSERT INTO tour_steps (id, tour_id, position, focus_actor_id) VALUES (4, 3, 0, 1)")});
    QString error;
    QVERIFY2(m_atlas->store().rebuildSearchIndex(&error), qPrintable(error));
    QVERIFY2(m_atlas->reload(&error), qPrintable(error));
    const QStringList before = dump();

    AtlasEditor editor(m_atlas.get());
    QVERIFY2(editor.removeActor(1, &error), qPrintable(error));
    const AtlasData &removed = m_atlas->data();
    QCOMPARE(removed.actors.size(), 2);
    QCOMPARE(removed.actorNames.size(), 0);
    QCOMPARE(removed.relations.size(), 1); // China–North Korea stays
    QCOMPARE(removed.relations.first().id, ItemId(7));
    QCOMPARE(removed.events.first().actors.size(), 0);
    QCOMPARE(removed.citations.size(), 2); // the event's and the remaining relation's
    QCOMPARE(removed.series.first().actorId, ItemId(0));
    QCOMPARE(removed.tours.first().steps.first().focusActorId, ItemId(0));
    QCOMPARE(matches(QStringLiteral("relation"), 5, QStringLiteral("Leader")), 0);
    QCOMPARE(matches(QStringLiteral("actor_name"), 4, QStringLiteral("Song")), 0);
    QVERIFY(AtlasInspector::inspect(m_path).problems.isEmpty());

    m_atlas->undoStack()->undo();
    QCOMPARE(dump(), before);
    QCOMPARE(matches(QStringLiteral("relation"), 5, QStringLiteral("Leader")), 1);
    m_atlas->undoStack()->redo();
    QCOMPARE(m_atlas->data().actors.size(), 2);
    m_atlas->undoStack()->undo();
    QCOMPARE(dump(), before);

    closedFileIsSound();
}

void tst_AtlasEditorItems::removalIsDescribedBeforeItHappens()
{
    Actor china = makeActor(QStringLiteral("China"));
    ActorDependents dependents;
    QCOMPARE(AtlasEditor::describeActorRemoval(china, dependents),
             QStringLiteral("Delete “China”? Undo brings all of it back."));
    dependents.relations.resize(12);
    dependents.parts.resize(85);
    QCOMPARE(AtlasEditor::describeActorRemoval(china, dependents),
             QStringLiteral("Deleting “China” also removes 12 relations and its part in 85 events. "
                            "Undo brings all of it back."));
    dependents.relations.resize(1);
    dependents.names.resize(2);
    dependents.citations.resize(3);
    dependents.seriesFollowing.resize(1);
    QCOMPARE(AtlasEditor::describeActorRemoval(china, dependents),
             QStringLiteral("Deleting “China” also removes 1 relation, its part in 85 events, 2 other names and "
                            "3 citations. 1 series or tour step will no longer follow it. "
                            "Undo brings all of it back."));

    // What the store reports for an actor is what the sentence counts.
    QString error;
    const std::optional<ActorDependents> actual = m_atlas->store().actorDependentsOf(1, &error);
    QVERIFY2(actual, qPrintable(error));
    QCOMPARE(actual->parts.size(), 1);
    QCOMPARE(actual->parts.first().role, QStringLiteral("leader"));
}

void tst_AtlasEditorItems::badInputIsRefusedAndStoresNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("edit");
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<Relation>("relation");
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("reason");

    const Actor actor = makeActor(QStringLiteral("China"));
    const Relation relation = makeRelation(1, 2);
    const Source source = makeSource(QStringLiteral("A book"));
    auto row = [&](const char *name, Kind kind, Edit edit, const Actor &a, const Relation &r, const Source &s,
                   const char *reason) {
        QTest::newRow(name) << int(kind) << int(edit) << a << r << s << QString::fromUtf8(reason);
    };

    Actor a = actor;
    a.name = QStringLiteral("   ");
    row("actor without a name", Kind::Actor, Edit::Add, a, relation, source, "needs a name");
    a = actor;
    a.end = HistoricalDate(-1000000000, Precision::Year);
    row("actor ending before it starts", Kind::Actor, Edit::Add, a, relation, source, "is before the start");
    a.id = 1;
    row("actor update ending before it starts", Kind::Actor, Edit::Update, a, relation, source, "is before the start");
    a = actor;
    a.id = 4242;
    row("update of an unknown actor", Kind::Actor, Edit::Update, a, relation, source, "no actor 4242");
    row("removal of an unknown actor", Kind::Actor, Edit::Remove, a, relation, source, "no actor 4242");

    Relation r = relation;
    r.targetId = 1;
    row("relation to itself", Kind::Relation, Edit::Add, actor, r, source, "two different actors");
    r = relation;
    r.targetId = 0;
    row("relation with one actor", Kind::Relation, Edit::Add, actor, r, source, "needs two actors");
    r = relation;
    r.targetId = 99;
    row("relation to an unknown actor", Kind::Relation, Edit::Add, actor, r, source, "no actor 99");
    r = relation;
    r.endEventId = 77;
    row("relation ended by an unknown event", Kind::Relation, Edit::Add, actor, r, source, "no event 77");
    r = relation;
    r.when.end = HistoricalDate(-900000000, Precision::Year);
    row("relation ending before it starts", Kind::Relation, Edit::Add, actor, r, source, "is before the start");
    r = relation;
    r.when.start = HistoricalDate();
    row("relation without a start", Kind::Relation, Edit::Add, actor, r, source, "needs a start date");

    Source s = source;
    s.title.clear();
    row("source without a title", Kind::Source, Edit::Add, actor, relation, s, "needs a title");
    for (const char *url : {"ftp://example.org/a", "javascript:alert(1)", "file:///etc/passwd", "example.org",
                            "https://"}) {
        s = source;
        s.url = QString::fromLatin1(url);
        QTest::addRow("source address %s", url)
            << int(Kind::Source) << int(Edit::Add) << actor << relation << s << QStringLiteral("http:// or https://");
    }
    s = source;
    s.id = 1;
    s.url = QStringLiteral("mailto:someone@example.org");
    row("source update to a mail address", Kind::Source, Edit::Update, actor, relation, s, "http:// or https://");
}

void tst_AtlasEditorItems::badInputIsRefusedAndStoresNothing()
{
    QFETCH(int, kind);
    QFETCH(int, edit);
    QFETCH(Actor, actor);
    QFETCH(Relation, relation);
    QFETCH(Source, source);
    QFETCH(QString, reason);

    const QStringList before = dump();
    const QByteArray fingerprint = reopenedFingerprint();
    QVERIFY(m_atlas);
    QString error;
    AtlasEditor editor(m_atlas.get());

    bool done = false;
    switch (Kind(kind)) {
    case Kind::Actor:
        done = Edit(edit) == Edit::Add ? editor.addActor(actor, &error).has_value()
            : Edit(edit) == Edit::Update ? editor.updateActor(actor, &error)
                                         : editor.removeActor(actor.id, &error);
        break;
    case Kind::Relation:
        done = Edit(edit) == Edit::Add ? editor.addRelation(relation, &error).has_value()
                                       : editor.updateRelation(relation, &error);
        break;
    case Kind::Source:
        done = Edit(edit) == Edit::Add ? editor.addSource(source, &error).has_value()
                                       : editor.updateSource(source, &error);
        break;
    }
    QVERIFY(!done);
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(m_atlas->undoStack()->count(), 0);
    QCOMPARE(dump(), before);
    m_atlas.reset();
    QCOMPARE(AtlasFixtures::fingerprint(m_path), fingerprint);
}

void tst_AtlasEditorItems::storeFailureMidTransactionLeavesNothing()
{
    const QStringList before = dump();
    Actor actor = makeActor(QStringLiteral("Ghost"));
    actor.id = 50;
    ActorDependents dependents;
    dependents.names = {{51, 50, QStringLiteral("Spectre"), {}, {}, {}}};
    dependents.parts = {{999, QStringLiteral("haunts")}}; // no event 999: the insert fails at the end
    QString error;
    QVERIFY(!m_atlas->store().insertActorWithId(actor, dependents, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(dump(), before);

    Relation relation = makeRelation(1, 2);
    relation.id = 60;
    const QList<Citation> citations = {{61, 404, QStringLiteral("relation"), 60, {}, {}}}; // no source 404
    QVERIFY(!m_atlas->store().insertRelationWithId(relation, citations, &error));
    QCOMPARE(dump(), before);
}

void tst_AtlasEditorItems::searchFollowsActorsAndTheirNames()
{
    AtlasEditor editor(m_atlas.get());
    QString error;
    const std::optional<ItemId> id = editor.addActor(makeActor(QStringLiteral("Zhonghua")), &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(matches(QStringLiteral("actor"), *id, QStringLiteral("Zhonghua")), 1);

    Actor renamed = makeActor(QStringLiteral("Cathay"));
    renamed.id = *id;
    QVERIFY2(editor.updateActor(renamed, &error), qPrintable(error));
    QCOMPARE(matches(QStringLiteral("actor"), *id, QStringLiteral("Zhonghua")), 0);
    QCOMPARE(matches(QStringLiteral("actor"), *id, QStringLiteral("Cathay")), 1);

    QVERIFY2(editor.removeActor(*id, &error), qPrintable(error));
    QCOMPARE(matches(QStringLiteral("actor"), *id, QStringLiteral("Cathay")), 0);
    m_atlas->undoStack()->undo();
    QCOMPARE(matches(QStringLiteral("actor"), *id, QStringLiteral("Cathay")), 1);
    m_atlas->undoStack()->undo();
    QCOMPARE(matches(QStringLiteral("actor"), *id, QStringLiteral("Zhonghua")), 1);
}

void tst_AtlasEditorItems::citationsAreAddedAndRemovedWithUndo()
{
    AtlasEditor editor(m_atlas.get());
    const QStringList before = dump();
    QString error;
    const Citation citation{0, 1, QStringLiteral("actor"), 2, QStringLiteral("p. 7"), QStringLiteral("founding")};
    const std::optional<ItemId> id = editor.addCitation(citation, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(m_atlas->undoStack()->undoText(), QStringLiteral("Add “A history book”"));
    QCOMPARE(m_atlas->data().citations.size(), 2);
    const QStringList withIt = dump();

    QVERIFY2(editor.removeCitation(*id, &error), qPrintable(error));
    QCOMPARE(m_atlas->data().citations.size(), 1);
    m_atlas->undoStack()->undo();
    QCOMPARE(dump(), withIt);
    m_atlas->undoStack()->undo();
    QCOMPARE(dump(), before);

    Citation unknownSource = citation;
    unknownSource.sourceId = 9;
    QVERIFY(!editor.addCitation(unknownSource, &error));
    QVERIFY2(error.contains(QLatin1String("no source 9")), qPrintable(error));
    Citation unknownItem = citation;
    unknownItem.itemId = 404;
    QVERIFY(!editor.addCitation(unknownItem, &error));
    QVERIFY2(error.contains(QLatin1String("no actor 404")), qPrintable(error));
    QCOMPARE(dump(), before);
}

void tst_AtlasEditorItems::removingASourceTakesItsCitationsAndUndoBringsThemBack()
{
    AtlasEditor editor(m_atlas.get());
    const QStringList before = dump();
    QString error;
    QVERIFY2(editor.removeSource(1, &error), qPrintable(error));
    QCOMPARE(m_atlas->data().sources.size(), 0);
    QCOMPARE(m_atlas->data().citations.size(), 0);
    m_atlas->undoStack()->undo();
    QCOMPARE(dump(), before);
}

QByteArray tst_AtlasEditorItems::reopenedFingerprint()
{
    m_atlas.reset();
    const QByteArray fingerprint = AtlasFixtures::fingerprint(m_path);
    QString error;
    m_atlas = Atlas::open(m_path, &error);
    if (!m_atlas)
        qWarning("%s", qPrintable(error));
    return fingerprint;
}

void tst_AtlasEditorItems::closedFileIsSound()
{
    m_atlas.reset();
    const AtlasInspection inspection = AtlasInspector::inspect(m_path);
    QVERIFY(inspection.isValid());
    QVERIFY(inspection.problems.isEmpty());
}

void tst_AtlasEditorItems::addLinksAndSeries()
{
    AtlasFixtures::runRaw(
        m_path,
        {QStringLiteral("INSERT INTO events (id, title, start_time, start_precision) "
                        "VALUES (2, 'Armistice', -522547200, 'day')"),
         QStringLiteral("INSERT INTO event_links (id, from_event_id, to_event_id, kind) VALUES (3, 1, 2, 'leads_to')"),
         QStringLiteral("INSERT INTO series (id, name, unit) VALUES (4, 'Population', 'million')"),
         QStringLiteral("INSERT INTO series_points (id, series_id, time, precision, value) "
                        "VALUES (5, 4, -631152000, 'year', 9.5)")});
    QString error;
    QVERIFY2(m_atlas->store().rebuildSearchIndex(&error), qPrintable(error));
    QVERIFY2(m_atlas->reload(&error), qPrintable(error));
}

void tst_AtlasEditorItems::erasLinksAndValuesUndoRedoRestoreTheFile_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("undoText");
    QTest::newRow("add era") << "add era" << QStringLiteral("Add “Interwar”");
    QTest::newRow("update era") << "update era" << QStringLiteral("Edit “Renamed”");
    QTest::newRow("remove era") << "remove era" << QStringLiteral("Delete “Interwar”");
    QTest::newRow("add link") << "add link" << QStringLiteral("Add “Armistice causes Founding of the DPRK”");
    QTest::newRow("remove link") << "remove link" << QStringLiteral("Delete “Founding of the DPRK leads to Armistice”");
    QTest::newRow("add value") << "add value" << QStringLiteral("Add “Population in 1950”");
    QTest::newRow("update value") << "update value" << QStringLiteral("Edit “Population in 1950”");
    QTest::newRow("remove value") << "remove value" << QStringLiteral("Delete “Population in 1950”");
}

void tst_AtlasEditorItems::erasLinksAndValuesUndoRedoRestoreTheFile()
{
    QFETCH(QString, change);
    QFETCH(QString, undoText);
    addLinksAndSeries();
    QCOMPARE(m_atlas->data().events.size(), 2);
    AtlasEditor editor(m_atlas.get());
    QString error;
    ItemId eraId = 0;
    if (change.endsWith(QLatin1String(" era")) && !change.startsWith(QLatin1String("add"))) {
        const std::optional<ItemId> added = editor.addEra(makeEra(QStringLiteral("Interwar")), &error);
        QVERIFY2(added, qPrintable(error));
        eraId = *added;
        m_atlas->undoStack()->clear();
    }
    const QStringList before = dump();

    bool done = false;
    if (change == QLatin1String("add era")) {
        done = editor.addEra(makeEra(QStringLiteral("Interwar")), &error).has_value();
    } else if (change == QLatin1String("update era")) {
        Era era = makeEra(QStringLiteral("Renamed"));
        era.id = eraId;
        era.when.end = HistoricalDate(-631152000, Precision::Year);
        done = editor.updateEra(era, &error);
    } else if (change == QLatin1String("remove era")) {
        done = editor.removeEra(eraId, &error);
    } else if (change == QLatin1String("add link")) {
        done = editor.addEventLink({0, 2, 1, EventLinkKind::Causes}, &error).has_value();
    } else if (change == QLatin1String("remove link")) {
        done = editor.removeEventLink(3, &error);
    } else if (change == QLatin1String("add value")) {
        done = editor.addSeriesPoint(makePoint(4, 10.25), &error).has_value();
    } else if (change == QLatin1String("update value")) {
        SeriesPointEntry point = makePoint(4, 11);
        point.id = 5;
        point.high = 12;
        done = editor.updateSeriesPoint(point, &error);
    } else if (change == QLatin1String("remove value")) {
        done = editor.removeSeriesPoint(5, &error);
    }
    QVERIFY2(done, qPrintable(error));
    QCOMPARE(m_atlas->undoStack()->count(), 1);
    QCOMPARE(m_atlas->undoStack()->undoText(), undoText);
    const QStringList after = dump();
    QVERIFY(after != before);
    const AtlasData shown = m_atlas->data();

    m_atlas->undoStack()->undo();
    QCOMPARE(dump(), before);
    m_atlas->undoStack()->redo();
    QCOMPARE(dump(), after);
    // What the atlas shows follows the file.
    QCOMPARE(m_atlas->data().eras.size(), shown.eras.size());
    QCOMPARE(m_atlas->data().eventLinks.size(), shown.eventLinks.size());
    QCOMPARE(m_atlas->data().series.first().points.size(), shown.series.first().points.size());
    m_atlas->undoStack()->undo();
    QCOMPARE(dump(), before);

    closedFileIsSound();
}

void tst_AtlasEditorItems::removingAnEraLinkOrValueTakesItsCitations_data()
{
    QTest::addColumn<QString>("itemKind");
    QTest::newRow("era") << QStringLiteral("era");
    QTest::newRow("link") << QStringLiteral("event_link");
    QTest::newRow("value") << QStringLiteral("series_point");
}

void tst_AtlasEditorItems::removingAnEraLinkOrValueTakesItsCitations()
{
    QFETCH(QString, itemKind);
    addLinksAndSeries();
    AtlasEditor editor(m_atlas.get());
    QString error;
    const std::optional<ItemId> era = editor.addEra(makeEra(QStringLiteral("Interwar")), &error);
    QVERIFY2(era, qPrintable(error));
    const ItemId id = itemKind == QLatin1String("era") ? *era : itemKind == QLatin1String("event_link") ? 3 : 5;
    // Two citations of the item, one of another kind with the same id that must stay.
    for (const QString &kind : {itemKind, itemKind, QStringLiteral("actor")}) {
        QVERIFY2(m_atlas->store().insertCitation({0, 1, kind, id, QStringLiteral("p. 1"), {}}, &error),
                 qPrintable(error));
    }
    QVERIFY2(m_atlas->reload(&error), qPrintable(error));
    m_atlas->undoStack()->clear();
    const qsizetype citations = m_atlas->data().citations.size();
    const QStringList before = dump();

    const bool removed = itemKind == QLatin1String("era") ? editor.removeEra(id, &error)
        : itemKind == QLatin1String("event_link")         ? editor.removeEventLink(id, &error)
                                                          : editor.removeSeriesPoint(id, &error);
    QVERIFY2(removed, qPrintable(error));
    QCOMPARE(m_atlas->data().citations.size(), citations - 2);
    m_atlas->undoStack()->undo();
    QCOMPARE(dump(), before);
    QCOMPARE(m_atlas->data().citations.size(), citations);
    m_atlas->undoStack()->redo();
    QCOMPARE(m_atlas->data().citations.size(), citations - 2);
}

void tst_AtlasEditorItems::badEraLinkOrValueIsRefusedAndStoresNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<Era>("era");
    QTest::addColumn<EventLink>("link");
    QTest::addColumn<SeriesPointEntry>("point");
    QTest::addColumn<QString>("reason");

    const Era era = makeEra(QStringLiteral("Interwar"));
    const EventLink link{0, 1, 2, EventLinkKind::Causes};
    const SeriesPointEntry point = makePoint(4, 10);
    auto row = [&](const char *name, const char *what, const Era &e, const EventLink &l, const SeriesPointEntry &p,
                   const char *reason) {
        QTest::newRow(name) << QString::fromLatin1(what) << e << l << p << QString::fromUtf8(reason);
    };

    Era e = era;
    e.title = QStringLiteral("  ");
    row("era without a title", "add era", e, link, point, "needs a title");
    e = era;
    e.when.end = HistoricalDate();
    row("era without an end", "add era", e, link, point, "needs an end date");
    e = era;
    e.when.start = HistoricalDate();
    row("era without a start", "add era", e, link, point, "needs a start date");
    e = era;
    e.when.end = HistoricalDate(-2000000000, Precision::Year);
    row("era ending before it starts", "add era", e, link, point, "is before the start");
    e.id = 404;
    e.when.end = era.when.end;
    row("update of an unknown era", "update era", e, link, point, "no era 404");
    row("removal of an unknown era", "remove era", e, link, point, "no era 404");

    EventLink l = link;
    l.toEventId = 1;
    row("link to itself", "add link", era, l, point, "linked to itself");
    l = link;
    l.toEventId = 99;
    row("link to an unknown event", "add link", era, l, point, "no event 99");
    l = {0, 1, 2, EventLinkKind::LeadsTo};
    row("the same link twice", "add link", era, l, point, "already recorded");
    l.id = 77;
    row("removal of an unknown link", "remove link", era, l, point, "no link 77");

    SeriesPointEntry p = point;
    p.low = 11;
    row("low above the value", "add value", era, link, p, "is above the value");
    p = point;
    p.high = 9;
    row("high below the value", "add value", era, link, p, "is below the value");
    p = point;
    p.time = HistoricalDate();
    row("value without a date", "add value", era, link, p, "needs a date");
    p = point;
    p.seriesId = 44;
    row("value of an unknown series", "add value", era, link, p, "no series 44");
    p = point;
    p.value = std::numeric_limits<double>::quiet_NaN();
    row("value that is not a number", "add value", era, link, p, "finite number");
    p = point;
    p.id = 5;
    p.high = 1;
    row("update to a high below the value", "update value", era, link, p, "is below the value");
}

void tst_AtlasEditorItems::badEraLinkOrValueIsRefusedAndStoresNothing()
{
    QFETCH(QString, what);
    QFETCH(Era, era);
    QFETCH(EventLink, link);
    QFETCH(SeriesPointEntry, point);
    QFETCH(QString, reason);

    addLinksAndSeries();
    const QStringList before = dump();
    const QByteArray fingerprint = reopenedFingerprint();
    QVERIFY(m_atlas);
    QString error;
    AtlasEditor editor(m_atlas.get());

    bool done = true;
    if (what == QLatin1String("add era"))
        done = editor.addEra(era, &error).has_value();
    else if (what == QLatin1String("update era"))
        done = editor.updateEra(era, &error);
    else if (what == QLatin1String("remove era"))
        done = editor.removeEra(era.id, &error);
    else if (what == QLatin1String("add link"))
        done = editor.addEventLink(link, &error).has_value();
    else if (what == QLatin1String("remove link"))
        done = editor.removeEventLink(link.id, &error);
    else if (what == QLatin1String("add value"))
        done = editor.addSeriesPoint(point, &error).has_value();
    else if (what == QLatin1String("update value"))
        done = editor.updateSeriesPoint(point, &error);
    QVERIFY(!done);
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(m_atlas->undoStack()->count(), 0);
    QCOMPARE(dump(), before);
    m_atlas.reset();
    QCOMPARE(AtlasFixtures::fingerprint(m_path), fingerprint);

    // The store refuses the same on its own, whoever calls it.
    if (what == QLatin1String("add era") || what == QLatin1String("add value")
        || (what == QLatin1String("add link") && link.fromEventId == link.toEventId)) {
        m_atlas = Atlas::open(m_path, &error);
        QVERIFY2(m_atlas, qPrintable(error));
        const bool stored = what == QLatin1String("add era") ? m_atlas->store().insertEra(era, &error).has_value()
            : what == QLatin1String("add link")                ? m_atlas->store().insertEventLink(link, &error).has_value()
                                                 : m_atlas->store().insertSeriesPoint(point, &error).has_value();
        QVERIFY(!stored);
        QCOMPARE(dump(), before);
    }
}

void tst_AtlasEditorItems::sourceRemovalIsDescribedBeforeItHappens()
{
    Source source = makeSource(QStringLiteral("Atlas"));
    QCOMPARE(AtlasEditor::describeSourceRemoval(source, 0), QStringLiteral("Delete “Atlas”? Nothing cites it."));
    QCOMPARE(AtlasEditor::describeSourceRemoval(source, 1),
             QStringLiteral("Delete “Atlas”? Its 1 citation goes with it. Undo brings it all back."));
    QCOMPARE(AtlasEditor::describeSourceRemoval(source, 3),
             QStringLiteral("Delete “Atlas”? Its 3 citations go with it. Undo brings it all back."));
}

QTEST_GUILESS_MAIN(tst_AtlasEditorItems)
#include "tst_atlaseditoritems.moc"
