// SPDX-License-Identifier: GPL-3.0-or-later
#include "historicaldate.h"
#include "historicaldate_testing.h"
#include "timescale.h"

#include <QDebug>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>
#include <type_traits>

using namespace Annals;

namespace {

// The dates the view shows and its exact state, for failure messages.
QString describe(const TimeScale &scale)
{
    QString text;
    QDebug(&text) << scale;
    return text;
}

} // namespace

namespace Annals {

// Readable QCOMPARE failures; QTest frees the string.
char *toString(const TimeScale &scale)
{
    return qstrdup(describe(scale).toUtf8().constData());
}

} // namespace Annals

namespace {

constexpr qint64 secondsPerDay = 86'400;
// Gregorian average, for building spans; exact values come from secondsFromCivil.
constexpr double secondsPerYear = 365.2425 * 86'400;

qint64 at(qint64 year, int month = 1, int day = 1, int hour = 0, int minute = 0, int second = 0)
{
    return secondsAt(year, month, day, hour, minute, second);
}

qint64 yearsAgo(double years)
{
    return at(presentYearForYearsAgo - static_cast<qint64>(years));
}

// The invariants every TimeScale keeps, whatever made it.
bool keepsInvariants(const TimeScale &scale)
{
    return scale.width() >= 1 && scale.span() >= TimeScale::minimumSpan * (1 - 1e-12)
        && scale.span() <= TimeScale::maximumSpan() * (1 + 1e-12)
        && scale.start() >= TimeScale::earliestTime() && scale.end() <= TimeScale::latestTime()
        && scale.start() < scale.end();
}

} // namespace

// Time <-> x for one view: exactness far from 1970, a zoom that keeps the
// anchor, and the limits (one hour, 20 billion years, the ends of the range).
class tst_TimeScale : public QObject
{
    Q_OBJECT

private slots:
    void isAValue();
    void limits();

    void constructorClamps_data();
    void constructorClamps();

    void roundTrips_data();
    void roundTrips();
    void exactFarFromTheEpoch_data();
    void exactFarFromTheEpoch();
    void integerDifferenceComesFirst();
    void startEndAndSpan();
    void timeForXSaturates();

    void zoomKeepsTheAnchor_data();
    void zoomKeepsTheAnchor();
    void zoomInAndOutAgainReturns();
    void zoomClampsAtOneHour();
    void zoomClampsAtTwentyBillionYears();
    void zoomIgnoresNonsense_data();
    void zoomIgnoresNonsense();

    void panMovesContentRightForPositiveDx();
    void panThereAndBackReturns();
    void panClampsAtTheRangeEnds_data();
    void panClampsAtTheRangeEnds();

    void resizedKeepsCentreAndSecondsPerPixel();
    void showingIsExact();

    void fitting_data();
    void fitting();
    void fittingEverythingClampsToTwentyBillionYears();

    void debugOutputNamesTheDates();
};

void tst_TimeScale::isAValue()
{
    static_assert(std::is_trivially_copyable_v<TimeScale>);
    static_assert(!std::is_base_of_v<QObject, TimeScale>);
    const TimeScale a(at(1959, 10, 1), 60.0, 1920);
    TimeScale b = a;
    QCOMPARE(b, a);
    b = b.pannedBy(1.0);
    QVERIFY(!(b == a));
}

void tst_TimeScale::limits()
{
    // 20 billion Gregorian years of 365.2425 days: 20e9 * 31,556,952 s.
    QCOMPARE(TimeScale::maximumSpan(), 20e9 * 31'556'952.0);
    QCOMPARE(TimeScale::earliestTime(), at(earliestYear));
    QCOMPARE(TimeScale::latestTime(), at(latestYear + 1) - 1);
    QCOMPARE(civilFromSeconds(TimeScale::latestTime()).year, latestYear);
    // The range is longer than the largest span, so a view always fits.
    QVERIFY(static_cast<double>(TimeScale::latestTime() - TimeScale::earliestTime())
            > TimeScale::maximumSpan());
}

void tst_TimeScale::constructorClamps_data()
{
    QTest::addColumn<qint64>("origin");
    QTest::addColumn<double>("secondsPerPixel");
    QTest::addColumn<int>("width");
    QTest::addColumn<qint64>("expectedOrigin");
    QTest::addColumn<double>("expectedSecondsPerPixel");
    QTest::addColumn<int>("expectedWidth");

    const qint64 october1959 = at(1959, 10, 1);
    const double hourAt1920 = 3600.0 / 1920; // 1.875 s/px
    const double maximumAt1920 = TimeScale::maximumSpan() / 1920;
    QTest::newRow("valid arguments are kept")
        << october1959 << 60.0 << 1920 << october1959 << 60.0 << 1920;
    QTest::newRow("finer than an hour across the view")
        << october1959 << 0.5 << 1920 << october1959 << hourAt1920 << 1920;
    QTest::newRow("zero seconds per pixel") << october1959 << 0.0 << 1920 << october1959
                                            << hourAt1920 << 1920;
    QTest::newRow("negative seconds per pixel")
        << october1959 << -3.0 << 1920 << october1959 << hourAt1920 << 1920;
    QTest::newRow("not a number") << october1959 << std::numeric_limits<double>::quiet_NaN()
                                  << 1920 << october1959 << hourAt1920 << 1920;
    QTest::newRow("zero width becomes one pixel")
        << october1959 << 7200.0 << 0 << october1959 << 7200.0 << 1;
    QTest::newRow("negative width becomes one pixel")
        << october1959 << 7200.0 << -5 << october1959 << 7200.0 << 1;
    QTest::newRow("one pixel for less than an hour")
        << october1959 << 60.0 << 1 << october1959 << 3600.0 << 1;
    // Infinitely coarse is 20 billion years; such a view must end by the
    // last second, so its origin moves back by the span.
    QTest::newRow("infinite seconds per pixel")
        << TimeScale::latestTime() << std::numeric_limits<double>::infinity() << 1920
        << TimeScale::latestTime() - std::llround(maximumAt1920 * 1920) << maximumAt1920 << 1920;
    QTest::newRow("origin before the earliest second")
        << std::numeric_limits<qint64>::min() << 60.0 << 1920 << TimeScale::earliestTime()
        << 60.0 << 1920;
    // end = origin + 1920 * 60 must be the latest second.
    QTest::newRow("origin after the latest second")
        << std::numeric_limits<qint64>::max() << 60.0 << 1920
        << TimeScale::latestTime() - 1920 * 60 << 60.0 << 1920;
}

void tst_TimeScale::constructorClamps()
{
    QFETCH(qint64, origin);
    QFETCH(double, secondsPerPixel);
    QFETCH(int, width);
    QFETCH(qint64, expectedOrigin);
    QFETCH(double, expectedSecondsPerPixel);
    QFETCH(int, expectedWidth);

    const TimeScale scale(origin, secondsPerPixel, width);
    QCOMPARE(scale.origin(), expectedOrigin);
    QCOMPARE(scale.secondsPerPixel(), expectedSecondsPerPixel);
    QCOMPARE(scale.width(), expectedWidth);
    QVERIFY(keepsInvariants(scale));
}

void tst_TimeScale::roundTrips_data()
{
    QTest::addColumn<qint64>("origin");
    QTest::addColumn<double>("secondsPerPixel");
    QTest::addColumn<int>("width");

    QTest::newRow("an hour on 1 Oct 1959") << at(1959, 10, 1, 14) << 1.875 << 1920;
    QTest::newRow("80 years of Korean history")
        << at(1945) << 80 * secondsPerYear / 1920 << 1920;
    QTest::newRow("a day in 44 BCE") << at(-43, 3, 15) << 86'400.0 / 600 << 600;
    QTest::newRow("a day 13 billion years ago") << yearsAgo(13e9) << 45.0 << 1920;
    QTest::newRow("13.8 billion years") << yearsAgo(13.8e9) << 13.8e9 * secondsPerYear / 1920
                                        << 1920;
}

void tst_TimeScale::roundTrips()
{
    QFETCH(qint64, origin);
    QFETCH(double, secondsPerPixel);
    QFETCH(int, width);
    const TimeScale scale(origin, secondsPerPixel, width);
    QCOMPARE(scale.origin(), origin); // nothing here is clamped

    // time -> x -> time: exact while the distance fits a double's 53 bits;
    // beyond (only the deep-time row) within a 2^-50 relative error.
    for (int k = 0; k <= 7; ++k) {
        const qint64 t = scale.start() + (scale.end() - scale.start()) / 7 * k + k;
        const qint64 back = scale.timeForX(scale.xForTime(t));
        const qint64 distance = std::abs(t - origin);
        if (distance < (qint64(1) << 50)) {
            QCOMPARE(back, t);
        } else {
            QVERIFY2(std::abs(back - t) <= distance >> 50,
                     qPrintable(QStringLiteral("%1 came back as %2").arg(t).arg(back)));
        }
    }
    // x -> time -> x: within the half second that rounding to whole seconds
    // allows, i.e. 0.5 / secondsPerPixel px.
    for (const double x : {0.0, 0.5, 1.0, 137.25, 959.9, double(width)}) {
        const double back = scale.xForTime(scale.timeForX(x));
        QVERIFY2(std::abs(back - x) <= 0.5 / scale.secondsPerPixel() + 1e-9,
                 qPrintable(QStringLiteral("x %1 came back as %2").arg(x).arg(back)));
    }
}

void tst_TimeScale::exactFarFromTheEpoch_data()
{
    QTest::addColumn<qint64>("origin");
    QTest::addColumn<qint64>("t");
    QTest::addColumn<qint64>("difference");
    QTest::addColumn<double>("secondsPerPixel");

    // 13 billion years is 4.1e17 s: doubles there are 64 s apart, yet these
    // differences must come out exact, as DESIGN.md asks.
    const qint64 deep = yearsAgo(13e9) + 12 * 3600 + 17; // 12:00:17, not a round number
    QTest::newRow("a day after an origin 13 billion years ago")
        << deep << deep << secondsPerDay << 2.0;
    QTest::newRow("one second after an origin 13 billion years ago") << deep << deep << qint64(1)
                                                                      << 2.0;
    QTest::newRow("a day and a second after an origin 13 billion years ago")
        << deep << deep + 5 << secondsPerDay + 1 << 2.0;
    // The origin in 1970 and the day 13 billion years before it: the
    // distance to the origin is 4.1e17 s, but a day is still a day.
    QTest::newRow("a day 13 billion years before an origin in 1970")
        << qint64(0) << deep << secondsPerDay << 2.0;
}

void tst_TimeScale::exactFarFromTheEpoch()
{
    QFETCH(qint64, origin);
    QFETCH(qint64, t);
    QFETCH(qint64, difference);
    QFETCH(double, secondsPerPixel);
    const TimeScale scale(origin, secondsPerPixel, 1920);
    QCOMPARE(scale.origin(), origin);

    const double width = scale.xForTime(t + difference) - scale.xForTime(t);
    // == rather than QCOMPARE, whose fuzzy comparison would forgive an error.
    QVERIFY2(width == static_cast<double>(difference) / secondsPerPixel,
             qPrintable(QStringLiteral("%1 s came out %2 px")
                            .arg(difference)
                            .arg(width, 0, 'g', 17)));
    if (t == origin) {
        QVERIFY(scale.xForTime(origin + difference)
                == static_cast<double>(difference) / secondsPerPixel);
        QCOMPARE(scale.timeForX(scale.xForTime(t + difference)), t + difference);
    }
}

void tst_TimeScale::integerDifferenceComesFirst()
{
    // Why the formula is double(t - origin) and not double(t) - double(origin):
    // 13 billion years from 1970, a double cannot tell 12:00:17 from 12:00:18.
    const qint64 origin = yearsAgo(13e9) + 12 * 3600 + 17;
    const TimeScale scale(origin, 2.0, 1920);
    const double naive = (static_cast<double>(origin + 1) - static_cast<double>(origin)) / 2.0;
    QVERIFY(naive != 0.5);
    QVERIFY(scale.xForTime(origin + 1) == 0.5);
}

void tst_TimeScale::startEndAndSpan()
{
    const TimeScale scale(at(1959, 10, 1), 37.5, 1920);
    QCOMPARE(scale.start(), at(1959, 10, 1));
    QCOMPARE(scale.end(), at(1959, 10, 1) + 72'000); // 1920 px * 37.5 s/px = 20 h
    QCOMPARE(scale.span(), 72'000.0);
    QCOMPARE(scale.xForTime(scale.end()), 1920.0);
    QCOMPARE(scale.timeForX(960.0), at(1959, 10, 1, 10));
    // Round to nearest: 0.2 px is 7.5 s, which rounds to 8 (halves away from zero).
    QCOMPARE(scale.timeForX(0.2), at(1959, 10, 1) + 8);
    QCOMPARE(scale.timeForX(-0.2), at(1959, 10, 1) - 8);
}

void tst_TimeScale::timeForXSaturates()
{
    const TimeScale scale(at(1959, 10, 1), 1e12, 1920);
    QCOMPARE(scale.timeForX(-1e300), TimeScale::earliestTime());
    QCOMPARE(scale.timeForX(1e300), TimeScale::latestTime());
    QCOMPARE(scale.timeForX(-std::numeric_limits<double>::infinity()), TimeScale::earliestTime());
    QCOMPARE(scale.timeForX(std::numeric_limits<double>::infinity()), TimeScale::latestTime());
    QCOMPARE(scale.timeForX(std::numeric_limits<double>::quiet_NaN()), scale.origin());
}

void tst_TimeScale::zoomKeepsTheAnchor_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("minimumChecked");

    QTest::newRow("80 years of Korean history") << at(1945) << at(2025) << 1920 << 100;
    QTest::newRow("an hour at the Hanoi summit")
        << at(2019, 2, 27, 18) << at(2019, 2, 27, 19) << 1920 << 100;
    QTest::newRow("the Ides of March, 44 BCE, at 600 px")
        << at(-43, 3, 15) << at(-43, 3, 16) << 600 << 100;
    // Zooming out from here soon shows 20 billion years, and such a view
    // anchored anywhere but near the start runs past a million years ahead.
    QTest::newRow("a billion years around 3.5 Ga") << yearsAgo(4e9) << yearsAgo(3e9) << 1920 << 50;
    // Wheel steps here often push the view into the start of the range,
    // where the anchor cannot hold; it must hold every other time.
    QTest::newRow("the earliest representable years")
        << TimeScale::earliestTime() << TimeScale::earliestTime() + qint64(1e17) << 1920 << 20;
}

void tst_TimeScale::zoomKeepsTheAnchor()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, width);
    QFETCH(int, minimumChecked);

    QRandomGenerator random(19'591'001);
    TimeScale scale = TimeScale::fitting(from, to, width);
    int checked = 0;
    for (int step = 0; step < 100; ++step) {
        // One to three wheel notches either way, 1.25 times each.
        const int notches = random.bounded(1, 4) * (random.bounded(2) == 0 ? 1 : -1);
        const double factor = std::pow(1.25, notches);
        const double anchorX = random.generateDouble() * width;
        const qint64 anchorTime = scale.timeForX(anchorX);

        const TimeScale zoomed = scale.zoomedBy(factor, anchorX);
        QVERIFY2(keepsInvariants(zoomed), qPrintable(describe(zoomed)));
        const bool movedBackIntoRange = zoomed.start() == TimeScale::earliestTime()
            || zoomed.end() == TimeScale::latestTime();
        if (!movedBackIntoRange) {
            ++checked;
            const double drift = zoomed.xForTime(anchorTime) - anchorX;
            QVERIFY2(std::abs(drift) <= 1.0,
                     qPrintable(QStringLiteral("step %1: zoom %2 at x %3 moved the anchor %4 px")
                                    .arg(step)
                                    .arg(factor)
                                    .arg(anchorX)
                                    .arg(drift)));
        }
        scale = zoomed;
    }
    QVERIFY2(checked >= minimumChecked, qPrintable(QString::number(checked)));
}

void tst_TimeScale::zoomInAndOutAgainReturns()
{
    const TimeScale scale = TimeScale::fitting(at(1945), at(2025), 1920);
    const TimeScale back = scale.zoomedBy(1.25, 700.0).zoomedBy(0.8, 700.0);
    QVERIFY(std::abs(back.origin() - scale.origin()) <= 1);
    QVERIFY(qFuzzyCompare(back.secondsPerPixel(), scale.secondsPerPixel()));
}

void tst_TimeScale::zoomClampsAtOneHour()
{
    const TimeScale day = TimeScale::fitting(at(2019, 2, 27), at(2019, 2, 28), 1920);
    const double anchorX = 1234.5;
    const qint64 anchorTime = day.timeForX(anchorX);

    const TimeScale hour = day.zoomedBy(1e9, anchorX);
    QCOMPARE(hour.span(), TimeScale::minimumSpan);
    QCOMPARE(hour.secondsPerPixel(), 3600.0 / 1920);
    QVERIFY(std::abs(hour.xForTime(anchorTime) - anchorX) <= 1.0); // the anchor holds at the limit
    QCOMPARE(hour.zoomedBy(2.0, anchorX), hour);                    // and nothing moves beyond it
    QCOMPARE(hour.zoomedBy(2.0, 10.0), hour);
}

void tst_TimeScale::zoomClampsAtTwentyBillionYears()
{
    const TimeScale scale = TimeScale::fitting(at(1945), at(2025), 1920);
    const TimeScale widest = scale.zoomedBy(1e-30, 960.0);
    QCOMPARE(widest.span(), TimeScale::maximumSpan());
    QVERIFY(keepsInvariants(widest));
    QCOMPARE(widest.zoomedBy(0.5, 960.0), widest);
    QCOMPARE(widest.zoomedBy(0.5, 0.0), widest);
    // Anchored in 1985 at the centre, 10 billion years either side would run
    // past a million years ahead: the view is moved back to end there.
    QCOMPARE(widest.end(), TimeScale::latestTime());
}

void tst_TimeScale::zoomIgnoresNonsense_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("anchorX");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double infinity = std::numeric_limits<double>::infinity();
    QTest::newRow("factor zero") << 0.0 << 100.0;
    QTest::newRow("negative factor") << -2.0 << 100.0;
    QTest::newRow("factor not a number") << nan << 100.0;
    QTest::newRow("infinite factor") << infinity << 100.0;
    QTest::newRow("anchor not a number") << 2.0 << nan;
    QTest::newRow("infinite anchor") << 2.0 << infinity;
    QTest::newRow("factor one") << 1.0 << 100.0;
}

void tst_TimeScale::zoomIgnoresNonsense()
{
    QFETCH(double, factor);
    QFETCH(double, anchorX);
    const TimeScale scale = TimeScale::fitting(at(1945), at(2025), 1920);
    QCOMPARE(scale.zoomedBy(factor, anchorX), scale);
}

void tst_TimeScale::panMovesContentRightForPositiveDx()
{
    const TimeScale scale(at(1959, 10, 1), 60.0, 1920);
    const qint64 event = at(1959, 10, 1, 12);
    const TimeScale panned = scale.pannedBy(100.0);
    // Content moves right by 100 px: the view starts 100 * 60 s earlier.
    QCOMPARE(panned.start(), scale.start() - 6'000);
    QCOMPARE(panned.xForTime(event), scale.xForTime(event) + 100.0);
    QCOMPARE(scale.pannedBy(-100.0).start(), scale.start() + 6'000);
    QCOMPARE(scale.pannedBy(std::numeric_limits<double>::quiet_NaN()), scale);
}

void tst_TimeScale::panThereAndBackReturns()
{
    const TimeScale scale = TimeScale::fitting(at(1945), at(2025), 1920);
    for (const double dx : {0.3, 1.0, 17.5, -250.25, 1919.0})
        QCOMPARE(scale.pannedBy(dx).pannedBy(-dx), scale);
}

void tst_TimeScale::panClampsAtTheRangeEnds_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");

    QTest::newRow("an hour") << at(2019, 2, 27, 18) << at(2019, 2, 27, 19);
    QTest::newRow("80 years") << at(1945) << at(2025);
    QTest::newRow("13.8 billion years") << yearsAgo(13.8e9) << at(2025);
}

void tst_TimeScale::panClampsAtTheRangeEnds()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    const TimeScale scale = TimeScale::fitting(from, to, 1920);

    for (const double dx : {1e20, 1e30, std::numeric_limits<double>::max()}) {
        const TimeScale past = scale.pannedBy(dx);
        QCOMPARE(past.start(), TimeScale::earliestTime());
        QCOMPARE(past.secondsPerPixel(), scale.secondsPerPixel());
        QCOMPARE(past.pannedBy(1.0), past); // nothing further to see

        const TimeScale future = scale.pannedBy(-dx);
        QCOMPARE(future.end(), TimeScale::latestTime());
        QCOMPARE(future.secondsPerPixel(), scale.secondsPerPixel());
        QCOMPARE(future.pannedBy(-1.0), future);
    }
}

void tst_TimeScale::resizedKeepsCentreAndSecondsPerPixel()
{
    const TimeScale scale = TimeScale::fitting(at(1945), at(2025), 1920);
    const qint64 centre = scale.timeForX(960.0);
    for (const int width : {600, 1921, 3840}) {
        const TimeScale resized = scale.resized(width);
        QCOMPARE(resized.width(), width);
        QCOMPARE(resized.secondsPerPixel(), scale.secondsPerPixel());
        QVERIFY(std::abs(resized.timeForX(width / 2.0) - centre) <= 1);
    }
    // An hour across 1920 px cannot become 960 px wide at the same scale:
    // that would show half an hour. The span stays an hour, the centre stays.
    const TimeScale hour = TimeScale::fitting(at(2019, 2, 27, 18), at(2019, 2, 27, 19), 1920, 0.0);
    const TimeScale narrow = hour.resized(960);
    QCOMPARE(narrow.span(), TimeScale::minimumSpan);
    QCOMPARE(narrow.timeForX(480.0), at(2019, 2, 27, 18, 30));
}

void tst_TimeScale::showingIsExact()
{
    const TimeScale scale(0, 60.0, 1920);
    const TimeScale korea = scale.showing(at(1945, 8, 15), at(2019, 2, 28));
    QCOMPARE(korea.start(), at(1945, 8, 15));
    QCOMPARE(korea.end(), at(2019, 2, 28));
    QCOMPARE(korea.width(), 1920);
    // Reversed is the same window.
    QCOMPARE(scale.showing(at(2019, 2, 28), at(1945, 8, 15)), korea);
}

void tst_TimeScale::fitting_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("width");
    QTest::addColumn<double>("expectedSpan");
    QTest::addColumn<qint64>("expectedCentre");
    QTest::addColumn<bool>("centred");

    const double margin = 1.0 + 2 * 0.02;
    QTest::newRow("a single instant: the day around it")
        << at(1959, 10, 1, 14, 30) << at(1959, 10, 1, 14, 30) << 1920 << 86'400 * margin
        << at(1959, 10, 1, 14, 30) << true;
    QTest::newRow("a minute: clamped to an hour around it")
        << at(1959, 10, 1, 14, 30) << at(1959, 10, 1, 14, 31) << 1920 << TimeScale::minimumSpan
        << at(1959, 10, 1, 14, 30, 30) << true;
    QTest::newRow("80 years of Korean history")
        << at(1945) << at(2025) << 1920 << double(at(2025) - at(1945)) * margin
        << at(1945) + (at(2025) - at(1945)) / 2 << true;
    QTest::newRow("80 years at 600 px")
        << at(1945) << at(2025) << 600 << double(at(2025) - at(1945)) * margin
        << at(1945) + (at(2025) - at(1945)) / 2 << true;
    QTest::newRow("reversed endpoints")
        << at(2025) << at(1945) << 1920 << double(at(2025) - at(1945)) * margin
        << at(1945) + (at(2025) - at(1945)) / 2 << true;
    QTest::newRow("13.8 to 1 billion years ago")
        << yearsAgo(13.8e9) << yearsAgo(1e9) << 1920
        << double(yearsAgo(1e9) - yearsAgo(13.8e9)) * margin
        << yearsAgo(13.8e9) + (yearsAgo(1e9) - yearsAgo(13.8e9)) / 2 << true;
    // A 2 % margin after 2025 would reach 276 million years ahead, past the
    // last representable year: the view keeps its span and ends there.
    QTest::newRow("13.8 billion years to 2025")
        << yearsAgo(13.8e9) << at(2025) << 1920 << double(at(2025) - yearsAgo(13.8e9)) * margin
        << qint64(0) << false;
}

void tst_TimeScale::fitting()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, width);
    QFETCH(double, expectedSpan);
    QFETCH(qint64, expectedCentre);
    QFETCH(bool, centred);

    const TimeScale scale = TimeScale::fitting(from, to, width);
    QVERIFY(keepsInvariants(scale));
    QCOMPARE(scale.width(), width);
    QCOMPARE(scale.span(), expectedSpan);
    const qint64 first = std::min(from, to);
    const qint64 last = std::max(from, to);
    QVERIFY(scale.start() <= first && last <= scale.end());
    if (!centred) {
        QCOMPARE(scale.end(), TimeScale::latestTime());
        return;
    }
    // Centred to the second (or, in deep time, to the 64 s a double holds there).
    QVERIFY2(std::abs(scale.timeForX(width / 2.0) - expectedCentre)
                 <= std::max<qint64>(1, std::llround(scale.span() * 1e-16)),
             qPrintable(describe(scale)));
    if (from != to && scale.span() > TimeScale::minimumSpan) {
        // 2 % of the span free on each side: the first second sits at
        // 0.02 / 1.04 of the width and the end at 1.02 / 1.04 of it.
        QVERIFY(std::abs(scale.xForTime(first) - width * 0.02 / 1.04) <= 1.0);
        QVERIFY(std::abs(scale.xForTime(last) - width * 1.02 / 1.04) <= 1.0);
    }
}

void tst_TimeScale::fittingEverythingClampsToTwentyBillionYears()
{
    const TimeScale scale
        = TimeScale::fitting(std::numeric_limits<qint64>::min(),
                             std::numeric_limits<qint64>::max(), 1920);
    QVERIFY(keepsInvariants(scale));
    QCOMPARE(scale.span(), TimeScale::maximumSpan());
}

void tst_TimeScale::debugOutputNamesTheDates()
{
    QString text;
    QDebug(&text) << TimeScale(at(1959, 10, 1, 14, 30), 1.875, 1920);
    QCOMPARE(text, QStringLiteral("TimeScale(1 Oct 1959 14:30 to 1 Oct 1959 15:30, 1.875 s/px, "
                                  "1920 px, origin %1) ")
                       .arg(at(1959, 10, 1, 14, 30)));
}

QTEST_GUILESS_MAIN(tst_TimeScale)
#include "tst_timescale.moc"
