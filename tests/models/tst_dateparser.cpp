// SPDX-License-Identifier: GPL-3.0-or-later
#include "historicaldate.h"
#include "historicaldate_testing.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Annals;
using namespace Qt::StringLiterals;

namespace {

HistoricalDate dateAt(Precision precision, qint64 year, int month = 1, int day = 1, int hour = 0,
                      int minute = 0, bool approximate = false)
{
    return HistoricalDate::fromCivil(civilAt(year, month, day, hour, minute), precision, approximate);
}

HistoricalDate approximately(Precision precision, qint64 year)
{
    return dateAt(precision, year, 1, 1, 0, 0, true);
}

HistoricalDate yearsAgo(qint64 years, Precision precision)
{
    return HistoricalDate::fromYearsAgo(years, precision);
}

} // namespace

// Reading typed dates: every accepted form, a message for every rejected one,
// and display strings that always read back to the same date.
class tst_DateParser : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void unreadableInputNamesTheExpectedForms();
    void canonicalFormsReadBackUnchanged_data();
    void canonicalFormsReadBackUnchanged();
    void displayStringsReadBack();
};

void tst_DateParser::accepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<HistoricalDate>("expected");

    QTest::newRow("plain year") << u"1959"_s << dateAt(Precision::Year, 1959);
    QTest::newRow("abbreviated month") << u"Oct 1959"_s << dateAt(Precision::Month, 1959, 10);
    QTest::newRow("abbreviated month with a dot")
        << u"Oct. 1959"_s << dateAt(Precision::Month, 1959, 10);
    QTest::newRow("full month") << u"October 1959"_s << dateAt(Precision::Month, 1959, 10);
    QTest::newRow("Sept for September") << u"Sept 1959"_s << dateAt(Precision::Month, 1959, 9);
    QTest::newRow("day, full month, year")
        << u"1 October 1959"_s << dateAt(Precision::Day, 1959, 10, 1);
    QTest::newRow("day, abbreviated month, year")
        << u"1 Oct 1959"_s << dateAt(Precision::Day, 1959, 10, 1);
    QTest::newRow("month, day, comma, year")
        << u"October 1, 1959"_s << dateAt(Precision::Day, 1959, 10, 1);
    QTest::newRow("month, day, year without comma")
        << u"Oct 1 1959"_s << dateAt(Precision::Day, 1959, 10, 1);
    QTest::newRow("ISO day") << u"1959-10-01"_s << dateAt(Precision::Day, 1959, 10, 1);
    QTest::newRow("ISO month") << u"1959-10"_s << dateAt(Precision::Month, 1959, 10);
    QTest::newRow("ISO minute with a space")
        << u"1959-10-01 14:30"_s << dateAt(Precision::Minute, 1959, 10, 1, 14, 30);
    QTest::newRow("ISO minute with a T")
        << u"1959-10-01T14:30"_s << dateAt(Precision::Minute, 1959, 10, 1, 14, 30);
    QTest::newRow("ISO hour") << u"1959-10-01 14h"_s << dateAt(Precision::Hour, 1959, 10, 1, 14);
    QTest::newRow("minute") << u"1 Oct 1959 14:30"_s
                            << dateAt(Precision::Minute, 1959, 10, 1, 14, 30);
    QTest::newRow("hour") << u"1 Oct 1959 14h"_s << dateAt(Precision::Hour, 1959, 10, 1, 14);
    QTest::newRow("month first with a time")
        << u"October 1, 1959 14:30"_s << dateAt(Precision::Minute, 1959, 10, 1, 14, 30);
    QTest::newRow("upper case") << u"1 OCT 1959"_s << dateAt(Precision::Day, 1959, 10, 1);
    QTest::newRow("surrounding whitespace") << u"  1959 \t\n"_s << dateAt(Precision::Year, 1959);
    QTest::newRow("runs of inner whitespace")
        << u"1   Oct \t 1959"_s << dateAt(Precision::Day, 1959, 10, 1);
    QTest::newRow("leap day 1960") << u"1960-02-29"_s << dateAt(Precision::Day, 1960, 2, 29);
    QTest::newRow("leap day 2000, divisible by 400")
        << u"2000-02-29"_s << dateAt(Precision::Day, 2000, 2, 29);
    QTest::newRow("leap day in words") << u"29 Feb 1960"_s << dateAt(Precision::Day, 1960, 2, 29);

    QTest::newRow("BCE") << u"44 BCE"_s << dateAt(Precision::Year, -43);
    QTest::newRow("BC") << u"44 BC"_s << dateAt(Precision::Year, -43);
    QTest::newRow("B.C.") << u"44 B.C."_s << dateAt(Precision::Year, -43);
    QTest::newRow("BC without a space") << u"44BC"_s << dateAt(Precision::Year, -43);
    QTest::newRow("CE") << u"44 CE"_s << dateAt(Precision::Year, 44);
    QTest::newRow("AD before the year") << u"AD 44"_s << dateAt(Precision::Year, 44);
    QTest::newRow("A.D. before the year") << u"A.D. 44"_s << dateAt(Precision::Year, 44);
    QTest::newRow("1 BCE is astronomical year 0") << u"1 BCE"_s << dateAt(Precision::Year, 0);
    QTest::newRow("Ides of March") << u"15 Mar 44 BCE"_s << dateAt(Precision::Day, -43, 3, 15);
    QTest::newRow("month BCE") << u"Mar 44 BCE"_s << dateAt(Precision::Month, -43, 3);
    QTest::newRow("minute BCE") << u"15 Mar 44 BCE 11:00"_s
                                << dateAt(Precision::Minute, -43, 3, 15, 11, 0);
    QTest::newRow("last day of 1 BCE") << u"31 Dec 1 BCE"_s << dateAt(Precision::Day, 0, 12, 31);
    QTest::newRow("first day of 1 CE") << u"1 Jan 1"_s << dateAt(Precision::Day, 1, 1, 1);
    QTest::newRow("a year in deep time")
        << u"19999998051 BCE"_s << dateAt(Precision::Year, earliestYear);
    QTest::newRow("the latest year") << u"1000000"_s << dateAt(Precision::Year, latestYear);

    QTest::newRow("c. with a space") << u"c. 1200"_s << approximately(Precision::Year, 1200);
    QTest::newRow("c. without a space") << u"c.1200"_s << approximately(Precision::Year, 1200);
    QTest::newRow("c. is not confused with C.E.") << u"C.E. 44"_s << dateAt(Precision::Year, 44);
    QTest::newRow("c with a space") << u"c 1200"_s << approximately(Precision::Year, 1200);
    QTest::newRow("ca.") << u"ca. 1200"_s << approximately(Precision::Year, 1200);
    QTest::newRow("circa") << u"circa 1200"_s << approximately(Precision::Year, 1200);
    QTest::newRow("tilde") << u"~1200"_s << approximately(Precision::Year, 1200);
    QTest::newRow("approximate BCE") << u"c. 44 BCE"_s << approximately(Precision::Year, -43);

    QTest::newRow("decade") << u"1950s"_s << dateAt(Precision::Decade, 1950);
    QTest::newRow("decade with an apostrophe") << u"1950's"_s << dateAt(Precision::Decade, 1950);
    QTest::newRow("decade BCE starts in 449 BCE")
        << u"440s BCE"_s << dateAt(Precision::Decade, -448);
    QTest::newRow("decade 0s starts in 1 CE") << u"0s"_s << dateAt(Precision::Decade, 1);
    QTest::newRow("decade 0s BCE starts in 9 BCE") << u"0s BCE"_s << dateAt(Precision::Decade, -8);
    QTest::newRow("decade straddling the earliest year")
        << u"19999998050s BCE"_s << dateAt(Precision::Decade, earliestYear);
    QTest::newRow("century starts in 1901")
        << u"20th century"_s << dateAt(Precision::Century, 1901);
    QTest::newRow("1st century") << u"1st century"_s << dateAt(Precision::Century, 1);
    QTest::newRow("21st century") << u"21st century"_s << dateAt(Precision::Century, 2001);
    QTest::newRow("century BCE starts in 500 BCE")
        << u"5th century BCE"_s << dateAt(Precision::Century, -499);
    QTest::newRow("approximate century")
        << u"c. 20th century"_s << approximately(Precision::Century, 1901);

    QTest::newRow("Ga") << u"3.5 Ga"_s << yearsAgo(3'500'000'000, Precision::BillionYears);
    QTest::newRow("Ma") << u"65 Ma"_s << yearsAgo(65'000'000, Precision::MillionYears);
    QTest::newRow("ka") << u"12 ka"_s << yearsAgo(12'000, Precision::ThousandYears);
    QTest::newRow("mya") << u"65 mya"_s << yearsAgo(65'000'000, Precision::MillionYears);
    QTest::newRow("billion years ago")
        << u"3.5 billion years ago"_s << yearsAgo(3'500'000'000, Precision::BillionYears);
    QTest::newRow("million years ago")
        << u"65 million years ago"_s << yearsAgo(65'000'000, Precision::MillionYears);
    QTest::newRow("thousand years ago")
        << u"12 thousand years ago"_s << yearsAgo(12'000, Precision::ThousandYears);
    QTest::newRow("three decimals")
        << u"0.125 billion years ago"_s << yearsAgo(125'000'000, Precision::BillionYears);
    QTest::newRow("trailing zeros beyond three decimals")
        << u"13.80000 Ga"_s << yearsAgo(13'800'000'000, Precision::BillionYears);
    QTest::newRow("approximate deep time")
        << u"c. 65 Ma"_s << HistoricalDate::fromYearsAgo(65'000'000, Precision::MillionYears, true);
    QTest::newRow("zero million years ago is 1950")
        << u"0 Ma"_s << dateAt(Precision::MillionYears, 1950);
    QTest::newRow("deep time after 1950")
        << u"0.5 million years from now"_s << yearsAgo(-500'000, Precision::MillionYears);
    // A round thousand of years ago is read as known to the thousand years;
    // any other count names one year, counted back from 1950.
    QTest::newRow("round thousands of years ago are thousand-year precision")
        << u"12,000 years ago"_s << yearsAgo(12'000, Precision::ThousandYears);
    QTest::newRow("other counts of years ago name a year")
        << u"12,345 years ago"_s << dateAt(Precision::Year, 1950 - 12'345);
    QTest::newRow("years ago without separators")
        << u"1500 years ago"_s << dateAt(Precision::Year, 450);

    // The Korean interface's forms (translations/annals_ko.ts), as shown and as typed.
    QTest::newRow("ko day") << u"1950년 6월 25일"_s << dateAt(Precision::Day, 1950, 6, 25);
    QTest::newRow("ko day, no spaces") << u"1950년6월25일"_s << dateAt(Precision::Day, 1950, 6, 25);
    QTest::newRow("ko hour") << u"1950년 6월 25일 14시"_s << dateAt(Precision::Hour, 1950, 6, 25, 14);
    QTest::newRow("ko minute") << u"1950년 6월 25일 14:30"_s << dateAt(Precision::Minute, 1950, 6, 25, 14, 30);
    QTest::newRow("ko month") << u"1950년 6월"_s << dateAt(Precision::Month, 1950, 6);
    QTest::newRow("ko year") << u"1950년"_s << dateAt(Precision::Year, 1950);
    QTest::newRow("ko BCE year") << u"기원전 44년"_s << dateAt(Precision::Year, -43);
    QTest::newRow("ko BCE year as shown") << u"기원전 44"_s << dateAt(Precision::Year, -43);
    QTest::newRow("ko BCE day") << u"기원전 44년 3월 15일"_s << dateAt(Precision::Day, -43, 3, 15);
    QTest::newRow("ko CE year") << u"서기 1950년"_s << dateAt(Precision::Year, 1950);
    QTest::newRow("ko decade") << u"1950년대"_s << dateAt(Precision::Decade, 1950);
    QTest::newRow("ko century") << u"20세기"_s << dateAt(Precision::Century, 1950);
    QTest::newRow("ko 21st century") << u"21세기"_s << dateAt(Precision::Century, 2001);
    QTest::newRow("ko 11th century BCE") << u"기원전 11세기"_s << dateAt(Precision::Century, -1099);
    QTest::newRow("ko approximate, suffix") << u"1950년대경"_s << approximately(Precision::Decade, 1950);
    QTest::newRow("ko approximate, prefix") << u"약 1200년"_s << approximately(Precision::Year, 1200);
    QTest::newRow("ko million years ago") << u"65백만 년 전"_s << yearsAgo(65'000'000, Precision::MillionYears);
    QTest::newRow("ko billion years ago") << u"3.5십억 년 전"_s << yearsAgo(3'500'000'000, Precision::BillionYears);
}

void tst_DateParser::accepted()
{
    QFETCH(QString, input);
    QFETCH(HistoricalDate, expected);

    QVERIFY(expected.isValid());
    const DateParseResult result = DateParser::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.date, expected);
}

void tst_DateParser::rejected_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    const QString notRead = u"Could not read"_s;
    const QString noYearZero = u"There is no year 0: 1 BCE is followed by 1 CE."_s;
    const QString tooEarly
        = u"is before the earliest date Annals can hold (20 billion years ago)"_s;
    const QString tooLate = u"is after the latest date Annals can hold"_s;

    QTest::newRow("empty") << QString() << u"Enter a date, for example 1959 or 1 Oct 1959."_s;
    QTest::newRow("only whitespace") << u" \t "_s << u"Enter a date"_s;
    QTest::newRow("unknown month") << u"Octember 1959"_s << notRead;
    QTest::newRow("a word") << u"hello"_s << notRead;
    QTest::newRow("ko month 13") << u"1950년 13월"_s << notRead;
    QTest::newRow("ko word") << u"한국전쟁"_s << notRead;
    QTest::newRow("ko BCE deep time") << u"기원전 65백만 년 전"_s << notRead;
    QTest::newRow("prefix alone") << u"c."_s << notRead;
    QTest::newRow("two hyphens") << u"--"_s << notRead;
    QTest::newRow("exponent") << u"1e308 Ga"_s << notRead;
    QTest::newRow("time without a day") << u"Oct 1959 14:30"_s << notRead;
    QTest::newRow("day and month without a year") << u"1 Oct"_s << notRead;
    QTest::newRow("seconds") << u"1959-10-01 14:30:00"_s << notRead;
    QTest::newRow("fractional years ago") << u"12.5 years ago"_s << notRead;
    QTest::newRow("era twice") << u"5th century BCE BCE"_s << notRead;
    QTest::newRow("NUL inside") << (u"19"_s + QChar(0) + u"59"_s) << notRead;
    QTest::newRow("NUL at the end") << (u"1959"_s + QChar(0)) << notRead;
    QTest::newRow("minus zero") << u"-0"_s << u"There is no year 0"_s;
    QTest::newRow("a thousand digits") << QString(1000, u'9') << notRead;
    QTest::newRow("a megabyte") << QString(1 << 20, u'x') << notRead;

    QTest::newRow("year 0") << u"0"_s << noYearZero;
    QTest::newRow("year 0 BCE") << u"0 BCE"_s << noYearZero;
    QTest::newRow("year 0 AD") << u"AD 0"_s << noYearZero;
    QTest::newRow("ISO year 0") << u"0000-01-01"_s << noYearZero;
    QTest::newRow("day in year 0") << u"1 Jan 0"_s << noYearZero;

    QTest::newRow("29 February in a common year")
        << u"1959-02-29"_s << u"February 1959 has 28 days."_s;
    QTest::newRow("29 February in words") << u"29 Feb 1959"_s << u"February 1959 has 28 days."_s;
    QTest::newRow("29 February 1900, a century")
        << u"1900-02-29"_s << u"February 1900 has 28 days."_s;
    QTest::newRow("31 April") << u"31 Apr 1959"_s << u"April 1959 has 30 days."_s;
    QTest::newRow("day 0") << u"1959-10-00"_s << u"October 1959 has 31 days."_s;
    QTest::newRow("29 February BCE") << u"29 Feb 2 BCE"_s << u"February 2 BCE has 28 days."_s;
    QTest::newRow("month 13") << u"1959-13-01"_s << u"There is no month 13"_s;
    QTest::newRow("month 0") << u"1959-00"_s << u"There is no month 0"_s;
    QTest::newRow("hour 24") << u"1959-10-01 24:00"_s << u"There is no hour 24"_s;
    QTest::newRow("hour 25 in words") << u"1 Oct 1959 25h"_s << u"There is no hour 25"_s;
    QTest::newRow("minute 60") << u"1959-10-01 14:60"_s << u"There is no minute 60"_s;

    QTest::newRow("before the earliest year") << u"20000000000 BCE"_s << tooEarly;
    QTest::newRow("21 Ga") << u"21 Ga"_s << tooEarly;
    QTest::newRow("just over 20 billion years ago") << u"20.001 billion years ago"_s << tooEarly;
    QTest::newRow("twenty digits BCE") << u"99999999999999999999 BCE"_s << tooEarly;
    QTest::newRow("twenty digits Ga") << u"99999999999999999999 Ga"_s << tooEarly;
    QTest::newRow("century before the earliest") << u"200000000th century BCE"_s << tooEarly;
    QTest::newRow("after the latest year") << u"1000001"_s << tooLate;
    QTest::newRow("twenty digits") << u"99999999999999999999"_s << tooLate;
    QTest::newRow("twenty-digit decade") << u"99999999999999999990s"_s << tooLate;
    QTest::newRow("far future deep time") << u"2 million years from now"_s << tooLate;

    QTest::newRow("negative year suggests BCE")
        << u"-43"_s << u"write 44 BCE for the astronomical year -43, or 43 BCE"_s;
    QTest::newRow("minus sign suggests BCE") << (QChar(0x2212) + u"43"_s) << u"44 BCE"_s;
    QTest::newRow("negative ISO date") << u"-0043-03-15"_s << u"44 BCE"_s;
    QTest::newRow("decade not ending in 0") << u"1955s"_s << u"ends in 0"_s;
    QTest::newRow("0th century") << u"0th century"_s << u"no 0th century"_s;
    QTest::newRow("four decimals") << u"3.1416 Ga"_s << u"a thousandth of its unit"_s;
}

void tst_DateParser::rejected()
{
    QFETCH(QString, input);
    QFETCH(QString, message);

    const DateParseResult result = DateParser::parse(input);
    QVERIFY(!result.ok());
    QVERIFY(!result.date.isValid());
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    // A message quotes at most a short piece of what was typed.
    QVERIFY2(result.error.size() < 400, qPrintable(result.error.left(400)));
    QVERIFY(!result.error.contains(QChar(0)));
}

void tst_DateParser::unreadableInputNamesTheExpectedForms()
{
    QCOMPARE(DateParser::parse(u"Octember 1959").error,
             u"Could not read \"Octember 1959\" as a date. Expected forms like 1959, Oct 1959, "
             u"1 October 1959, 1959-10-01, 1959-10-01 14:30, 44 BCE, c. 1200, 1950s, "
             u"20th century, 3.5 Ga or 65 Ma."_s);
}

void tst_DateParser::canonicalFormsReadBackUnchanged_data()
{
    QTest::addColumn<QString>("text");

    for (const char16_t *text : {u"1959",
                                 u"Oct 1959",
                                 u"1 Oct 1959",
                                 u"1 Oct 1959 14h",
                                 u"1 Oct 1959 14:30",
                                 u"1 Oct 1959 04:05",
                                 u"44 BCE",
                                 u"Mar 44 BCE",
                                 u"15 Mar 44 BCE",
                                 u"15 Mar 44 BCE 11h",
                                 u"31 Dec 1 BCE",
                                 u"1 Jan 1",
                                 u"79",
                                 u"c. 1200",
                                 u"c. 44 BCE",
                                 u"c. 1 Oct 1959",
                                 u"1950s",
                                 u"0s",
                                 u"0s BCE",
                                 u"10s BCE",
                                 u"440s BCE",
                                 u"20th century",
                                 u"21st century",
                                 u"112th century",
                                 u"123rd century",
                                 u"5th century BCE",
                                 u"2nd century BCE",
                                 u"13.8 billion years ago",
                                 u"3.5 billion years ago",
                                 u"0.125 billion years ago",
                                 u"65 million years ago",
                                 u"66.043 million years ago",
                                 u"12 thousand years ago",
                                 u"12.345 thousand years ago",
                                 u"0.5 million years from now",
                                 u"c. 65 million years ago",
                                 u"19999998051 BCE",
                                 u"20 billion years ago",
                                 u"1000000"}) {
        QTest::newRow(QStringView(text).toUtf8().constData()) << QStringView(text).toString();
    }
}

void tst_DateParser::canonicalFormsReadBackUnchanged()
{
    QFETCH(QString, text);

    const DateParseResult result = DateParser::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.date.toDisplayString(), text);
}

void tst_DateParser::displayStringsReadBack()
{
    // Fixed seed, so a failure can be reproduced.
    QRandomGenerator random(3'500'000'000U);
    const auto secondsOfYear = [](qint64 year) {
        CivilDateTime civil;
        civil.year = year;
        return secondsFromCivil(civil);
    };
    const qint64 earliest = secondsOfYear(earliestYear);
    const qint64 latest = secondsOfYear(latestYear + 1) - 1;
    const qint64 aroundYearZero = secondsOfYear(-3000);
    const qint64 aroundNow = secondsOfYear(3000);
    for (int i = 0; i < 12'000; ++i) {
        // A quarter each over the whole range, within 3000 years of year 0,
        // and within 200 years of each end of the range.
        qint64 seconds = 0;
        switch (i % 4) {
        case 0:
            seconds = random.bounded(earliest, latest);
            break;
        case 1:
            seconds = random.bounded(aroundYearZero, aroundNow);
            break;
        case 2:
            seconds = random.bounded(earliest, secondsOfYear(earliestYear + 200));
            break;
        default:
            seconds = random.bounded(secondsOfYear(latestYear - 200), latest);
            break;
        }
        const auto precision = Precision(random.bounded(0, int(Precision::Minute) + 1));
        const HistoricalDate date(seconds, precision, random.bounded(0, 4) == 0);
        QVERIFY(date.isValid());
        const QString text = date.toEnglishString();
        const DateParseResult result = DateParser::parse(text);
        QVERIFY2(result.ok(), qPrintable(text + u" -> "_s + result.error));
        QCOMPARE(result.date, date);
    }
}

QTEST_GUILESS_MAIN(tst_DateParser)
#include "tst_dateparser.moc"
