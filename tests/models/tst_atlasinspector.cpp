// SPDX-License-Identifier: GPL-3.0-or-later
// Bad files: each must be met with a clear message, and must come out of the
// encounter byte for byte as it went in.
#include "atlas.h"
#include "atlasfixtures.h"
#include "atlasinspector.h"
#include "atlasschema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Annals;

class tst_AtlasInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void soundAtlasPasses();
    void refusedFiles_data();
    void refusedFiles();
    void problemRows_data();
    void problemRows();
    void newerVersionOpensReadOnly();
    void readOnlyFileOpensReadOnly();
    void missingFile();
    void checkpointKilledHalfWayIsFinished();

private:
    QString pathFor(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_AtlasInspector::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_AtlasInspector::soundAtlasPasses()
{
    const QString path = AtlasFixtures::makeSmallAtlas(pathFor(QStringLiteral("sound.annals")));
    const QByteArray before = AtlasFixtures::fingerprint(path);
    const AtlasInspection inspection = AtlasInspector::inspect(path);
    QVERIFY2(inspection.isValid(), qPrintable(inspection.problems.value(0).toString()));
    QCOMPARE(inspection.schemaVersion, AtlasSchema::currentVersion());
    QVERIFY(!inspection.readOnly);
    QCOMPARE(AtlasFixtures::fingerprint(path), before);
}

// Each row builds a file, then expects inspection and opening to refuse it
// with a message containing `expected`, leaving its bytes alone.
void tst_AtlasInspector::refusedFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a text file") << "text" << "not an SQLite database";
    QTest::newRow("an empty file") << "empty" << "is empty";
    QTest::newRow("a PNG renamed to .annals") << "png" << "not an SQLite database";
    QTest::newRow("an atlas cut off halfway") << "truncated" << "cut off";
    // A log beside a short file may hold the missing pages (a checkpoint
    // killed half-way, which SQLite finishes): not called cut off then, but a
    // log that does not hold them leaves the file damaged all the same.
    QTest::newRow("an atlas cut off, with a log that cannot finish it") << "truncatedwithlog" << "damaged";
    QTest::newRow("an atlas with its pages scrambled") << "scrambled" << "damaged";
    QTest::newRow("another application's SQLite file") << "foreign" << "another application";
    QTest::newRow("an atlas id but no schema version") << "noversion" << "no Annals schema version";
    QTest::newRow("an atlas carrying a trigger") << "trigger" << "trigger \"steal\"";
    QTest::newRow("an atlas carrying a view") << "view" << "view \"everything\"";
    QTest::newRow("an atlas with a table of its own") << "extratable" << "table \"notes\"";
    QTest::newRow("an atlas with an index of its own") << "extraindex" << "index \"events_by_title\"";
    QTest::newRow("an atlas with an altered table") << "alteredtable" << "table \"events\" differs";
    QTest::newRow("an atlas missing a table") << "missingtable" << "lacks the table \"eras\"";
}

void tst_AtlasInspector::refusedFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString path = pathFor(kind + QStringLiteral(".annals"));

    auto writeBytes = [&path](const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    if (kind == QLatin1String("text")) {
        writeBytes("title,start\nHanoi summit,2019-02-27\n");
    } else if (kind == QLatin1String("empty")) {
        writeBytes({});
    } else if (kind == QLatin1String("png")) {
        writeBytes(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(200, '\0'));
    } else if (kind == QLatin1String("truncated") || kind == QLatin1String("truncatedwithlog")
               || kind == QLatin1String("scrambled")) {
        AtlasFixtures::makeSmallAtlas(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 8192);
        if (kind != QLatin1String("scrambled")) {
            bytes.truncate(bytes.size() / 2);
            if (kind == QLatin1String("truncatedwithlog")) {
                QFile log(path + QStringLiteral("-wal"));
                QVERIFY(log.open(QIODevice::WriteOnly));
                log.write(QByteArray(4096, 'x'));
            }
        } else {
            // Overwrite every page after the first with noise, keeping the size.
            for (qsizetype i = 4096; i < bytes.size(); ++i)
                bytes[i] = char((i * 7919) & 0xff);
        }
        file.resize(0);
        file.write(bytes);
    } else if (kind == QLatin1String("foreign")) {
        AtlasFixtures::runRaw(path, {QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"),
                                     QStringLiteral("INSERT INTO contacts VALUES ('Ann', '555')")});
    } else if (kind == QLatin1String("noversion")) {
        AtlasFixtures::runRaw(path, {QStringLiteral("PRAGMA application_id = %1").arg(AtlasSchema::applicationId),
                                     QStringLiteral("CREATE TABLE meta (key TEXT, value TEXT)")});
    } else {
        AtlasFixtures::makeSmallAtlas(path);
        QStringList statements;
        if (kind == QLatin1String("trigger"))
            statements << QStringLiteral("CREATE TRIGGER steal AFTER INSERT ON events BEGIN DELETE FROM actors; END");
        else if (kind == QLatin1String("view"))
            statements << QStringLiteral("CREATE VIEW everything AS SELECT * FROM events");
        else if (kind == QLatin1String("extratable"))
            statements << QStringLiteral("CREATE TABLE notes (text TEXT)");
        else if (kind == QLatin1String("extraindex"))
            statements << QStringLiteral("CREATE INDEX events_by_title ON events (title)");
        else if (kind == QLatin1String("alteredtable"))
            statements << QStringLiteral("ALTER TABLE events ADD COLUMN secret TEXT");
        else if (kind == QLatin1String("missingtable"))
            statements << QStringLiteral("DROP TABLE eras");
        AtlasFixtures::runRaw(path, statements);
    }

    const QByteArray before = AtlasFixtures::fingerprint(path);
    const AtlasInspection inspection = AtlasInspector::inspect(path);
    QVERIFY(!inspection.canOpen);
    QVERIFY(!inspection.problems.isEmpty());
    const QString message = inspection.problems.first().toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(path), qPrintable(message));

    QString error;
    auto atlas = Atlas::open(path, &error);
    QVERIFY(!atlas);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(AtlasFixtures::fingerprint(path), before);
}

// Rows that break the atlas's own rules: reported with table and row, opened
// read-only, bytes unchanged.
void tst_AtlasInspector::problemRows_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("expected");

    QTest::newRow("an event whose actor does not exist")
        << QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"),
                       QStringLiteral("INSERT INTO event_actors (event_id, actor_id, role) VALUES (1, 99, 'ghost')")}
        << "event_actors";
    QTest::newRow("a relation to a missing actor")
        << QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"),
                       QStringLiteral("INSERT INTO relations (id, source_id, target_id, kind, start_time, start_precision) "
                                      "VALUES (7, 1, 42, 'alliance', 0, 'year')")}
        << "relations, row 7: refers to a row of actors that does not exist";
    QTest::newRow("an event ending before it starts")
        << QStringList{QStringLiteral("INSERT INTO events (id, title, start_time, start_precision, end_time, end_precision) "
                                      "VALUES (5, 'Backwards', -504921600, 'year', -599616000, 'year')")}
        << "events, row 5: ends (1951) before it starts (1954)";
    QTest::newRow("a citation of a missing event")
        << QStringList{QStringLiteral("INSERT INTO citations (id, source_id, item_kind, item_id) VALUES (9, 1, 'event', 404)")}
        << "citations, row 9: cites event 404, which does not exist in events";
}

void tst_AtlasInspector::problemRows()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, expected);
    const QString path = pathFor(QStringLiteral("rows-%1.annals").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    AtlasFixtures::makeSmallAtlas(path);
    AtlasFixtures::runRaw(path, statements);

    const QByteArray before = AtlasFixtures::fingerprint(path);
    const AtlasInspection inspection = AtlasInspector::inspect(path);
    QVERIFY(inspection.canOpen);
    QVERIFY(!inspection.isValid());
    QCOMPARE(inspection.problems.size(), 1);
    QVERIFY2(inspection.problems.first().toString().contains(expected), qPrintable(inspection.problems.first().toString()));
    QVERIFY(inspection.readOnly);

    QString error;
    auto atlas = Atlas::open(path, &error);
    QVERIFY2(atlas, qPrintable(error));
    QVERIFY(atlas->isReadOnly());
    QCOMPARE(atlas->problems().size(), 1);
    atlas.reset();
    QCOMPARE(AtlasFixtures::fingerprint(path), before);
}

void tst_AtlasInspector::newerVersionOpensReadOnly()
{
    const QString path = AtlasFixtures::makeSmallAtlas(pathFor(QStringLiteral("newer.annals")));
    AtlasFixtures::runRaw(path, {QStringLiteral("PRAGMA user_version = 99"),
                                 QStringLiteral("CREATE TABLE future_feature (x)")});
    const QByteArray before = AtlasFixtures::fingerprint(path);

    const AtlasInspection inspection = AtlasInspector::inspect(path);
    QVERIFY(inspection.isValid());
    QVERIFY(inspection.readOnly);
    QVERIFY(inspection.readOnlyReason.contains(QLatin1String("newer version of Annals")));
    QVERIFY(inspection.readOnlyReason.contains(QLatin1String("schema version 99")));

    QString error;
    auto atlas = Atlas::open(path, &error);
    QVERIFY2(atlas, qPrintable(error));
    QVERIFY(atlas->isReadOnly());
    QCOMPARE(atlas->data().events.size(), 1);
    Event event;
    event.title = QStringLiteral("Must not land");
    event.when.start = HistoricalDate(0, Precision::Year);
    QVERIFY(!atlas->store().insertEvent(event, &error));
    atlas.reset();
    QCOMPARE(AtlasFixtures::fingerprint(path), before);
}

void tst_AtlasInspector::readOnlyFileOpensReadOnly()
{
    const QString path = AtlasFixtures::makeSmallAtlas(pathFor(QStringLiteral("locked.annals")));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = AtlasFixtures::fingerprint(path);

    QString error;
    auto atlas = Atlas::open(path, &error);
    QVERIFY2(atlas, qPrintable(error));
    QVERIFY(atlas->isReadOnly());
    QVERIFY2(atlas->readOnlyReason().contains(QLatin1String("read-only on disk")), qPrintable(atlas->readOnlyReason()));
    Event event;
    event.title = QStringLiteral("Must not land");
    event.when.start = HistoricalDate(0, Precision::Year);
    QVERIFY(!atlas->store().insertEvent(event, &error));
    atlas.reset();
    QCOMPARE(AtlasFixtures::fingerprint(path), before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void tst_AtlasInspector::missingFile()
{
    const QString path = pathFor(QStringLiteral("nowhere.annals"));
    const AtlasInspection inspection = AtlasInspector::inspect(path);
    QVERIFY(!inspection.canOpen);
    QVERIFY(inspection.problems.first().toString().contains(QLatin1String("does not exist")));
    QString error;
    QVERIFY(!Atlas::open(path, &error));
    QVERIFY(error.contains(QLatin1String("does not exist")));
    QVERIFY(!QFile::exists(path));
}

void tst_AtlasInspector::checkpointKilledHalfWayIsFinished()
{
    // The state a process leaves when killed while a checkpoint copies the
    // log into the file: page 1, with the grown page count, already written;
    // the pages after the old end not yet. SQLite finishes the copy from the
    // log on the next open, so the atlas must open whole, not be called cut off.
    const QString path = AtlasFixtures::makeSmallAtlas(pathFor(QStringLiteral("halfway.annals")));
    const QString copy = pathFor(QStringLiteral("halfway-copy.annals"));
    int events = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("halfway"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(db.transaction());
        q.prepare(QStringLiteral("INSERT INTO events (title, description, start_time, start_precision) VALUES (?, ?, ?, 'year')"));
        for (int i = 0; i < 300; ++i) {
            q.addBindValue(QStringLiteral("Event %1").arg(i));
            q.addBindValue(QString(400, QLatin1Char('a' + i % 26)));
            q.addBindValue(qint64(i) * 31556952);
            QVERIFY(q.exec());
        }
        QVERIFY(db.commit());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next());
        events = q.value(0).toInt();
        // Copied while the connection is open: the files as a kill leaves them.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QVERIFY(QFile::copy(path + suffix, copy + suffix));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("halfway"));

    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray header = file.read(100);
    const int pageSize = (uchar(header[16]) << 8) | uchar(header[17]);
    QFile log(copy + QStringLiteral("-wal"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray frames = log.readAll();
    QByteArray firstPage;
    for (qsizetype at = 32; at + 24 + pageSize <= frames.size(); at += 24 + pageSize) {
        const quint32 page = (quint32(uchar(frames[at])) << 24) | (quint32(uchar(frames[at + 1])) << 16)
            | (quint32(uchar(frames[at + 2])) << 8) | quint32(uchar(frames[at + 3]));
        if (page == 1)
            firstPage = frames.mid(at + 24, pageSize);
    }
    QVERIFY2(!firstPage.isEmpty(), "the log holds no page 1");
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(firstPage), qint64(pageSize));
    const quint32 pages = (quint32(uchar(firstPage[28])) << 24) | (quint32(uchar(firstPage[29])) << 16)
        | (quint32(uchar(firstPage[30])) << 8) | quint32(uchar(firstPage[31]));
    QVERIFY2(qint64(pages) * pageSize > file.size(), "the file must be shorter than its new header says");
    file.close();

    const AtlasInspection inspection = AtlasInspector::inspect(copy);
    QVERIFY2(inspection.isValid(), qPrintable(inspection.problems.value(0).toString()));
    QString error;
    auto atlas = Atlas::open(copy, &error);
    QVERIFY2(atlas, qPrintable(error));
    QCOMPARE(atlas->data().events.size(), events);
}

QTEST_GUILESS_MAIN(tst_AtlasInspector)
#include "tst_atlasinspector.moc"
