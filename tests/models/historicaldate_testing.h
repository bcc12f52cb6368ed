// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Readable QCOMPARE failures for the time model. QTest finds these toString()
// overloads by argument-dependent lookup, so they live in namespace Annals.

#include "historicaldate.h"

#include <QByteArray>
#include <QTest>

namespace Annals {

// Calendar readings and their seconds for test tables, written as people read
// dates (astronomical years: 0 is 1 BCE).
inline CivilDateTime civilAt(qint64 year, int month = 1, int day = 1, int hour = 0, int minute = 0, int second = 0)
{
    CivilDateTime civil;
    civil.year = year;
    civil.month = month;
    civil.day = day;
    civil.hour = hour;
    civil.minute = minute;
    civil.second = second;
    return civil;
}

inline qint64 secondsAt(qint64 year, int month = 1, int day = 1, int hour = 0, int minute = 0, int second = 0)
{
    return secondsFromCivil(civilAt(year, month, day, hour, minute, second));
}

inline char *toString(Precision precision)
{
    return qstrdup(precisionKey(precision).toUtf8().constData());
}

inline char *toString(const CivilDateTime &civil)
{
    const QByteArray text = QByteArray::number(civil.year) + '-' + QByteArray::number(civil.month)
        + '-' + QByteArray::number(civil.day) + ' ' + QByteArray::number(civil.hour) + ':'
        + QByteArray::number(civil.minute) + ':' + QByteArray::number(civil.second);
    return qstrdup(text.constData());
}

// Shows what a failing comparison needs: the display text, the exact second,
// the precision and the flags, e.g. "c. 1959 (-315619200 s, year, approximate)".
inline char *toString(const HistoricalDate &date)
{
    if (!date.isValid())
        return qstrdup("(invalid HistoricalDate)");
    QByteArray text = date.toDisplayString().toUtf8() + " (" + QByteArray::number(date.seconds())
        + " s, " + precisionKey(date.precision()).toUtf8();
    if (date.isApproximate())
        text += ", approximate";
    text += ')';
    return qstrdup(text.constData());
}

} // namespace Annals
