// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlas.h"
#include "atlasfixtures.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Annals;

class tst_AtlasStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void loadsWhatIsStored();
    void insertUpdateRemoveRoundTrip();
    void badEventsAreRefusedAndNothingIsStored_data();
    void badEventsAreRefusedAndNothingIsStored();
    void failedWriteRollsBackWhole();
    void searchFindsAndIsNeverInjected_data();
    void searchFindsAndIsNeverInjected();
    void saveCopyAsMakesAnIdenticalAtlas();
    void createRefusesExistingFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Atlas> m_atlas;
    QString m_path;

    static Event makeEvent(const QString &title, qint64 start, ItemId actor = 0)
    {
        Event event;
        event.title = title;
        event.when.start = HistoricalDate(start, Precision::Day);
        if (actor)
            event.actors.append({actor, QStringLiteral("participant")});
        return event;
    }
};

void tst_AtlasStore::init()
{
    m_atlas.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = AtlasFixtures::makeSmallAtlas(m_dir->filePath(QStringLiteral("store.annals")));
    QString error;
    m_atlas = Atlas::open(m_path, &error);
    QVERIFY2(m_atlas, qPrintable(error));
    QVERIFY(!m_atlas->isReadOnly());
}

void tst_AtlasStore::loadsWhatIsStored()
{
    const AtlasData &data = m_atlas->data();
    QCOMPARE(data.meta.title, QStringLiteral("Small atlas"));
    QCOMPARE(data.events.size(), 1);
    const Event &event = data.events.first();
    QCOMPARE(event.title, QStringLiteral("Founding of the DPRK"));
    QCOMPARE(event.when.start.toDisplayString(), QStringLiteral("9 Sep 1948"));
    QVERIFY(!event.when.hasEnd());
    QCOMPARE(event.actors.size(), 1);
    QCOMPARE(event.actors.first().actorId, 1);
    QCOMPARE(event.actors.first().role, QStringLiteral("leader"));
    QCOMPARE(data.actors.size(), 2);
    QCOMPARE(data.citations.size(), 1);
    QCOMPARE(data.citations.first().locator, QStringLiteral("p. 12"));
}

void tst_AtlasStore::insertUpdateRemoveRoundTrip()
{
    QString error;
    Event hanoi = makeEvent(QStringLiteral("Hanoi summit"), 1551225600, 1);
    hanoi.when.end = HistoricalDate(1551312000, Precision::Day);
    hanoi.place = QStringLiteral("Hanoi");
    hanoi.importance = 5;
    const auto id = m_atlas->store().insertEvent(hanoi, &error);
    QVERIFY2(id, qPrintable(error));

    auto stored = m_atlas->store().event(*id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->title, hanoi.title);
    QCOMPARE(stored->when.start, hanoi.when.start);
    QCOMPARE(stored->when.end, hanoi.when.end);
    QCOMPARE(stored->importance, 5);
    QCOMPARE(stored->actors.size(), 1);

    stored->title = QStringLiteral("Hanoi summit (no agreement)");
    stored->actors.clear();
    QVERIFY2(m_atlas->store().updateEvent(*stored, &error), qPrintable(error));
    auto updated = m_atlas->store().event(*id, &error);
    QCOMPARE(updated->title, QStringLiteral("Hanoi summit (no agreement)"));
    QVERIFY(updated->actors.isEmpty());
    QCOMPARE(m_atlas->store().search(QStringLiteral("agreement"), 10, &error).size(), 1);

    QVERIFY2(m_atlas->store().removeEvent(*id, &error), qPrintable(error));
    QVERIFY(!m_atlas->store().event(*id, &error));
    QVERIFY(m_atlas->store().search(QStringLiteral("agreement"), 10, &error).isEmpty());
    QVERIFY(!m_atlas->store().removeEvent(*id, &error));

    // Undo of a removal puts the event back under its own id.
    QVERIFY2(m_atlas->store().insertEventWithId(*updated, &error), qPrintable(error));
    QCOMPARE(m_atlas->store().event(*id, &error)->title, updated->title);
}

void tst_AtlasStore::badEventsAreRefusedAndNothingIsStored_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<int>("importance");
    QTest::addColumn<ItemId>("actor");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty title") << "  " << qint64(0) << qint64(0) << 3 << ItemId(0) << "needs a title";
    QTest::newRow("end before start") << "Backwards" << qint64(86400 * 10) << qint64(0) << 3 << ItemId(0) << "before the start";
    QTest::newRow("importance 0") << "Unimportant" << qint64(0) << qint64(0) << 0 << ItemId(0) << "1 to 5";
    QTest::newRow("unknown actor") << "Ghost meeting" << qint64(0) << qint64(0) << 3 << ItemId(999) << "FOREIGN KEY";
}

void tst_AtlasStore::badEventsAreRefusedAndNothingIsStored()
{
    QFETCH(QString, title);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(int, importance);
    QFETCH(ItemId, actor);
    QFETCH(QString, expected);

    Event event = makeEvent(title, start, actor);
    if (end != 0 || start != 0)
        event.when.end = HistoricalDate(end, Precision::Day);
    event.importance = importance;
    m_atlas.reset();
    const QByteArray before = AtlasFixtures::fingerprint(m_path);
    QString error;
    m_atlas = Atlas::open(m_path, &error);
    QVERIFY(!m_atlas->store().insertEvent(event, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    m_atlas.reset();
    QCOMPARE(AtlasFixtures::fingerprint(m_path), before);
}

void tst_AtlasStore::failedWriteRollsBackWhole()
{
    // The event row itself is fine; its second actor is not. Neither may land.
    Event event = makeEvent(QStringLiteral("Half a meeting"), 0, 1);
    event.actors.append({999, QStringLiteral("ghost")});
    QString error;
    QVERIFY(!m_atlas->store().insertEvent(event, &error));
    QVERIFY(m_atlas->reload(&error));
    QCOMPARE(m_atlas->data().events.size(), 1);
    QVERIFY(m_atlas->store().search(QStringLiteral("meeting"), 10, &error).isEmpty());
}

void tst_AtlasStore::searchFindsAndIsNeverInjected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hits");
    QTest::newRow("a word") << "founding" << 1;
    QTest::newRow("a prefix") << "found" << 1;
    QTest::newRow("case and order") << "DPRK founding" << 1;
    QTest::newRow("no match") << "treaty" << 0;
    QTest::newRow("a quote") << "\"founding" << 1;
    QTest::newRow("FTS operators") << "founding OR NOT NEAR(x y) *" << 0;
    QTest::newRow("a column filter") << "title:founding" << 0;
    QTest::newRow("SQL") << "'); DROP TABLE events; --" << 0;
    QTest::newRow("percent and star") << "% *" << 0;
    QTest::newRow("a NUL byte") << QString(QStringLiteral("found") + QChar(u'\0') + QStringLiteral("ing")) << 1;
}

void tst_AtlasStore::searchFindsAndIsNeverInjected()
{
    QFETCH(QString, text);
    QFETCH(int, hits);
    QString error;
    QVERIFY(m_atlas->store().rebuildSearchIndex(&error));
    error.clear();
    const auto found = m_atlas->store().search(text, 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(found.size(), hits);
    QVERIFY(m_atlas->reload(&error));
    QCOMPARE(m_atlas->data().events.size(), 1);
}

void tst_AtlasStore::saveCopyAsMakesAnIdenticalAtlas()
{
    QString error;
    QVERIFY(m_atlas->store().insertEvent(makeEvent(QStringLiteral("Panmunjom summit"), 1524787200), &error));
    const QString copy = m_dir->filePath(QStringLiteral("copy.annals"));
    QVERIFY2(m_atlas->saveCopyAs(copy, &error), qPrintable(error));
    QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
    QVERIFY(!m_atlas->saveCopyAs(m_path, &error));
    auto reopened = Atlas::open(copy, &error);
    QVERIFY2(reopened, qPrintable(error));
    QVERIFY(reopened->problems().isEmpty());
    QCOMPARE(reopened->data().events.size(), 2);
    QCOMPARE(reopened->data().events.last().title, QStringLiteral("Panmunjom summit"));
}

void tst_AtlasStore::createRefusesExistingFile()
{
    QString error;
    const QByteArray before = AtlasFixtures::fingerprint(m_path);
    QVERIFY(!Atlas::create(m_path, QStringLiteral("Again"), &error));
    QVERIFY(error.contains(QLatin1String("already exists")));
    QVERIFY(!Atlas::writeSample(m_path, &error));
    m_atlas.reset();
    QCOMPARE(AtlasFixtures::fingerprint(m_path), before);
}

QTEST_GUILESS_MAIN(tst_AtlasStore)
#include "tst_atlasstore.moc"
