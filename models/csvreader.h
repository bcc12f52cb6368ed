// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Annals {

// What a CSV file holds: its records as text, each with the line it starts on
// (a quoted field may span lines), and the delimiter it was read with.
struct CsvTable {
    QList<QStringList> records;
    QList<int> recordLines; // 1-based, parallel to records
    QChar delimiter;
};

// Where a CSV file could not be read, and why, worded for the person who
// made the file: line and column count from 1, the column in characters.
struct CsvError {
    int line = 0;
    int column = 0;
    QString message;
};

// Reads CSV as RFC 4180 describes it and spreadsheets write it: fields in
// double quotes may hold the delimiter, line breaks and doubled quotes; lines
// end in CRLF, LF or CR; UTF-8 with or without a byte-order mark. The
// delimiter is a comma, a semicolon (spreadsheets in many European locales)
// or a tab, found from the first record unless given.
//
// Strict where guessing would change the data: a quote inside an unquoted
// field, text after a closing quote, a quote never closed, bytes that are not
// UTF-8, or a file, record or field over the limits is an error with its
// position, and nothing is returned. An empty last line is not a record.
class CsvReader
{
public:
    struct Limits {
        qsizetype maximumBytes = 64 * 1024 * 1024;
        qsizetype maximumRecords = 1'000'000;
        qsizetype maximumFieldsPerRecord = 1000;
        qsizetype maximumFieldLength = 1024 * 1024;
    };

    // `delimiter` null: detected.
    static std::optional<CsvTable> read(QByteArrayView bytes, CsvError *error, QChar delimiter = {});
    static std::optional<CsvTable> read(QByteArrayView bytes, CsvError *error, QChar delimiter, const Limits &limits);

    // The delimiter of the first record of `text` (quoted parts skipped): the
    // most frequent of comma, semicolon and tab; a comma when there is none.
    static QChar detectDelimiter(QStringView text);
};

} // namespace Annals
