// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QCoreApplication>

#include <array>

namespace Annals {

namespace {


// The line and column of byte `offset`, for an encoding error: counted over
// the bytes before it, which are valid (the decoder stopped at the first bad one).
CsvError positionOfByte(QByteArrayView bytes, qsizetype offset, const QString &message)
{
    const QString before = QString::fromUtf8(bytes.first(offset));
    CsvError error;
    error.line = 1;
    error.column = 1;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QChar c = before.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 >= before.size() || before.at(i + 1) != u'\n'))) {
            ++error.line;
            error.column = 1;
        } else if (c != u'\r') {
            ++error.column;
        }
    }
    error.message = message;
    return error;
}

// The first offset at which `bytes` is not UTF-8 (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = uchar(bytes.at(i));
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;  // overlong
            high = lead == 0xED ? 0x9F : 0xBF; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;  // overlong
            high = lead == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        const uchar second = uchar(bytes.at(i + 1));
        if (second < low || second > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((uchar(bytes.at(i + k)) & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

} // namespace

QChar CsvReader::detectDelimiter(QStringView text)
{
    constexpr std::array<char16_t, 3> candidates{u',', u';', u'\t'};
    std::array<int, 3> counts{};
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"') {
            quoted = !quoted; // a doubled quote toggles twice
            continue;
        }
        if (quoted)
            continue;
        if (c == u'\n' || c == u'\r')
            break;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            if (c == candidates[i])
                ++counts[i];
        }
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < candidates.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return QChar(candidates[best]);
}

std::optional<CsvTable> CsvReader::read(QByteArrayView bytes, CsvError *error, QChar delimiter)
{
    return read(bytes, error, delimiter, Limits());
}

std::optional<CsvTable> CsvReader::read(QByteArrayView bytes, CsvError *error, QChar delimiter, const Limits &limits)
{
    CsvError unused;
    CsvError &failure = error ? *error : unused;
    failure = {};
    const auto fail = [&failure](int line, int column, const QString &message) {
        failure.line = line;
        failure.column = column;
        failure.message = message;
        return std::nullopt;
    };

    if (bytes.size() > limits.maximumBytes) {
        return fail(0, 0, QCoreApplication::translate("Annals::CsvReader", "The file is %1 MB; CSV files up to %2 MB can be read.")
                              .arg(bytes.size() / (1024 * 1024))
                              .arg(limits.maximumBytes / (1024 * 1024)));
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        failure = positionOfByte(bytes, bad, QCoreApplication::translate("Annals::CsvReader", "This is not UTF-8 text (byte 0x%1). Save the file as \"CSV UTF-8\".")
                                                 .arg(uchar(bytes.at(bad)), 2, 16, QLatin1Char('0')));
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(bytes);

    CsvTable table;
    table.delimiter = delimiter.isNull() ? detectDelimiter(text) : delimiter;
    const QChar separator = table.delimiter;

    int line = 1;
    int column = 1;
    QStringList record;
    QString field;
    int recordLine = 1;
    bool fieldStarted = false; // anything (even "") read for this field
    bool recordStarted = false;
    const auto endField = [&]() -> bool {
        if (record.size() >= limits.maximumFieldsPerRecord)
            return false;
        record.append(field);
        field.clear();
        fieldStarted = false;
        return true;
    };
    const auto tooManyFields = [&] {
        return fail(line, column, QCoreApplication::translate("Annals::CsvReader", "A record has more than %1 fields.").arg(limits.maximumFieldsPerRecord));
    };
    const auto endRecord = [&]() -> bool {
        table.records.append(record);
        table.recordLines.append(recordLine);
        record.clear();
        recordStarted = false;
        return table.records.size() <= limits.maximumRecords;
    };
    const auto tooManyRecords = [&] {
        return fail(line, column, QCoreApplication::translate("Annals::CsvReader", "The file has more than %1 records.").arg(limits.maximumRecords));
    };

    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        const QChar c = text.at(i);
        if (!recordStarted) {
            recordStarted = true;
            recordLine = line;
        }
        if (c == u'"' && !fieldStarted) {
            // A quoted field: up to the quote that is not doubled.
            const int openLine = line;
            const int openColumn = column;
            ++i;
            ++column;
            bool closed = false;
            while (i < size) {
                const QChar q = text.at(i);
                if (q == u'"') {
                    if (i + 1 >= size || text.at(i + 1) != u'"') {
                        ++i;
                        ++column;
                        closed = true;
                        break;
                    }
                    field.append(u'"');
                    i += 2;
                    column += 2;
                } else if (q == u'\r' || q == u'\n') {
                    // A line break inside quotes is part of the field, kept as LF.
                    if (q == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                        ++i;
                    field.append(u'\n');
                    ++i;
                    ++line;
                    column = 1;
                } else {
                    field.append(q);
                    ++i;
                    ++column;
                }
                if (field.size() > limits.maximumFieldLength)
                    return fail(openLine, openColumn, QCoreApplication::translate("Annals::CsvReader", "A field is longer than %1 characters.").arg(limits.maximumFieldLength));
            }
            if (!closed)
                return fail(openLine, openColumn, QCoreApplication::translate("Annals::CsvReader", "The quote opened here is never closed."));
            fieldStarted = true;
            if (i < size) {
                const QChar next = text.at(i);
                if (next != separator && next != u'\r' && next != u'\n')
                    return fail(line, column, QCoreApplication::translate("Annals::CsvReader", "Text after a closing quote: a field in quotes must end at the quote."));
            }
            continue;
        }
        if (c == separator) {
            if (!endField())
                return tooManyFields();
            ++i;
            ++column;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (!endField())
                return tooManyFields();
            if (!endRecord())
                return tooManyRecords();
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            ++i;
            ++line;
            column = 1;
            continue;
        }
        if (c == u'"')
            return fail(line, column, QCoreApplication::translate("Annals::CsvReader", "A quote inside a field that does not start with one: put the field in quotes and double the quote (\"\")."));
        field.append(c);
        fieldStarted = true;
        if (field.size() > limits.maximumFieldLength)
            return fail(line, column, QCoreApplication::translate("Annals::CsvReader", "A field is longer than %1 characters.").arg(limits.maximumFieldLength));
        ++i;
        ++column;
    }
    if (recordStarted) {
        if (!endField())
            return tooManyFields();
        if (!endRecord())
            return tooManyRecords();
    }
    return table;
}

} // namespace Annals
