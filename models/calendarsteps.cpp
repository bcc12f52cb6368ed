// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarsteps.h"

#include "historicaldate.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cstdlib>

namespace Annals::CalendarSteps {

namespace {

QString translated(const char *text, const char *disambiguation)
{
    return QCoreApplication::translate("Annals::CalendarSteps", text, disambiguation);
}

qint64 monthStart(qint64 monthIndex) // months since January of year 0
{
    const qint64 year = floorDiv(monthIndex, 12);
    return secondsAt(year, static_cast<int>(monthIndex - year * 12) + 1);
}

qint64 monthIndex(const CivilDateTime &civil)
{
    return civil.year * 12 + civil.month - 1;
}

qint64 monthStepHolding(const CivilDateTime &civil, qint64 count)
{
    return monthStart(floorDiv(monthIndex(civil), count) * count);
}

qint64 monthStepAfter(const CivilDateTime &stepStart, qint64 count)
{
    return monthStart(monthIndex(stepStart) + count);
}

bool dayStartsStep(qint64 count, int day, int daysInThisMonth)
{
    return (day - 1) % count == 0 && day + count - 1 <= daysInThisMonth;
}

qint64 dayStepHolding(const CivilDateTime &civil, qint64 count)
{
    const int length = daysInMonth(civil.year, civil.month);
    int day = civil.day;
    while (day > 1 && !dayStartsStep(count, day, length))
        --day;
    return secondsAt(civil.year, civil.month, day);
}

qint64 dayStepAfter(const CivilDateTime &stepStart, qint64 count)
{
    const int length = daysInMonth(stepStart.year, stepStart.month);
    for (int day = stepStart.day + 1; day <= length; ++day) {
        if (dayStartsStep(count, day, length))
            return secondsAt(stepStart.year, stepStart.month, day);
    }
    return monthStepAfter(stepStart, 1);
}

qint64 yearStepHolding(qint64 year, qint64 count)
{
    if (year >= 1)
        return secondsAt(std::max<qint64>(year / count * count, 1));
    return secondsAt(1 - ceilDiv(1 - year, count) * count);
}

qint64 yearStepAfter(qint64 stepStartYear, qint64 count)
{
    if (stepStartYear >= 1)
        return secondsAt((stepStartYear / count + 1) * count);
    const qint64 shownNext = (1 - stepStartYear) - count;
    return secondsAt(shownNext >= 1 ? 1 - shownNext : 1);
}

qint64 yearsAgoStepHolding(qint64 year, qint64 count)
{
    return secondsAt(presentYearForYearsAgo - ceilDiv(presentYearForYearsAgo - year, count) * count);
}

qint64 yearsAgoStepAfter(qint64 stepStartYear, qint64 count)
{
    return secondsAt(stepStartYear + count);
}

} // namespace

qint64 secondsAt(qint64 year, int month, int day)
{
    CivilDateTime civil;
    civil.year = year;
    civil.month = month;
    civil.day = day;
    return secondsFromCivil(civil);
}

qint64 stepHolding(Unit unit, qint64 count, qint64 t)
{
    const CivilDateTime civil = civilFromSeconds(t);
    switch (unit) {
    case Unit::Day:
        return dayStepHolding(civil, count);
    case Unit::Month:
        return monthStepHolding(civil, count);
    case Unit::Year:
        return yearStepHolding(civil.year, count);
    case Unit::YearsAgo:
        return yearsAgoStepHolding(civil.year, count);
    }
    return t;
}

qint64 stepAfter(Unit unit, qint64 count, qint64 stepStart)
{
    const CivilDateTime civil = civilFromSeconds(stepStart);
    switch (unit) {
    case Unit::Day:
        return dayStepAfter(civil, count);
    case Unit::Month:
        return monthStepAfter(civil, count);
    case Unit::Year:
        return yearStepAfter(civil.year, count);
    case Unit::YearsAgo:
        return yearsAgoStepAfter(civil.year, count);
    }
    return stepStart;
}

QString monthName(int month)
{
    return QLocale().standaloneMonthName(month, QLocale::ShortFormat);
}

QString shownYear(qint64 year)
{
    const qint64 shown = year < 1 ? 1 - year : year;
    return shown >= 10'000 ? QLocale().toString(shown) : QString::number(shown);
}

QString yearText(qint64 year, bool markCommonEra)
{
    const QString number = shownYear(year);
    if (year < 1)
        return translated("%1 BCE", "year before the common era").arg(number);
    if (markCommonEra)
        return translated("%1 CE", "year of the common era").arg(number);
    return number;
}

QString deepAmount(qint64 yearsAgo, qint64 unitYears)
{
    QString amount = QString::number(yearsAgo / unitYears);
    if (const qint64 fraction = std::abs(yearsAgo % unitYears); fraction != 0) {
        int digits = 0;
        for (qint64 u = unitYears; u > 1; u /= 10)
            ++digits;
        QString decimals = QStringLiteral("%1").arg(fraction, digits, 10, QLatin1Char('0'));
        while (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        amount += QLatin1Char('.') + decimals;
    }
    return amount;
}

} // namespace Annals::CalendarSteps
