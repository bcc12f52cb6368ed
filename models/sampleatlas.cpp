// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampleatlas.h"

#include "atlas.h"
#include "atlasstore.h"
#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>

namespace Annals {

QString SampleAtlas::title()
{
    return QCoreApplication::translate("Annals::SampleAtlas", "Korea and the great powers, 1945–2025");
}

QString SampleAtlas::sql()
{
    QFile file(QStringLiteral(":/annals/sample/korea.sql"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The sample atlas is missing from the build");
    return QString::fromUtf8(file.readAll());
}

bool SampleAtlas::populate(const QSqlDatabase &db, QString *error)
{
    QSqlDatabase database = db;
    if (!database.transaction()) {
        *error = database.lastError().text();
        return false;
    }
    QString scriptError;
    if (!executeScript(database, sql(), &scriptError)) {
        *error = QCoreApplication::translate("Annals::SampleAtlas", "The sample atlas is broken: %1").arg(scriptError);
        database.rollback();
        return false;
    }
    if (!database.commit()) {
        *error = database.lastError().text();
        database.rollback();
        return false;
    }
    AtlasStore store(database);
    return store.rebuildSearchIndex(error);
}

QString SampleAtlas::userCopyPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("Korea and the great powers.annals"));
}

bool SampleAtlas::ensureUserCopy(QString *error)
{
    const QString path = userCopyPath();
    if (QFileInfo::exists(path))
        return true;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("Annals::SampleAtlas", "Could not create the folder %1.")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    return Atlas::writeSample(path, error);
}

} // namespace Annals
