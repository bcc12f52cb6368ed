// SPDX-License-Identifier: GPL-3.0-or-later
#include "historicaldate.h"
#include "historicaldate_testing.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QTranslator>
#include <QTest>

#include <limits>

using namespace Annals;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 secondsPerDay = 86'400;

// Stands in for the Korean catalogue: the date words as the Korean
// translation renders them, nothing else translated.
class KoreanDateWords : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArrayView(context) != "Annals::HistoricalDate")
            return {};
        static const QHash<QByteArray, QString> words = {
            {"Jun", u"6월"_s},           {"%1 %2 %3", u"%3년 %2 %1일"_s}, {"%1 %2", u"%2년 %1"_s},
            {"%1 BCE", u"기원전 %1"_s},  {"c. %1", u"%1경"_s},           {"%1s", u"%1년대"_s},
            {"%1th century", u"%1세기"_s},
        };
        return words.value(QByteArray(source));
    }
    bool isEmpty() const override { return false; }
};

HistoricalDate dateAt(Precision precision, qint64 year, int month = 1, int day = 1, int hour = 0,
                      int minute = 0, bool approximate = false)
{
    return HistoricalDate(secondsFromCivil(civilAt(year, month, day, hour, minute)), precision,
                          approximate);
}

CivilDateTime nextDay(const CivilDateTime &civil)
{
    CivilDateTime next = civil;
    if (++next.day > daysInMonth(next.year, next.month)) {
        next.day = 1;
        if (++next.month > 12) {
            next.month = 1;
            ++next.year;
        }
    }
    return next;
}

} // namespace

// The time model: exact calendar arithmetic over 20 billion years,
// normalisation of dates to the start of their period, and what they show.
class tst_HistoricalDate : public QObject
{
    Q_OBJECT

private slots:
    void precisionKeys_data();
    void precisionKeys();
    void unknownPrecisionKey();

    void civilAnchors_data();
    void civilAnchors();
    void leapYears_data();
    void leapYears();
    void monthLengths_data();
    void monthLengths();
    void secondsRoundTripThroughCivil();
    void civilRoundTripThroughSeconds();
    void consecutiveDaysDifferByOneDay_data();
    void consecutiveDaysDifferByOneDay();

    void display_data();
    void display();
    void neverShowsYearZero();
    void displayFollowsTheInterfaceLanguage_data();
    void displayFollowsTheInterfaceLanguage();

    void normalisation_data();
    void normalisation();
    void normalisationIsIdempotentAndContainsItsInput();
    void fromYearsAgo_data();
    void fromYearsAgo();
    void invalidDates();
};

void tst_HistoricalDate::precisionKeys_data()
{
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<QString>("key");

    QTest::newRow("billion years") << Precision::BillionYears << u"billion_years"_s;
    QTest::newRow("million years") << Precision::MillionYears << u"million_years"_s;
    QTest::newRow("thousand years") << Precision::ThousandYears << u"thousand_years"_s;
    QTest::newRow("century") << Precision::Century << u"century"_s;
    QTest::newRow("decade") << Precision::Decade << u"decade"_s;
    QTest::newRow("year") << Precision::Year << u"year"_s;
    QTest::newRow("month") << Precision::Month << u"month"_s;
    QTest::newRow("day") << Precision::Day << u"day"_s;
    QTest::newRow("hour") << Precision::Hour << u"hour"_s;
    QTest::newRow("minute") << Precision::Minute << u"minute"_s;
}

void tst_HistoricalDate::precisionKeys()
{
    QFETCH(Precision, precision);
    QFETCH(QString, key);

    QCOMPARE(precisionKey(precision), key);
    QCOMPARE(precisionFromKey(key), std::optional<Precision>(precision));
}

void tst_HistoricalDate::unknownPrecisionKey()
{
    QVERIFY(!precisionFromKey(u"years").has_value());
    QVERIFY(!precisionFromKey(u"Year").has_value());
    QVERIFY(!precisionFromKey(u"").has_value());
}

void tst_HistoricalDate::civilAnchors_data()
{
    QTest::addColumn<CivilDateTime>("civil");
    QTest::addColumn<qint64>("seconds");

    // Each expected value is days * 86400 + time of day, with the days
    // counted by hand from 1970-01-01 (365 a year, 366 in leap years).
    QTest::newRow("Unix epoch") << civilAt(1970) << qint64(0);
    QTest::newRow("last second before the epoch")
        << civilAt(1969, 12, 31, 23, 59, 59) << qint64(-1);
    // 30 years of 365 days + 7 leap days (1972..1996) + 2000's 31 + 29 days.
    QTest::newRow("first of March 2000")
        << civilAt(2000, 3, 1) << qint64(30 * 365 + 7 + 31 + 29) * secondsPerDay;
    // 1960..1969 is 3653 days (leap 1960, 1964, 1968); Oct-Dec 1959 is 92.
    QTest::newRow("first of October 1959") << civilAt(1959, 10, 1) << qint64(-323'568'000);
    QTest::newRow("first of October 1959 at half past two")
        << civilAt(1959, 10, 1, 14, 30) << qint64(-323'568'000 + 14 * 3600 + 30 * 60);
    // 1969 years of 365 days + 477 leap days (1969/4 - 1969/100 + 1969/400).
    QTest::newRow("first of January 1 CE")
        << civilAt(1) << -qint64(1969 * 365 + 492 - 19 + 4) * secondsPerDay;
    // Year 0 (1 BCE) is a leap year: 366 days before 1 Jan 1 CE.
    QTest::newRow("first of January 1 BCE") << civilAt(0) << -qint64(719'162 + 366) * secondsPerDay;
    QTest::newRow("last day of 1 BCE")
        << civilAt(0, 12, 31) << -qint64(719'162 + 1) * secondsPerDay;
    // 1 Jan 44 BCE is 43 years of 365 days + 10 leap days (-40, -36 .. -4)
    // before 1 Jan 1 BCE; 15 March is day 31 + 28 + 14 after 1 January.
    QTest::newRow("Ides of March 44 BCE")
        << civilAt(-43, 3, 15) << -qint64(719'528 + 43 * 365 + 10 - (31 + 28 + 14)) * secondsPerDay;
    // The calendar repeats every 400 years = 146097 days.
    QTest::newRow("fifty million 400-year cycles before 1970")
        << civilAt(1970 - 20'000'000'000LL) << -qint64(50'000'000) * 146'097 * secondsPerDay;
    QTest::newRow("2495 400-year cycles after 1970")
        << civilAt(1970 + 2495 * 400) << qint64(2495) * 146'097 * secondsPerDay;
}

void tst_HistoricalDate::civilAnchors()
{
    QFETCH(CivilDateTime, civil);
    QFETCH(qint64, seconds);

    QCOMPARE(secondsFromCivil(civil), seconds);
    QCOMPARE(civilFromSeconds(seconds), civil);
}

void tst_HistoricalDate::leapYears_data()
{
    QTest::addColumn<qint64>("year");
    QTest::addColumn<bool>("leap");

    QTest::newRow("1900, a century not divisible by 400") << qint64(1900) << false;
    QTest::newRow("2000, divisible by 400") << qint64(2000) << true;
    QTest::newRow("2024, divisible by 4") << qint64(2024) << true;
    QTest::newRow("2023, an ordinary year") << qint64(2023) << false;
    QTest::newRow("year 0 (1 BCE)") << qint64(0) << true;
    QTest::newRow("year -4 (5 BCE)") << qint64(-4) << true;
    QTest::newRow("year -1 (2 BCE)") << qint64(-1) << false;
    QTest::newRow("year -100 (101 BCE)") << qint64(-100) << false;
    QTest::newRow("year -400 (401 BCE)") << qint64(-400) << true;
    QTest::newRow("earliest year") << earliestYear << false;
    QTest::newRow("twenty billion years before 2000") << qint64(2000 - 20'000'000'000LL) << true;
}

void tst_HistoricalDate::leapYears()
{
    QFETCH(qint64, year);
    QFETCH(bool, leap);

    QCOMPARE(isLeapYear(year), leap);
    QCOMPARE(daysInMonth(year, 2), leap ? 29 : 28);
    // The calendar's own answer: does 28 February have a successor in February?
    const qint64 firstOfMarch = secondsFromCivil(civilAt(year, 3, 1));
    QCOMPARE(civilFromSeconds(firstOfMarch - secondsPerDay).day, leap ? 29 : 28);
}

void tst_HistoricalDate::monthLengths_data()
{
    QTest::addColumn<qint64>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("days");

    QTest::newRow("January") << qint64(1959) << 1 << 31;
    QTest::newRow("April") << qint64(1959) << 4 << 30;
    QTest::newRow("September") << qint64(1959) << 9 << 30;
    QTest::newRow("December") << qint64(1959) << 12 << 31;
    QTest::newRow("month 0 does not exist") << qint64(1959) << 0 << 0;
    QTest::newRow("month 13 does not exist") << qint64(1959) << 13 << 0;
}

void tst_HistoricalDate::monthLengths()
{
    QFETCH(qint64, year);
    QFETCH(int, month);
    QFETCH(int, days);

    QCOMPARE(daysInMonth(year, month), days);
}

void tst_HistoricalDate::secondsRoundTripThroughCivil()
{
    // Fixed seed, so a failure can be reproduced.
    QRandomGenerator random(19591001);
    const qint64 earliest = secondsFromCivil(civilAt(earliestYear));
    const qint64 latest = secondsFromCivil(civilAt(latestYear + 1)) - 1;
    for (int i = 0; i < 20'000; ++i) {
        // Half over the whole range, half within 5000 years of year 0.
        const qint64 seconds = i % 2 == 0 ? random.bounded(earliest, latest)
                                          : random.bounded(qint64(-5000) * 366 * secondsPerDay,
                                                           qint64(5000) * 366 * secondsPerDay);
        const CivilDateTime civil = civilFromSeconds(seconds);
        QVERIFY(civil.month >= 1 && civil.month <= 12);
        QVERIFY(civil.day >= 1 && civil.day <= daysInMonth(civil.year, civil.month));
        QVERIFY(civil.hour >= 0 && civil.hour <= 23);
        QVERIFY(civil.minute >= 0 && civil.minute <= 59);
        QVERIFY(civil.second >= 0 && civil.second <= 59);
        QCOMPARE(secondsFromCivil(civil), seconds);
    }
}

void tst_HistoricalDate::civilRoundTripThroughSeconds()
{
    QRandomGenerator random(44);
    for (int i = 0; i < 20'000; ++i) {
        const qint64 year = i % 2 == 0 ? random.bounded(earliestYear, latestYear + 1)
                                       : random.bounded(qint64(-3000), qint64(3000));
        const int month = int(random.bounded(1, 13));
        const CivilDateTime civil = civilAt(
            year, month, int(random.bounded(1, daysInMonth(year, month) + 1)),
            int(random.bounded(0, 24)), int(random.bounded(0, 60)), int(random.bounded(0, 60)));
        QCOMPARE(civilFromSeconds(secondsFromCivil(civil)), civil);
    }
}

void tst_HistoricalDate::consecutiveDaysDifferByOneDay_data()
{
    QTest::addColumn<qint64>("firstYear");

    QTest::newRow("across 401 BCE, a leap century") << qint64(-401);
    QTest::newRow("across 101 BCE, a common century") << qint64(-101);
    QTest::newRow("across the 1 BCE / 1 CE boundary") << qint64(-1);
    QTest::newRow("across 1900") << qint64(1899);
    QTest::newRow("across the epoch") << qint64(1969);
    QTest::newRow("across 2000") << qint64(1999);
    QTest::newRow("at the earliest year") << earliestYear;
    QTest::newRow("at the latest year") << latestYear - 2;
}

void tst_HistoricalDate::consecutiveDaysDifferByOneDay()
{
    QFETCH(qint64, firstYear);

    CivilDateTime day = civilAt(firstYear);
    qint64 seconds = secondsFromCivil(day);
    while (day.year < firstYear + 3) {
        const CivilDateTime next = nextDay(day);
        const qint64 nextSeconds = secondsFromCivil(next);
        QCOMPARE(nextSeconds - seconds, secondsPerDay);
        QCOMPARE(civilFromSeconds(nextSeconds), next);
        day = next;
        seconds = nextSeconds;
    }
}

void tst_HistoricalDate::display_data()
{
    QTest::addColumn<HistoricalDate>("date");
    QTest::addColumn<QString>("expected");

    QTest::newRow("minute") << dateAt(Precision::Minute, 1959, 10, 1, 14, 30)
                            << u"1 Oct 1959 14:30"_s;
    QTest::newRow("minute with leading zeros")
        << dateAt(Precision::Minute, 1959, 10, 1, 4, 5) << u"1 Oct 1959 04:05"_s;
    QTest::newRow("hour") << dateAt(Precision::Hour, 1959, 10, 1, 14, 30) << u"1 Oct 1959 14h"_s;
    QTest::newRow("midnight hour") << dateAt(Precision::Hour, 1959, 10, 1) << u"1 Oct 1959 00h"_s;
    QTest::newRow("day") << dateAt(Precision::Day, 1959, 10, 1, 14, 30) << u"1 Oct 1959"_s;
    QTest::newRow("month") << dateAt(Precision::Month, 1959, 10, 1) << u"Oct 1959"_s;
    QTest::newRow("May, the month with no shorter form")
        << dateAt(Precision::Month, 2000, 5) << u"May 2000"_s;
    QTest::newRow("Sep, not Sept") << dateAt(Precision::Month, 2000, 9) << u"Sep 2000"_s;
    QTest::newRow("year") << dateAt(Precision::Year, 1959, 10, 1) << u"1959"_s;
    QTest::newRow("small CE year has no suffix") << dateAt(Precision::Year, 79) << u"79"_s;
    QTest::newRow("first day of 1 CE") << dateAt(Precision::Day, 1) << u"1 Jan 1"_s;
    QTest::newRow("last day of 1 BCE") << dateAt(Precision::Day, 0, 12, 31) << u"31 Dec 1 BCE"_s;
    QTest::newRow("year 1 BCE") << dateAt(Precision::Year, 0) << u"1 BCE"_s;
    QTest::newRow("year 44 BCE") << dateAt(Precision::Year, -43) << u"44 BCE"_s;
    QTest::newRow("Ides of March") << dateAt(Precision::Day, -43, 3, 15) << u"15 Mar 44 BCE"_s;
    QTest::newRow("month BCE") << dateAt(Precision::Month, -43, 3, 15) << u"Mar 44 BCE"_s;
    QTest::newRow("minute BCE") << dateAt(Precision::Minute, -43, 3, 15, 11, 0)
                                << u"15 Mar 44 BCE 11:00"_s;
    QTest::newRow("hour BCE") << dateAt(Precision::Hour, -43, 3, 15, 11) << u"15 Mar 44 BCE 11h"_s;
    QTest::newRow("year in deep time")
        << dateAt(Precision::Year, earliestYear) << u"19999998051 BCE"_s;

    QTest::newRow("decade") << dateAt(Precision::Decade, 1955) << u"1950s"_s;
    QTest::newRow("decade 2000s") << dateAt(Precision::Decade, 2009) << u"2000s"_s;
    QTest::newRow("decade of 1 to 9 CE") << dateAt(Precision::Decade, 5) << u"0s"_s;
    QTest::newRow("decade of 10 to 19 CE") << dateAt(Precision::Decade, 10) << u"10s"_s;
    QTest::newRow("decade of 9 to 1 BCE") << dateAt(Precision::Decade, 0) << u"0s BCE"_s;
    QTest::newRow("decade of 19 to 10 BCE") << dateAt(Precision::Decade, -9) << u"10s BCE"_s;
    QTest::newRow("decade 440s BCE") << dateAt(Precision::Decade, -444) << u"440s BCE"_s;

    QTest::newRow("20th century") << dateAt(Precision::Century, 1959) << u"20th century"_s;
    QTest::newRow("2000 is still the 20th century")
        << dateAt(Precision::Century, 2000) << u"20th century"_s;
    QTest::newRow("21st century") << dateAt(Precision::Century, 2001) << u"21st century"_s;
    QTest::newRow("1st century") << dateAt(Precision::Century, 1) << u"1st century"_s;
    QTest::newRow("year 100 is the 1st century")
        << dateAt(Precision::Century, 100) << u"1st century"_s;
    QTest::newRow("2nd century") << dateAt(Precision::Century, 101) << u"2nd century"_s;
    QTest::newRow("3rd century") << dateAt(Precision::Century, 250) << u"3rd century"_s;
    QTest::newRow("4th century") << dateAt(Precision::Century, 350) << u"4th century"_s;
    QTest::newRow("11th century") << dateAt(Precision::Century, 1050) << u"11th century"_s;
    QTest::newRow("12th century") << dateAt(Precision::Century, 1150) << u"12th century"_s;
    QTest::newRow("13th century") << dateAt(Precision::Century, 1250) << u"13th century"_s;
    QTest::newRow("22nd century") << dateAt(Precision::Century, 2150) << u"22nd century"_s;
    QTest::newRow("101st century") << dateAt(Precision::Century, 10050) << u"101st century"_s;
    QTest::newRow("111th century") << dateAt(Precision::Century, 11050) << u"111th century"_s;
    QTest::newRow("112th century") << dateAt(Precision::Century, 11150) << u"112th century"_s;
    QTest::newRow("123rd century") << dateAt(Precision::Century, 12250) << u"123rd century"_s;
    QTest::newRow("1st century BCE, 44 BCE")
        << dateAt(Precision::Century, -43) << u"1st century BCE"_s;
    QTest::newRow("1st century BCE, 1 BCE")
        << dateAt(Precision::Century, 0) << u"1st century BCE"_s;
    QTest::newRow("2nd century BCE, 101 BCE")
        << dateAt(Precision::Century, -100) << u"2nd century BCE"_s;
    QTest::newRow("5th century BCE") << dateAt(Precision::Century, -449) << u"5th century BCE"_s;

    QTest::newRow("13.8 billion years ago")
        << HistoricalDate::fromYearsAgo(13'800'000'000, Precision::BillionYears)
        << u"13.8 billion years ago"_s;
    QTest::newRow("3.5 billion years ago")
        << HistoricalDate::fromYearsAgo(3'500'000'000, Precision::BillionYears)
        << u"3.5 billion years ago"_s;
    QTest::newRow("0.125 billion years ago")
        << HistoricalDate::fromYearsAgo(125'000'000, Precision::BillionYears)
        << u"0.125 billion years ago"_s;
    QTest::newRow("20 billion years ago, the earliest")
        << HistoricalDate::fromYearsAgo(20'000'000'000, Precision::BillionYears)
        << u"20 billion years ago"_s;
    QTest::newRow("65 million years ago")
        << HistoricalDate::fromYearsAgo(65'000'000, Precision::MillionYears)
        << u"65 million years ago"_s;
    QTest::newRow("66.043 million years ago")
        << HistoricalDate::fromYearsAgo(66'043'000, Precision::MillionYears)
        << u"66.043 million years ago"_s;
    QTest::newRow("12 thousand years ago")
        << HistoricalDate::fromYearsAgo(12'000, Precision::ThousandYears)
        << u"12 thousand years ago"_s;
    QTest::newRow("12.345 thousand years ago")
        << HistoricalDate::fromYearsAgo(12'345, Precision::ThousandYears)
        << u"12.345 thousand years ago"_s;
    QTest::newRow("year 1000 CE in thousands of years")
        << dateAt(Precision::ThousandYears, 1000) << u"0.95 thousand years ago"_s;
    QTest::newRow("1950 itself") << dateAt(Precision::MillionYears, 1950)
                                 << u"0 million years ago"_s;
    QTest::newRow("deep time after 1950")
        << HistoricalDate::fromYearsAgo(-500'000, Precision::MillionYears)
        << u"0.5 million years from now"_s;

    QTest::newRow("approximate year")
        << dateAt(Precision::Year, 1200, 1, 1, 0, 0, true) << u"c. 1200"_s;
    QTest::newRow("approximate BCE year")
        << dateAt(Precision::Year, -43, 1, 1, 0, 0, true) << u"c. 44 BCE"_s;
    QTest::newRow("approximate century")
        << dateAt(Precision::Century, 1250, 1, 1, 0, 0, true) << u"c. 13th century"_s;
    QTest::newRow("approximate deep time")
        << HistoricalDate::fromYearsAgo(65'000'000, Precision::MillionYears, true)
        << u"c. 65 million years ago"_s;
    QTest::newRow("approximate day")
        << dateAt(Precision::Day, 1959, 10, 1, 0, 0, true) << u"c. 1 Oct 1959"_s;

    QTest::newRow("invalid date shows nothing") << HistoricalDate() << QString();
}

void tst_HistoricalDate::display()
{
    QFETCH(HistoricalDate, date);
    QFETCH(QString, expected);

    QCOMPARE(date.toDisplayString(), expected);
}

void tst_HistoricalDate::displayFollowsTheInterfaceLanguage_data()
{
    QTest::addColumn<HistoricalDate>("date");
    QTest::addColumn<QString>("korean");
    QTest::addColumn<QString>("english");
    QTest::newRow("day") << dateAt(Precision::Day, 1950, 6, 25) << u"1950년 6월 25일"_s << u"25 Jun 1950"_s;
    QTest::newRow("month") << dateAt(Precision::Month, 1950, 6) << u"1950년 6월"_s << u"Jun 1950"_s;
    QTest::newRow("BCE year") << dateAt(Precision::Year, -43) << u"기원전 44"_s << u"44 BCE"_s;
    QTest::newRow("approximate decade") << dateAt(Precision::Decade, 1950, 1, 1, 0, 0, true) << u"1950년대경"_s
                                        << u"c. 1950s"_s;
    QTest::newRow("century") << dateAt(Precision::Century, 1950) << u"20세기"_s << u"20th century"_s;
}

void tst_HistoricalDate::displayFollowsTheInterfaceLanguage()
{
    QFETCH(HistoricalDate, date);
    QFETCH(QString, korean);
    QFETCH(QString, english);
    QCOMPARE(date.toDisplayString(), english);
    KoreanDateWords translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString shown = date.toDisplayString();
    const QString kept = date.toEnglishString();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(shown, korean);
    // Files and the date parser keep the English form whatever is shown.
    QCOMPARE(kept, english);
    QCOMPARE(DateParser::parse(kept).date, date);
}

void tst_HistoricalDate::neverShowsYearZero()
{
    // Every precision for every year from 20 BCE to 20 CE: no text names a
    // year 0, and the years either side of the boundary show as 1 BCE and 1.
    for (qint64 year = -19; year <= 20; ++year) {
        for (quint8 value = 0; value <= quint8(Precision::Minute); ++value) {
            const QString text = dateAt(Precision(value), year, 6, 15, 12, 30).toDisplayString();
            QVERIFY2(!text.contains(u" 0 ") && !text.startsWith(u"0 ") && text != u"0"_s
                         && !text.endsWith(u" 0"),
                     qPrintable(text));
        }
    }
    QCOMPARE(dateAt(Precision::Year, 0).toDisplayString(), u"1 BCE"_s);
    QCOMPARE(dateAt(Precision::Year, 1).toDisplayString(), u"1"_s);
}

void tst_HistoricalDate::normalisation_data()
{
    QTest::addColumn<HistoricalDate>("date");
    QTest::addColumn<CivilDateTime>("start");
    QTest::addColumn<CivilDateTime>("end");

    QTest::newRow("minute drops the seconds")
        << dateAt(Precision::Minute, 1959, 10, 1, 14, 30) << civilAt(1959, 10, 1, 14, 30)
        << civilAt(1959, 10, 1, 14, 31);
    QTest::newRow("minute at the end of a day")
        << HistoricalDate(secondsFromCivil(civilAt(1959, 12, 31, 23, 59, 59)), Precision::Minute)
        << civilAt(1959, 12, 31, 23, 59) << civilAt(1960);
    QTest::newRow("hour") << HistoricalDate(secondsFromCivil(civilAt(1959, 10, 1, 14, 30, 45)),
                                            Precision::Hour)
                          << civilAt(1959, 10, 1, 14) << civilAt(1959, 10, 1, 15);
    QTest::newRow("day") << dateAt(Precision::Day, 1959, 10, 1, 14, 30) << civilAt(1959, 10, 1)
                         << civilAt(1959, 10, 2);
    QTest::newRow("day before the epoch")
        << HistoricalDate(-1, Precision::Day) << civilAt(1969, 12, 31) << civilAt(1970);
    QTest::newRow("February 1960, a leap year")
        << dateAt(Precision::Month, 1960, 2, 17) << civilAt(1960, 2) << civilAt(1960, 3);
    QTest::newRow("February 1959")
        << dateAt(Precision::Month, 1959, 2, 28, 23, 59) << civilAt(1959, 2) << civilAt(1959, 3);
    QTest::newRow("December runs into the next year")
        << dateAt(Precision::Month, 1959, 12, 5) << civilAt(1959, 12) << civilAt(1960);
    QTest::newRow("year 1959") << dateAt(Precision::Year, 1959, 10, 1) << civilAt(1959)
                               << civilAt(1960);
    QTest::newRow("year 1 BCE ends at 1 CE")
        << dateAt(Precision::Year, 0, 7) << civilAt(0) << civilAt(1);
    QTest::newRow("decade 1950s") << dateAt(Precision::Decade, 1955) << civilAt(1950)
                                  << civilAt(1960);
    QTest::newRow("decade 0s is 1 to 9 CE")
        << dateAt(Precision::Decade, 5) << civilAt(1) << civilAt(10);
    QTest::newRow("decade 0s BCE is 9 to 1 BCE")
        << dateAt(Precision::Decade, -3) << civilAt(-8) << civilAt(1);
    QTest::newRow("decade 10s BCE is 19 to 10 BCE")
        << dateAt(Precision::Decade, -9) << civilAt(-18) << civilAt(-8);
    QTest::newRow("decade 440s BCE is 449 to 440 BCE")
        << dateAt(Precision::Decade, -444) << civilAt(-448) << civilAt(-438);
    QTest::newRow("20th century is 1901 to 2000")
        << dateAt(Precision::Century, 1959) << civilAt(1901) << civilAt(2001);
    QTest::newRow("year 2000 belongs to the 20th century")
        << dateAt(Precision::Century, 2000, 12, 31) << civilAt(1901) << civilAt(2001);
    QTest::newRow("1st century BCE is 100 to 1 BCE")
        << dateAt(Precision::Century, -20) << civilAt(-99) << civilAt(1);
    QTest::newRow("5th century BCE is 500 to 401 BCE")
        << dateAt(Precision::Century, -450) << civilAt(-499) << civilAt(-399);
    QTest::newRow("thousand years keep the year")
        << dateAt(Precision::ThousandYears, -10395, 6) << civilAt(-10395) << civilAt(-10394);
    // 65,000,500 years ago rounds up to 65.001 million: the step that contains it.
    QTest::newRow("million years, a step of a thousand years")
        << dateAt(Precision::MillionYears, 1950 - 65'000'500) << civilAt(1950 - 65'001'000)
        << civilAt(1950 - 65'000'000);
    QTest::newRow("billion years, a step of a million years")
        << dateAt(Precision::BillionYears, 1950 - 3'500'000'001LL)
        << civilAt(1950 - 3'501'000'000LL) << civilAt(1950 - 3'500'000'000LL);
    QTest::newRow("million years after 1950")
        << dateAt(Precision::MillionYears, 3000) << civilAt(2950) << civilAt(3950);
    // The century holding the earliest year starts a few decades before it.
    QTest::newRow("century that straddles the earliest year")
        << dateAt(Precision::Century, earliestYear) << civilAt(-19'999'998'099LL)
        << civilAt(-19'999'997'999LL);
}

void tst_HistoricalDate::normalisation()
{
    QFETCH(HistoricalDate, date);
    QFETCH(CivilDateTime, start);
    QFETCH(CivilDateTime, end);

    QVERIFY(date.isValid());
    QCOMPARE(date.civil(), start);
    QCOMPARE(date.seconds(), secondsFromCivil(start));
    QCOMPARE(date.periodEnd(), secondsFromCivil(end));
}

void tst_HistoricalDate::normalisationIsIdempotentAndContainsItsInput()
{
    QRandomGenerator random(1200);
    const qint64 earliest = secondsFromCivil(civilAt(earliestYear));
    const qint64 latest = secondsFromCivil(civilAt(latestYear + 1)) - 1;
    for (int i = 0; i < 20'000; ++i) {
        const qint64 seconds = i % 2 == 0 ? random.bounded(earliest, latest)
                                          : random.bounded(-qint64(3000) * 366 * secondsPerDay,
                                                           qint64(3000) * 366 * secondsPerDay);
        const auto precision = Precision(random.bounded(0, int(Precision::Minute) + 1));
        const HistoricalDate date(seconds, precision);
        QVERIFY(date.isValid());
        QVERIFY2(date.seconds() <= seconds && seconds < date.periodEnd(),
                 qPrintable(date.toDisplayString()));
        QCOMPARE(HistoricalDate(date.seconds(), precision), date);
        // The last second of the period still belongs to it.
        if (date.periodEnd() - 1 <= latest)
            QCOMPARE(HistoricalDate(date.periodEnd() - 1, precision), date);
        // The next period starts where this one ends.
        if (date.periodEnd() <= latest)
            QCOMPARE(HistoricalDate(date.periodEnd(), precision).seconds(), date.periodEnd());
    }
}

void tst_HistoricalDate::fromYearsAgo_data()
{
    QTest::addColumn<qint64>("yearsAgo");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<qint64>("year");

    // year = 1950 - yearsAgo, then normalised.
    QTest::newRow("12 thousand years ago")
        << qint64(12'000) << Precision::ThousandYears << qint64(-10'050);
    QTest::newRow("65 million years ago")
        << qint64(65'000'000) << Precision::MillionYears << qint64(1950 - 65'000'000);
    QTest::newRow("20 billion years ago")
        << qint64(20'000'000'000) << Precision::BillionYears << earliestYear;
    QTest::newRow("a plain year by years ago")
        << qint64(1950 - 1959) << Precision::Year << qint64(1959);
}

void tst_HistoricalDate::fromYearsAgo()
{
    QFETCH(qint64, yearsAgo);
    QFETCH(Precision, precision);
    QFETCH(qint64, year);

    const HistoricalDate date = HistoricalDate::fromYearsAgo(yearsAgo, precision);
    QVERIFY(date.isValid());
    QCOMPARE(date.precision(), precision);
    QCOMPARE(date.astronomicalYear(), year);
    QCOMPARE(date.civil(), civilAt(year));
}

void tst_HistoricalDate::invalidDates()
{
    QVERIFY(!HistoricalDate().isValid());
    const qint64 earliest = secondsFromCivil(civilAt(earliestYear));
    const qint64 latest = secondsFromCivil(civilAt(latestYear + 1)) - 1;
    QVERIFY(HistoricalDate(earliest, Precision::Minute).isValid());
    QVERIFY(HistoricalDate(latest, Precision::Minute).isValid());
    QVERIFY(!HistoricalDate(earliest - 1, Precision::Year).isValid());
    QVERIFY(!HistoricalDate(latest + 1, Precision::Year).isValid());
    QVERIFY(!HistoricalDate(std::numeric_limits<qint64>::min(), Precision::Day).isValid());
    QVERIFY(!HistoricalDate(std::numeric_limits<qint64>::max(), Precision::Day).isValid());
    QVERIFY(!HistoricalDate(0, Precision(200)).isValid());
    // All invalid dates are alike, whatever they were made from.
    QCOMPARE(HistoricalDate(latest + 1, Precision::Century, true), HistoricalDate());
    QVERIFY(!HistoricalDate::fromCivil(civilAt(1959, 2, 29), Precision::Day).isValid());
    QVERIFY(!HistoricalDate::fromCivil(civilAt(1959, 13, 1), Precision::Month).isValid());
    QVERIFY(!HistoricalDate::fromCivil(civilAt(1959, 1, 1, 24), Precision::Hour).isValid());
    QVERIFY(!HistoricalDate::fromCivil(civilAt(latestYear + 1), Precision::Year).isValid());
    QVERIFY(HistoricalDate::fromCivil(civilAt(1960, 2, 29), Precision::Day).isValid());
    QVERIFY(!HistoricalDate::fromYearsAgo(20'000'000'001, Precision::Year).isValid());
    QVERIFY(!HistoricalDate::fromYearsAgo(std::numeric_limits<qint64>::min(), Precision::Year)
                 .isValid());
    QVERIFY(!HistoricalDate::fromYearsAgo(std::numeric_limits<qint64>::max(), Precision::Year)
                 .isValid());
}

QTEST_GUILESS_MAIN(tst_HistoricalDate)
#include "tst_historicaldate.moc"
