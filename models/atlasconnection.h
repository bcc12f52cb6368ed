// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Annals {

// Owns one Qt SQL connection to one atlas file, opened the only ways Annals
// opens files: hardened against whatever the file may carry, read-only when
// asked, and with foreign keys enforced. Closes and removes the connection on
// destruction. Not copyable; each instance has its own connection name.
class AtlasConnection
{
public:
    enum class Mode {
        ReadOnly,  // never writes, never creates (validation, --check)
        ReadWrite, // the file must exist
        Create,    // creates the file if missing
    };

    AtlasConnection();
    ~AtlasConnection();
    AtlasConnection(const AtlasConnection &) = delete;
    AtlasConnection &operator=(const AtlasConnection &) = delete;

    bool open(const QString &path, Mode mode, QString *error);
    void close();

    bool isOpen() const;
    Mode mode() const { return m_mode; }
    QSqlDatabase database() const;
    const QString &connectionName() const { return m_connectionName; }

    // Write-ahead logging keeps readers and the writer apart and survives a
    // crash mid-write; only for files Annals owns and may write.
    bool enableWriteAheadLog(QString *error);

private:
    QString m_connectionName;
    Mode m_mode = Mode::ReadOnly;
};

} // namespace Annals
