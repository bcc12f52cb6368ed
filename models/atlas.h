// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasconnection.h"
#include "atlassearch.h"
#include "atlasstore.h"
#include "domain.h"
#include "eventindex.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;
class QUndoStack;

namespace Annals {

// One open atlas: owns the connection to its file, the store that reads and
// writes it, the loaded data and the undo stack. Made by one of the static
// functions, which say in `error` why they could not. Views read data() and
// follow dataChanged(); changes go through commands on undoStack().
class Atlas : public QObject
{
    Q_OBJECT

public:
    ~Atlas() override;

    // Inspects, then opens: read-write when the file is a sound atlas Annals
    // may write (migrating an older schema first), read-only with a reason
    // when it is newer, read-only on disk, has problems, or is already open
    // for writing in another Annals window (a lock file "<path>.lock" beside
    // it, held while this Atlas lives; a lock left by a process that died is
    // taken over); not at all when it is not an atlas, is damaged or carries
    // code.
    static std::unique_ptr<Atlas> open(const QString &path, QString *error);

    // A new, empty atlas at `path`, which must not exist yet.
    static std::unique_ptr<Atlas> create(const QString &path, const QString &title, QString *error);

    // The sample atlas in memory, for screenshots and the About box: nothing is
    // written anywhere.
    static std::unique_ptr<Atlas> openSampleInMemory(QString *error);

    // Writes the sample atlas to `path` (which must not exist) all at once:
    // a half-written file is never left behind.
    static bool writeSample(const QString &path, QString *error);

    QString path() const { return m_path; }
    QString title() const;
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Problems found on opening (dangling references, spans ending before
    // they start), one line each.
    QStringList problems() const { return m_problems; }

    const AtlasData &data() const { return m_data; }
    // The events in drawing order, rebuilt with data().
    std::shared_ptr<const EventIndex> eventIndex() const { return m_eventIndex; }
    AtlasStore &store() { return *m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Full-text search (AtlasSearch) of the file as it is now.
    SearchResults search(const QString &text, const std::array<int, searchGroupCount> &perGroup) const;

    // A consistent copy of the atlas at `path`, made with SQLite's backup.
    bool saveCopyAs(const QString &path, QString *error) const;

    // Reloads data() from the file and emits dataChanged(). Reads the whole
    // atlas again: the slow part of every edit on a big atlas (see
    // AtlasEditor); updating data() in place is future work.
    bool reload(QString *error);

Q_SIGNALS:
    void dataChanged();
    // An undo or redo could not be stored (or the stored change could not be
    // read back); the atlas and the undo stack are as they were.
    void writeFailed(const QString &reason);

private:
    friend class StoreEditCommand;

    Atlas();
    bool finishOpening(QString *error);
    // Takes the lock file beside the atlas; false with a reason to show when
    // another window has the file open (or the lock cannot be made).
    bool lockForWriting(const QString &path, QString *readOnlyReason);

    // Set while an undo or redo failed and the stack's index is being moved
    // back to where the file is; later replays in the same step are skipped.
    int m_failedReplayIndex = -1;

    std::unique_ptr<QLockFile> m_lock;
    AtlasConnection m_connection;
    std::unique_ptr<AtlasStore> m_store;
    AtlasData m_data;
    std::shared_ptr<const EventIndex> m_eventIndex;
    QUndoStack *m_undoStack = nullptr;
    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QStringList m_problems;
};

} // namespace Annals
