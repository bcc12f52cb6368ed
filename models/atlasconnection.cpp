// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasconnection.h"

#include "sqlitehandle.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Annals {

namespace {


QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("annals-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

AtlasConnection::AtlasConnection()
    : m_connectionName(nextConnectionName())
{
}

AtlasConnection::~AtlasConnection()
{
    close();
}

bool AtlasConnection::open(const QString &path, Mode mode, QString *error)
{
    close();
    m_mode = mode;
    const bool inMemory = path == QLatin1String(":memory:");
    if (mode != Mode::Create && !inMemory && !QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("Annals::AtlasConnection", "The file %1 does not exist.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid()) {
        *error = QCoreApplication::translate("Annals::AtlasConnection", "Qt's SQLite driver is not installed (package libqt6sql6-sqlite).");
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = QCoreApplication::translate("Annals::AtlasConnection", "SQLite could not open the file: %1").arg(db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    QString hardenError;
    if (!hardenConnection(db, &hardenError)) {
        *error = hardenError;
        close();
        return false;
    }
    QSqlQuery query(db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA trusted_schema = OFF"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA cell_size_check = ON"),
        mode == Mode::ReadOnly ? QStringLiteral("PRAGMA query_only = ON")
                               : QStringLiteral("PRAGMA query_only = OFF"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            *error = QCoreApplication::translate("Annals::AtlasConnection", "SQLite refused \"%1\": %2").arg(pragma, query.lastError().text());
            query.finish();
            close();
            return false;
        }
    }
    return true;
}

void AtlasConnection::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool AtlasConnection::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase AtlasConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool AtlasConnection::enableWriteAheadLog(QString *error)
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        *error = QCoreApplication::translate("Annals::AtlasConnection", "Could not switch the atlas to write-ahead logging: %1").arg(query.lastError().text());
        return false;
    }
    // In-memory databases answer "memory"; that is fine.
    const QString mode = query.value(0).toString();
    if (mode != QLatin1String("wal") && mode != QLatin1String("memory")) {
        *error = QCoreApplication::translate("Annals::AtlasConnection", "Could not switch the atlas to write-ahead logging (journal mode is %1).").arg(mode);
        return false;
    }
    return true;
}

} // namespace Annals
