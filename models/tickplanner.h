// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timescale.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <functional>

namespace Annals {

// One label on the axis. `time` is the tick it names (the first second of the
// period it labels); `x` is where the text starts, in view pixels. The text
// runs to the right of x, into the period it names.
struct TickLabel {
    qint64 time = 0;
    double x = 0.0;
    QString text;

    friend bool operator==(const TickLabel &, const TickLabel &) = default;
};

// What to draw on a time axis: tick positions (x in view pixels, strictly
// increasing, all within [0, width]) and labels for two tiers. Major ticks
// fall on period boundaries of a coarser unit and are usually minor ticks too;
// a painter draws them longer. Either list of labels may be shorter than its
// ticks: a label is left out rather than overlap another or leave the view.
struct TickPlan {
    QList<double> minorTicks;
    QList<TickLabel> minorLabels;
    QList<double> majorTicks;
    QList<TickLabel> majorLabels;
    // One minor step in words: "5 minutes", "hour", "week", "3 months",
    // "2 years", "500 million years" (for a status bar or a tooltip).
    QString unitName;
};

// Plans the ticks and labels of a time axis from a TimeScale and a function
// that measures text, so that the layout is testable without a window.
//
// Tiers. One table of steps, from fine to coarse: minutes 1, 5, 10, 15, 30;
// hours 1, 3, 6, 12; days 1, 2, 7; months 1, 3, 6; years 1, 2, 5, 10, 20, 25,
// 50, 100, 200, 500, 1000, 2000, 5000; then 10^4 ... 10^10 years in 1-2-5
// steps. The minor tier is the finest step whose labels fit: every label needs
// its text width plus minimumGap before the next tick, so labels never
// overlap. The major tier gives context from the same table: days ("1 Oct
// 1959") over minutes and hours, months ("Oct 1959") over days, years over
// months, and over N years the first step of at least 10 N years. A major
// label naming a whole day, month or year that began left of the view is
// pinned at x = 0 (as long as it fits before the next one), so the context is
// always on screen. Cost: O(ticks) for a handful of steps; never O(years).
//
// Alignment (all in UTC, on the proleptic Gregorian calendar):
//   * minutes and hours on multiples of the step since midnight;
//   * days on day-of-month d where d - 1 is a multiple of the step and a whole
//     step still fits in the month: every day; odd days; weeks on the 1st,
//     8th, 15th and 22nd. Each month restarts on the 1st, so its last step is
//     a little longer (the 22nd's week runs 7 to 10 days);
//   * months on January, April, July, October (3) or January, July (6);
//   * calendar years on numbers people see as multiples of the step, in each
//     era: ..., 20 BCE, 10 BCE, 10, 20, ... There is no year 0, so the era
//     boundary gets a tick of its own, "1 CE" (the first year of the era):
//     10 BCE, 1 CE, 10 CE is 10 years and then 9. With steps of 10^4 years
//     and more, ticks count "years ago" from 1950 (presentYearForYearsAgo, as
//     HistoricalDate does) on multiples of the step.
//
// Labels: "14:00" (minutes, hours), "1" (days), the locale's short standalone
// month name "Oct", years "1959" and "44 BCE" (years from 10,000 on with the
// locale's digit grouping: "12,000 BCE"). Year 0 never shows. When the view
// starts before 1 CE, CE years say so ("10 CE"), so that a view across the era
// boundary never shows a bare number next to BCE years. Deep time (steps of
// 10^4 years and more) reads as years before 1950 in the largest unit that
// keeps the number at least 1: "12 ka", "65 Ma", "3.5 Ga", with as many
// decimals as the step needs; the tick at 1950 itself and any after it read as
// calendar years ("1950 CE").
class TickPlanner
{
public:
    using TextWidth = std::function<double(const QString &)>;

    // textWidth measures a label in pixels (a null function measures 0).
    // A negative or NaN minimumGap counts as 0.
    static TickPlan plan(const TimeScale &scale, const TextWidth &textWidth,
                         double minimumGap = 12.0);
};

} // namespace Annals
