// SPDX-License-Identifier: GPL-3.0-or-later
#include "historicaldate.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace Annals {

namespace {

// Dates are shown in the interface's language, but files and the date parser
// use one fixed English form, so that a CSV written in Korean reads back
// anywhere and a date field understands what it is given.
enum class Wording : quint8 { Interface, English };

QString word(Wording wording, const char *source, const char *comment = nullptr)
{
    return wording == Wording::English ? QString::fromUtf8(source)
                                       : QCoreApplication::translate("Annals::HistoricalDate", source, comment);
}

struct Words {
    const char *source;
    const char *comment;
};

QString word(Wording wording, Words words)
{
    return word(wording, words.source, words.comment);
}

constexpr qint64 secondsPerMinute = 60;
constexpr qint64 secondsPerHour = 60 * secondsPerMinute;
constexpr qint64 secondsPerDay = 24 * secondsPerHour;

// Integer division rounding towards negative infinity. C++ truncates towards
// zero, which would put 31 Dec 1969 23:59 on day 0 instead of day -1.
constexpr qint64 floorDiv(qint64 numerator, qint64 denominator)
{
    const qint64 quotient = numerator / denominator;
    const bool inexact = quotient * denominator != numerator;
    return (inexact && ((numerator < 0) != (denominator < 0))) ? quotient - 1 : quotient;
}

constexpr qint64 ceilDiv(qint64 numerator, qint64 denominator)
{
    return -floorDiv(-numerator, denominator);
}

// Howard Hinnant's days_from_civil (http://howardhinnant.github.io/date_algorithms.html),
// in 64 bits throughout. The year is shifted to start in March so that the leap
// day is the last day of the computational year; 400-year eras of 146097 days
// then make the whole calendar periodic. Annals needs |year| <= 2e10, which is
// at most 7.4e12 days or 6.4e17 seconds; qint64 seconds would only overflow
// past |year| ~ 2.9e11.
constexpr qint64 daysFromCivil(qint64 year, int month, int day)
{
    const qint64 y = month <= 2 ? year - 1 : year;
    const qint64 era = floorDiv(y, 400);
    const qint64 yearOfEra = y - era * 400;                            // [0, 399]
    const qint64 monthFromMarch = month > 2 ? month - 3 : month + 9;   // [0, 11]
    const qint64 dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1; // [0, 365]
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    // 719468 is the number of days from 0000-03-01 to 1970-01-01.
    return era * 146097 + dayOfEra - 719468;
}

struct CivilDay {
    qint64 year;
    int month;
    int day;
};

// Inverse of daysFromCivil, also after Hinnant; defined for every qint64 day
// count that can come from a qint64 second count.
constexpr CivilDay civilFromDays(qint64 days)
{
    const qint64 shifted = days + 719468;
    const qint64 era = floorDiv(shifted, 146097);
    const qint64 dayOfEra = shifted - era * 146097; // [0, 146096]
    const qint64 yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365; // [0, 399]
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthFromMarch = (5 * dayOfYear + 2) / 153; // [0, 11]
    const int day = static_cast<int>(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    const int month
        = static_cast<int>(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return {year, month, day};
}

constexpr qint64 startOfYear(qint64 year)
{
    return daysFromCivil(year, 1, 1) * secondsPerDay;
}

// The first and last second a valid date may have.
constexpr qint64 earliestSecond = startOfYear(earliestYear);
constexpr qint64 latestSecond = startOfYear(latestYear + 1) - 1;

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(civilFromDays(-1).year == 1969 && civilFromDays(-1).day == 31);

// Deep time is kept to a thousandth of its unit: one year for thousands of
// years, a thousand years for millions, a million years for billions.
qint64 yearsPerDeepStep(Precision precision)
{
    switch (precision) {
    case Precision::ThousandYears:
        return 1;
    case Precision::MillionYears:
        return 1'000;
    case Precision::BillionYears:
        return 1'000'000;
    default:
        return 1;
    }
}

// The astronomical years a period covers: [first, end).
struct YearSpan {
    qint64 first;
    qint64 end;
};

// Decades are named by the years people see, and there is no year 0: "1950s"
// is 1950..1959, "440s BCE" is 449..440 BCE. So the "0s" (1..9 CE) and the
// "0s BCE" (9..1 BCE) are nine-year decades that meet at the 1 BCE / 1 CE
// boundary, and no decade contains a year that does not exist.
YearSpan decadeSpan(qint64 astronomicalYear)
{
    if (astronomicalYear >= 1) {
        const qint64 decade = astronomicalYear / 10 * 10;
        return {std::max<qint64>(decade, 1), decade + 10};
    }
    const qint64 displayedYear = 1 - astronomicalYear;
    const qint64 decade = displayedYear / 10 * 10;
    return {1 - (decade + 9), decade == 0 ? 1 : 2 - decade};
}

// The Nth century CE is 100(N-1)+1 .. 100N; the Nth century BCE mirrors it,
// 100N .. 100(N-1)+1 BCE.
YearSpan centurySpan(qint64 astronomicalYear)
{
    if (astronomicalYear >= 1) {
        const qint64 century = (astronomicalYear + 99) / 100;
        return {100 * (century - 1) + 1, 100 * century + 1};
    }
    const qint64 century = (1 - astronomicalYear + 99) / 100;
    return {1 - 100 * century, 101 - 100 * century};
}

// A deep-time period is a step of years counted back from 1950. The start is
// the earliest year of the step (years ago rounded up), so the stored second
// really is the start of the period and periodEnd() the start of the next.
YearSpan deepSpan(qint64 astronomicalYear, Precision precision)
{
    const qint64 step = yearsPerDeepStep(precision);
    const qint64 yearsAgo = ceilDiv(presentYearForYearsAgo - astronomicalYear, step) * step;
    const qint64 first = presentYearForYearsAgo - yearsAgo;
    return {first, first + step};
}

YearSpan coarseSpan(qint64 astronomicalYear, Precision precision)
{
    switch (precision) {
    case Precision::Century:
        return centurySpan(astronomicalYear);
    case Precision::Decade:
        return decadeSpan(astronomicalYear);
    case Precision::BillionYears:
    case Precision::MillionYears:
    case Precision::ThousandYears:
        return deepSpan(astronomicalYear, precision);
    default:
        return {astronomicalYear, astronomicalYear + 1};
    }
}

QString monthAbbreviation(int month, Wording wording)
{
    static constexpr std::array<const char *, 12> names = {
        QT_TRANSLATE_NOOP("Annals::HistoricalDate", "Jan"),
        QT_TRANSLATE_NOOP("Annals::HistoricalDate", "Feb"),
        QT_TRANSLATE_NOOP("Annals::HistoricalDate", "Mar"),
        QT_TRANSLATE_NOOP("Annals::HistoricalDate", "Apr"),
        QT_TRANSLATE_NOOP("Annals::HistoricalDate", "May"),
        QT_TRANSLATE_NOOP("Annals::HistoricalDate", "Jun"),
        QT_TRANSLATE_NOOP("Annals::HistoricalDate", "Jul"),
        QT_TRANSLATE_NOOP("Annals::HistoricalDate", "Aug"),
        QT_TRANSLATE_NOOP("Annals::HistoricalDate", "Sep"),
        QT_TRANSLATE_NOOP("Annals::HistoricalDate", "Oct"),
        QT_TRANSLATE_NOOP("Annals::HistoricalDate", "Nov"),
        QT_TRANSLATE_NOOP("Annals::HistoricalDate", "Dec"),
    };
    return word(wording, names.at(static_cast<std::size_t>(month - 1)));
}

// "1959", or "44 BCE" for astronomical year -43: year 0 never shows.
QString yearLabel(qint64 astronomicalYear, Wording wording)
{
    if (astronomicalYear >= 1)
        return QString::number(astronomicalYear);
    return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1 BCE"))
        .arg(QString::number(1 - astronomicalYear));
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString centuryLabel(qint64 astronomicalYear, Wording wording)
{
    const bool bce = astronomicalYear < 1;
    const qint64 century = bce ? (1 - astronomicalYear + 99) / 100 : (astronomicalYear + 99) / 100;
    const QString number = QString::number(century);
    // English ordinals: 1st 2nd 3rd, but 11th 12th 13th and 111th 112th 113th.
    const qint64 lastTwo = century % 100;
    const qint64 last = century % 10;
    const int suffix = (lastTwo >= 11 && lastTwo <= 13)
        ? 0
        : (last >= 1 && last <= 3 ? static_cast<int>(last) : 0);
    if (bce) {
        switch (suffix) {
        case 1:
            return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1st century BCE"))
                .arg(number);
        case 2:
            return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1nd century BCE"))
                .arg(number);
        case 3:
            return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1rd century BCE"))
                .arg(number);
        default:
            return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1th century BCE"))
                .arg(number);
        }
    }
    switch (suffix) {
    case 1:
        return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1st century")).arg(number);
    case 2:
        return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1nd century")).arg(number);
    case 3:
        return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1rd century")).arg(number);
    default:
        return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1th century")).arg(number);
    }
}

QString decadeLabel(qint64 astronomicalYear, Wording wording)
{
    if (astronomicalYear >= 1) {
        return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1s"))
            .arg(QString::number(astronomicalYear / 10 * 10));
    }
    return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1s BCE"))
        .arg(QString::number((1 - astronomicalYear) / 10 * 10));
}

// "3.5", "0.125", "13.8", "65": a count of thousandths with trailing zeros trimmed.
QString thousandthsLabel(qint64 thousandths)
{
    const qint64 whole = thousandths / 1000;
    const qint64 fraction = thousandths % 1000;
    if (fraction == 0)
        return QString::number(whole);
    QString decimals = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
    while (decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    return QString::number(whole) + QLatin1Char('.') + decimals;
}

QString deepTimeLabel(qint64 astronomicalYear, Precision precision, Wording wording)
{
    const qint64 yearsAgo = presentYearForYearsAgo - astronomicalYear;
    const QString amount = thousandthsLabel(std::abs(yearsAgo / yearsPerDeepStep(precision)));
    // After 1950 (at most a million years ahead) the count runs forward from
    // the same conventional present.
    if (yearsAgo < 0) {
        switch (precision) {
        case Precision::BillionYears:
            return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1 billion years from now"))
                .arg(amount);
        case Precision::MillionYears:
            return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1 million years from now"))
                .arg(amount);
        default:
            return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1 thousand years from now"))
                .arg(amount);
        }
    }
    switch (precision) {
    case Precision::BillionYears:
        return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1 billion years ago"))
            .arg(amount);
    case Precision::MillionYears:
        return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1 million years ago"))
            .arg(amount);
    default:
        return word(wording, QT_TRANSLATE_NOOP("Annals::HistoricalDate", "%1 thousand years ago"))
            .arg(amount);
    }
}

} // namespace

QString precisionKey(Precision precision)
{
    switch (precision) {
    case Precision::BillionYears:
        return QStringLiteral("billion_years");
    case Precision::MillionYears:
        return QStringLiteral("million_years");
    case Precision::ThousandYears:
        return QStringLiteral("thousand_years");
    case Precision::Century:
        return QStringLiteral("century");
    case Precision::Decade:
        return QStringLiteral("decade");
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Day:
        return QStringLiteral("day");
    case Precision::Hour:
        return QStringLiteral("hour");
    case Precision::Minute:
        return QStringLiteral("minute");
    }
    return QString();
}

std::optional<Precision> precisionFromKey(QStringView key)
{
    for (quint8 value = 0; value <= static_cast<quint8>(Precision::Minute); ++value) {
        const auto precision = static_cast<Precision>(value);
        if (key == precisionKey(precision))
            return precision;
    }
    return std::nullopt;
}

// The month must be 1..12; day, hour, minute and second beyond their ranges
// simply count on (day 32 of January is 1 February), which callers that
// validate first never rely on.
qint64 secondsFromCivil(const CivilDateTime &civil)
{
    return daysFromCivil(civil.year, civil.month, civil.day) * secondsPerDay
        + civil.hour * secondsPerHour + civil.minute * secondsPerMinute + civil.second;
}

CivilDateTime civilFromSeconds(qint64 seconds)
{
    const qint64 days = floorDiv(seconds, secondsPerDay);
    const qint64 secondOfDay = seconds - days * secondsPerDay;
    const CivilDay date = civilFromDays(days);
    CivilDateTime civil;
    civil.year = date.year;
    civil.month = date.month;
    civil.day = date.day;
    civil.hour = static_cast<int>(secondOfDay / secondsPerHour);
    civil.minute = static_cast<int>(secondOfDay % secondsPerHour / secondsPerMinute);
    civil.second = static_cast<int>(secondOfDay % secondsPerMinute);
    return civil;
}

bool isLeapYear(qint64 astronomicalYear)
{
    // Works for negative years too: C++'s % keeps the sign, but only
    // equality with zero is asked.
    return astronomicalYear % 4 == 0
        && (astronomicalYear % 100 != 0 || astronomicalYear % 400 == 0);
}

int daysInMonth(qint64 astronomicalYear, int month)
{
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    if (month == 2 && isLeapYear(astronomicalYear))
        return 29;
    return days.at(static_cast<std::size_t>(month - 1));
}

// Out of range, the date stays exactly like a default-constructed one, so
// that all invalid dates compare equal.
HistoricalDate::HistoricalDate(qint64 seconds, Precision precision, bool approximate)
{
    if (seconds < earliestSecond || seconds > latestSecond
        || static_cast<quint8>(precision) > static_cast<quint8>(Precision::Minute)) {
        return;
    }
    const CivilDateTime civil = civilFromSeconds(seconds);
    switch (precision) {
    case Precision::Minute:
        m_seconds = seconds - civil.second;
        break;
    case Precision::Hour:
        m_seconds = seconds - civil.minute * secondsPerMinute - civil.second;
        break;
    case Precision::Day:
        m_seconds = daysFromCivil(civil.year, civil.month, civil.day) * secondsPerDay;
        break;
    case Precision::Month:
        m_seconds = daysFromCivil(civil.year, civil.month, 1) * secondsPerDay;
        break;
    case Precision::Year:
        m_seconds = startOfYear(civil.year);
        break;
    case Precision::Decade:
    case Precision::Century:
    case Precision::ThousandYears:
    case Precision::MillionYears:
    case Precision::BillionYears:
        // Coarse periods may start up to 99 years before earliestYear when
        // they straddle it; they are still valid, because they contain valid
        // years. Deep-time steps never do: earliestYear lies on their grid.
        m_seconds = startOfYear(coarseSpan(civil.year, precision).first);
        break;
    }
    m_precision = precision;
    m_approximate = approximate;
    m_valid = true;
}

HistoricalDate HistoricalDate::fromCivil(const CivilDateTime &civil, Precision precision,
                                         bool approximate)
{
    const bool fieldsValid = civil.year >= earliestYear && civil.year <= latestYear
        && civil.month >= 1 && civil.month <= 12 && civil.day >= 1
        && civil.day <= daysInMonth(civil.year, civil.month) && civil.hour >= 0 && civil.hour <= 23
        && civil.minute >= 0 && civil.minute <= 59 && civil.second >= 0 && civil.second <= 59;
    if (!fieldsValid)
        return {};
    return HistoricalDate(secondsFromCivil(civil), precision, approximate);
}

HistoricalDate HistoricalDate::fromYearsAgo(qint64 yearsAgo, Precision precision, bool approximate)
{
    // Checked before subtracting, so that no yearsAgo can overflow.
    if (yearsAgo > presentYearForYearsAgo - earliestYear
        || yearsAgo < presentYearForYearsAgo - latestYear) {
        return {};
    }
    CivilDateTime civil;
    civil.year = presentYearForYearsAgo - yearsAgo;
    return fromCivil(civil, precision, approximate);
}

qint64 HistoricalDate::periodEnd() const
{
    if (!m_valid)
        return m_seconds;
    const CivilDateTime start = civil();
    switch (m_precision) {
    case Precision::Minute:
        return m_seconds + secondsPerMinute;
    case Precision::Hour:
        return m_seconds + secondsPerHour;
    case Precision::Day:
        return m_seconds + secondsPerDay;
    case Precision::Month:
        return start.month == 12 ? startOfYear(start.year + 1)
                                 : daysFromCivil(start.year, start.month + 1, 1) * secondsPerDay;
    case Precision::Year:
        return startOfYear(start.year + 1);
    case Precision::Decade:
    case Precision::Century:
    case Precision::ThousandYears:
    case Precision::MillionYears:
    case Precision::BillionYears:
        return startOfYear(coarseSpan(start.year, m_precision).end);
    }
    return m_seconds;
}

QString HistoricalDate::toDisplayString() const
{
    return format(false);
}

QString HistoricalDate::toEnglishString() const
{
    return format(true);
}

QString HistoricalDate::format(bool inEnglish) const
{
    if (!m_valid)
        return QString();
    const Wording wording = inEnglish ? Wording::English : Wording::Interface;
    const CivilDateTime c = civil();
    QString text;
    switch (m_precision) {
    case Precision::BillionYears:
    case Precision::MillionYears:
    case Precision::ThousandYears:
        text = deepTimeLabel(c.year, m_precision, wording);
        break;
    case Precision::Century:
        text = centuryLabel(c.year, wording);
        break;
    case Precision::Decade:
        text = decadeLabel(c.year, wording);
        break;
    case Precision::Year:
        text = yearLabel(c.year, wording);
        break;
    case Precision::Month:
        text = word(wording, QT_TRANSLATE_NOOP3("Annals::HistoricalDate", "%1 %2", "month abbreviation, year"))
                   .arg(monthAbbreviation(c.month, wording), yearLabel(c.year, wording));
        break;
    case Precision::Day:
    case Precision::Hour:
    case Precision::Minute: {
        text = word(wording, QT_TRANSLATE_NOOP3("Annals::HistoricalDate", "%1 %2 %3", "day, month abbreviation, year"))
                   .arg(QString::number(c.day), monthAbbreviation(c.month, wording), yearLabel(c.year, wording));
        if (m_precision == Precision::Hour) {
            text = word(wording, QT_TRANSLATE_NOOP3("Annals::HistoricalDate", "%1 %2h", "date, hour"))
                       .arg(text, twoDigits(c.hour));
        } else if (m_precision == Precision::Minute) {
            text = word(wording, QT_TRANSLATE_NOOP3("Annals::HistoricalDate", "%1 %2:%3", "date, hour, minute"))
                       .arg(text, twoDigits(c.hour), twoDigits(c.minute));
        }
        break;
    }
    }
    if (m_approximate) {
        text = word(wording, QT_TRANSLATE_NOOP3("Annals::HistoricalDate", "c. %1", "approximate date"))
                   .arg(text);
    }
    return text;
}

} // namespace Annals
