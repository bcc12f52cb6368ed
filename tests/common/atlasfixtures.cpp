// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasfixtures.h"

#include "atlas.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace AtlasFixtures {

QString makeSmallAtlas(const QString &path)
{
    QString error;
    {
        auto atlas = Annals::Atlas::create(path, QStringLiteral("Small atlas"), &error);
        if (!atlas)
            qFatal("Could not create a test atlas: %s", qPrintable(error));
    }
    runRaw(path, {
        QStringLiteral("INSERT INTO actors (id, name, kind) VALUES (1, 'Kim Il-sung', 'person')"),
        QStringLiteral("INSERT INTO actors (id, name, kind) VALUES (2, 'Korea, North', 'state')"),
        QStringLiteral("INSERT INTO events (id, title, start_time, start_precision) "
                       "VALUES (1, 'Founding of the DPRK', -672537600, 'day')"),
        QStringLiteral("INSERT INTO event_actors (event_id, actor_id, role) VALUES (1, 1, 'leader')"),
        QStringLiteral("INSERT INTO sources (id, title) VALUES (1, 'A history book')"),
        QStringLiteral("INSERT INTO citations (source_id, item_kind, item_id, locator) VALUES (1, 'event', 1, 'p. 12')"),
        QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
    });
    return path;
}

void runRaw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("fixture-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("Could not open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                qFatal("Fixture statement failed: %s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        }
        query.finish();
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray fingerprint(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        // An empty write-ahead log is what any reader may leave; it holds no data.
        QFile f(file);
        if (f.size() > 0 && f.open(QIODevice::ReadOnly))
            hash.addData(&f);
        else
            hash.addData(QByteArrayView("<absent>"));
    }
    return hash.result().toHex();
}

} // namespace AtlasFixtures
