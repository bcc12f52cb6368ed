// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickplanner.h"

#include "calendarsteps.h"
#include "historicaldate.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace Annals {

namespace {

using CalendarSteps::deepAmount;
using CalendarSteps::floorDiv;
using CalendarSteps::monthName;
using CalendarSteps::secondsAt;
using CalendarSteps::yearText;

constexpr qint64 secondsPerMinute = 60;
constexpr qint64 secondsPerHour = 60 * secondsPerMinute;
constexpr qint64 secondsPerDay = 24 * secondsPerHour;
// Average Gregorian lengths, used only to estimate how dense a step is.
constexpr double secondsPerYear = 365.2425 * secondsPerDay;
constexpr double secondsPerMonth = secondsPerYear / 12.0;

enum class Unit : quint8 {
    Minute,
    Hour,
    Day,      // days of the month, restarting on each 1st
    Month,    // months of the year, restarting each January
    Year,     // calendar years, by the numbers people see in each era
    YearsAgo, // years before 1950, for deep time
};

struct Step {
    Unit unit;
    qint64 count;
};

// The one table both tiers are chosen from, fine to coarse.
constexpr std::array steps = {
    Step{Unit::Minute, 1},
    Step{Unit::Minute, 5},
    Step{Unit::Minute, 10},
    Step{Unit::Minute, 15},
    Step{Unit::Minute, 30},
    Step{Unit::Hour, 1},
    Step{Unit::Hour, 3},
    Step{Unit::Hour, 6},
    Step{Unit::Hour, 12},
    Step{Unit::Day, 1},
    Step{Unit::Day, 2},
    Step{Unit::Day, 7},
    Step{Unit::Month, 1},
    Step{Unit::Month, 3},
    Step{Unit::Month, 6},
    Step{Unit::Year, 1},
    Step{Unit::Year, 2},
    Step{Unit::Year, 5},
    Step{Unit::Year, 10},
    Step{Unit::Year, 20},
    Step{Unit::Year, 25},
    Step{Unit::Year, 50},
    Step{Unit::Year, 100},
    Step{Unit::Year, 200},
    Step{Unit::Year, 500},
    Step{Unit::Year, 1'000},
    Step{Unit::Year, 2'000},
    Step{Unit::Year, 5'000},
    Step{Unit::YearsAgo, 10'000},
    Step{Unit::YearsAgo, 20'000},
    Step{Unit::YearsAgo, 50'000},
    Step{Unit::YearsAgo, 100'000},
    Step{Unit::YearsAgo, 200'000},
    Step{Unit::YearsAgo, 500'000},
    Step{Unit::YearsAgo, 1'000'000},
    Step{Unit::YearsAgo, 2'000'000},
    Step{Unit::YearsAgo, 5'000'000},
    Step{Unit::YearsAgo, 10'000'000},
    Step{Unit::YearsAgo, 20'000'000},
    Step{Unit::YearsAgo, 50'000'000},
    Step{Unit::YearsAgo, 100'000'000},
    Step{Unit::YearsAgo, 200'000'000},
    Step{Unit::YearsAgo, 500'000'000},
    Step{Unit::YearsAgo, 1'000'000'000},
    Step{Unit::YearsAgo, 2'000'000'000},
    Step{Unit::YearsAgo, 5'000'000'000},
    Step{Unit::YearsAgo, 10'000'000'000},
};

constexpr std::size_t indexOf(Unit unit, qint64 count)
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].unit == unit && steps[i].count == count)
            return i;
    }
    return steps.size();
}

double nominalSeconds(const Step &step)
{
    const auto count = static_cast<double>(step.count);
    switch (step.unit) {
    case Unit::Minute:
        return count * secondsPerMinute;
    case Unit::Hour:
        return count * secondsPerHour;
    case Unit::Day:
        return count * secondsPerDay;
    case Unit::Month:
        return count * secondsPerMonth;
    case Unit::Year:
    case Unit::YearsAgo:
        return count * secondsPerYear;
    }
    return 0.0;
}

// The calendar unit a step counts, or none for minutes and hours: those are
// fixed lengths of time, and every step of them divides a day, so multiples
// of it since 1970 fall on the same times of day every day.
std::optional<CalendarSteps::Unit> calendarUnit(Unit unit)
{
    switch (unit) {
    case Unit::Minute:
    case Unit::Hour:
        return std::nullopt;
    case Unit::Day:
        return CalendarSteps::Unit::Day;
    case Unit::Month:
        return CalendarSteps::Unit::Month;
    case Unit::Year:
        return CalendarSteps::Unit::Year;
    case Unit::YearsAgo:
        return CalendarSteps::Unit::YearsAgo;
    }
    return std::nullopt;
}

qint64 clockStepSeconds(const Step &step)
{
    return step.count * (step.unit == Unit::Minute ? secondsPerMinute : secondsPerHour);
}

// The last tick at or before t.
qint64 floorTick(const Step &step, qint64 t)
{
    if (const auto unit = calendarUnit(step.unit))
        return CalendarSteps::stepHolding(*unit, step.count, t);
    const qint64 size = clockStepSeconds(step);
    return floorDiv(t, size) * size;
}

// The tick after `tick`, which must itself be a tick of this step.
qint64 nextTick(const Step &step, qint64 tick)
{
    if (const auto unit = calendarUnit(step.unit))
        return CalendarSteps::stepAfter(*unit, step.count, tick);
    return tick + clockStepSeconds(step);
}

QString translated(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("Annals::TickPlanner", text, disambiguation);
}

// "12 ka", "65 Ma", "3.5 Ga", "1.23001 Ga": years before 1950 in the largest
// unit that keeps the number at least 1, with the decimals the value needs.
QString yearsAgoText(qint64 yearsAgo)
{
    struct DeepUnit {
        qint64 years;
        const char *format;
    };
    // Ga, Ma, ka: billions, millions, thousands of years before 1950.
    static constexpr std::array<DeepUnit, 3> units = {
        DeepUnit{1'000'000'000, QT_TRANSLATE_NOOP("Annals::TickPlanner", "%1 Ga")},
        DeepUnit{1'000'000, QT_TRANSLATE_NOOP("Annals::TickPlanner", "%1 Ma")},
        DeepUnit{1'000, QT_TRANSLATE_NOOP("Annals::TickPlanner", "%1 ka")},
    };
    const auto unit = std::find_if(units.begin(), units.end() - 1,
                                   [yearsAgo](const DeepUnit &u) { return yearsAgo >= u.years; });
    return translated(unit->format).arg(deepAmount(yearsAgo, unit->years));
}

// Minor labels name a tick within its context ("Oct", "1"); major labels are
// the context itself, so they carry everything above ("Oct 1959").
enum class Style : quint8 { Minor, Context };

QString labelText(const Step &step, qint64 tick, Style style, bool markCommonEra)
{
    const CivilDateTime civil = civilFromSeconds(tick);
    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour:
        return QStringLiteral("%1:%2")
            .arg(civil.hour, 2, 10, QLatin1Char('0'))
            .arg(civil.minute, 2, 10, QLatin1Char('0'));
    case Unit::Day:
        if (style == Style::Context) {
            return translated("%1 %2 %3", "day, month abbreviation, year")
                .arg(QString::number(civil.day), monthName(civil.month),
                     yearText(civil.year, markCommonEra));
        }
        return QString::number(civil.day);
    case Unit::Month:
        if (style == Style::Context) {
            return translated("%1 %2", "month abbreviation, year")
                .arg(monthName(civil.month), yearText(civil.year, markCommonEra));
        }
        return monthName(civil.month);
    case Unit::Year:
        return yearText(civil.year, markCommonEra);
    case Unit::YearsAgo: {
        const qint64 yearsAgo = presentYearForYearsAgo - civil.year;
        return yearsAgo > 0 ? yearsAgoText(yearsAgo) : yearText(civil.year, markCommonEra);
    }
    }
    return QString();
}

QString unitName(const Step &step)
{
    const QString count = QString::number(step.count);
    switch (step.unit) {
    case Unit::Minute:
        return step.count == 1 ? translated("minute") : translated("%1 minutes").arg(count);
    case Unit::Hour:
        return step.count == 1 ? translated("hour") : translated("%1 hours").arg(count);
    case Unit::Day:
        if (step.count == 7)
            return translated("week");
        return step.count == 1 ? translated("day") : translated("%1 days").arg(count);
    case Unit::Month:
        return step.count == 1 ? translated("month") : translated("%1 months").arg(count);
    case Unit::Year:
    case Unit::YearsAgo:
        if (step.count >= 1'000'000'000) {
            return translated("%1 billion years")
                .arg(QString::number(step.count / 1'000'000'000));
        }
        if (step.count >= 1'000'000)
            return translated("%1 million years").arg(QString::number(step.count / 1'000'000));
        if (step.count >= 10'000)
            return translated("%1 thousand years").arg(QString::number(step.count / 1'000));
        return step.count == 1 ? translated("year") : translated("%1 years").arg(count);
    }
    return QString();
}

// Where the search for the major tier starts: one level of context above the
// minor step, or nothing above the coarsest steps.
std::optional<std::size_t> contextIndex(std::size_t minorIndex)
{
    const Step &minor = steps.at(minorIndex);
    switch (minor.unit) {
    case Unit::Minute:
    case Unit::Hour:
        return indexOf(Unit::Day, 1);
    case Unit::Day:
        return indexOf(Unit::Month, 1);
    case Unit::Month:
        return indexOf(Unit::Year, 1);
    case Unit::Year:
    case Unit::YearsAgo:
        for (std::size_t i = minorIndex + 1; i < steps.size(); ++i) {
            if (steps[i].count >= 10 * minor.count)
                return i;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

struct Tier {
    QList<double> ticks;
    QList<TickLabel> labels;
};

// What planning one tier needs to know besides its step.
struct Context {
    const TimeScale &scale;
    const TickPlanner::TextWidth &textWidth;
    double gap;
    double densityLimit; // the closest average tick spacing worth trying, in px
    bool markCommonEra;

    double measure(const QString &text) const
    {
        const double width = textWidth ? textWidth(text) : 0.0;
        return width > 0.0 ? width : 0.0; // negative and NaN measure nothing
    }

    bool sparseEnough(const Step &step) const
    {
        return nominalSeconds(step) / scale.secondsPerPixel() >= densityLimit;
    }
};

enum class Fit : quint8 {
    Strict, // every label in view needs room before the next tick, or no tier
    Greedy, // labels left to right, skipping any that would overlap
};

// The ticks of one step across the view and the labels that fit. Costs
// O(ticks), and the tick count is bounded by the view's width: steps denser
// than densityLimit pixels are never planned.
std::optional<Tier> planTier(const Context &context, const Step &step, Style style, Fit fit)
{
    const TimeScale &scale = context.scale;
    const double width = scale.width();
    // Average spacing >= densityLimit, and no step is shorter than half its
    // average (the 1 CE -> 2 CE case), so a step that passed sparseEnough()
    // never gets here; the cap keeps any other from costing O(years).
    const qsizetype maxTicks = static_cast<qsizetype>(width / context.densityLimit) * 2 + 8;

    // From the tick at or before the left edge to the first one past the right.
    QList<qint64> times;
    for (qint64 t = floorTick(step, scale.start());; t = nextTick(step, t)) {
        times.append(t);
        if (scale.xForTime(t) > width)
            break;
        if (times.size() > maxTicks) {
            if (fit == Fit::Strict)
                return std::nullopt;
            break;
        }
    }

    Tier tier;
    double lastLabelEnd = -std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < times.size(); ++i) {
        const double x = scale.xForTime(times[i]);
        if (x < 0.0 || x > width)
            continue;
        tier.ticks.append(x);
        const QString text = labelText(step, times[i], style, context.markCommonEra);
        const double textWidth = context.measure(text);
        if (fit == Fit::Strict) {
            // Also towards a next tick outside the view, so that the step
            // does not change as that tick scrolls in.
            if (i + 1 < times.size()
                && scale.xForTime(times[i + 1]) - x < textWidth + context.gap) {
                return std::nullopt;
            }
        } else if (x < lastLabelEnd + context.gap) {
            continue;
        }
        if (x + textWidth <= width) {
            tier.labels.append({times[i], x, text});
            lastLabelEnd = x + textWidth;
        }
    }

    // A major label naming a whole day, month or year that began left of the
    // view stays on screen at x = 0, so that the context is always there.
    const bool namesWholePeriod = step.count == 1
        && (step.unit == Unit::Day || step.unit == Unit::Month || step.unit == Unit::Year);
    if (style == Style::Context && namesWholePeriod && scale.xForTime(times.first()) < 0.0) {
        const QString text = labelText(step, times.first(), style, context.markCommonEra);
        const double textWidth = context.measure(text);
        if (textWidth <= width
            && (tier.labels.isEmpty() || tier.labels.first().x >= textWidth + context.gap)) {
            tier.labels.prepend({times.first(), 0.0, text});
        }
    }
    return tier;
}

// In a view only a few labels wide, the chosen step may leave no label whole
// inside it (its one tick too near the right edge, say). Then the first tick
// in view (or, without one, the tick before the left edge) is named anyway,
// its text moved left just enough to fit: one label is better than none.
void labelSomething(const Context &context, const Step &step, Tier &tier)
{
    const TimeScale &scale = context.scale;
    const double width = scale.width();
    qint64 time = floorTick(step, scale.start());
    if (scale.xForTime(time) < 0.0) {
        if (const qint64 next = nextTick(step, time); scale.xForTime(next) <= width)
            time = next;
    }
    const QString text = labelText(step, time, Style::Minor, context.markCommonEra);
    const double textWidth = context.measure(text);
    if (textWidth <= width)
        tier.labels.append({time, std::clamp(scale.xForTime(time), 0.0, width - textWidth), text});
}

} // namespace

TickPlan TickPlanner::plan(const TimeScale &scale, const TextWidth &textWidth, double minimumGap)
{
    const double gap = minimumGap > 0.0 ? minimumGap : 0.0; // NaN too
    const Context context{scale, textWidth, gap, std::max(gap, 1.0),
                          scale.start() < secondsAt(1)};

    // The minor tier: the finest step whose labels fit.
    std::optional<Tier> minor;
    std::size_t minorIndex = steps.size();
    for (std::size_t i = 0; i < steps.size() && !minor; ++i) {
        if (!context.sparseEnough(steps[i]))
            continue;
        if (minorIndex == steps.size())
            minorIndex = i; // the finest step worth trying, for the fallback
        if ((minor = planTier(context, steps[i], Style::Minor, Fit::Strict)))
            minorIndex = i;
    }
    if (!minor) {
        minorIndex = std::min(minorIndex, steps.size() - 1);
        minor = planTier(context, steps.at(minorIndex), Style::Minor, Fit::Greedy);
    }
    if (minor->labels.isEmpty())
        labelSomething(context, steps.at(minorIndex), *minor);

    TickPlan plan;
    plan.minorTicks = minor->ticks;
    plan.minorLabels = minor->labels;
    plan.unitName = unitName(steps.at(minorIndex));

    // The major tier: the first step from one level up whose labels fit.
    if (const auto first = contextIndex(minorIndex)) {
        for (std::size_t i = *first; i < steps.size(); ++i) {
            if (!context.sparseEnough(steps[i]))
                continue;
            if (const auto major = planTier(context, steps[i], Style::Context, Fit::Strict)) {
                plan.majorTicks = major->ticks;
                plan.majorLabels = major->labels;
                break;
            }
        }
    }
    return plan;
}

} // namespace Annals
