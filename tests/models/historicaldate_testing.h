// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Readable QCOMPARE failures for the time model. QTest finds these toString()
// overloads by argument-dependent lookup, so they live in namespace Annals.

#include "historicaldate.h"

#include <QByteArray>
#include <QTest>

namespace Annals {

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
