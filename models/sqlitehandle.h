// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;
struct sqlite3;

namespace Annals {

// Reaches the SQLite connection under a Qt SQL database, for what Qt does not
// offer: defensive mode, running a script of many statements, online backup,
// and the bulk-load path. Returns nullptr unless Qt's driver uses the same
// SQLite library that Annals links (true for the distribution packages, whose
// driver links the system libsqlite3); callers fall back or fail clearly.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// Closes every door an untrusted file could use to run code or damage itself:
// defensive mode, no trusted schema, no extension loading, no double-quoted
// string literals in the schema. Returns false with a message if the handle
// cannot be reached.
bool hardenConnection(const QSqlDatabase &db, QString *error);

// Runs a script of several SQL statements, stopping at the first error. The
// message names the line of the failing statement within the script.
bool executeScript(const QSqlDatabase &db, const QString &script, QString *error);

// Copies the whole database to a new file with SQLite's online backup, so the
// copy is consistent even while this connection keeps working.
bool backupTo(const QSqlDatabase &db, const QString &targetPath, QString *error);

} // namespace Annals
