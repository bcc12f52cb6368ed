// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader::read on any bytes, and what it promises: a table whose record
// lines are parallel to its records and run forward, or an error with a
// message and a position inside the text; limits that only ever make it
// stricter; and records that read back unchanged once written out again
// with every field quoted.
#include "csvreader.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Annals;

namespace {

// Aborts, so that libFuzzer saves the input as a crash and the replay test fails.
[[noreturn]] void broken(const char *property, const QString &detail = QString())
{
    std::fprintf(stderr, "CsvReader: %s\n  %s\n", property, qUtf8Printable(detail));
    std::abort();
}

// RFC 4180 with every field quoted, so that no field content can be
// mistaken for a delimiter, a line break or an empty last line.
QByteArray written(const CsvTable &table)
{
    QString text;
    for (const QStringList &record : table.records) {
        for (qsizetype i = 0; i < record.size(); ++i) {
            if (i > 0)
                text += table.delimiter;
            QString field = record.at(i);
            field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            text += QLatin1Char('"') + field + QLatin1Char('"');
        }
        text += QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

int lineCount(QByteArrayView bytes)
{
    int lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n' || (bytes.at(i) == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n')))
            ++lines;
    }
    return lines;
}

void checkError(const CsvError &error, QByteArrayView bytes)
{
    if (error.message.isEmpty())
        broken("an error without a message");
    // Line 0 is for the file as a whole (too large to read).
    if (error.line == 0)
        return;
    if (error.line < 0 || error.line > lineCount(bytes) || error.column < 1)
        broken("an error outside the text", QStringLiteral("line %1, column %2: %3").arg(error.line).arg(error.column).arg(error.message));
}

void checkTable(const CsvTable &table, const CsvReader::Limits &limits)
{
    if (table.delimiter != u',' && table.delimiter != u';' && table.delimiter != u'\t')
        broken("an unexpected delimiter", QString(table.delimiter));
    if (table.recordLines.size() != table.records.size())
        broken("record lines not parallel to records");
    if (table.records.size() > limits.maximumRecords)
        broken("more records than the limit");
    int previousLine = 0;
    for (qsizetype r = 0; r < table.records.size(); ++r) {
        const QStringList &record = table.records.at(r);
        if (record.isEmpty() || record.size() > limits.maximumFieldsPerRecord)
            broken("a record with no fields or too many", QString::number(record.size()));
        for (const QString &field : record) {
            if (field.size() > limits.maximumFieldLength)
                broken("a field over the length limit");
            if (field.contains(u'\r'))
                broken("a carriage return kept in a field");
        }
        if (table.recordLines.at(r) <= previousLine)
            broken("record lines do not run forward");
        previousLine = table.recordLines.at(r);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    CsvError error;
    const std::optional<CsvTable> table = CsvReader::read(bytes, &error);
    if (!table) {
        checkError(error, bytes);
    } else {
        checkTable(*table, CsvReader::Limits());
        if (!error.message.isEmpty())
            broken("a table with an error", error.message);
        CsvError againError;
        const std::optional<CsvTable> again = CsvReader::read(written(*table), &againError, table->delimiter);
        if (!again)
            broken("the table written out again is rejected", againError.message);
        if (again->records != table->records)
            broken("the table written out again reads back differently");
    }

    // Small limits, so that every limit is reached; they may only turn a
    // table into an error, never change it.
    CsvReader::Limits small;
    small.maximumBytes = 2048;
    small.maximumRecords = 8;
    small.maximumFieldsPerRecord = 6;
    small.maximumFieldLength = 24;
    CsvError smallError;
    const std::optional<CsvTable> limited = CsvReader::read(bytes, &smallError, QChar(), small);
    if (!limited) {
        checkError(smallError, bytes);
    } else {
        checkTable(*limited, small);
        if (!table || limited->records != table->records)
            broken("limits changed what was read");
    }
    return 0;
}
