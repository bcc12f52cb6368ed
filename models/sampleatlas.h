// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

namespace Annals {

// The sample atlas "Korea and the great powers, 1945–2025", kept as readable
// SQL in resources/sample/ and compiled into the program.
class SampleAtlas
{
public:
    static QString title();
    static QString sql();

    // Fills a database that has the current schema and nothing else, in one
    // transaction, and indexes it for search.
    static bool populate(const QSqlDatabase &db, QString *error);

    // Where a user's own copy of the sample lives (the application data
    // folder), so that a student's edits persist between sessions.
    static QString userCopyPath();

    // Writes the user's copy on first use; afterwards leaves it alone.
    static bool ensureUserCopy(QString *error);
};

} // namespace Annals
