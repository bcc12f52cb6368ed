// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasinspector.h"

#include "atlasconnection.h"
#include "atlasschema.h"
#include "historicaldate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace Annals {

namespace {


QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

AtlasInspection refuse(const QString &message)
{
    AtlasInspection inspection;
    inspection.canOpen = false;
    inspection.problems.append({message, {}, 0});
    return inspection;
}

// The first 100 bytes of an SQLite file are its header; reading it ourselves
// gives clearer messages than SQLite's "file is not a database", and catches a
// file cut short before SQLite would notice.
std::optional<QString> checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("Annals::AtlasInspector", "%1 cannot be read: %2").arg(displayPath(path), file.errorString());
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() == 0)
        return QCoreApplication::translate("Annals::AtlasInspector", "%1 is empty, so it is not an atlas.").arg(displayPath(path));
    if (header.size() < 100 || !header.startsWith(magic))
        return QCoreApplication::translate("Annals::AtlasInspector", "%1 is not an atlas: it is not an SQLite database.").arg(displayPath(path));

    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    // The page count in the header is only meaningful when it was written by
    // the same change as the counter it sits beside.
    // A checkpoint copies the write-ahead log into the file page by page,
    // page 1 (with the new count) first: a process killed half-way leaves the
    // file shorter than its header says, and SQLite finishes the copy from
    // the log on the next open. Only without a log is a short file cut off.
    const QFileInfo log(path + QStringLiteral("-wal"));
    const bool logMayHoldTheRest = log.exists() && log.size() > 0;
    if (changeCounter == validFor && pageCount > 0 && !logMayHoldTheRest) {
        const qint64 expected = pageSize * qint64(pageCount);
        if (file.size() < expected) {
            return QCoreApplication::translate("Annals::AtlasInspector", "%1 is damaged: it should be %2 bytes long but is only %3. "
                      "It may have been cut off while being copied or downloaded.")
                .arg(displayPath(path))
                .arg(expected)
                .arg(file.size());
        }
    }
    return std::nullopt;
}

bool hasAnyWriteBit(const QFileInfo &info)
{
    // The mode bits, not access(): a file its owner marked read-only stays
    // read-only even for an administrator, who could write it anyway.
    return info.permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
}

QString describeObject(const SchemaObject &object)
{
    return QStringLiteral("%1 \"%2\"").arg(object.type, object.name);
}

// Compares the file's schema with the one Annals defines for its version.
QList<AtlasProblem> compareSchema(const QList<SchemaObject> &actual,
                                  const QList<SchemaObject> &expected, bool newerVersion)
{
    QList<AtlasProblem> problems;
    auto findByName = [](const QList<SchemaObject> &list, const QString &name) -> const SchemaObject * {
        for (const SchemaObject &object : list) {
            if (object.name == name)
                return &object;
        }
        return nullptr;
    };
    for (const SchemaObject &object : actual) {
        if (object.type == QLatin1String("trigger") || object.type == QLatin1String("view")) {
            problems.append({QCoreApplication::translate("Annals::AtlasInspector", "it carries a %1 that Annals atlases never have; it was refused "
                                "and nothing in it was run")
                                 .arg(describeObject(object)),
                             {}, 0});
            continue;
        }
        const SchemaObject *ours = findByName(expected, object.name);
        // A newer Annals may add tables; this version ignores what it does not know.
        if (!ours && !newerVersion)
            problems.append({QCoreApplication::translate("Annals::AtlasInspector", "it holds a %1 that the Annals schema does not define").arg(describeObject(object)), {}, 0});
        else if (ours && !newerVersion && *ours != object)
            problems.append({QCoreApplication::translate("Annals::AtlasInspector", "its %1 differs from the Annals schema").arg(describeObject(object)), {}, 0});
    }
    for (const SchemaObject &object : expected) {
        if (object.type == QLatin1String("table") && !findByName(actual, object.name))
            problems.append({QCoreApplication::translate("Annals::AtlasInspector", "it lacks the %1 of the Annals schema").arg(describeObject(object)), {}, 0});
    }
    return problems;
}

void collect(const QSqlDatabase &db, const QString &sql, QList<AtlasProblem> *problems,
             const std::function<AtlasProblem(const QSqlQuery &)> &describe)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        problems->append({QCoreApplication::translate("Annals::AtlasInspector", "a check could not run: %1").arg(query.lastError().text()), {}, 0});
        return;
    }
    while (query.next())
        problems->append(describe(query));
}

QString dateText(const QVariant &seconds, const QVariant &precision)
{
    const auto parsed = precisionFromKey(precision.toString());
    if (!parsed)
        return seconds.toString();
    return HistoricalDate(seconds.toLongLong(), *parsed).toDisplayString();
}

} // namespace

QString AtlasProblem::toString() const
{
    if (table.isEmpty())
        return message;
    if (row == 0)
        return QCoreApplication::translate("Annals::AtlasInspector", "%1: %2").arg(table, message);
    return QCoreApplication::translate("Annals::AtlasInspector", "%1, row %2: %3").arg(table).arg(row).arg(message);
}

QList<AtlasProblem> AtlasInspector::checkContents(const QSqlDatabase &db)
{
    QList<AtlasProblem> problems;

    collect(db, QStringLiteral("PRAGMA foreign_key_check"), &problems, [](const QSqlQuery &q) {
        return AtlasProblem{QCoreApplication::translate("Annals::AtlasInspector", "refers to a row of %1 that does not exist").arg(q.value(2).toString()),
                            q.value(0).toString(), q.value(1).toLongLong()};
    });

    // Spans that end before they start. Rows without a row id (WITHOUT ROWID
    // tables) have no spans, so every table here has an id.
    const QStringList spanTables = {QStringLiteral("events"), QStringLiteral("relations"),
                                    QStringLiteral("eras"), QStringLiteral("actors"),
                                    QStringLiteral("actor_names")};
    for (const QString &table : spanTables) {
        collect(db,
                QStringLiteral("SELECT id, start_time, start_precision, end_time, end_precision FROM %1 "
                               "WHERE end_time IS NOT NULL AND start_time IS NOT NULL AND end_time < start_time "
                               "ORDER BY id")
                    .arg(table),
                &problems, [table](const QSqlQuery &q) {
                    return AtlasProblem{QCoreApplication::translate("Annals::AtlasInspector", "ends (%1) before it starts (%2)")
                                            .arg(dateText(q.value(3), q.value(4)),
                                                 dateText(q.value(1), q.value(2))),
                                        table, q.value(0).toLongLong()};
                });
    }
    collect(db,
            QStringLiteral("SELECT id FROM tour_steps WHERE window_end < window_start ORDER BY id"),
            &problems, [](const QSqlQuery &q) {
                return AtlasProblem{QCoreApplication::translate("Annals::AtlasInspector", "its window ends before it starts"), QStringLiteral("tour_steps"),
                                    q.value(0).toLongLong()};
            });

    // Citations may point at any kind of item, so SQLite cannot check them.
    const QList<QPair<QString, QString>> citedTables = {
        {QStringLiteral("event"), QStringLiteral("events")},
        {QStringLiteral("actor"), QStringLiteral("actors")},
        {QStringLiteral("actor_name"), QStringLiteral("actor_names")},
        {QStringLiteral("relation"), QStringLiteral("relations")},
        {QStringLiteral("event_link"), QStringLiteral("event_links")},
        {QStringLiteral("era"), QStringLiteral("eras")},
        {QStringLiteral("series"), QStringLiteral("series")},
        {QStringLiteral("series_point"), QStringLiteral("series_points")},
        {QStringLiteral("tour"), QStringLiteral("tours")},
    };
    for (const auto &[kind, table] : citedTables) {
        collect(db,
                QStringLiteral("SELECT c.id, c.item_id FROM citations c WHERE c.item_kind = '%1' "
                               "AND NOT EXISTS (SELECT 1 FROM %2 t WHERE t.id = c.item_id) ORDER BY c.id")
                    .arg(kind, table),
                &problems, [kind = kind, table = table](const QSqlQuery &q) {
                    return AtlasProblem{QCoreApplication::translate("Annals::AtlasInspector", "cites %1 %2, which does not exist in %3")
                                            .arg(kind)
                                            .arg(q.value(1).toLongLong())
                                            .arg(table),
                                        QStringLiteral("citations"), q.value(0).toLongLong()};
                });
    }
    return problems;
}

AtlasInspection AtlasInspector::inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(QCoreApplication::translate("Annals::AtlasInspector", "%1 does not exist.").arg(displayPath(path)));
    if (!info.isFile())
        return refuse(QCoreApplication::translate("Annals::AtlasInspector", "%1 is not a file.").arg(displayPath(path)));
    if (auto headerProblem = checkHeader(path))
        return refuse(*headerProblem);

    AtlasConnection connection;
    QString error;
    if (!connection.open(path, AtlasConnection::Mode::ReadOnly, &error))
        return refuse(QCoreApplication::translate("Annals::AtlasInspector", "%1 cannot be opened: %2").arg(displayPath(path), error));
    const QSqlDatabase db = connection.database();

    QSqlQuery query(db);
    auto pragmaInt = [&query](const QString &pragma, bool *ok) {
        *ok = query.exec(pragma) && query.next();
        return *ok ? query.value(0).toInt() : 0;
    };
    bool ok = false;
    const int applicationId = pragmaInt(QStringLiteral("PRAGMA application_id"), &ok);
    if (!ok) {
        return refuse(QCoreApplication::translate("Annals::AtlasInspector", "%1 is damaged or not an SQLite database: %2")
                          .arg(displayPath(path), query.lastError().text()));
    }
    if (applicationId != AtlasSchema::applicationId) {
        return refuse(QCoreApplication::translate("Annals::AtlasInspector", "%1 is an SQLite database of another application, not an Annals atlas.")
                          .arg(displayPath(path)));
    }
    const int version = pragmaInt(QStringLiteral("PRAGMA user_version"), &ok);
    if (!ok || version < 1)
        return refuse(QCoreApplication::translate("Annals::AtlasInspector", "%1 has no Annals schema version, so it cannot be read.").arg(displayPath(path)));

    // SQLite's own check reads pages, never runs anything the schema holds,
    // and a damaged file must be called damaged, not "different".
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        return refuse(QCoreApplication::translate("Annals::AtlasInspector", "%1 is damaged: %2").arg(displayPath(path), query.lastError().text()));
    }
    QStringList damage;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            damage << line;
    }
    if (!damage.isEmpty()) {
        return refuse(QCoreApplication::translate("Annals::AtlasInspector", "%1 is damaged; SQLite reports: %2")
                          .arg(displayPath(path), damage.mid(0, 5).join(QLatin1String("; "))));
    }
    query.finish();

    AtlasInspection inspection;
    inspection.schemaVersion = version;
    const bool newer = version > AtlasSchema::currentVersion();

    const QList<AtlasProblem> schemaProblems = compareSchema(
        AtlasSchema::objectsOf(db),
        AtlasSchema::expectedObjects(newer ? AtlasSchema::currentVersion() : version), newer);
    if (!schemaProblems.isEmpty()) {
        inspection.canOpen = false;
        for (AtlasProblem problem : schemaProblems) {
            problem.message = QCoreApplication::translate("Annals::AtlasInspector", "%1 was refused: %2.").arg(displayPath(path), problem.message);
            inspection.problems.append(problem);
        }
        return inspection;
    }

    query.finish();

    inspection.canOpen = true;
    inspection.problems = checkContents(db);

    if (newer) {
        inspection.readOnly = true;
        inspection.readOnlyReason =
            QCoreApplication::translate("Annals::AtlasInspector", "%1 was made by a newer version of Annals (schema version %2; this version "
               "understands up to %3). It is open read-only so that nothing in it is lost.")
                .arg(displayPath(path))
                .arg(version)
                .arg(AtlasSchema::currentVersion());
    } else if (!hasAnyWriteBit(info) || !info.isWritable()) {
        inspection.readOnly = true;
        inspection.readOnlyReason =
            QCoreApplication::translate("Annals::AtlasInspector", "%1 is read-only on disk, so changes cannot be stored. "
               "Use File ▸ Save a Copy As… to make a copy you can edit.")
                .arg(displayPath(path));
    } else if (!inspection.problems.isEmpty()) {
        inspection.readOnly = true;
        inspection.readOnlyReason =
            QCoreApplication::translate("Annals::AtlasInspector",
                                        "%1 has %n problem(s) and is open read-only so that nothing gets worse.",
                                        nullptr, int(inspection.problems.size()))
                .arg(displayPath(path));
    }
    return inspection;
}

} // namespace Annals
