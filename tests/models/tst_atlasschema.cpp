// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasconnection.h"
#include "atlasschema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Annals;

class tst_AtlasSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newAtlasHasCurrentVersion();
    void schemaHasNoTriggersOrViews();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void failedMigrationChangesNothing();
    void constraintsHold_data();
    void constraintsHold();

private:
    static int pragma(const QSqlDatabase &db, const QString &name)
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA %1").arg(name));
        return query.next() ? query.value(0).toInt() : -1;
    }
};

void tst_AtlasSchema::newAtlasHasCurrentVersion()
{
    AtlasConnection connection;
    QString error;
    QVERIFY2(connection.open(QStringLiteral(":memory:"), AtlasConnection::Mode::Create, &error), qPrintable(error));
    QVERIFY2(AtlasSchema::migrate(connection.database(), 0, &error), qPrintable(error));
    QCOMPARE(pragma(connection.database(), QStringLiteral("user_version")), AtlasSchema::currentVersion());
    QCOMPARE(pragma(connection.database(), QStringLiteral("application_id")), AtlasSchema::applicationId);
    QCOMPARE(AtlasSchema::objectsOf(connection.database()), AtlasSchema::expectedObjects(AtlasSchema::currentVersion()));
}

void tst_AtlasSchema::schemaHasNoTriggersOrViews()
{
    // Validation refuses every trigger and view, so the schema must never need one.
    const QList<SchemaObject> objects = AtlasSchema::expectedObjects(AtlasSchema::currentVersion());
    QVERIFY(objects.size() > 10);
    for (const SchemaObject &object : objects) {
        QVERIFY2(object.type != QLatin1String("trigger") && object.type != QLatin1String("view"), qPrintable(object.name));
    }
    const QStringList required = {
        QStringLiteral("meta"), QStringLiteral("actors"), QStringLiteral("actor_names"), QStringLiteral("events"),
        QStringLiteral("event_actors"), QStringLiteral("relations"), QStringLiteral("event_links"),
        QStringLiteral("eras"), QStringLiteral("sources"), QStringLiteral("citations"), QStringLiteral("series"),
        QStringLiteral("series_points"), QStringLiteral("tours"), QStringLiteral("tour_steps"),
        QStringLiteral("search_index")};
    for (const QString &table : required) {
        const bool found = std::any_of(objects.begin(), objects.end(),
                                       [&table](const SchemaObject &o) { return o.name == table && o.type == QLatin1String("table"); });
        QVERIFY2(found, qPrintable(table));
    }
}

// Every version that ever shipped must upgrade to the current one with its
// data intact. Version 0 is a file that has no schema yet.
void tst_AtlasSchema::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int version = 0; version < AtlasSchema::currentVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
}

void tst_AtlasSchema::migratesFromEveryEarlierVersion()
{
    QFETCH(int, fromVersion);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.annals"));
    AtlasConnection connection;
    QString error;
    QVERIFY(connection.open(path, AtlasConnection::Mode::Create, &error));
    QVERIFY(AtlasSchema::migrate(connection.database(), 0, fromVersion, AtlasSchema::migrations(), &error));
    QSqlQuery query(connection.database());
    if (fromVersion >= 1) {
        QVERIFY(query.exec(QStringLiteral("INSERT INTO events (id, title, start_time, start_precision) "
                                          "VALUES (1, 'Armistice', -518572800, 'day')")));
    }
    QVERIFY2(AtlasSchema::migrate(connection.database(), fromVersion, &error), qPrintable(error));
    QCOMPARE(pragma(connection.database(), QStringLiteral("user_version")), AtlasSchema::currentVersion());
    QCOMPARE(AtlasSchema::objectsOf(connection.database()), AtlasSchema::expectedObjects(AtlasSchema::currentVersion()));
    if (fromVersion >= 1) {
        QVERIFY(query.exec(QStringLiteral("SELECT title, start_time FROM events WHERE id = 1")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Armistice"));
        QCOMPARE(query.value(1).toLongLong(), -518572800LL);
    }
}

void tst_AtlasSchema::failedMigrationChangesNothing()
{
    AtlasConnection connection;
    QString error;
    QVERIFY(connection.open(QStringLiteral(":memory:"), AtlasConnection::Mode::Create, &error));
    QVERIFY(AtlasSchema::migrate(connection.database(), 0, &error));
    const QList<SchemaObject> before = AtlasSchema::objectsOf(connection.database());
    const int next = AtlasSchema::currentVersion() + 1;
    const QList<Migration> broken = {
        {next, {QStringLiteral("CREATE TABLE added_first (x)"), QStringLiteral("ALTER TABLE no_such_table ADD COLUMN y")}},
    };
    QVERIFY(!AtlasSchema::migrate(connection.database(), AtlasSchema::currentVersion(), next, broken, &error));
    QVERIFY2(error.contains(QStringLiteral("version %1").arg(next)), qPrintable(error));
    QCOMPARE(AtlasSchema::objectsOf(connection.database()), before);
    QCOMPARE(pragma(connection.database(), QStringLiteral("user_version")), AtlasSchema::currentVersion());
}

void tst_AtlasSchema::constraintsHold_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("event without title") << "INSERT INTO events (title, start_time, start_precision) VALUES ('', 0, 'year')";
    QTest::newRow("unknown precision") << "INSERT INTO events (title, start_time, start_precision) VALUES ('x', 0, 'fortnight')";
    QTest::newRow("importance 6") << "INSERT INTO events (title, importance, start_time, start_precision) VALUES ('x', 6, 0, 'year')";
    QTest::newRow("end time without precision") << "INSERT INTO events (title, start_time, start_precision, end_time) VALUES ('x', 0, 'year', 10)";
    QTest::newRow("unknown actor kind") << "INSERT INTO actors (name, kind) VALUES ('x', 'planet')";
    QTest::newRow("stance 2") << "INSERT INTO relations (source_id, target_id, kind, stance, start_time, start_precision) VALUES (1, 2, 'alliance', 2, 0, 'year')";
    QTest::newRow("relation to itself") << "INSERT INTO relations (source_id, target_id, kind, start_time, start_precision) VALUES (1, 1, 'alliance', 0, 'year')";
    QTest::newRow("relation to a missing actor") << "INSERT INTO relations (source_id, target_id, kind, start_time, start_precision) VALUES (1, 99, 'alliance', 0, 'year')";
    QTest::newRow("low above value") << "INSERT INTO series_points (series_id, time, precision, value, low) VALUES (1, 0, 'year', 10, 20)";
}

void tst_AtlasSchema::constraintsHold()
{
    QFETCH(QString, statement);
    AtlasConnection connection;
    QString error;
    QVERIFY(connection.open(QStringLiteral(":memory:"), AtlasConnection::Mode::Create, &error));
    QVERIFY(AtlasSchema::migrate(connection.database(), 0, &error));
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO actors (id, name, kind) VALUES (1, 'A', 'state'), (2, 'B', 'state')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO series (id, name) VALUES (1, 'S')")));
    QVERIFY(!query.exec(statement));
}

QTEST_GUILESS_MAIN(tst_AtlasSchema)
#include "tst_atlasschema.moc"
