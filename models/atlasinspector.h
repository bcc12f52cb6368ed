// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QSqlDatabase;

namespace Annals {

// One thing wrong with an atlas file, with where it is when it has a place.
struct AtlasProblem {
    QString message;
    QString table; // empty when the problem is with the whole file
    qint64 row = 0;

    // "events, row 12: ends (1950) before it starts (1953)"
    QString toString() const;
};

// What inspecting a file found, before anything in it is trusted or written.
struct AtlasInspection {
    // False: the file must not be opened at all (not an atlas, damaged,
    // carrying code). `problems` says why.
    bool canOpen = false;
    // The file may be read but must not be written; `readOnlyReason` says why
    // in words for the user.
    bool readOnly = false;
    QString readOnlyReason;
    int schemaVersion = 0;
    QList<AtlasProblem> problems;

    bool isValid() const { return canOpen && problems.isEmpty(); }
};

// Checks an atlas file without writing a byte of it: that it is an SQLite
// database at all and not cut short, that it is an Annals atlas, that its
// schema is exactly the one Annals defines for its version (no triggers,
// views or tables of anyone else's, so nothing from the file ever runs), that
// SQLite finds it sound, and that its rows hang together (references, spans).
class AtlasInspector
{
public:
    static AtlasInspection inspect(const QString &path);

    // The row-level checks alone, for a database already known to have the
    // Annals schema.
    static QList<AtlasProblem> checkContents(const QSqlDatabase &db);
};

} // namespace Annals
