// SPDX-License-Identifier: GPL-3.0-or-later
// The overview's histogram against a plain count of every event, on random
// atlases in modern, BCE and deep-time ranges.
#include "eventhistogram.h"
#include "eventindex.h"
#include "historicaldate.h"
#include "timescale.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Annals;

namespace {

constexpr qint64 minute = 60;
constexpr qint64 year = 31'556'952; // a mean Gregorian year

qint64 yearStart(qint64 astronomicalYear)
{
    return secondsFromCivil({astronomicalYear, 1, 1, 0, 0, 0});
}

Event eventStartingAt(ItemId id, qint64 seconds, Precision precision = Precision::Minute)
{
    Event event;
    event.id = id;
    event.title = QStringLiteral("Event %1").arg(id);
    event.when.start = HistoricalDate(seconds, precision);
    return event;
}

// `count` events spread over [from - margin, to + margin), where margin is a
// quarter of the range (so that some fall before and some after it), of
// mixed precision, plus one exactly on each of `edges`.
EventIndex randomIndex(quint32 seed, int count, qint64 from, qint64 to, const QList<qint64> &edges = {})
{
    QRandomGenerator random(seed);
    const qint64 margin = (to - from) / 4;
    const qint64 low = std::max(from - margin, TimeScale::earliestTime());
    const qint64 high = std::min(to + margin, TimeScale::latestTime());
    AtlasData data;
    ItemId id = 0;
    for (int i = 0; i < count; ++i) {
        const qint64 start = low + qint64(random.bounded(1.0) * double(high - low));
        // Coarse precisions move a start back to its period's beginning,
        // which is still a start the index holds: the brute force reads them
        // from the index, not from here.
        const Precision precision = random.bounded(4) == 0 ? Precision::Year : Precision::Minute;
        data.events.append(eventStartingAt(++id, start, precision));
    }
    for (const qint64 edge : edges) {
        data.events.append(eventStartingAt(++id, edge));
        data.events.append(eventStartingAt(++id, edge - minute));
    }
    return EventIndex::fromAtlas(data);
}

quint64 bruteCount(const EventIndex &index, qint64 from, qint64 to)
{
    quint64 count = 0;
    for (qsizetype i = 0; i < index.size(); ++i) {
        if (index.start(i) >= from && index.start(i) < to)
            ++count;
    }
    return count;
}

// Every invariant the header promises, and every count against the brute force.
void verifyAgainstBruteForce(const EventHistogram &histogram, const EventIndex &index, qint64 from, qint64 to,
                             int asked)
{
    QVERIFY(!histogram.isEmpty());
    QCOMPARE(histogram.from(), from);
    QCOMPARE(histogram.to(), to);
    QCOMPARE(histogram.size(), int(std::min<qint64>(asked, to - from)));
    QCOMPARE(histogram.binStart(0), from);
    QCOMPARE(histogram.binEnd(histogram.size() - 1), to);
    quint64 sum = 0;
    quint64 largest = 0;
    for (int bin = 0; bin < histogram.size(); ++bin) {
        const qint64 start = histogram.binStart(bin);
        const qint64 end = histogram.binEnd(bin);
        QVERIFY2(end - start >= 1, qPrintable(QStringLiteral("bin %1 is empty").arg(bin)));
        if (bin + 1 < histogram.size())
            QCOMPARE(end, histogram.binStart(bin + 1));
        // Equal in seconds, give or take the one second a whole division leaves.
        QVERIFY(std::abs((end - start) - (to - from) / histogram.size()) <= 1);
        QCOMPARE(histogram.count(bin), bruteCount(index, start, end));
        QCOMPARE(histogram.binAt(start), bin);
        QCOMPARE(histogram.binAt(end - 1), bin);
        sum += histogram.count(bin);
        largest = std::max(largest, histogram.count(bin));
    }
    QCOMPARE(histogram.maximum(), largest);
    QCOMPARE(histogram.before(), bruteCount(index, std::numeric_limits<qint64>::min(), from));
    QCOMPARE(histogram.after(), bruteCount(index, to, std::numeric_limits<qint64>::max()));
    QCOMPARE(sum + histogram.before() + histogram.after(), quint64(index.size()));
    QCOMPARE(histogram.binAt(from - 1), -1);
    QCOMPARE(histogram.binAt(to), -1);
}

} // namespace

class tst_EventHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsEqualBruteForce_data();
    void countsEqualBruteForce();
    void eventsOnEdgesCountInTheBinTheyOpen_data();
    void eventsOnEdgesCountInTheBinTheyOpen();
    void emptyIndexGivesZeroBins();
    void emptyOrReversedRangeGivesNoBins_data();
    void emptyOrReversedRangeGivesNoBins();
    void shortRangeMakesOneSecondBins();
    void hugeRangeDoesNotOverflow();
    void binCountForStaysInItsLimits_data();
    void binCountForStaysInItsLimits();
};

void tst_EventHistogram::countsEqualBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("events");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("bins");

    struct Range {
        const char *name;
        qint64 from;
        qint64 to;
    };
    const Range ranges[] = {
        {"modern", yearStart(1900), yearStart(2025) + 12345},
        {"a day", yearStart(1959) + 7 * 3600, yearStart(1959) + 31 * 3600 + 17},
        {"BCE", yearStart(-3000), yearStart(-43)},
        {"across the era", yearStart(-500), yearStart(500) + 1},
        {"deep time", yearStart(1950 - 65'000'000), yearStart(1950 - 1'000'000)},
        {"near the earliest", TimeScale::earliestTime() + 400'000 * year, TimeScale::earliestTime() + 1'400'000 * year},
    };
    const int binCounts[] = {1, 7, 480, 2000};
    const quint32 seeds[] = {1, 42, 20250101};
    for (const Range &range : ranges) {
        for (const int bins : binCounts) {
            for (const quint32 seed : seeds) {
                QTest::addRow("%s, %d bins, seed %u", range.name, bins, seed)
                    << seed << int(200 + seed % 1800) << range.from << range.to << bins;
            }
        }
    }
}

void tst_EventHistogram::countsEqualBruteForce()
{
    QFETCH(quint32, seed);
    QFETCH(int, events);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, bins);
    const EventIndex index = randomIndex(seed, events, from, to);
    QCOMPARE(index.size(), qsizetype(events));
    const EventHistogram histogram = EventHistogram::build(index, from, to, bins);
    verifyAgainstBruteForce(histogram, index, from, to, bins);
    // The random events fall on both sides of the range as well as in it.
    QVERIFY(histogram.before() > 0);
    QVERIFY(histogram.after() > 0);
}

void tst_EventHistogram::eventsOnEdgesCountInTheBinTheyOpen_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<int>("bins");
    QTest::addColumn<qint64>("binWidth");

    QTest::newRow("hours in 1959") << yearStart(1959) << 24 << qint64(3600);
    QTest::newRow("decades CE") << yearStart(1800) << 20 << qint64(10) * 365 * 86400;
    QTest::newRow("centuries BCE") << yearStart(-2000) << 18 << qint64(100) * 365 * 86400;
    QTest::newRow("million years") << yearStart(1950 - 66'000'000) << 64 << qint64(1'000'000) * year;
}

void tst_EventHistogram::eventsOnEdgesCountInTheBinTheyOpen()
{
    QFETCH(qint64, from);
    QFETCH(int, bins);
    QFETCH(qint64, binWidth);
    const qint64 to = from + bins * binWidth;
    QList<qint64> edges;
    for (int bin = 0; bin <= bins; ++bin)
        edges.append(from + bin * binWidth); // minutes, so the index keeps them exact
    const EventIndex index = randomIndex(7, 300, from, to, edges);
    const EventHistogram histogram = EventHistogram::build(index, from, to, bins);
    verifyAgainstBruteForce(histogram, index, from, to, bins);
    for (int bin = 0; bin < bins; ++bin) {
        QCOMPARE(histogram.binStart(bin), edges[bin]);
        // The event on its opening edge at least; the one a minute before
        // that edge belongs to the bin on the left.
        QVERIFY(histogram.count(bin) >= 1);
        QCOMPARE(histogram.binAt(edges[bin]), bin);
        QCOMPARE(histogram.binAt(edges[bin] - minute), bin - 1);
    }
    // The event on `to` itself is after the range, not in the last bin.
    QVERIFY(histogram.after() >= 1);
}

void tst_EventHistogram::emptyIndexGivesZeroBins()
{
    const EventIndex index;
    const EventHistogram histogram = EventHistogram::build(index, yearStart(1900), yearStart(2000), 100);
    QCOMPARE(histogram.size(), 100);
    for (int bin = 0; bin < histogram.size(); ++bin)
        QCOMPARE(histogram.count(bin), quint64(0));
    QCOMPARE(histogram.maximum(), quint64(0));
    QCOMPARE(histogram.before(), quint64(0));
    QCOMPARE(histogram.after(), quint64(0));
}

void tst_EventHistogram::emptyOrReversedRangeGivesNoBins_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("bins");
    QTest::newRow("empty range") << yearStart(1950) << yearStart(1950) << 10;
    QTest::newRow("reversed range") << yearStart(1960) << yearStart(1950) << 10;
    QTest::newRow("no bins asked") << yearStart(1950) << yearStart(1960) << 0;
    QTest::newRow("negative bins") << yearStart(1950) << yearStart(1960) << -3;
}

void tst_EventHistogram::emptyOrReversedRangeGivesNoBins()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, bins);
    const EventIndex index = randomIndex(3, 50, yearStart(1900), yearStart(2000));
    const EventHistogram histogram = EventHistogram::build(index, from, to, bins);
    QVERIFY(histogram.isEmpty());
    QCOMPARE(histogram.size(), 0);
    QCOMPARE(histogram.maximum(), quint64(0));
    QCOMPARE(histogram.binAt(from), -1);
    QVERIFY(EventHistogram().isEmpty());
}

void tst_EventHistogram::shortRangeMakesOneSecondBins()
{
    const qint64 from = yearStart(1959) + 14 * 3600;
    const EventIndex index = randomIndex(5, 40, from - 600, from + 600, {from});
    const EventHistogram histogram = EventHistogram::build(index, from, from + 5, 480);
    verifyAgainstBruteForce(histogram, index, from, from + 5, 480);
    QCOMPARE(histogram.size(), 5);
    for (int bin = 0; bin < 5; ++bin)
        QCOMPARE(histogram.binEnd(bin) - histogram.binStart(bin), qint64(1));
    QCOMPARE(histogram.count(0), quint64(1)); // the event on `from`
}

void tst_EventHistogram::hugeRangeDoesNotOverflow()
{
    // The whole representable range, in the most bins: span × bins is far
    // beyond 64 bits.
    const qint64 from = TimeScale::earliestTime();
    const qint64 to = TimeScale::latestTime();
    const EventIndex index = randomIndex(11, 500, from, to);
    verifyAgainstBruteForce(EventHistogram::build(index, from, to, 2000), index, from, to, 2000);
    verifyAgainstBruteForce(EventHistogram::build(index, from, to, 1999), index, from, to, 1999);
}

void tst_EventHistogram::binCountForStaysInItsLimits_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("pixelsPerBin");
    QTest::addColumn<int>("expected");
    QTest::newRow("1920 px") << 1920.0 << 4.0 << 480;
    QTest::newRow("rounds") << 1922.0 << 4.0 << 481;
    QTest::newRow("narrow") << 3.0 << 4.0 << 1;
    QTest::newRow("zero width") << 0.0 << 4.0 << 1;
    QTest::newRow("negative width") << -100.0 << 4.0 << 1;
    QTest::newRow("NaN width") << std::numeric_limits<double>::quiet_NaN() << 4.0 << 1;
    QTest::newRow("wide") << 10000.0 << 4.0 << 2000;
    QTest::newRow("infinite width") << std::numeric_limits<double>::infinity() << 4.0 << 2000;
    QTest::newRow("one pixel a bin") << 1500.0 << 1.0 << 1500;
    QTest::newRow("fine bins capped") << 1920.0 << 0.5 << 2000;
    QTest::newRow("zero pixels a bin") << 1920.0 << 0.0 << 1;
    QTest::newRow("NaN pixels a bin") << 1920.0 << std::numeric_limits<double>::quiet_NaN() << 1;
}

void tst_EventHistogram::binCountForStaysInItsLimits()
{
    QFETCH(double, width);
    QFETCH(double, pixelsPerBin);
    QFETCH(int, expected);
    QCOMPARE(EventHistogram::binCountFor(width, pixelsPerBin), expected);
}

QTEST_GUILESS_MAIN(tst_EventHistogram)
#include "tst_eventhistogram.moc"
