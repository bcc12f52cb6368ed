// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace Annals {

// One object in an SQLite schema, as sqlite_master lists it.
struct SchemaObject {
    QString type; // table, index, trigger, view
    QString name;
    QString tableName;
    QString sql;

    friend bool operator==(const SchemaObject &, const SchemaObject &) = default;
};

// One step of the schema's history: the statements that take a file from
// version - 1 to version.
struct Migration {
    int version = 0;
    QStringList statements;
};

// The atlas file's schema and its history. `PRAGMA user_version` is the
// schema version; a new atlas is made by running every migration from the
// first, so a migrated file and a new one have exactly the same schema —
// which is what lets validation compare a file's schema to ours text for text.
class AtlasSchema
{
public:
    // "ANNL": marks a file as an Annals atlas (PRAGMA application_id).
    static constexpr int applicationId = 0x414E4E4C;

    static int currentVersion();
    static QList<Migration> migrations();
    // The statements of a schema resource, split at lines holding only ";;",
    // without comment lines.
    static QStringList statementsFromResource(const QString &path);

    // Runs the migrations after `fromVersion` up to `toVersion` in one
    // transaction, then sets user_version and application_id. On failure
    // nothing is changed and the message names the version and statement.
    static bool migrate(const QSqlDatabase &db, int fromVersion, int toVersion,
                        const QList<Migration> &steps, QString *error);
    static bool migrate(const QSqlDatabase &db, int fromVersion, QString *error)
    {
        return migrate(db, fromVersion, currentVersion(), migrations(), error);
    }

    // The objects a file of `version` must hold, no more and no less.
    static QList<SchemaObject> expectedObjects(int version);
    static QList<SchemaObject> objectsOf(const QSqlDatabase &db);
};

} // namespace Annals
