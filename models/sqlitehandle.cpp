// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace Annals {

namespace {


bool sameLibraryAsQt(const QSqlDatabase &db)
{
    // A driver with its own bundled SQLite would hand us a pointer into another
    // library; the version that library reports would then differ from ours.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next())
        return false;
    return query.value(0).toString() == QString::fromLatin1(sqlite3_libversion());
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    static const bool compatible = sameLibraryAsQt(db);
    if (!compatible)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

bool hardenConnection(const QSqlDatabase &db, QString *error)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        *error = QCoreApplication::translate("Annals::SqliteHandle", "Annals cannot reach the SQLite library behind Qt's SQLite driver, "
                    "so it cannot open atlas files safely.");
        return false;
    }
    const int settings[][2] = {
        {SQLITE_DBCONFIG_DEFENSIVE, 1},
        {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
        {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0},
        {SQLITE_DBCONFIG_DQS_DDL, 0},
        {SQLITE_DBCONFIG_DQS_DML, 0},
        {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0},
        {SQLITE_DBCONFIG_ENABLE_VIEW, 0},
    };
    for (const auto &setting : settings) {
        int applied = -1;
        if (sqlite3_db_config(handle, setting[0], setting[1], &applied) != SQLITE_OK
            || applied != setting[1]) {
            *error = QCoreApplication::translate("Annals::SqliteHandle", "SQLite refused a safety setting (%1).").arg(setting[0]);
            return false;
        }
    }
    return true;
}

bool executeScript(const QSqlDatabase &db, const QString &script, QString *error)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        *error = QCoreApplication::translate("Annals::SqliteHandle", "Annals cannot reach the SQLite library behind Qt's SQLite driver.");
        return false;
    }
    const QByteArray utf8 = script.toUtf8();
    const char *cursor = utf8.constData();
    const char *const end = cursor + utf8.size();
    while (cursor < end) {
        sqlite3_stmt *statement = nullptr;
        const char *tail = nullptr;
        const int prepared = sqlite3_prepare_v2(handle, cursor, int(end - cursor), &statement, &tail);
        auto lineOf = [&](const char *at) {
            return 1 + int(std::count(utf8.constData(), at, '\n'));
        };
        if (prepared != SQLITE_OK) {
            *error = QCoreApplication::translate("Annals::SqliteHandle", "Line %1: %2").arg(lineOf(cursor)).arg(QString::fromUtf8(sqlite3_errmsg(handle)));
            return false;
        }
        if (statement) {
            int stepped = SQLITE_ROW;
            while (stepped == SQLITE_ROW)
                stepped = sqlite3_step(statement);
            sqlite3_finalize(statement);
            if (stepped != SQLITE_DONE) {
                // Skip the whitespace and comments before the statement so the line is its own.
                const char *start = cursor;
                while (start < tail && (*start == ' ' || *start == '\n' || *start == '\r' || *start == '\t'
                                        || (start[0] == '-' && start + 1 < tail && start[1] == '-'))) {
                    if (*start == '-')
                        while (start < tail && *start != '\n')
                            ++start;
                    else
                        ++start;
                }
                *error = QCoreApplication::translate("Annals::SqliteHandle", "Line %1: %2").arg(lineOf(start)).arg(QString::fromUtf8(sqlite3_errmsg(handle)));
                return false;
            }
        }
        cursor = tail;
    }
    return true;
}

bool backupTo(const QSqlDatabase &db, const QString &targetPath, QString *error)
{
    sqlite3 *source = sqliteHandle(db);
    if (!source) {
        *error = QCoreApplication::translate("Annals::SqliteHandle", "Annals cannot reach the SQLite library behind Qt's SQLite driver.");
        return false;
    }
    sqlite3 *target = nullptr;
    if (sqlite3_open_v2(targetPath.toUtf8().constData(), &target,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        *error = QCoreApplication::translate("Annals::SqliteHandle", "Cannot create %1: %2").arg(targetPath, QString::fromUtf8(sqlite3_errmsg(target)));
        sqlite3_close(target);
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    int result = SQLITE_ERROR;
    if (backup) {
        result = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
    }
    if (result != SQLITE_DONE)
        *error = QCoreApplication::translate("Annals::SqliteHandle", "Could not copy the atlas to %1: %2").arg(targetPath, QString::fromUtf8(sqlite3_errmsg(target)));
    sqlite3_close(target);
    return result == SQLITE_DONE;
}

} // namespace Annals
