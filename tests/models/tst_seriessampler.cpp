// SPDX-License-Identifier: GPL-3.0-or-later
#include "historicaldate.h"
#include "historicaldate_testing.h"
#include "seriessampler.h"
#include "timescale.h"

#include <QDebug>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

using namespace Annals;

namespace {

constexpr double secondsPerYear = 365.2425 * 86'400;

// A random walk of `count` points from `first`, `step` seconds apart on
// average (some at the very same second), with both bounds on about
// `boundedShare` of them.
Series randomSeries(quint32 seed, int count, qint64 first, double step, double boundedShare)
{
    QRandomGenerator random(seed);
    Series series;
    series.id = 1;
    series.name = QStringLiteral("Random walk");
    series.unit = QStringLiteral("things");
    qint64 time = first;
    double value = 100;
    for (int i = 0; i < count; ++i) {
        SeriesPoint point;
        point.id = i + 1;
        point.time = HistoricalDate(time, Precision::Minute);
        value += random.generateDouble() * 20 - 10;
        point.value = value;
        if (random.generateDouble() < boundedShare) {
            point.low = value - random.generateDouble() * 15;
            point.high = value + random.generateDouble() * 15;
        } else if (random.generateDouble() < 0.2) {
            point.high = value + 1; // one bound alone makes no band
        }
        series.points.append(point);
        // One in ten shares the previous point's minute.
        if (random.generateDouble() >= 0.1)
            time += 60 * qint64(std::max(1.0, std::round(random.generateDouble() * 2 * step / 60)));
    }
    return series;
}

// A window around a random point of the series, from a whole-series view to
// one a thousandth as long.
TimeScale randomScale(QRandomGenerator &random, const Series &series, int width)
{
    const qint64 first = series.points.first().time.seconds();
    const qint64 last = series.points.last().time.seconds();
    const double span = std::max(double(last - first), 7200.0) * std::pow(10.0, 0.3 - 3.0 * random.generateDouble());
    const qint64 centre = series.points.at(random.bounded(series.points.size())).time.seconds()
        + qint64((random.generateDouble() - 0.5) * span);
    return TimeScale::fitting(centre - qint64(span / 2), centre + qint64(span / 2), width, 0.0);
}

struct Brute {
    std::vector<qint64> times;
    std::vector<double> values;
    std::vector<double> lows;
    std::vector<double> highs;
};

Brute bruteOf(const Series &series)
{
    Brute brute;
    for (const SeriesPoint &point : series.points) {
        brute.times.push_back(point.time.seconds());
        brute.values.push_back(point.value);
        const bool bounded = point.low && point.high;
        brute.lows.push_back(bounded ? *point.low : std::nan(""));
        brute.highs.push_back(bounded ? *point.high : std::nan(""));
    }
    return brute;
}

// One point a year, known to the year, its value the year.
Series yearly(const QList<int> &years)
{
    Series series;
    for (int year : years) {
        SeriesPoint point;
        point.time = HistoricalDate::fromCivil(civilAt(year), Precision::Year);
        point.value = year;
        series.points.append(point);
    }
    return series;
}

// `count` points a day apart from 1 Jan 1900, except that the one after
// index `gapAfter` comes `gapDays` days later; all with bounds.
Series dailyWithGap(int count, int gapAfter, int gapDays)
{
    Series series;
    qint64 time = secondsAt(1900);
    for (int i = 0; i < count; ++i) {
        SeriesPoint point;
        point.id = i + 1;
        point.time = HistoricalDate(time, Precision::Day);
        point.value = i % 7;
        point.low = point.value - 1;
        point.high = point.value + 1;
        series.points.append(point);
        time += 86'400 * qint64(i == gapAfter ? gapDays : 1);
    }
    return series;
}

bool bounded(const Brute &brute, std::size_t i)
{
    return !std::isnan(brute.lows[i]) && !std::isnan(brute.highs[i]);
}

QString describe(const TimeScale &scale)
{
    QString text;
    QDebug(&text) << scale;
    return text;
}

} // namespace

class TestSeriesSampler : public QObject
{
    Q_OBJECT

private slots:
    void matchesBruteForce_data();
    void matchesBruteForce();
    void nearestIsTheClosestPoint_data();
    void nearestIsTheClosestPoint();
    void emptySeriesGivesEmptyFrames();
    void pointsAreSortedAndKeepTheirIndex();
    void sameSecondPointsAllDrawn();
    void pointWithoutBoundsBreaksTheBand();
    void markersOnlyWhenSpaced();
    void viewBetweenTwoPointsDrawsTheirLine();
    void viewBeyondTheSeriesIsEmpty();
    void hundredThousandPointsStayWithinTheWidth();
    void gapsAreFoundBetweenTheRightPoints_data();
    void gapsAreFoundBetweenTheRightPoints();
    void gapBreaksTheLineAndTheBand();
    void downsampledGapNeedsAPixel();
};

void TestSeriesSampler::matchesBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("width");

    const qint64 year1900 = secondsAt(1900);
    const qint64 bce500 = secondsAt(-499);
    const qint64 deep = secondsAt(presentYearForYearsAgo - 3'000'000'000LL);
    QTest::newRow("daily since 1900, 1920 px") << 1u << 5000 << year1900 << 86'400.0 << 1920;
    QTest::newRow("daily since 1900, 300 px") << 2u << 5000 << year1900 << 86'400.0 << 300;
    QTest::newRow("hourly, 50 px") << 3u << 2000 << year1900 << 3'600.0 << 50;
    QTest::newRow("few points, 800 px") << 4u << 12 << year1900 << 86'400.0 * 365 << 800;
    QTest::newRow("500 BCE, yearly") << 5u << 3000 << bce500 << secondsPerYear << 640;
    QTest::newRow("3 billion years ago, every 100,000 years") << 6u << 4000 << deep << secondsPerYear * 1e5 << 1000;
    QTest::newRow("3 billion years ago, every minute") << 7u << 3000 << deep << 60.0 << 700;
    QTest::newRow("one pixel") << 8u << 500 << year1900 << 86'400.0 << 1;
}

void TestSeriesSampler::matchesBruteForce()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    QFETCH(qint64, first);
    QFETCH(double, step);
    QFETCH(int, width);

    const Series series = randomSeries(seed, count, first, step, 0.8);
    const Brute brute = bruteOf(series);
    const SeriesSampler sampler(series);
    QCOMPARE(sampler.size(), count);
    QRandomGenerator random(seed * 7919u);
    int downsampledFrames = 0;
    int plainFrames = 0;
    for (int round = 0; round < 40; ++round) {
        const TimeScale scale = randomScale(random, series, width);
        const SeriesFrame frame = sampler.sample(scale);
        const QString where = describe(scale);

        // The points in view, and their neighbours, by a plain scan.
        std::vector<std::size_t> near;
        std::size_t lastBefore = std::size_t(-1);
        std::size_t firstAfter = std::size_t(-1);
        std::vector<std::size_t> inView;
        for (std::size_t i = 0; i < brute.times.size(); ++i) {
            if (brute.times[i] < scale.start())
                lastBefore = i;
            else if (brute.times[i] > scale.end()) {
                if (firstAfter == std::size_t(-1))
                    firstAfter = i;
            } else
                inView.push_back(i);
        }
        if (inView.empty() && (lastBefore == std::size_t(-1) || firstAfter == std::size_t(-1))) {
            QVERIFY2(frame.line.empty() && frame.bandUpper.empty() && frame.markers.empty(), qPrintable(where));
            QVERIFY(std::isnan(frame.minimum) && std::isnan(frame.maximum));
            continue;
        }
        if (lastBefore != std::size_t(-1))
            near.push_back(lastBefore);
        near.insert(near.end(), inView.begin(), inView.end());
        if (firstAfter != std::size_t(-1))
            near.push_back(firstAfter);

        double minimum = std::numeric_limits<double>::infinity();
        double maximum = -minimum;
        for (std::size_t i : near) {
            minimum = std::min({minimum, brute.values[i], bounded(brute, i) ? brute.lows[i] : minimum});
            maximum = std::max({maximum, brute.values[i], bounded(brute, i) ? brute.highs[i] : maximum});
        }
        QCOMPARE(frame.minimum, minimum);
        QCOMPARE(frame.maximum, maximum);
        QCOMPARE(frame.downsampled, inView.size() > std::size_t(width));
        QCOMPARE(frame.bandUpper.size(), frame.bandLower.size());
        for (std::size_t k = 0; k < frame.bandUpper.size(); ++k)
            QCOMPARE(frame.bandUpper[k].x(), frame.bandLower[k].x());

        if (!frame.downsampled) {
            ++plainFrames;
            std::vector<QPointF> line;
            std::vector<QPointF> upper;
            std::vector<QPointF> lower;
            std::vector<std::pair<int, int>> runs;
            int runStart = -1;
            for (std::size_t i : near) {
                const double x = scale.xForTime(brute.times[i]);
                line.emplace_back(x, brute.values[i]);
                if (bounded(brute, i)) {
                    if (runStart < 0)
                        runStart = int(upper.size());
                    upper.emplace_back(x, brute.highs[i]);
                    lower.emplace_back(x, brute.lows[i]);
                } else if (runStart >= 0) {
                    runs.emplace_back(runStart, int(upper.size()) - 1);
                    runStart = -1;
                }
            }
            if (runStart >= 0)
                runs.emplace_back(runStart, int(upper.size()) - 1);
            QVERIFY2(frame.line == line, qPrintable(where));
            QVERIFY2(frame.bandUpper == upper, qPrintable(where));
            QVERIFY2(frame.bandLower == lower, qPrintable(where));
            QVERIFY2(frame.bandRuns == runs, qPrintable(where));
            continue;
        }

        ++downsampledFrames;
        QVERIFY2(frame.markers.empty(), qPrintable(where));
        QVERIFY2(frame.line.size() <= 4 * std::size_t(width) + 2, qPrintable(where));
        QVERIFY(std::is_sorted(frame.line.begin(), frame.line.end(),
                               [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
        // The column of a point: the neighbours stand alone, the points in
        // view fall into 0 .. width - 1.
        auto columnOf = [&](std::size_t i) -> qint64 {
            if (brute.times[i] < scale.start())
                return -1;
            if (brute.times[i] > scale.end())
                return width;
            return qint64(std::clamp(std::floor(scale.xForTime(brute.times[i])), 0.0, double(width - 1)));
        };
        auto columnOfX = [&](double x) -> qint64 {
            if (x < 0)
                return -1;
            if (x > scale.xForTime(scale.end()))
                return width;
            return qint64(std::clamp(std::floor(x), 0.0, double(width - 1)));
        };
        // Every line point is a real point; each column's extremes are in
        // the line, within that column.
        std::set<std::pair<double, double>> real;
        struct Column {
            double lowest = std::numeric_limits<double>::infinity();
            double highest = -std::numeric_limits<double>::infinity();
            double bandHigh = -std::numeric_limits<double>::infinity();
            double bandLow = std::numeric_limits<double>::infinity();
            bool anyBounded = false;
        };
        std::map<qint64, Column> columns;
        for (std::size_t i : near) {
            real.insert({scale.xForTime(brute.times[i]), brute.values[i]});
            Column &column = columns[columnOf(i)];
            column.lowest = std::min(column.lowest, brute.values[i]);
            column.highest = std::max(column.highest, brute.values[i]);
            if (bounded(brute, i)) {
                column.anyBounded = true;
                column.bandHigh = std::max(column.bandHigh, brute.highs[i]);
                column.bandLow = std::min(column.bandLow, brute.lows[i]);
            }
        }
        std::map<qint64, std::pair<double, double>> drawn; // column -> lowest, highest drawn
        for (const QPointF &point : frame.line) {
            QVERIFY2(real.count({point.x(), point.y()}), qPrintable(where));
            auto &range = drawn.try_emplace(columnOfX(point.x()), point.y(), point.y()).first->second;
            range.first = std::min(range.first, point.y());
            range.second = std::max(range.second, point.y());
        }
        QCOMPARE(drawn.size(), columns.size());
        for (const auto &[index, column] : columns) {
            QVERIFY2(drawn.count(index), qPrintable(where + QStringLiteral(" column %1").arg(index)));
            QCOMPARE(drawn.at(index).first, column.lowest);
            QCOMPARE(drawn.at(index).second, column.highest);
        }
        if (lastBefore != std::size_t(-1))
            QCOMPARE(frame.line.front(), QPointF(scale.xForTime(brute.times[lastBefore]), brute.values[lastBefore]));
        if (firstAfter != std::size_t(-1))
            QCOMPARE(frame.line.back(), QPointF(scale.xForTime(brute.times[firstAfter]), brute.values[firstAfter]));

        // The band: one point per column with bounds, the widest bounds in it;
        // a column whose points all lack bounds breaks it.
        std::vector<std::pair<double, double>> band;
        std::vector<std::pair<int, int>> runs;
        int runStart = -1;
        for (const auto &[index, column] : columns) {
            if (column.anyBounded) {
                if (runStart < 0)
                    runStart = int(band.size());
                band.emplace_back(column.bandLow, column.bandHigh);
            } else if (runStart >= 0) {
                runs.emplace_back(runStart, int(band.size()) - 1);
                runStart = -1;
            }
        }
        if (runStart >= 0)
            runs.emplace_back(runStart, int(band.size()) - 1);
        QCOMPARE(frame.bandUpper.size(), band.size());
        qint64 previousColumn = std::numeric_limits<qint64>::min();
        for (std::size_t k = 0; k < band.size(); ++k) {
            QCOMPARE(frame.bandLower[k].y(), band[k].first);
            QCOMPARE(frame.bandUpper[k].y(), band[k].second);
            const qint64 column = columnOfX(frame.bandUpper[k].x());
            QVERIFY2(column > previousColumn, qPrintable(where));
            QVERIFY(columns.at(column).anyBounded);
            previousColumn = column;
        }
        QVERIFY2(frame.bandRuns == runs, qPrintable(where));
    }
    // The random windows must have tried both ways of sampling, or the
    // test proves less than it says (one-pixel and few-point rows aside).
    if (width > 1 && count > width * 2)
        QVERIFY2(downsampledFrames > 0 && plainFrames > 0,
                 qPrintable(QStringLiteral("%1 downsampled, %2 plain").arg(downsampledFrames).arg(plainFrames)));
}

void TestSeriesSampler::nearestIsTheClosestPoint_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<double>("step");
    QTest::newRow("1900s") << 11u << secondsAt(1900) << 86'400.0 * 30;
    QTest::newRow("500 BCE") << 12u << secondsAt(-499) << secondsPerYear;
    QTest::newRow("deep time") << 13u << secondsAt(presentYearForYearsAgo - 3'000'000'000LL) << secondsPerYear * 1e5;
}

void TestSeriesSampler::nearestIsTheClosestPoint()
{
    QFETCH(quint32, seed);
    QFETCH(qint64, first);
    QFETCH(double, step);
    const Series series = randomSeries(seed, 400, first, step, 0.5);
    const SeriesSampler sampler(series);
    QRandomGenerator random(seed);
    int hits = 0;
    int misses = 0;
    for (int round = 0; round < 30; ++round) {
        const TimeScale scale = randomScale(random, series, 1200);
        for (int probe = 0; probe < 40; ++probe) {
            const double x = random.bounded(1200.0);
            double best = std::numeric_limits<double>::infinity();
            for (const SeriesPoint &point : series.points)
                best = std::min(best, std::abs(scale.xForTime(point.time.seconds()) - x));
            const qsizetype found = sampler.nearest(scale, x, 8.0);
            if (best > 8.0) {
                QCOMPARE(found, -1);
                ++misses;
                continue;
            }
            QVERIFY(found >= 0);
            QCOMPARE(std::abs(scale.xForTime(sampler.time(found)) - x), best);
            ++hits;
        }
    }
    QVERIFY(hits > 0 && misses > 0);
}

void TestSeriesSampler::emptySeriesGivesEmptyFrames()
{
    const SeriesSampler sampler{Series()};
    QVERIFY(sampler.isEmpty());
    QVERIFY(std::isnan(sampler.minimum()) && std::isnan(sampler.maximum()));
    const SeriesFrame frame = sampler.sample(TimeScale::fitting(secondsAt(1900), secondsAt(2000), 800));
    QVERIFY(frame.line.empty() && frame.bandUpper.empty() && frame.bandRuns.empty() && frame.markers.empty());
    QVERIFY(std::isnan(frame.minimum));
    QCOMPARE(sampler.nearest(TimeScale::fitting(secondsAt(1900), secondsAt(2000), 800), 400, 1e9), -1);
}

void TestSeriesSampler::pointsAreSortedAndKeepTheirIndex()
{
    Series series;
    const int years[] = {2020, 2001, 2010, 1999};
    for (int year : years) {
        SeriesPoint point;
        point.time = HistoricalDate::fromCivil(civilAt(year), Precision::Year);
        point.value = year;
        series.points.append(point);
    }
    series.points.append(SeriesPoint()); // no date: cannot be placed
    const SeriesSampler sampler(series);
    QCOMPARE(sampler.size(), 4);
    const qsizetype expectedIndex[] = {3, 1, 2, 0};
    for (qsizetype i = 0; i < 4; ++i) {
        QCOMPARE(sampler.pointIndex(i), expectedIndex[i]);
        QCOMPARE(sampler.value(i), double(years[expectedIndex[i]]));
        QCOMPARE(sampler.time(i), secondsAt(years[expectedIndex[i]]));
    }
    QCOMPARE(sampler.minimum(), 1999.0);
    QCOMPARE(sampler.maximum(), 2020.0);
}

void TestSeriesSampler::sameSecondPointsAllDrawn()
{
    Series series;
    for (int i = 0; i < 5; ++i) {
        SeriesPoint point;
        point.time = HistoricalDate::fromCivil(civilAt(2000), Precision::Year);
        point.value = i * 10;
        point.low = i * 10 - 1;
        point.high = i * 10 + 1;
        series.points.append(point);
    }
    const SeriesSampler sampler(series);
    const TimeScale scale = TimeScale::fitting(secondsAt(1999), secondsAt(2001), 100);
    const SeriesFrame frame = sampler.sample(scale);
    QVERIFY(!frame.downsampled);
    QCOMPARE(frame.line.size(), std::size_t(5));
    QCOMPARE(frame.minimum, -1.0);
    QCOMPARE(frame.maximum, 41.0);
    QCOMPARE(frame.bandRuns, (std::vector<std::pair<int, int>>{{0, 4}}));
    const qsizetype found = sampler.nearest(scale, scale.xForTime(secondsAt(2000)) + 3, 8);
    QCOMPARE(found, 0);
    // Seen from far away, the five are one column: lowest and highest stay.
    const TimeScale narrow = TimeScale::fitting(secondsAt(1999), secondsAt(2001), 2);
    const SeriesFrame squeezed = sampler.sample(narrow);
    QVERIFY(squeezed.downsampled);
    QCOMPARE(squeezed.line.size(), std::size_t(2));
    QCOMPARE(squeezed.line.front().y(), 0.0);
    QCOMPARE(squeezed.line.back().y(), 40.0);
    QCOMPARE(squeezed.bandUpper.size(), std::size_t(1));
    QCOMPARE(squeezed.bandUpper.front().y(), 41.0);
    QCOMPARE(squeezed.bandLower.front().y(), -1.0);
}

void TestSeriesSampler::pointWithoutBoundsBreaksTheBand()
{
    Series series;
    for (int year = 2000; year < 2010; ++year) {
        SeriesPoint point;
        point.time = HistoricalDate::fromCivil(civilAt(year), Precision::Year);
        point.value = year - 2000;
        if (year != 2004 && year != 2007) {
            point.low = point.value - 1;
            point.high = point.value + 1;
        }
        series.points.append(point);
    }
    const SeriesFrame frame = SeriesSampler(series).sample(TimeScale::fitting(secondsAt(2000), secondsAt(2010), 500));
    QCOMPARE(frame.bandUpper.size(), std::size_t(8));
    QCOMPARE(frame.bandRuns, (std::vector<std::pair<int, int>>{{0, 3}, {4, 5}, {6, 7}}));
}

void TestSeriesSampler::markersOnlyWhenSpaced()
{
    const Series series = yearly({2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009});
    const SeriesSampler sampler(series);
    // Ten years over 1000 px: 100 px apart.
    const SeriesFrame wide = sampler.sample(TimeScale::fitting(secondsAt(2000), secondsAt(2010), 1000));
    QCOMPARE(wide.markers, wide.line);
    QCOMPARE(wide.markers.size(), std::size_t(10));
    // Over 40 px: 4 px apart, fewer than markerSpacing.
    const SeriesFrame narrow = sampler.sample(TimeScale::fitting(secondsAt(2000), secondsAt(2010), 40));
    QVERIFY(!narrow.downsampled);
    QCOMPARE(narrow.line.size(), std::size_t(10));
    QVERIFY(narrow.markers.empty());
}

void TestSeriesSampler::viewBetweenTwoPointsDrawsTheirLine()
{
    const Series series = yearly({1900, 2000});
    const TimeScale scale = TimeScale::fitting(secondsAt(1950), secondsAt(1951), 800);
    const SeriesFrame frame = SeriesSampler(series).sample(scale);
    QCOMPARE(frame.line.size(), std::size_t(2));
    QVERIFY(frame.line.front().x() < 0);
    QVERIFY(frame.line.back().x() > 800);
    QCOMPARE(frame.minimum, 1900.0);
    QCOMPARE(frame.maximum, 2000.0);
}

void TestSeriesSampler::viewBeyondTheSeriesIsEmpty()
{
    const Series series = yearly({1900, 2000});
    const SeriesSampler sampler(series);
    for (const TimeScale &scale : {TimeScale::fitting(secondsAt(2010), secondsAt(2020), 800),
                                   TimeScale::fitting(secondsAt(-500), secondsAt(-400), 800)}) {
        const SeriesFrame frame = sampler.sample(scale);
        QVERIFY(frame.line.empty());
        QVERIFY(std::isnan(frame.minimum));
    }
}

void TestSeriesSampler::hundredThousandPointsStayWithinTheWidth()
{
    const Series series = randomSeries(99, 100'000, secondsAt(1900), 86'400.0 * 0.45, 0.9);
    const SeriesSampler sampler(series);
    const TimeScale whole = TimeScale::fitting(series.points.first().time.seconds(),
                                               series.points.last().time.seconds(), 1920);
    const SeriesFrame frame = sampler.sample(whole);
    QVERIFY(frame.downsampled);
    QVERIFY(frame.line.size() <= 4 * 1920 + 2);
    QVERIFY(frame.bandUpper.size() <= 1920 + 2);
    QCOMPARE(frame.minimum, sampler.minimum());
    QCOMPARE(frame.maximum, sampler.maximum());
}

void TestSeriesSampler::gapsAreFoundBetweenTheRightPoints_data()
{
    QTest::addColumn<QList<int>>("years");
    QTest::addColumn<QList<int>>("gapsAfter");

    // The sample atlas's warheads: 2006, then nothing until 2013.
    QTest::newRow("late start") << QList<int>{2006, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020}
                                << QList<int>{0};
    QTest::newRow("one in the middle") << QList<int>{1900, 1901, 1902, 1903, 1910, 1911, 1912} << QList<int>{3};
    QTest::newRow("two") << QList<int>{1900, 1901, 1902, 1920, 1921, 1922, 1923, 1950} << QList<int>{2, 6};
    QTest::newRow("evenly spaced") << QList<int>{1900, 1910, 1920, 1930, 1940, 1950} << QList<int>{};
    QTest::newRow("exactly three times the median is no gap")
        << QList<int>{1900, 1904, 1908, 1912, 1924, 1928} << QList<int>{};
    QTest::newRow("just over three times is") << QList<int>{1900, 1904, 1908, 1912, 1925, 1929} << QList<int>{3};
    QTest::newRow("three points, however far apart") << QList<int>{1900, 1901, 1990} << QList<int>{};
    QTest::newRow("four points") << QList<int>{1900, 1901, 1902, 1990} << QList<int>{2};
    QTest::newRow("one point") << QList<int>{1900} << QList<int>{};
}

void TestSeriesSampler::gapsAreFoundBetweenTheRightPoints()
{
    QFETCH(QList<int>, years);
    QFETCH(QList<int>, gapsAfter);

    const SeriesSampler sampler(yearly(years));
    QCOMPARE(sampler.gapCount(), gapsAfter.size());
    for (qsizetype i = 0; i + 1 < sampler.size(); ++i)
        QVERIFY2(sampler.isGapAfter(i) == gapsAfter.contains(int(i)), qPrintable(QString::number(i)));
    QVERIFY(!sampler.isGapAfter(sampler.size() - 1));

    // Seen whole, each gap is in the frame between the right points.
    const SeriesFrame frame
        = sampler.sample(TimeScale::fitting(secondsAt(years.first()), secondsAt(years.last()), 1000, 0.05));
    QVERIFY(!frame.downsampled);
    QCOMPARE(qsizetype(frame.gaps.size()), gapsAfter.size());
    QCOMPARE(frame.lineRuns.size(), frame.gaps.size() + 1);
    for (std::size_t k = 0; k < frame.gaps.size(); ++k) {
        const SeriesGap &gap = frame.gaps[k];
        QCOMPARE(gap.before, qsizetype(gapsAfter.at(qsizetype(k))));
        QCOMPARE(gap.from.y(), double(years.at(gap.before)));
        QCOMPARE(gap.to.y(), double(years.at(gap.before + 1)));
        QCOMPARE(gap.from, frame.line[std::size_t(frame.lineRuns[k].second)]);
        QCOMPARE(gap.to, frame.line[std::size_t(frame.lineRuns[k + 1].first)]);
    }
    // The runs cover the line, in order, without overlap.
    int next = 0;
    for (const auto &[first, last] : frame.lineRuns) {
        QCOMPARE(first, next);
        QVERIFY(last >= first);
        next = last + 1;
    }
    QCOMPARE(next, int(frame.line.size()));
}

void TestSeriesSampler::gapBreaksTheLineAndTheBand()
{
    // 1 Jan 1900 to 20 Jan 1900, then 1 Mar 1900 onwards.
    const Series series = dailyWithGap(40, 19, 40);
    const SeriesSampler sampler(series);
    QCOMPARE(sampler.medianSpacing(), 86'400.0);
    QCOMPARE(sampler.gapCount(), 1);
    QVERIFY(sampler.isGapAfter(19));

    const TimeScale scale = TimeScale::fitting(secondsAt(1900), secondsAt(1900, 4), 800, 0.0);
    const SeriesFrame frame = sampler.sample(scale);
    QVERIFY(!frame.downsampled);
    QCOMPARE(frame.gaps.size(), std::size_t(1));
    QCOMPARE(frame.gaps.front().before, qsizetype(19));
    QCOMPARE(frame.gaps.front().from.x(), scale.xForTime(sampler.time(19)));
    QCOMPARE(frame.gaps.front().to.x(), scale.xForTime(sampler.time(20)));
    // Every point bounded, yet the band stops at the gap too.
    const std::vector<std::pair<int, int>> runs{{0, 19}, {20, 39}};
    QVERIFY(frame.lineRuns == runs);
    QVERIFY(frame.bandRuns == runs);

    // A view inside the gap: the neighbours either side and the gap between.
    const SeriesFrame inside = sampler.sample(TimeScale::fitting(secondsAt(1900, 2, 1), secondsAt(1900, 2, 10), 500));
    QCOMPARE(inside.line.size(), std::size_t(2));
    QCOMPARE(inside.gaps.size(), std::size_t(1));
    QCOMPARE(inside.lineRuns.size(), std::size_t(2));
    QVERIFY(inside.bandRuns.size() == 2);
}

void TestSeriesSampler::downsampledGapNeedsAPixel()
{
    // 10,000 daily points with a 200-day gap after the 5,000th.
    const Series series = dailyWithGap(10'000, 4'999, 200);
    const SeriesSampler sampler(series);
    QCOMPARE(sampler.gapCount(), 1);
    const qint64 first = series.points.first().time.seconds();
    const qint64 last = series.points.last().time.seconds();

    // 10,200 days over 3,000 px: the gap is 58 px wide.
    const TimeScale wide = TimeScale::fitting(first, last, 3000, 0.0);
    const SeriesFrame frame = sampler.sample(wide);
    QVERIFY(frame.downsampled);
    QCOMPARE(frame.gaps.size(), std::size_t(1));
    QCOMPARE(frame.gaps.front().before, qsizetype(4'999));
    QCOMPARE(frame.gaps.front().from.x(), wide.xForTime(sampler.time(4'999)));
    QCOMPARE(frame.gaps.front().to.x(), wide.xForTime(sampler.time(5'000)));
    QCOMPARE(frame.lineRuns.size(), std::size_t(2));
    // No line point inside the gap, and the band is broken at it.
    for (const QPointF &point : frame.line)
        QVERIFY(point.x() <= frame.gaps.front().from.x() || point.x() >= frame.gaps.front().to.x());
    QCOMPARE(frame.bandRuns.size(), std::size_t(2));
    QVERIFY(frame.bandUpper[std::size_t(frame.bandRuns[0].second)].x() <= frame.gaps.front().from.x());
    QVERIFY(frame.bandUpper[std::size_t(frame.bandRuns[1].first)].x() >= frame.gaps.front().to.x());

    // Over 20 px, 510 days a pixel: the gap is narrower than a column.
    const TimeScale narrow = TimeScale::fitting(first, last, 20, 0.0);
    const SeriesFrame squeezed = sampler.sample(narrow);
    QVERIFY(squeezed.downsampled);
    QVERIFY(squeezed.gaps.empty());
    QCOMPARE(squeezed.lineRuns.size(), std::size_t(1));
    QCOMPARE(squeezed.lineRuns.front(), std::make_pair(0, int(squeezed.line.size()) - 1));
    QCOMPARE(squeezed.bandRuns.size(), std::size_t(1));
}

QTEST_APPLESS_MAIN(TestSeriesSampler)
#include "tst_seriessampler.moc"
