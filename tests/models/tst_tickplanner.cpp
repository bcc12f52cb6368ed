// SPDX-License-Identifier: GPL-3.0-or-later
#include "historicaldate.h"
#include "historicaldate_testing.h"
#include "tickplanner.h"
#include "timescale.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <optional>

using namespace Annals;
using namespace Qt::StringLiterals;

namespace {

constexpr double secondsPerYear = 365.2425 * 86'400;
constexpr double gap = 12.0;

// Deterministic text measurement: 7 px a character, as a monospaced font.
double sevenPerCharacter(const QString &text)
{
    return 7.0 * static_cast<double>(text.size());
}

qint64 at(qint64 year, int month = 1, int day = 1, int hour = 0, int minute = 0)
{
    return secondsAt(year, month, day, hour, minute);
}

qint64 yearsAgo(double years)
{
    return at(presentYearForYearsAgo - static_cast<qint64>(years));
}

QStringList texts(const QList<TickLabel> &labels)
{
    QStringList result;
    for (const TickLabel &label : labels)
        result.append(label.text);
    return result;
}

// "14.3 billion years", "80 years", "6 hours": the row names of the sweep.
QByteArray spanInWords(double seconds)
{
    const double years = seconds / secondsPerYear;
    if (years >= 1e9)
        return QByteArray::number(years / 1e9, 'g', 3) + " billion years";
    if (years >= 1e6)
        return QByteArray::number(years / 1e6, 'g', 3) + " million years";
    if (years >= 1e4)
        return QByteArray::number(years / 1e3, 'g', 3) + " thousand years";
    if (years >= 1)
        return QByteArray::number(years, 'g', 3) + " years";
    if (seconds >= 86'400)
        return QByteArray::number(seconds / 86'400, 'g', 3) + " days";
    return QByteArray::number(seconds / 3600, 'g', 3) + " hours";
}

std::optional<int> monthNumber(const QString &name)
{
    for (int month = 1; month <= 12; ++month) {
        if (QLocale().standaloneMonthName(month, QLocale::ShortFormat) == name)
            return month;
    }
    return std::nullopt;
}

// "1959" -> 1959, "44 BCE" -> -43, "10 CE" -> 10, "12,000 BCE" -> -11999.
// Never accepts year 0 in any form.
std::optional<qint64> parseYear(const QString &text)
{
    static const QRegularExpression pattern(u"^([1-9][0-9,]*)( BCE| CE)?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 shown = match.captured(1).remove(u',').toLongLong();
    return match.captured(2) == u" BCE"_s ? 1 - shown : shown;
}

// The test's own reading of every label format, checked against the second
// the label is said to name: a label that reads well but names the wrong
// tick (or year 0, or a month off by one) fails here.
bool labelNamesItsTime(const TickLabel &label)
{
    const CivilDateTime civil = civilFromSeconds(label.time);
    const bool midnight = civil.hour == 0 && civil.minute == 0 && civil.second == 0;
    const bool startOfMonth = midnight && civil.day == 1;
    const bool startOfYear = startOfMonth && civil.month == 1;
    const QString &text = label.text;

    static const QRegularExpression clock(u"^(\\d\\d):(\\d\\d)$"_s);
    if (const auto match = clock.match(text); match.hasMatch()) {
        return civil.hour == match.captured(1).toInt() && civil.minute == match.captured(2).toInt()
            && civil.second == 0;
    }
    static const QRegularExpression deep(u"^(\\d+)(?:\\.(\\d+))? (ka|Ma|Ga)$"_s);
    if (const auto match = deep.match(text); match.hasMatch()) {
        const int digits = match.captured(3) == u"ka"_s ? 3 : match.captured(3) == u"Ma"_s ? 6 : 9;
        const QString fraction = match.captured(2);
        if (fraction.size() > digits)
            return false;
        const qint64 ago = (match.captured(1) + fraction.leftJustified(digits, u'0')).toLongLong();
        return ago > 0 && startOfYear && civil.year == presentYearForYearsAgo - ago;
    }
    static const QRegularExpression dayMonthYear(u"^(\\d{1,2}) (\\p{L}+) (.+)$"_s);
    if (const auto match = dayMonthYear.match(text); match.hasMatch()) {
        return midnight && civil.day == match.captured(1).toInt()
            && monthNumber(match.captured(2)) == civil.month
            && parseYear(match.captured(3)) == civil.year;
    }
    static const QRegularExpression monthYear(u"^(\\p{L}+) (\\d.*)$"_s);
    if (const auto match = monthYear.match(text); match.hasMatch()) {
        return startOfMonth && monthNumber(match.captured(1)) == civil.month
            && parseYear(match.captured(2)) == civil.year;
    }
    if (const auto month = monthNumber(text))
        return startOfMonth && month == civil.month;
    // A bare number is a day of the month or a year of the common era.
    static const QRegularExpression day(u"^\\d{1,2}$"_s);
    if (day.match(text).hasMatch() && midnight && civil.day == text.toInt())
        return true;
    return startOfYear && parseYear(text) == civil.year;
}

// "0" alone, "0 BCE", "0 CE", "Oct 0", "1 Oct 0": any label that says year 0.
bool saysYearZero(const QString &text)
{
    static const QRegularExpression yearZero(u"(^|[^0-9.,])0( |$)"_s);
    return yearZero.match(text).hasMatch();
}

// Ticks: strictly increasing, all within the view.
QString tickProblem(const QList<double> &ticks, int width)
{
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        if (ticks[i] < 0.0 || ticks[i] > width)
            return u"tick %1 at x %2 is outside the view"_s.arg(i).arg(ticks[i]);
        if (i > 0 && ticks[i] <= ticks[i - 1])
            return u"tick %1 at x %2 is not right of the one before"_s.arg(i).arg(ticks[i]);
    }
    return QString();
}

// Labels: whole within the view, in order, never closer than their width
// plus the gap, never year 0, and each names the second it claims.
QString labelProblem(const QList<TickLabel> &labels, int width)
{
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const TickLabel &label = labels[i];
        const double end = label.x + sevenPerCharacter(label.text);
        if (label.x < 0.0 || end > width)
            return u"\"%1\" runs from x %2 to %3, outside the view"_s.arg(label.text)
                .arg(label.x)
                .arg(end);
        if (i > 0) {
            const TickLabel &before = labels[i - 1];
            if (label.time <= before.time)
                return u"\"%1\" does not come after \"%2\""_s.arg(label.text, before.text);
            if (label.x < before.x + sevenPerCharacter(before.text) + gap)
                return u"\"%1\" at x %2 overlaps \"%3\" at x %4"_s.arg(label.text)
                    .arg(label.x)
                    .arg(before.text)
                    .arg(before.x);
        }
        if (saysYearZero(label.text))
            return u"\"%1\" says year 0"_s.arg(label.text);
        if (!labelNamesItsTime(label))
            return u"\"%1\" does not name its time, %2"_s.arg(
                label.text, HistoricalDate(label.time, Precision::Minute).toDisplayString());
    }
    return QString();
}

} // namespace

// The axis: which ticks and labels a view gets, at every scale from 13.8
// billion years to one hour, and what the labels say.
class tst_TickPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyScale_data();
    void everyScale();
    void costIsBoundedByTheWidth();

    void oracleCatchesWrongLabels();

    void unitChosenForTheView_data();
    void unitChosenForTheView();

    void monthLabels_data();
    void monthLabels();
    void dayAndHourContext();

    void eraBoundary_data();
    void eraBoundary();

    void deepTime();
    void narrowViewStillNamesSomething();
    void oddArguments();
};

void tst_TickPlanner::initTestCase()
{
    // CTest runs with LC_ALL=C.UTF-8; month names are the locale's.
    QLocale::setDefault(QLocale(QLocale::English));
}

void tst_TickPlanner::everyScale_data()
{
    QTest::addColumn<qint64>("origin");
    QTest::addColumn<double>("secondsPerPixel");
    QTest::addColumn<int>("width");

    // 50 spans, evenly on a log scale from 13.8 billion years to one hour.
    const double widest = 13.8e9 * secondsPerYear;
    const double narrowest = 3600.0;
    for (const int width : {1920, 600, 160}) {
        for (int k = 0; k < 50; ++k) {
            const double span = widest * std::pow(narrowest / widest, k / 49.0);
            const qint64 whole = std::llround(span);
            // Ending at the founding of the PRC, and centred on the era boundary.
            QTest::addRow("%s across %d px, ending 1 Oct 1949 15:00",
                          spanInWords(span).constData(), width)
                << at(1949, 10, 1, 15) - whole << span / width << width;
            QTest::addRow("%s across %d px, centred on 1 CE", spanInWords(span).constData(), width)
                << at(1) - whole / 2 << span / width << width;
        }
    }
}

void tst_TickPlanner::everyScale()
{
    QFETCH(qint64, origin);
    QFETCH(double, secondsPerPixel);
    QFETCH(int, width);
    const TimeScale scale(origin, secondsPerPixel, width);
    const TickPlan plan = TickPlanner::plan(scale, sevenPerCharacter, gap);

    QString problem = tickProblem(plan.minorTicks, width);
    QVERIFY2(problem.isEmpty(), qPrintable(u"minor: "_s + problem));
    problem = tickProblem(plan.majorTicks, width);
    QVERIFY2(problem.isEmpty(), qPrintable(u"major: "_s + problem));
    problem = labelProblem(plan.minorLabels, width);
    QVERIFY2(problem.isEmpty(), qPrintable(u"minor: "_s + problem));
    problem = labelProblem(plan.majorLabels, width);
    QVERIFY2(problem.isEmpty(), qPrintable(u"major: "_s + problem));

    QVERIFY2(!plan.minorLabels.isEmpty(), qPrintable(plan.unitName));
    QVERIFY(!plan.unitName.isEmpty());
    // Labels need 12 px each at least, so ticks are never denser than that.
    QVERIFY(plan.minorTicks.size() <= width / gap + 2);
    // Minor labels sit on their ticks (except a lone fallback label).
    if (plan.minorLabels.size() > 1) {
        for (const TickLabel &label : plan.minorLabels)
            QVERIFY(plan.minorTicks.contains(label.x));
    }
}

void tst_TickPlanner::costIsBoundedByTheWidth()
{
    // O(ticks), never O(years): at every scale the planner measures at most a
    // few tiers' worth of labels, however many years or minutes are in view.
    const double widest = 13.8e9 * secondsPerYear;
    for (const int width : {1920, 600}) {
        qsizetype mostCalls = 0;
        for (int k = 0; k < 50; ++k) {
            const double span = widest * std::pow(3600.0 / widest, k / 49.0);
            const TimeScale scale(at(1949, 10, 1, 15) - std::llround(span), span / width, width);
            qsizetype calls = 0;
            TickPlanner::plan(
                scale,
                [&calls](const QString &text) {
                    ++calls;
                    return sevenPerCharacter(text);
                },
                gap);
            mostCalls = std::max(mostCalls, calls);
        }
        // A tier that fits measures each label in view once (at most
        // width / gap + 2 of them); a step that does not fit stops at its
        // first crowded label. So two tiers cost about two views of labels:
        // 73 measurements at 1920 px, 28 at 600 when this was written.
        const double bound = 3 * (width / gap + 4);
        QVERIFY2(mostCalls <= bound,
                 qPrintable(u"%1 measurements at %2 px"_s.arg(mostCalls).arg(width)));
    }
}

void tst_TickPlanner::oracleCatchesWrongLabels()
{
    // The checks above are only as good as labelNamesItsTime and saysYearZero.
    QVERIFY(labelNamesItsTime({at(-43), 0, u"44 BCE"_s}));
    QVERIFY(!labelNamesItsTime({at(-43), 0, u"43 BCE"_s}));
    QVERIFY(!labelNamesItsTime({at(0), 0, u"0"_s}));
    QVERIFY(labelNamesItsTime({at(1), 0, u"1 CE"_s}));
    QVERIFY(labelNamesItsTime({at(1959, 10), 0, u"Oct"_s}));
    QVERIFY(!labelNamesItsTime({at(1959, 10), 0, u"Sep"_s}));
    QVERIFY(labelNamesItsTime({at(1959, 10), 0, u"Oct 1959"_s}));
    QVERIFY(labelNamesItsTime({at(1959, 10, 1), 0, u"1 Oct 1959"_s}));
    QVERIFY(labelNamesItsTime({at(1959, 10, 1, 14, 30), 0, u"14:30"_s}));
    QVERIFY(labelNamesItsTime({yearsAgo(3.5e9), 0, u"3.5 Ga"_s}));
    QVERIFY(!labelNamesItsTime({yearsAgo(3.5e9), 0, u"3.5 Ma"_s}));
    QVERIFY(labelNamesItsTime({yearsAgo(12'000), 0, u"12 ka"_s}));
    QVERIFY(saysYearZero(u"0"_s));
    QVERIFY(saysYearZero(u"0 BCE"_s));
    QVERIFY(saysYearZero(u"Oct 0"_s));
    QVERIFY(!saysYearZero(u"10 BCE"_s));
    QVERIFY(!saysYearZero(u"14:00"_s));
    QVERIFY(!saysYearZero(u"0.5 Ga"_s));
}

void tst_TickPlanner::unitChosenForTheView_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("unitName");

    // Each row: the finest step whose labels need no more room than a step
    // gives them (7 px a character + 12 px gap), with the arithmetic beside it.
    // 1920 px an hour: a minute is 32 px, "14:05" needs 35 + 12 = 47; five are 160.
    QTest::newRow("an hour") << at(2019, 2, 27, 18) << at(2019, 2, 27, 19) << 1920
                             << u"5 minutes"_s;
    // 600 px an hour: five minutes are 50 px >= 47.
    QTest::newRow("an hour at 600 px") << at(2019, 2, 27, 18) << at(2019, 2, 27, 19) << 600
                                       << u"5 minutes"_s;
    // 12 hours: 30 minutes are 80 px >= 47, 15 are 40.
    QTest::newRow("half a day") << at(1959, 10, 1, 6) << at(1959, 10, 1, 18) << 1920
                                << u"30 minutes"_s;
    // A day: an hour is 80 px, half an hour 40.
    QTest::newRow("a day") << at(1959, 10, 1) << at(1959, 10, 2) << 1920 << u"hour"_s;
    // 30 days: a day is 64 px, "30" needs 14 + 12 = 26.
    QTest::newRow("a month") << at(1959, 10, 1) << at(1959, 10, 31) << 1920 << u"day"_s;
    // 6 months: a day is 10.4 px, two 21 px, a week >= 73 px.
    QTest::newRow("half a year") << at(1959, 3, 1) << at(1959, 9, 1) << 1920 << u"week"_s;
    // 3 years: a week is 12.3 px; a month >= 49.8 px, "Sep" needs 21 + 12 = 33.
    QTest::newRow("three years") << at(1958) << at(1961) << 1920 << u"month"_s;
    // 80 years: a year is 24 px, "1959" needs 40; two are 48.
    QTest::newRow("80 years of Korean history") << at(1945) << at(2025) << 1920 << u"2 years"_s;
    // 14.35 billion years in view: 500 million years are 66.9 px, "13.5 Ga" needs 61.
    QTest::newRow("13.8 billion years") << yearsAgo(13.8e9) << at(2025) << 1920
                                        << u"500 million years"_s;
}

void tst_TickPlanner::unitChosenForTheView()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, width);
    QFETCH(QString, unitName);
    const TimeScale scale = TimeScale::fitting(from, to, width, 0.0);
    QCOMPARE(TickPlanner::plan(scale, sevenPerCharacter, gap).unitName, unitName);
}

void tst_TickPlanner::monthLabels_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QStringList>("firstMinorLabels");
    QTest::addColumn<QStringList>("majorLabels");
    QTest::addColumn<bool>("firstYearPinned");

    const QStringList year = {u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
                              u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s};
    // The tick of 1961 lies at x = 1920: its label would leave the view.
    QTest::newRow("1958 to 1960") << at(1958) << at(1961) << year + year + year
                                  << QStringList{u"1958"_s, u"1959"_s, u"1960"_s} << false;
    // 1958 began left of the view: its label is pinned at x = 0.
    QTest::newRow("March 1958 to March 1961")
        << at(1958, 3) << at(1961, 3) << year.mid(2) + year
        << QStringList{u"1958"_s, u"1959"_s, u"1960"_s, u"1961"_s} << true;
}

void tst_TickPlanner::monthLabels()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QStringList, firstMinorLabels);
    QFETCH(QStringList, majorLabels);
    QFETCH(bool, firstYearPinned);

    const TimeScale scale = TimeScale::fitting(from, to, 1920, 0.0);
    const TickPlan plan = TickPlanner::plan(scale, sevenPerCharacter, gap);
    QCOMPARE(plan.unitName, u"month"_s);
    QCOMPARE(texts(plan.minorLabels).mid(0, firstMinorLabels.size()), firstMinorLabels);
    QCOMPARE(texts(plan.majorLabels), majorLabels);
    QCOMPARE(plan.majorLabels.first().x, 0.0);
    QCOMPARE(plan.majorLabels.first().time < scale.start(), firstYearPinned);
    QVERIFY(labelProblem(plan.minorLabels, 1920).isEmpty());
    QVERIFY(labelProblem(plan.majorLabels, 1920).isEmpty());
}

void tst_TickPlanner::dayAndHourContext()
{
    // Days with the month above.
    const TickPlan days
        = TickPlanner::plan(TimeScale::fitting(at(1959, 10, 1), at(1959, 10, 31), 1920, 0.0),
                            sevenPerCharacter, gap);
    QCOMPARE(texts(days.minorLabels).mid(0, 3), (QStringList{u"1"_s, u"2"_s, u"3"_s}));
    QCOMPARE(texts(days.majorLabels), QStringList{u"Oct 1959"_s});

    // Hours with the day above, pinned at the left edge: the day began before.
    const TimeScale hoursScale
        = TimeScale::fitting(at(1959, 10, 1, 6), at(1959, 10, 1, 18), 1920, 0.0);
    const TickPlan hours = TickPlanner::plan(hoursScale, sevenPerCharacter, gap);
    QCOMPARE(texts(hours.minorLabels).mid(0, 3), (QStringList{u"06:00"_s, u"06:30"_s, u"07:00"_s}));
    QCOMPARE(texts(hours.majorLabels), QStringList{u"1 Oct 1959"_s});
    QCOMPARE(hours.majorLabels.first().x, 0.0);
    QCOMPARE(hours.majorLabels.first().time, at(1959, 10, 1));

    // Across midnight the next day gets its own major tick and label.
    const TickPlan midnight
        = TickPlanner::plan(TimeScale::fitting(at(1959, 9, 30, 18), at(1959, 10, 1, 6), 1920, 0.0),
                            sevenPerCharacter, gap);
    QCOMPARE(texts(midnight.majorLabels), (QStringList{u"30 Sep 1959"_s, u"1 Oct 1959"_s}));
    QCOMPARE(midnight.majorTicks, QList<double>{960.0});
}

void tst_TickPlanner::eraBoundary_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("width");
    QTest::addColumn<QStringList>("minorLabels");
    QTest::addColumn<QStringList>("majorLabels");

    // 30 BCE (astronomical -29) to the end of 30 CE, with 2 % margins:
    // 62.4 years, a year 30.8 px. One-year steps need 54 px for "30 BCE";
    // two-year steps put 1 CE and 2 CE 30.8 px apart ("1 CE" needs 40), so
    // five-year steps: 30 BCE ... 5 BCE, the era's first year, 5 CE ... 30 CE.
    QTest::newRow("30 BCE to 30 CE at 1920 px")
        << at(-29) << at(31) << 1920
        << QStringList{u"30 BCE"_s, u"25 BCE"_s, u"20 BCE"_s, u"15 BCE"_s, u"10 BCE"_s,
                       u"5 BCE"_s,  u"1 CE"_s,   u"5 CE"_s,   u"10 CE"_s,  u"15 CE"_s,
                       u"20 CE"_s,  u"25 CE"_s,  u"30 CE"_s}
        << QStringList{u"1 CE"_s};
    // At 600 px a year is 9.6 px: ten-year steps (96 px; 10 BCE to 1 CE is
    // ten years, 1 CE to 10 CE nine). 30 CE sits at x = 579: "30 CE" would
    // end at 614, past the edge, so it is left out.
    QTest::newRow("30 BCE to 30 CE at 600 px")
        << at(-29) << at(31) << 600
        << QStringList{u"30 BCE"_s, u"20 BCE"_s, u"10 BCE"_s, u"1 CE"_s, u"10 CE"_s, u"20 CE"_s}
        << QStringList{u"1 CE"_s};
    // Six years: months below, every year above, 1 BCE followed by 1 CE.
    // 4 BCE began left of the view, but 3 BCE's tick at x = 37 leaves no
    // room to pin "4 BCE" (35 + 12 px); 4 CE starts inside the right margin.
    QTest::newRow("3 BCE to 3 CE")
        << at(-2) << at(4) << 1920
        << QStringList{u"Jan"_s, u"Apr"_s, u"Jul"_s, u"Oct"_s, u"Jan"_s}
        << QStringList{u"3 BCE"_s, u"2 BCE"_s, u"1 BCE"_s, u"1 CE"_s,
                       u"2 CE"_s,  u"3 CE"_s,  u"4 CE"_s};
    // Entirely in the common era, so no "CE": a year is 30 px, "70" needs
    // 26. The 2 % margin shows 9 CE at the left.
    QTest::newRow("10 CE to 70 CE")
        << at(10) << at(71) << 1920
        << QStringList{u"9"_s, u"10"_s, u"11"_s}
        << QStringList{u"10"_s, u"20"_s, u"30"_s, u"40"_s, u"50"_s, u"60"_s, u"70"_s};
}

void tst_TickPlanner::eraBoundary()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, width);
    QFETCH(QStringList, minorLabels);
    QFETCH(QStringList, majorLabels);

    const TickPlan plan
        = TickPlanner::plan(TimeScale::fitting(from, to, width), sevenPerCharacter, gap);
    const QStringList minor = texts(plan.minorLabels);
    QCOMPARE(minor.mid(0, minorLabels.size()), minorLabels);
    if (!majorLabels.isEmpty())
        QCOMPARE(texts(plan.majorLabels), majorLabels);
    QVERIFY(labelProblem(plan.minorLabels, width).isEmpty());
    QVERIFY(labelProblem(plan.majorLabels, width).isEmpty());
    // Where the labels are years, each names the first second of its year.
    for (const TickLabel &label : plan.minorLabels) {
        if (const auto year = parseYear(label.text))
            QCOMPARE(label.time, at(*year));
    }
}

void tst_TickPlanner::deepTime()
{
    // 13.8 billion years to 2025: the view runs from 14.35 Ga to a million
    // years ahead (see tst_TimeScale::fitting), ticks every 500 million years
    // counted back from 1950. The tick at 1950 itself sits a fraction of a
    // pixel from the right edge, so "1950 CE" would run off the view.
    const TickPlan all = TickPlanner::plan(TimeScale::fitting(yearsAgo(13.8e9), at(2025), 1920),
                                           sevenPerCharacter, gap);
    QStringList expected;
    for (int halves = 28; halves >= 2; --halves)
        expected.append(halves % 2 == 0 ? u"%1 Ga"_s.arg(halves / 2)
                                        : u"%1.5 Ga"_s.arg(halves / 2));
    expected.append(u"500 Ma"_s);
    QCOMPARE(texts(all.minorLabels), expected);
    QCOMPARE(all.minorTicks.size(), expected.size() + 1);
    QCOMPARE(texts(all.majorLabels), (QStringList{u"10 Ga"_s, u"5 Ga"_s}));
    // Only a handful of ticks, however many years.
    QVERIFY(all.minorTicks.size() + all.majorTicks.size() < 40);

    // 100 to 30 million years ago: five-million-year steps, "65 Ma" among them.
    const TickPlan dinosaurs = TickPlanner::plan(
        TimeScale::fitting(yearsAgo(100e6), yearsAgo(30e6), 1920), sevenPerCharacter, gap);
    QVERIFY(texts(dinosaurs.minorLabels).contains(u"65 Ma"_s));
    QCOMPARE(dinosaurs.unitName, u"5 million years"_s);

    // 50,000 years ago to 6950 CE at 600 px: ten-thousand-year steps (109 px;
    // five thousand would be 55 px for "45,000 BCE", 82 px). The present,
    // 1950, sits at x = 545 and reads "1950 CE": the view starts before 1 CE.
    const TickPlan stoneAge = TickPlanner::plan(
        TimeScale::fitting(yearsAgo(50'000), yearsAgo(-5'000), 600, 0.0), sevenPerCharacter, gap);
    QCOMPARE(texts(stoneAge.minorLabels),
             (QStringList{u"50 ka"_s, u"40 ka"_s, u"30 ka"_s, u"20 ka"_s, u"10 ka"_s,
                          u"1950 CE"_s}));
}

void tst_TickPlanner::narrowViewStillNamesSomething()
{
    // 60 px for an hour: the one tick in view (15:00, at x = 30) has no room
    // for "15:00" (35 px) where it stands, so the label moves left to fit.
    const TimeScale scale
        = TimeScale::fitting(at(2019, 2, 27, 14, 30), at(2019, 2, 27, 15, 30), 60, 0.0);
    const TickPlan plan = TickPlanner::plan(scale, sevenPerCharacter, gap);
    QCOMPARE(texts(plan.minorLabels), QStringList{u"15:00"_s});
    QCOMPARE(plan.minorLabels.first().x, 25.0);
    QCOMPARE(plan.minorLabels.first().time, at(2019, 2, 27, 15));
}

void tst_TickPlanner::oddArguments()
{
    const TimeScale scale = TimeScale::fitting(at(1945), at(2025), 1920);
    // No measuring function: text takes no room, labels may sit 1 px apart.
    const TickPlan unmeasured = TickPlanner::plan(scale, TickPlanner::TextWidth(), 0.0);
    QVERIFY(!unmeasured.minorLabels.isEmpty());
    QVERIFY(tickProblem(unmeasured.minorTicks, 1920).isEmpty());
    QVERIFY(unmeasured.minorTicks.size() <= 1920 + 2);
    // A negative or NaN gap counts as none.
    const TickPlan negative = TickPlanner::plan(scale, sevenPerCharacter, -5.0);
    const TickPlan none = TickPlanner::plan(scale, sevenPerCharacter, 0.0);
    const TickPlan nan = TickPlanner::plan(scale, sevenPerCharacter, std::nan(""));
    QCOMPARE(negative.unitName, none.unitName);
    QCOMPARE(nan.unitName, none.unitName);
    QCOMPARE(texts(nan.minorLabels), texts(none.minorLabels));
}

QTEST_GUILESS_MAIN(tst_TickPlanner)
#include "tst_tickplanner.moc"
