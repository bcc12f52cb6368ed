// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// Calendar steps shared by the timeline's axis (TickPlanner) and the actor
// activity bars (ActorActivity). A bar must start exactly where the axis puts
// a tick and name its years as the axis does, so both cut the calendar with
// these functions rather than each with its own copy.
namespace Annals::CalendarSteps {

// Integer division rounding towards negative infinity (C++ truncates).
constexpr qint64 floorDiv(qint64 numerator, qint64 denominator)
{
    const qint64 quotient = numerator / denominator;
    return (quotient * denominator != numerator && ((numerator < 0) != (denominator < 0)))
        ? quotient - 1
        : quotient;
}

constexpr qint64 ceilDiv(qint64 numerator, qint64 denominator)
{
    return -floorDiv(-numerator, denominator);
}

// Midnight at the start of a day.
qint64 secondsAt(qint64 year, int month = 1, int day = 1);

// What a step of `count` units counts, and where its steps start.
enum class Unit : quint8 {
    // Days of the month, restarting on each 1st. Day d starts a step when
    // d - 1 is a multiple of `count` and the whole step fits before the month
    // ends, so the month's last step runs on to the next 1st: weeks start on
    // the 1st, 8th, 15th and 22nd, and two-day steps skip the 31st (and the
    // 29th of a leap February). No step is ever shorter than `count` days.
    Day,
    // Months, counted from January of year 0.
    Month,
    // Calendar years whose shown number is a multiple of `count` in either
    // era, and 1 CE (there is no year 0 to start a step on). Astronomical
    // year y <= 0 is shown as 1 - y BCE.
    Year,
    // Multiples of `count` years before 1950, for deep time.
    YearsAgo,
};

// The first second of the step that holds t.
qint64 stepHolding(Unit unit, qint64 count, qint64 t);
// The first second of the step after the one that starts at stepStart.
qint64 stepAfter(Unit unit, qint64 count, qint64 stepStart);

// "Oct": the locale's short standalone month name.
QString monthName(int month);

// The number people see for an astronomical year, without its era: "1959",
// "44" for 44 BCE, "12,000" (grouping only from five digits on, so that 1959
// never reads "1,959").
QString shownYear(qint64 year);

// "1959", "44 BCE", "10 CE" when the era must be said, "12,000 BCE". Year 0
// cannot come out: astronomical 0 is 1 BCE.
QString yearText(qint64 year, bool markCommonEra);

// A count of years before 1950 in a deep-time unit (1,000, 1,000,000 or
// 1,000,000,000 years), with the decimals it needs: "3.5", "1.23001", "65".
QString deepAmount(qint64 yearsAgo, qint64 unitYears);

} // namespace Annals::CalendarSteps
