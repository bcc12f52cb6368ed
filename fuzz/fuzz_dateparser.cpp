// SPDX-License-Identifier: GPL-3.0-or-later
// DateParser::parse on any text, and what it promises of what it accepts:
// the date's display string reads back as the same date, and the date is a
// period that ends after it starts. What it rejects gets a message.
#include "historicaldate.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Annals;

namespace {

QString describe(const HistoricalDate &date)
{
    if (!date.isValid())
        return QStringLiteral("invalid");
    return QStringLiteral("%1 s, %2%3")
        .arg(date.seconds())
        .arg(precisionKey(date.precision()), date.isApproximate() ? QStringLiteral(", approximate") : QString());
}

// Aborts, so that libFuzzer saves the input as a crash and the replay test fails.
[[noreturn]] void broken(const char *property, const QString &input, const QString &detail)
{
    std::fprintf(stderr, "DateParser: %s\n  input:  \"%s\"\n  detail: %s\n", property,
                 qUtf8Printable(input), qUtf8Printable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const DateParseResult result = DateParser::parse(text);
    if (!result.ok()) {
        if (result.error.isEmpty())
            broken("rejected without a message", text, QString());
        if (result.error.contains(QChar(0)))
            broken("a message holds a NUL", text, result.error);
        return 0;
    }
    if (!result.error.isEmpty())
        broken("accepted with a message", text, result.error);

    const HistoricalDate &date = result.date;
    if (date.periodEnd() <= date.seconds())
        broken("the period ends before it starts", text, describe(date));

    const QString shown = date.toEnglishString();
    if (shown.isEmpty())
        broken("a valid date has no display string", text, describe(date));
    const DateParseResult again = DateParser::parse(shown);
    if (!again.ok())
        broken("the display string is rejected", text, shown + QStringLiteral(" -> ") + again.error);
    if (!(again.date == date)) {
        broken("the display string reads back as another date", text,
               shown + QStringLiteral(" (") + describe(date) + QStringLiteral(") -> ")
                   + again.date.toEnglishString() + QStringLiteral(" (") + describe(again.date)
                   + QStringLiteral(")"));
    }
    return 0;
}
