// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace Annals {

// How much of a date is known. Ordered from coarsest to finest, so that
// `a < b` reads "a is coarser than b".
enum class Precision : quint8 {
    BillionYears,
    MillionYears,
    ThousandYears,
    Century,
    Decade,
    Year,
    Month,
    Day,
    Hour,
    Minute,
};

// Stable keys used in the atlas file ("billion_years", "year", "day", ...).
QString precisionKey(Precision precision);
std::optional<Precision> precisionFromKey(QStringView key);

// A calendar reading of a time point on the proleptic Gregorian calendar with
// astronomical year numbering (year 0 is 1 BCE, year -43 is 44 BCE).
struct CivilDateTime {
    qint64 year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
    int hour = 0;   // 0..23
    int minute = 0; // 0..59
    int second = 0; // 0..59

    friend bool operator==(const CivilDateTime &, const CivilDateTime &) = default;
};

// Exact conversions between seconds since 1970-01-01T00:00Z and the calendar,
// valid for every year from 20 billion years ago to a million years ahead.
// secondsFromCivil expects month 1..12 and day within the month.
qint64 secondsFromCivil(const CivilDateTime &civil);
CivilDateTime civilFromSeconds(qint64 seconds);
bool isLeapYear(qint64 astronomicalYear);
int daysInMonth(qint64 astronomicalYear, int month);

// "Years ago" for deep time counts back from 1950, the radiocarbon
// convention for "present", so that a deep-time date means the same year
// whenever it is read. Deep-time amounts keep at most three decimals, so at
// thousand-year precision the reference year can show ("0.95 thousand years
// ago" is 1000 CE); at million years and coarser it never does.
inline constexpr qint64 presentYearForYearsAgo = 1950;

// The earliest and latest astronomical years a date may have.
inline constexpr qint64 earliestYear = presentYearForYearsAgo - 20'000'000'000LL;
inline constexpr qint64 latestYear = 1'000'000;

// A time point with what is known of it: the first second of the period it
// names, the precision of that period, and whether it is approximate.
//
// Invariant: seconds() is always the start of a whole period at precision()
// (a date known to the year starts on 1 January 00:00 of that year; one known
// to the century starts on the first year of that century). The constructor
// normalises any second inside the period to that start. A date outside
// earliestYear..latestYear, or built from impossible fields, is invalid (and
// all invalid dates compare equal).
class HistoricalDate
{
public:
    HistoricalDate() = default; // invalid
    HistoricalDate(qint64 seconds, Precision precision, bool approximate = false);

    static HistoricalDate fromCivil(const CivilDateTime &civil, Precision precision,
                                    bool approximate = false);
    static HistoricalDate fromYearsAgo(qint64 yearsAgo, Precision precision,
                                       bool approximate = false);

    bool isValid() const { return m_valid; }
    qint64 seconds() const { return m_seconds; }
    Precision precision() const { return m_precision; }
    bool isApproximate() const { return m_approximate; }
    CivilDateTime civil() const { return civilFromSeconds(m_seconds); }
    qint64 astronomicalYear() const { return civil().year; }

    // The first second after the period: for "1959", 1960-01-01T00:00.
    qint64 periodEnd() const;

    // What is known and nothing more: "1959", "Oct 1959", "1 Oct 1959",
    // "1 Oct 1959 14h", "1 Oct 1959 14:30", "44 BCE", "c. 1200",
    // "1950s", "20th century", "65 million years ago". Never shows year 0.
    // In the interface's language (Korean: "1950년 6월 25일").
    QString toDisplayString() const;
    // The same in English whatever the interface's language: what files
    // (CSV, TimelineJS, GEXF) keep and what DateParser reads.
    QString toEnglishString() const;

    friend bool operator==(const HistoricalDate &, const HistoricalDate &) = default;

private:
    QString format(bool inEnglish) const;

    qint64 m_seconds = 0;
    Precision m_precision = Precision::Year;
    bool m_approximate = false;
    bool m_valid = false;
};

// The result of reading a date someone typed: a date, or a message that says
// what was wrong and what would have been understood.
struct DateParseResult {
    HistoricalDate date;
    QString error;

    bool ok() const { return date.isValid(); }
};

// Reads what people type: "1959", "Oct 1959", "1 October 1959", "October 1, 1959",
// "1959-10-01", "1959-10", "1959-10-01 14:30", "1 Oct 1959 14h", "44 BCE", "44 BC",
// "AD 44", "c. 1200", "ca. 1200", "circa 1200", "1950s", "20th century",
// "5th century BCE", "3.5 Ga", "65 Ma", "12 ka", "65 million years ago" —
// and everything toDisplayString() produces.
class DateParser
{
public:
    static DateParseResult parse(QStringView text);
};

} // namespace Annals
