// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QStringList>

namespace Annals {

// Writes CSV as RFC 4180 describes it, so that CsvReader and every
// spreadsheet read it back unchanged: a field is put in double quotes when it
// holds the delimiter, a quote, a CR or an LF (quotes inside are doubled);
// every record ends in CRLF.
//
// The bytes are UTF-8 and start with a byte-order mark. Without one, Excel on
// Windows opens a double-clicked .csv in the ANSI code page and turns every
// "é" or "김" into two or three wrong characters; with one it reads UTF-8.
// CsvReader and LibreOffice skip the mark, and the RFC allows it.
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = QLatin1Char(','));

    void writeRecord(const QStringList &fields);

    // The mark and every record written so far.
    QByteArray bytes() const { return m_bytes; }

    // One field as it is written, quoted when it must be.
    static QString field(const QString &text, QChar delimiter = QLatin1Char(','));

private:
    QChar m_delimiter;
    QByteArray m_bytes;
};

} // namespace Annals
