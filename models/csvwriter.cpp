// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

namespace Annals {

CsvWriter::CsvWriter(QChar delimiter)
    : m_delimiter(delimiter)
    , m_bytes("\xEF\xBB\xBF")
{
}

QString CsvWriter::field(const QString &text, QChar delimiter)
{
    const bool needsQuotes = text.contains(delimiter) || text.contains(u'"') || text.contains(u'\r')
        || text.contains(u'\n');
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    QString line;
    if (fields.size() == 1 && fields.constFirst().isEmpty()) {
        // An empty line would be read as no record at the end of the file.
        line = QStringLiteral("\"\"");
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += m_delimiter;
            line += field(fields.at(i), m_delimiter);
        }
    }
    line += QLatin1String("\r\n");
    m_bytes += line.toUtf8();
}

} // namespace Annals
