// SPDX-License-Identifier: GPL-3.0-or-later
#include "historicaldate.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>

// DateParser reads one typed date in a fixed order of steps:
//   1. reject empty, over-long and negative input with a message of its own;
//   1b. rewrite the Korean forms the Korean interface shows ("1950년 6월 25일",
//       "기원전 44년", "1950년대경", "20세기") as their English equivalents;
//   2. strip an "approximately" prefix (c., ca., circa, ~);
//   3. match the rest against one pattern per accepted form, from the most
//      specific (ISO dates) to the loosest (bare numbers);
//   4. check the fields (year 0, month, day of month, hour, minute, range).
// Numbers are read digit by digit with a length cap, so no input, however
// long, can overflow. Input is read in English whatever the UI language, so
// that English display strings always read back, and in the Korean forms of
// the one translation Annals ships, so that what a Korean date field shows
// can be edited in place.

namespace Annals {

namespace {

// Longer input cannot be any of the accepted forms: the longest is a minute
// in deep time like "c. 28 Feb 19999998051 BCE 23:59". Checking the length
// first keeps the regular expressions away from megabyte strings.
constexpr qsizetype maximumInputLength = 100;

// Numbers with more significant digits than this are far outside the range
// of any form, and are reported as out of range without being converted.
constexpr qsizetype maximumSignificantDigits = 15;

bool hasHangul(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

QString englishOrdinal(QStringView digits)
{
    const int lastTwo = digits.right(2).toInt();
    const int last = lastTwo % 10;
    const char *suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    return digits.toString() + QLatin1String(suffix);
}

// The Korean display forms (translations/annals_ko.ts, Annals::HistoricalDate)
// in English: "기원전 44년 6월 25일 14:30경" is "c. 25 jun 44 bce 14:30".
// Anything else is returned as it is, to be refused with the usual message.
QString englishFromKorean(const QString &input)
{
    static const QRegularExpression form(QStringLiteral(
        "^(약 )?(기원전 |서기 )?(?:"
        "(\\d+)년 ?(\\d{1,2})월 ?(\\d{1,2})일(?: (\\d{1,2})시| (\\d{1,2}:\\d{2}))?" // day, hour, minute
        "|(\\d+)년 ?(\\d{1,2})월"                                                   // month
        "|(\\d+)년대"                                                               // decade
        "|(\\d+)세기"                                                               // century
        "|(\\d+(?:\\.\\d+)?) ?(십억|백만|천) ?년 (전|후)"                          // deep time
        "|(\\d+)년?"                                                                // year
        ")(경)?$"));
    const QRegularExpressionMatch m = form.match(input);
    if (!m.hasMatch())
        return input;
    static constexpr std::array<const char *, 12> months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                            "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString era = m.capturedView(2) == u"기원전 " ? QStringLiteral(" bce") : QString();
    const auto month = [&m](int group) -> QString {
        const int number = m.capturedView(group).toInt();
        // Month 13 stays a number, which the English reading then refuses.
        if (number < 1 || number > 12)
            return m.captured(group) + QLatin1String("?");
        return QLatin1String(months.at(std::size_t(number - 1)));
    };
    QString english;
    if (m.hasCaptured(3)) {
        english = m.captured(5) + QLatin1Char(' ') + month(4) + QLatin1Char(' ') + m.captured(3) + era;
        if (m.hasCaptured(6))
            english += QLatin1Char(' ') + m.captured(6) + QLatin1Char('h');
        else if (m.hasCaptured(7))
            english += QLatin1Char(' ') + m.captured(7);
    } else if (m.hasCaptured(8)) {
        english = month(9) + QLatin1Char(' ') + m.captured(8) + era;
    } else if (m.hasCaptured(10)) {
        english = m.captured(10) + QLatin1Char('s') + era;
    } else if (m.hasCaptured(11)) {
        english = englishOrdinal(m.capturedView(11)) + QLatin1String(" century") + era;
    } else if (m.hasCaptured(12)) {
        if (!era.isEmpty())
            return input;
        const QStringView unit = m.capturedView(13);
        english = m.captured(12) + (unit == u"십억" ? QLatin1String(" billion") : unit == u"백만" ? QLatin1String(" million") : QLatin1String(" thousand"))
            + (m.capturedView(14) == u"전" ? QLatin1String(" years ago") : QLatin1String(" years from now"));
    } else {
        english = m.captured(15) + era;
    }
    if (m.hasCaptured(1) || m.hasCaptured(16))
        english.prepend(QLatin1String("c. "));
    return english;
}

// The input as it may be quoted back: control characters (NUL included)
// made visible and the length capped, so a message stays one readable line.
QString quoted(QStringView text)
{
    constexpr qsizetype maximumQuoted = 40;
    QString shown;
    for (QChar ch : text.first(std::min(text.size(), maximumQuoted)))
        shown += ch.category() == QChar::Other_Control ? QChar(QChar::ReplacementCharacter) : ch;
    if (text.size() > maximumQuoted)
        shown += QChar(u'\u2026');
    return shown;
}

DateParseResult failure(const QString &message)
{
    return {HistoricalDate(), message};
}

DateParseResult notUnderstood(QStringView text)
{
    return failure(QCoreApplication::translate(
                       "Annals::DateParser",
                       "Could not read \"%1\" as a date. Expected forms like 1959, Oct 1959, "
                       "1 October 1959, 1959-10-01, 1959-10-01 14:30, 44 BCE, c. 1200, "
                       "1950s, 20th century, 3.5 Ga or 65 Ma.")
                       .arg(quoted(text)));
}

DateParseResult noYearZero()
{
    return failure(QCoreApplication::translate("Annals::DateParser",
                                               "There is no year 0: 1 BCE is followed by 1 CE."));
}

DateParseResult tooEarly(QStringView text)
{
    return failure(QCoreApplication::translate(
                       "Annals::DateParser",
                       "\"%1\" is before the earliest date Annals can hold (20 billion years ago).")
                       .arg(quoted(text)));
}

DateParseResult tooLate(QStringView text)
{
    return failure(
        QCoreApplication::translate(
            "Annals::DateParser", "\"%1\" is after the latest date Annals can hold (the year %2).")
            .arg(quoted(text), QString::number(latestYear)));
}

// A run of ASCII digits, possibly with thousands separators already removed.
// Empty when it has too many significant digits to be a date.
std::optional<qint64> readCount(QStringView digits)
{
    qsizetype firstSignificant = 0;
    while (firstSignificant < digits.size() && digits.at(firstSignificant) == QLatin1Char('0'))
        ++firstSignificant;
    if (digits.size() - firstSignificant > maximumSignificantDigits)
        return std::nullopt;
    qint64 value = 0;
    for (QChar digit : digits.sliced(firstSignificant))
        value = value * 10 + (digit.unicode() - u'0');
    return value;
}

enum class Era { None, Bce, Ce };

Era eraFromText(QStringView text)
{
    if (text.isEmpty())
        return Era::None;
    // "bc", "b.c.", "bce", "b.c.e." all start with b; "ce", "c.e.", "ad", "a.d." do not.
    return text.startsWith(u'b') ? Era::Bce : Era::Ce;
}

// The year people see, with its era, as an astronomical year.
qint64 astronomicalFromDisplayed(qint64 displayedYear, Era era)
{
    return era == Era::Bce ? 1 - displayedYear : displayedYear;
}

int monthFromName(QStringView name)
{
    // Full English names, three-letter abbreviations, and "sept".
    static constexpr std::array<const char16_t *, 12> names = {
        u"january", u"february", u"march",     u"april",   u"may",      u"june",
        u"july",    u"august",   u"september", u"october", u"november", u"december",
    };
    for (std::size_t index = 0; index < names.size(); ++index) {
        const QStringView full(names.at(index));
        if (name == full || name == full.first(3))
            return static_cast<int>(index) + 1;
    }
    if (name == u"sept")
        return 9;
    return 0;
}

QString monthName(int month)
{
    static constexpr std::array<const char *, 12> names = {
        QT_TRANSLATE_NOOP("Annals::DateParser", "January"),
        QT_TRANSLATE_NOOP("Annals::DateParser", "February"),
        QT_TRANSLATE_NOOP("Annals::DateParser", "March"),
        QT_TRANSLATE_NOOP("Annals::DateParser", "April"),
        QT_TRANSLATE_NOOP("Annals::DateParser", "May"),
        QT_TRANSLATE_NOOP("Annals::DateParser", "June"),
        QT_TRANSLATE_NOOP("Annals::DateParser", "July"),
        QT_TRANSLATE_NOOP("Annals::DateParser", "August"),
        QT_TRANSLATE_NOOP("Annals::DateParser", "September"),
        QT_TRANSLATE_NOOP("Annals::DateParser", "October"),
        QT_TRANSLATE_NOOP("Annals::DateParser", "November"),
        QT_TRANSLATE_NOOP("Annals::DateParser", "December"),
    };
    return QCoreApplication::translate("Annals::DateParser",
                                       names.at(static_cast<std::size_t>(month - 1)));
}

QString yearForMessage(qint64 astronomicalYear)
{
    if (astronomicalYear >= 1)
        return QString::number(astronomicalYear);
    return QCoreApplication::translate("Annals::DateParser", "%1 BCE")
        .arg(QString::number(1 - astronomicalYear));
}

// What a pattern found, before its fields are checked.
struct CivilReading {
    QStringView year; // digits
    Era era = Era::None;
    QStringView month;  // digits or a name, empty for a year
    QStringView day;    // digits, may be empty
    QStringView hour;   // digits, may be empty
    QStringView minute; // digits, may be empty
};

DateParseResult readCivil(const CivilReading &reading, bool approximate, QStringView text)
{
    const std::optional<qint64> displayedYear = readCount(reading.year);
    if (!displayedYear)
        return reading.era == Era::Bce ? tooEarly(text) : tooLate(text);
    if (*displayedYear == 0)
        return noYearZero();
    const qint64 year = astronomicalFromDisplayed(*displayedYear, reading.era);
    if (year < earliestYear)
        return tooEarly(text);
    if (year > latestYear)
        return tooLate(text);

    CivilDateTime civil;
    civil.year = year;
    Precision precision = Precision::Year;
    if (!reading.month.isEmpty()) {
        precision = Precision::Month;
        const bool numeric = reading.month.front().isDigit();
        civil.month = numeric ? static_cast<int>(readCount(reading.month).value_or(0))
                              : monthFromName(reading.month);
        if (civil.month == 0 && !numeric)
            return notUnderstood(text);
        if (civil.month < 1 || civil.month > 12) {
            return failure(
                QCoreApplication::translate("Annals::DateParser",
                                            "There is no month %1: months run from 1 to 12.")
                    .arg(civil.month));
        }
    }
    if (!reading.day.isEmpty()) {
        precision = Precision::Day;
        civil.day = static_cast<int>(readCount(reading.day).value_or(0));
        const int monthLength = daysInMonth(year, civil.month);
        if (civil.day < 1 || civil.day > monthLength) {
            return failure(QCoreApplication::translate("Annals::DateParser", "%1 %2 has %3 days.")
                               .arg(monthName(civil.month), yearForMessage(year),
                                    QString::number(monthLength)));
        }
    }
    if (!reading.hour.isEmpty()) {
        // A time of day means nothing without the day: "Oct 1959 14:30".
        if (reading.day.isEmpty())
            return notUnderstood(text);
        precision = Precision::Hour;
        civil.hour = static_cast<int>(readCount(reading.hour).value_or(0));
        if (civil.hour > 23) {
            return failure(QCoreApplication::translate(
                               "Annals::DateParser", "There is no hour %1: hours run from 0 to 23.")
                               .arg(civil.hour));
        }
    }
    if (!reading.minute.isEmpty()) {
        precision = Precision::Minute;
        civil.minute = static_cast<int>(readCount(reading.minute).value_or(0));
        if (civil.minute > 59) {
            return failure(
                QCoreApplication::translate("Annals::DateParser",
                                            "There is no minute %1: minutes run from 0 to 59.")
                    .arg(civil.minute));
        }
    }
    return {HistoricalDate::fromCivil(civil, precision, approximate), QString()};
}

// A decade or century given by the astronomical years it covers. A period
// that straddles earliestYear is held by one of its valid years; the
// HistoricalDate constructor then normalises it to the period's true start.
DateParseResult readPeriod(qint64 firstYear, qint64 lastYear, Precision precision, bool approximate,
                           QStringView text)
{
    if (lastYear < earliestYear)
        return tooEarly(text);
    if (firstYear > latestYear)
        return tooLate(text);
    CivilDateTime civil;
    civil.year = std::max(firstYear, earliestYear);
    return {HistoricalDate::fromCivil(civil, precision, approximate), QString()};
}

DateParseResult readDecade(QStringView digits, Era era, bool approximate, QStringView text)
{
    const std::optional<qint64> decade = readCount(digits);
    if (!decade)
        return era == Era::Bce ? tooEarly(text) : tooLate(text);
    if (*decade % 10 != 0) {
        return failure(QCoreApplication::translate(
            "Annals::DateParser",
            "A decade is written with the year that ends in 0, for example 1950s "
            "or 440s BCE."));
    }
    // See decadeSpan() in historicaldate.cpp: "0s" is 1..9 CE, "0s BCE" 9..1 BCE.
    if (era == Era::Bce) {
        return readPeriod(1 - (*decade + 9), *decade == 0 ? 0 : 1 - *decade, Precision::Decade,
                          approximate, text);
    }
    return readPeriod(std::max<qint64>(*decade, 1), *decade + 9, Precision::Decade, approximate,
                      text);
}

DateParseResult readCentury(QStringView digits, Era era, bool approximate, QStringView text)
{
    const std::optional<qint64> century = readCount(digits);
    if (!century)
        return era == Era::Bce ? tooEarly(text) : tooLate(text);
    if (*century == 0) {
        return failure(QCoreApplication::translate(
            "Annals::DateParser", "Centuries are counted from the 1st: there is no 0th century."));
    }
    if (era == Era::Bce) {
        return readPeriod(1 - 100 * *century, 100 - 100 * *century, Precision::Century, approximate,
                          text);
    }
    return readPeriod(100 * (*century - 1) + 1, 100 * *century, Precision::Century, approximate,
                      text);
}

// A decimal amount like "3.5" or "12,000" in thousandths ("3500", "12000000").
// Empty if it has more than three decimals that are not zero; the flag
// tooLarge is set instead of overflowing.
struct Thousandths {
    std::optional<qint64> value;
    bool tooLarge = false;
};

Thousandths readThousandths(QStringView whole, QStringView fraction)
{
    QString digits = whole.toString();
    digits.remove(QLatin1Char(','));
    const std::optional<qint64> wholeValue = readCount(digits);
    if (!wholeValue)
        return {std::nullopt, true};
    qint64 fractionValue = 0;
    for (qsizetype index = 0; index < fraction.size(); ++index) {
        const int digit = fraction.at(index).unicode() - u'0';
        if (index < 3)
            fractionValue = fractionValue * 10 + digit;
        else if (digit != 0)
            return {};
    }
    for (qsizetype index = fraction.size(); index < 3; ++index)
        fractionValue *= 10;
    return {*wholeValue * 1000 + fractionValue, false};
}

// A thousandth of a deep-time unit, in years.
qint64 yearsPerThousandthOf(Precision precision)
{
    switch (precision) {
    case Precision::BillionYears:
        return 1'000'000;
    case Precision::MillionYears:
        return 1'000;
    default:
        return 1;
    }
}

DateParseResult readDeepTime(QStringView whole, QStringView fraction, Precision precision,
                             bool future, bool approximate, QStringView text)
{
    const Thousandths amount = readThousandths(whole, fraction);
    if (amount.tooLarge)
        return future ? tooLate(text) : tooEarly(text);
    if (!amount.value) {
        return failure(QCoreApplication::translate(
            "Annals::DateParser",
            "Deep time is kept to a thousandth of its unit: write 3.142 Ga "
            "rather than 3.14159 Ga."));
    }
    const qint64 yearsPerThousandth = yearsPerThousandthOf(precision);
    // Compared before multiplying, so that no amount can overflow.
    constexpr qint64 maximumYearsAgo = presentYearForYearsAgo - earliestYear;
    if (*amount.value > maximumYearsAgo / yearsPerThousandth)
        return future ? tooLate(text) : tooEarly(text);
    const qint64 years = *amount.value * yearsPerThousandth;
    const qint64 year = future ? presentYearForYearsAgo + years : presentYearForYearsAgo - years;
    if (year < earliestYear)
        return tooEarly(text);
    if (year > latestYear)
        return tooLate(text);
    return {HistoricalDate::fromYearsAgo(presentYearForYearsAgo - year, precision, approximate),
            QString()};
}

Precision deepPrecisionFromUnit(QStringView unit)
{
    if (unit.startsWith(u'b') || unit.startsWith(u'g'))
        return Precision::BillionYears;
    if (unit.startsWith(u'm'))
        return Precision::MillionYears;
    return Precision::ThousandYears;
}

// Pieces shared by the patterns below. Each form is one anchored pattern over
// the lower-cased input with its whitespace collapsed to single spaces.
QString withPieces(QLatin1StringView pattern)
{
    static constexpr QLatin1StringView era("(b\\.?c\\.?(?:e\\.?)?|c\\.?e\\.?|a\\.?d\\.?)");
    static constexpr QLatin1StringView amount("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");
    static constexpr QLatin1StringView time("(\\d{1,2})(?::(\\d{2})| ?h)");
    QString expanded(pattern);
    expanded.replace(QLatin1StringView("<era>"), era);
    expanded.replace(QLatin1StringView("<amount>"), amount);
    expanded.replace(QLatin1StringView("<time>"), time);
    return expanded;
}

const QRegularExpression &isoPattern()
{
    // 1959-10, 1959-10-01, 1959-10-01 14:30, 1959-10-01t14:30, 1959-10-01 14h
    static const QRegularExpression pattern(
        withPieces(QLatin1StringView("^(\\d{4,})-(\\d{1,2})(?:-(\\d{1,2})(?:[ t]<time>)?)?$")));
    return pattern;
}

const QRegularExpression &dayMonthYearPattern()
{
    // 1 oct 1959, 1 october 1959 14:30, 15 mar 44 bce 14h, oct 1959, mar 44 bce
    static const QRegularExpression pattern(withPieces(
        QLatin1StringView("^(?:(\\d{1,2}) )?([a-z]+)\\.?,? (\\d+)(?: ?<era>)?(?:,? <time>)?$")));
    return pattern;
}

const QRegularExpression &monthDayYearPattern()
{
    // october 1, 1959; oct 1 1959 14:30
    static const QRegularExpression pattern(withPieces(
        QLatin1StringView("^([a-z]+)\\.? (\\d{1,2}),? (\\d+)(?: ?<era>)?(?:,? <time>)?$")));
    return pattern;
}

const QRegularExpression &yearPattern()
{
    // 1959, 44 bce, 44bc, 44 b.c.
    static const QRegularExpression pattern(withPieces(QLatin1StringView("^(\\d+)(?: ?<era>)?$")));
    return pattern;
}

const QRegularExpression &eraFirstPattern()
{
    // ad 44, a.d. 44
    static const QRegularExpression pattern(withPieces(QLatin1StringView("^<era> ?(\\d+)$")));
    return pattern;
}

const QRegularExpression &decadePattern()
{
    // 1950s, 1950's, 440s bce
    static const QRegularExpression pattern(
        withPieces(QLatin1StringView("^(\\d+)'?s(?: ?<era>)?$")));
    return pattern;
}

const QRegularExpression &centuryPattern()
{
    // 20th century, 5th century bce
    static const QRegularExpression pattern(
        withPieces(QLatin1StringView("^(\\d+) ?(?:st|nd|rd|th) century(?: ?<era>)?$")));
    return pattern;
}

const QRegularExpression &deepUnitPattern()
{
    // 3.5 ga, 65 ma, 12 ka, 65 mya
    static const QRegularExpression pattern(
        withPieces(QLatin1StringView("^<amount> ?(ga|ma|ka|gya|mya|kya)$")));
    return pattern;
}

const QRegularExpression &deepWordsPattern()
{
    // 3.5 billion years ago, 12 thousand years from now
    static const QRegularExpression pattern(withPieces(
        QLatin1StringView("^<amount> (thousand|million|billion) years (ago|from now)$")));
    return pattern;
}

const QRegularExpression &yearsAgoPattern()
{
    // 12,000 years ago, 1500 years ago
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,3}(?:,\\d{3})+|\\d+) years? (ago|from now)$"));
    return pattern;
}

const QRegularExpression &approximatePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:~|c\\.(?!e\\b)|ca\\.|circa\\b|ca(?= )|c(?= )|approx\\.|approximately\\b) ?"));
    return pattern;
}

const QRegularExpression &negativePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[-\\x{2212}] ?(\\d+)"));
    return pattern;
}

// "N years ago": a round thousand is read as thousand-year precision, as
// "12,000 years ago" is meant; any other count names one year, 1950 - N.
DateParseResult readYearsAgo(QStringView amount, bool future, bool approximate, QStringView text)
{
    QString digits = amount.toString();
    digits.remove(QLatin1Char(','));
    const std::optional<qint64> years = readCount(digits);
    if (!years)
        return future ? tooLate(text) : tooEarly(text);
    if (*years % 1000 == 0) {
        return readDeepTime(QString::number(*years / 1000), {}, Precision::ThousandYears, future,
                            approximate, text);
    }
    const qint64 year = future ? presentYearForYearsAgo + *years : presentYearForYearsAgo - *years;
    if (year < earliestYear)
        return tooEarly(text);
    if (year > latestYear)
        return tooLate(text);
    CivilDateTime civil;
    civil.year = year;
    return {HistoricalDate::fromCivil(civil, Precision::Year, approximate), QString()};
}

} // namespace

DateParseResult DateParser::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return failure(QCoreApplication::translate(
            "Annals::DateParser", "Enter a date, for example 1959 or 1 Oct 1959."));
    }
    if (trimmed.size() > maximumInputLength)
        return notUnderstood(trimmed);

    QString input = trimmed.toString().simplified().toLower();
    if (hasHangul(input))
        input = englishFromKorean(input);

    bool approximate = false;
    if (const QRegularExpressionMatch match = approximatePattern().match(input); match.hasMatch()) {
        approximate = true;
        input.remove(0, match.capturedLength());
        if (input.isEmpty())
            return notUnderstood(trimmed);
    }

    if (const QRegularExpressionMatch match = negativePattern().match(input); match.hasMatch()) {
        // Astronomical numbering is for computing, not typing: -43 is 44 BCE
        // there, but many people mean 43 BCE by it. Name both.
        const std::optional<qint64> number = readCount(match.capturedView(1));
        if (!number || *number >= latestYear)
            return notUnderstood(trimmed);
        if (*number == 0)
            return noYearZero();
        return failure(QCoreApplication::translate(
                           "Annals::DateParser",
                           "Negative years are ambiguous: write %2 BCE for the astronomical "
                           "year -%1, or %1 BCE if you counted back from 1 CE.")
                           .arg(QString::number(*number), QString::number(*number + 1)));
    }

    QRegularExpressionMatch match = isoPattern().match(input);
    if (match.hasMatch()) {
        const CivilReading reading {match.capturedView(1), Era::None,
                                    match.capturedView(2), match.capturedView(3),
                                    match.capturedView(4), match.capturedView(5)};
        return readCivil(reading, approximate, trimmed);
    }

    // Both textual orders; a word that is not a month lets later forms try
    // ("ad 44" has the shape of "oct 1959").
    for (const QRegularExpression *pattern : {&dayMonthYearPattern(), &monthDayYearPattern()}) {
        match = pattern->match(input);
        if (!match.hasMatch())
            continue;
        const bool dayFirst = pattern == &dayMonthYearPattern();
        const QStringView monthText = match.capturedView(dayFirst ? 2 : 1);
        if (monthFromName(monthText) == 0)
            continue;
        const CivilReading reading {match.capturedView(3),
                                    eraFromText(match.capturedView(4)),
                                    monthText,
                                    match.capturedView(dayFirst ? 1 : 2),
                                    match.capturedView(5),
                                    match.capturedView(6)};
        return readCivil(reading, approximate, trimmed);
    }

    match = yearPattern().match(input);
    if (match.hasMatch()) {
        CivilReading reading;
        reading.year = match.capturedView(1);
        reading.era = eraFromText(match.capturedView(2));
        return readCivil(reading, approximate, trimmed);
    }

    match = eraFirstPattern().match(input);
    if (match.hasMatch()) {
        CivilReading reading;
        reading.year = match.capturedView(2);
        reading.era = eraFromText(match.capturedView(1));
        return readCivil(reading, approximate, trimmed);
    }

    match = decadePattern().match(input);
    if (match.hasMatch()) {
        return readDecade(match.capturedView(1), eraFromText(match.capturedView(2)), approximate,
                          trimmed);
    }

    match = centuryPattern().match(input);
    if (match.hasMatch()) {
        return readCentury(match.capturedView(1), eraFromText(match.capturedView(2)), approximate,
                           trimmed);
    }

    match = deepUnitPattern().match(input);
    if (match.hasMatch()) {
        return readDeepTime(match.capturedView(1), match.capturedView(2),
                            deepPrecisionFromUnit(match.capturedView(3)), false, approximate,
                            trimmed);
    }

    match = deepWordsPattern().match(input);
    if (match.hasMatch()) {
        return readDeepTime(match.capturedView(1), match.capturedView(2),
                            deepPrecisionFromUnit(match.capturedView(3)),
                            match.capturedView(4) != u"ago", approximate, trimmed);
    }

    match = yearsAgoPattern().match(input);
    if (match.hasMatch())
        return readYearsAgo(match.capturedView(1), match.capturedView(2) != u"ago", approximate,
                            trimmed);

    return notUnderstood(trimmed);
}

} // namespace Annals
