// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasschema.h"

#include "atlasconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Annals {

namespace {


} // namespace

QStringList AtlasSchema::statementsFromResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("Schema resource %s is missing from the build", qPrintable(path));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression separator(QStringLiteral("^;;$"), QRegularExpression::MultilineOption);
    QStringList statements;
    for (const QString &part : text.split(separator)) {
        // Comments before a statement belong to the file, not to the schema text.
        QStringList lines;
        for (const QString &line : part.split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1String("--")))
                lines << line;
        }
        const QString statement = lines.join(QLatin1Char('\n')).trimmed();
        if (!statement.isEmpty())
            statements << statement;
    }
    return statements;
}

int AtlasSchema::currentVersion()
{
    return 3;
}

QList<Migration> AtlasSchema::migrations()
{
    static const QList<Migration> all = {
        {1, statementsFromResource(QStringLiteral(":/annals/schema/v1.sql"))},
        // Prefix indexes, and rowids that encode each entry's kind (searchindex.h).
        {2, statementsFromResource(QStringLiteral(":/annals/schema/v2.sql"))
                + statementsFromResource(QStringLiteral(":/annals/schema/search_index.sql"))},
        // Events keep their display date (TimelineJS's display_date).
        {3, statementsFromResource(QStringLiteral(":/annals/schema/v3.sql"))},
    };
    return all;
}

bool AtlasSchema::migrate(const QSqlDatabase &db, int fromVersion, int toVersion,
                          const QList<Migration> &steps, QString *error)
{
    QSqlDatabase database = db;
    if (!database.transaction()) {
        *error = QCoreApplication::translate("Annals::AtlasSchema", "Could not start the upgrade: %1").arg(database.lastError().text());
        return false;
    }
    QSqlQuery query(database);
    for (const Migration &migration : steps) {
        if (migration.version <= fromVersion || migration.version > toVersion)
            continue;
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                *error = QCoreApplication::translate("Annals::AtlasSchema", "Upgrading to schema version %1 failed: %2\nStatement: %3")
                             .arg(migration.version)
                             .arg(query.lastError().text(), statement.left(200));
                query.finish();
                database.rollback();
                return false;
            }
        }
    }
    const bool stamped = query.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion))
        && query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
    if (!stamped || !database.commit()) {
        *error = QCoreApplication::translate("Annals::AtlasSchema", "Could not finish the upgrade: %1").arg(database.lastError().text());
        query.finish();
        database.rollback();
        return false;
    }
    return true;
}

QList<SchemaObject> AtlasSchema::objectsOf(const QSqlDatabase &db)
{
    QList<SchemaObject> objects;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_schema "
                              "WHERE name NOT IN ('sqlite_sequence', 'sqlite_stat1', 'sqlite_stat4') "
                              "ORDER BY type, name"));
    while (query.next())
        objects.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString()});
    return objects;
}

QList<SchemaObject> AtlasSchema::expectedObjects(int version)
{
    static QMutex mutex;
    static QHash<int, QList<SchemaObject>> cache;
    QMutexLocker locker(&mutex);
    if (auto found = cache.constFind(version); found != cache.constEnd())
        return *found;

    QString error;
    AtlasConnection reference;
    if (!reference.open(QStringLiteral(":memory:"), AtlasConnection::Mode::Create, &error)
        || !migrate(reference.database(), 0, version, migrations(), &error)) {
        qFatal("Cannot build the reference schema: %s", qPrintable(error));
    }
    const QList<SchemaObject> objects = objectsOf(reference.database());
    cache.insert(version, objects);
    return objects;
}

} // namespace Annals
