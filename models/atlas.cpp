// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlas.h"

#include "atlasinspector.h"
#include "atlasschema.h"
#include "sampleatlas.h"
#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

namespace Annals {

namespace {


bool refuseExisting(const QString &path, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("Annals::Atlas", "%1 already exists; Annals will not overwrite it.").arg(QDir::toNativeSeparators(path));
        return true;
    }
    return false;
}

bool initialiseNewAtlas(const AtlasConnection &connection, QString *error)
{
    return AtlasSchema::migrate(connection.database(), 0, error);
}

// With write-ahead logging, FULL syncs the log at every commit, so a change
// that reported success survives a killed process and also a power cut (as
// far as the disk keeps its word on fsync). NORMAL would only survive the
// former. Set explicitly because the default is a compile-time choice of
// whoever built SQLite.
bool syncEveryCommit(const AtlasConnection &connection, QString *error)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL"))) {
        *error = QCoreApplication::translate("Annals::Atlas", "Could not make the atlas store each change safely: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

} // namespace

Atlas::Atlas()
    : m_undoStack(new QUndoStack(this))
{
}

Atlas::~Atlas()
{
    // The undo stack's commands may refer to the store; let them go first.
    delete m_undoStack;
    m_undoStack = nullptr;
}

QString Atlas::title() const
{
    if (!m_data.meta.title.isEmpty())
        return m_data.meta.title;
    return QFileInfo(m_path).completeBaseName();
}

std::unique_ptr<Atlas> Atlas::open(const QString &path, QString *error)
{
    const AtlasInspection inspection = AtlasInspector::inspect(path);
    if (!inspection.canOpen) {
        QStringList lines;
        for (const AtlasProblem &problem : inspection.problems)
            lines << problem.toString();
        *error = lines.join(QLatin1Char('\n'));
        return nullptr;
    }

    std::unique_ptr<Atlas> atlas(new Atlas);
    atlas->m_path = QFileInfo(path).absoluteFilePath();
    atlas->m_readOnly = inspection.readOnly;
    atlas->m_readOnlyReason = inspection.readOnlyReason;
    for (const AtlasProblem &problem : inspection.problems)
        atlas->m_problems << problem.toString();
    if (!atlas->m_readOnly && !atlas->lockForWriting(atlas->m_path, &atlas->m_readOnlyReason))
        atlas->m_readOnly = true;

    const auto mode = atlas->m_readOnly ? AtlasConnection::Mode::ReadOnly : AtlasConnection::Mode::ReadWrite;
    if (!atlas->m_connection.open(path, mode, error))
        return nullptr;
    if (!atlas->m_readOnly) {
        if (inspection.schemaVersion < AtlasSchema::currentVersion()
            && !AtlasSchema::migrate(atlas->m_connection.database(), inspection.schemaVersion, error)) {
            return nullptr;
        }
        if (!atlas->m_connection.enableWriteAheadLog(error) || !syncEveryCommit(atlas->m_connection, error))
            return nullptr;
    }
    if (!atlas->finishOpening(error))
        return nullptr;
    return atlas;
}

std::unique_ptr<Atlas> Atlas::create(const QString &path, const QString &title, QString *error)
{
    if (refuseExisting(path, error))
        return nullptr;
    {
        AtlasConnection connection;
        if (!connection.open(path, AtlasConnection::Mode::Create, error))
            return nullptr;
        AtlasStore store(connection.database());
        if (!initialiseNewAtlas(connection, error) || !store.setMetaValue(QStringLiteral("title"), title, error)) {
            connection.close();
            QFile::remove(path);
            return nullptr;
        }
    }
    return open(path, error);
}

std::unique_ptr<Atlas> Atlas::openSampleInMemory(QString *error)
{
    std::unique_ptr<Atlas> atlas(new Atlas);
    if (!atlas->m_connection.open(QStringLiteral(":memory:"), AtlasConnection::Mode::Create, error)
        || !initialiseNewAtlas(atlas->m_connection, error)
        || !SampleAtlas::populate(atlas->m_connection.database(), error)) {
        return nullptr;
    }
    atlas->m_readOnly = true;
    atlas->m_readOnlyReason = QCoreApplication::translate("Annals::Atlas", "This is the built-in sample atlas; nothing you change here is kept.");
    if (!atlas->finishOpening(error))
        return nullptr;
    return atlas;
}

bool Atlas::writeSample(const QString &path, QString *error)
{
    if (refuseExisting(path, error))
        return false;
    // Built under a temporary name and renamed into place, so that a crash or
    // a full disk never leaves a half-written atlas under the real name.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    bool written = false;
    {
        AtlasConnection connection;
        written = connection.open(partial, AtlasConnection::Mode::Create, error)
            && initialiseNewAtlas(connection, error)
            && SampleAtlas::populate(connection.database(), error);
    }
    if (written && !QFile::rename(partial, path)) {
        *error = QCoreApplication::translate("Annals::Atlas", "Could not move the new atlas into place at %1.").arg(QDir::toNativeSeparators(path));
        written = false;
    }
    if (!written)
        QFile::remove(partial);
    return written;
}

SearchResults Atlas::search(const QString &text, const std::array<int, searchGroupCount> &perGroup) const
{
    return AtlasSearch(m_connection.database()).search(text, perGroup);
}

bool Atlas::saveCopyAs(const QString &path, QString *error) const
{
    if (QFileInfo(path).absoluteFilePath() == m_path) {
        *error = QCoreApplication::translate("Annals::Atlas", "Choose another file than the one that is open.");
        return false;
    }
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    if (!backupTo(m_connection.database(), partial, error)) {
        QFile::remove(partial);
        return false;
    }
    // Replacing an existing file only once the copy is complete.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        *error = QCoreApplication::translate("Annals::Atlas", "Could not replace %1.").arg(QDir::toNativeSeparators(path));
        QFile::remove(partial);
        return false;
    }
    if (!QFile::rename(partial, path)) {
        *error = QCoreApplication::translate("Annals::Atlas", "Could not move the copy into place at %1.").arg(QDir::toNativeSeparators(path));
        QFile::remove(partial);
        return false;
    }
    return true;
}

bool Atlas::lockForWriting(const QString &path, QString *readOnlyReason)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // A window may keep an atlas open for days: the lock is stale only when
    // the process that holds it is gone, never because it is old.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return true;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        *readOnlyReason = QCoreApplication::translate("Annals::Atlas", "%1 is open in another Annals window, so it is open read-only here. "
                             "Make your changes in that window, or close it and open the atlas again.")
                              .arg(QDir::toNativeSeparators(path));
    } else {
        *readOnlyReason = QCoreApplication::translate("Annals::Atlas", "Annals could not make the lock file %1 beside the atlas, so it is open read-only: "
                             "without it, another window could change the atlas at the same time.")
                              .arg(QDir::toNativeSeparators(lock->fileName()));
    }
    return false;
}

bool Atlas::finishOpening(QString *error)
{
    m_store = std::make_unique<AtlasStore>(m_connection.database());
    auto loaded = m_store->load(error);
    if (!loaded)
        return false;
    m_data = std::move(*loaded);
    m_eventIndex = std::make_shared<const EventIndex>(EventIndex::fromAtlas(m_data));
    return true;
}

bool Atlas::reload(QString *error)
{
    if (!finishOpening(error))
        return false;
    Q_EMIT dataChanged();
    return true;
}

} // namespace Annals
