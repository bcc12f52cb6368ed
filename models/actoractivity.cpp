// SPDX-License-Identifier: GPL-3.0-or-later
#include "actoractivity.h"

#include "calendarsteps.h"
#include "historicaldate.h"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>

namespace Annals {

namespace {

using CalendarSteps::deepAmount;
using CalendarSteps::monthName;
using CalendarSteps::secondsAt;
using CalendarSteps::shownYear;
using CalendarSteps::yearText;

constexpr qint64 secondsPerDay = 86'400;

enum class Unit : quint8 {
    Day,
    Week,     // the timeline's weeks: seven-day steps (1st, 8th, 15th, 22nd of each month)
    Month,    // `count` months, from January
    Decade,   // HistoricalDate's decades: "1950s", "440s BCE" (449..440 BCE)
    Century,  // HistoricalDate's centuries: "20th century" is 1901..2000
    Years,    // `count` years on numbers people see as multiples of it, in each era
    YearsAgo, // `count` years before 1950, for deep time
};

struct Step {
    Unit unit;
    qint64 count;
    // The longest a period of this step can be, so that a window can be
    // ruled out without walking through its periods.
    qint64 longestSeconds;
};

constexpr qint64 longestYear = 366 * secondsPerDay;

// The ladder, fine to coarse.
constexpr std::array ladder = {
    Step{Unit::Day, 1, secondsPerDay},
    Step{Unit::Week, 7, 10 * secondsPerDay},
    Step{Unit::Month, 1, 31 * secondsPerDay},
    Step{Unit::Month, 3, 92 * secondsPerDay},
    Step{Unit::Years, 1, longestYear},
    Step{Unit::Years, 5, 5 * longestYear},
    Step{Unit::Decade, 10, 10 * longestYear},
    Step{Unit::Years, 25, 25 * longestYear},
    Step{Unit::Century, 100, 100 * longestYear},
    Step{Unit::Years, 200, 200 * longestYear},
    Step{Unit::Years, 500, 500 * longestYear},
    Step{Unit::Years, 1'000, 1'000 * longestYear},
    Step{Unit::Years, 2'000, 2'000 * longestYear},
    Step{Unit::Years, 5'000, 5'000 * longestYear},
    Step{Unit::YearsAgo, 10'000, 10'000 * longestYear},
    Step{Unit::YearsAgo, 20'000, 20'000 * longestYear},
    Step{Unit::YearsAgo, 50'000, 50'000 * longestYear},
    Step{Unit::YearsAgo, 100'000, 100'000 * longestYear},
    Step{Unit::YearsAgo, 200'000, 200'000 * longestYear},
    Step{Unit::YearsAgo, 500'000, 500'000 * longestYear},
    Step{Unit::YearsAgo, 1'000'000, 1'000'000 * longestYear},
    Step{Unit::YearsAgo, 2'000'000, 2'000'000 * longestYear},
    Step{Unit::YearsAgo, 5'000'000, 5'000'000 * longestYear},
    Step{Unit::YearsAgo, 10'000'000, 10'000'000 * longestYear},
    Step{Unit::YearsAgo, 20'000'000, 20'000'000 * longestYear},
    Step{Unit::YearsAgo, 50'000'000, 50'000'000 * longestYear},
    Step{Unit::YearsAgo, 100'000'000, 100'000'000 * longestYear},
    Step{Unit::YearsAgo, 200'000'000, 200'000'000 * longestYear},
    Step{Unit::YearsAgo, 500'000'000, 500'000'000 * longestYear},
    Step{Unit::YearsAgo, 1'000'000'000, 1'000'000'000 * longestYear},
    Step{Unit::YearsAgo, 2'000'000'000, 2'000'000'000 * longestYear},
    Step{Unit::YearsAgo, 5'000'000'000, 5'000'000'000 * longestYear},
    Step{Unit::YearsAgo, 10'000'000'000, 10'000'000'000 * longestYear},
};

// Decades and centuries are HistoricalDate's own periods; every other unit
// is a calendar step, cut as the timeline's ticks are.
std::optional<Precision> historicalPrecision(Unit unit)
{
    if (unit == Unit::Decade)
        return Precision::Decade;
    if (unit == Unit::Century)
        return Precision::Century;
    return std::nullopt;
}

CalendarSteps::Unit calendarUnit(Unit unit)
{
    if (unit == Unit::Month)
        return CalendarSteps::Unit::Month;
    if (unit == Unit::Years)
        return CalendarSteps::Unit::Year;
    if (unit == Unit::YearsAgo)
        return CalendarSteps::Unit::YearsAgo;
    return CalendarSteps::Unit::Day; // days, and weeks of seven of them
}

// The start of the period holding t.
qint64 periodStart(const Step &step, qint64 t)
{
    if (const auto precision = historicalPrecision(step.unit))
        return HistoricalDate(t, *precision).seconds();
    return CalendarSteps::stepHolding(calendarUnit(step.unit), step.count, t);
}

// The start of the next period, given the start of one.
qint64 periodEnd(const Step &step, qint64 start)
{
    if (const auto precision = historicalPrecision(step.unit))
        return HistoricalDate(start, *precision).periodEnd();
    return CalendarSteps::stepAfter(calendarUnit(step.unit), step.count, start);
}

QString translated(const char *text, const char *disambiguation = nullptr)
{
    return ActorActivity::tr(text, disambiguation);
}

// "1955–1959", "10–6 BCE": the first and last year a period holds, in one
// era (a period never crosses the era boundary: 1 CE always starts one).
QString yearRangeText(qint64 firstYear, qint64 lastYear, bool markCommonEra)
{
    if (firstYear < 1) {
        return translated("%1–%2 BCE", "range of years before the common era")
            .arg(shownYear(firstYear), shownYear(lastYear));
    }
    if (markCommonEra)
        return translated("%1–%2 CE", "range of years of the common era").arg(shownYear(firstYear), shownYear(lastYear));
    return translated("%1–%2", "range of years").arg(shownYear(firstYear), shownYear(lastYear));
}

// "70–60 Ma", "3.5–3 Ga", "10–0 ka": the period's edges in years before
// 1950, in the largest unit that keeps its older edge at least 1, as the
// timeline's deep-time ticks read.
QString deepRangeText(qint64 olderYearsAgo, qint64 youngerYearsAgo)
{
    if (olderYearsAgo >= 1'000'000'000) {
        return translated("%1–%2 Ga", "billions of years before 1950")
            .arg(deepAmount(olderYearsAgo, 1'000'000'000), deepAmount(youngerYearsAgo, 1'000'000'000));
    }
    if (olderYearsAgo >= 1'000'000) {
        return translated("%1–%2 Ma", "millions of years before 1950")
            .arg(deepAmount(olderYearsAgo, 1'000'000), deepAmount(youngerYearsAgo, 1'000'000));
    }
    return translated("%1–%2 ka", "thousands of years before 1950")
        .arg(deepAmount(olderYearsAgo, 1'000), deepAmount(youngerYearsAgo, 1'000));
}

QString label(const Step &step, qint64 start, qint64 end, bool markCommonEra)
{
    const CivilDateTime first = civilFromSeconds(start);
    const CivilDateTime last = civilFromSeconds(end - 1);
    switch (step.unit) {
    case Unit::Day:
        return translated("%1 %2 %3", "day, month abbreviation, year")
            .arg(QString::number(first.day), monthName(first.month), yearText(first.year, markCommonEra));
    case Unit::Week:
        return translated("%1–%2 %3 %4", "first day, last day, month abbreviation, year")
            .arg(QString::number(first.day), QString::number(last.day), monthName(first.month),
                 yearText(first.year, markCommonEra));
    case Unit::Month:
        if (step.count == 1) {
            return translated("%1 %2", "month abbreviation, year")
                .arg(monthName(first.month), yearText(first.year, markCommonEra));
        }
        return translated("%1–%2 %3", "first month, last month, year")
            .arg(monthName(first.month), monthName(last.month), yearText(first.year, markCommonEra));
    case Unit::Decade:
        return HistoricalDate(start, Precision::Decade).toDisplayString();
    case Unit::Century:
        return HistoricalDate(start, Precision::Century).toDisplayString();
    case Unit::Years:
        if (first.year == last.year)
            return yearText(first.year, markCommonEra);
        return yearRangeText(first.year, last.year, markCommonEra);
    case Unit::YearsAgo: {
        const qint64 older = presentYearForYearsAgo - first.year;
        const qint64 younger = presentYearForYearsAgo - civilFromSeconds(end).year;
        if (older <= 0) // after 1950, counted forward as calendar years
            return yearRangeText(first.year, last.year, markCommonEra);
        return deepRangeText(older, younger);
    }
    }
    return QString();
}

// How many periods of `step` cover [from, to), counting no further than
// `limit` + 1.
int periodCount(const Step &step, qint64 from, qint64 to, int limit)
{
    int count = 0;
    for (qint64 start = periodStart(step, from); start < to && count <= limit; start = periodEnd(step, start))
        ++count;
    return count;
}

} // namespace

ActorActivity::ActorActivity(const EventIndex *index, ItemId actorId)
    : m_index(index)
    , m_actorId(actorId)
{
    // The index keeps actor ids in 32 bits: a larger id is no actor of it.
    if (!index || actorId <= 0 || ItemId(quint32(actorId)) != actorId)
        return;
    const std::vector<quint32> &offsets = index->actorOffsets();
    const std::vector<quint32> &actors = index->actorIds();
    for (qsizetype row = 0; row < index->size(); ++row) {
        const auto begin = actors.begin() + offsets[std::size_t(row)];
        const auto end = actors.begin() + offsets[std::size_t(row) + 1];
        if (std::find(begin, end, quint32(actorId)) != end)
            m_rows.push_back(quint32(row));
    }
}

std::vector<ActivityPeriod> ActorActivity::periods(qint64 from, qint64 to, int maxPeriods) const
{
    std::vector<ActivityPeriod> result;
    // Only dates a HistoricalDate can hold have a calendar to cut by.
    from = std::max(from, secondsAt(earliestYear));
    to = std::min(to, secondsAt(latestYear + 1));
    if (to <= from || maxPeriods < 1)
        return result;

    // The finest step that fits.
    const Step *chosen = nullptr;
    for (const Step &step : ladder) {
        // Periods are never longer than longestSeconds, so a window longer
        // than maxPeriods + 1 of them needs more than maxPeriods.
        if ((to - from) / step.longestSeconds > qint64(maxPeriods) + 1)
            continue;
        if (periodCount(step, from, to, maxPeriods) <= maxPeriods) {
            chosen = &step;
            break;
        }
    }
    // None fits only with maxPeriods 1 and a window across 1 CE or 1950,
    // which every long step has as a boundary: then the fewest periods, two,
    // from the finest step that gives them (coarse first, so that each count
    // stops early).
    if (!chosen) {
        int fewest = std::numeric_limits<int>::max();
        for (auto step = ladder.rbegin(); step != ladder.rend(); ++step) {
            if (const int count = periodCount(*step, from, to, fewest); count <= fewest) {
                fewest = count;
                chosen = &*step;
            }
        }
    }

    const bool markCommonEra = from < secondsAt(1);
    static const std::vector<qint64> noStarts;
    const std::vector<qint64> &starts = m_index ? m_index->starts() : noStarts;
    auto row = std::lower_bound(m_rows.begin(), m_rows.end(), from,
                                [&starts](quint32 r, qint64 t) { return starts[r] < t; });
    for (qint64 start = periodStart(*chosen, from); start < to;) {
        ActivityPeriod period;
        period.start = start;
        period.end = periodEnd(*chosen, start);
        const qint64 countUntil = std::min(period.end, to);
        while (row != m_rows.end() && starts[*row] < countUntil) {
            ++period.count;
            ++row;
        }
        period.label = label(*chosen, period.start, period.end, markCommonEra);
        start = period.end;
        result.push_back(std::move(period));
    }
    return result;
}

} // namespace Annals
