// SPDX-License-Identifier: GPL-3.0-or-later
#include "actoractivity.h"
#include "eventindex.h"
#include "historicaldate_testing.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Annals;

namespace {

constexpr qint64 day = 86'400;
constexpr qint64 year = 31'556'952; // a mean Gregorian year, for spreading random dates

// Astronomical year of a year written "N BCE".
constexpr qint64 bce(qint64 shown)
{
    return 1 - shown;
}

// Seconds at a number of years before 1950 (deep time).
qint64 yearsAgo(qint64 years)
{
    return secondsAt(presentYearForYearsAgo - years);
}

Event makeEvent(ItemId id, const HistoricalDate &start, const QList<EventActor> &actors)
{
    Event event;
    event.id = id;
    event.title = QStringLiteral("Event %1").arg(id);
    event.when.start = start;
    event.actors = actors;
    return event;
}

// Events in clusters at every scale a window can have, from minutes around
// 1959 to billions of years ago, each with up to three of `actorCount`
// actors; actor `actorCount + 1` has none.
AtlasData randomEvents(int count, quint32 seed, int actorCount)
{
    QRandomGenerator random(seed);
    AtlasData data;
    for (int i = 1; i <= count; ++i) {
        qint64 start = 0;
        Precision precision = Precision::Minute;
        switch (random.bounded(6)) {
        case 0: // minutes around the Korean War and the 1950s
            start = secondsAt(1950) + qint64(random.bounded(10.0 * year));
            break;
        case 1: // days within a few months of 1 Oct 1959
            start = secondsAt(1959, 10, 1) + qint64(random.bounded(200.0 * day)) - 100 * day;
            precision = Precision::Day;
            break;
        case 2: // years of the last three centuries
            start = secondsAt(1750) + qint64(random.bounded(300.0 * year));
            precision = Precision::Year;
            break;
        case 3: // antiquity on both sides of the era boundary
            start = secondsAt(bce(3000)) + qint64(random.bounded(3500.0 * year));
            precision = Precision::Year;
            break;
        case 4: // prehistory
            start = yearsAgo(2'000'000) + qint64(random.bounded(2'000'000.0 * year));
            precision = Precision::ThousandYears;
            break;
        default: // deep time
            start = yearsAgo(4'000'000'000) + qint64(random.bounded(4'000'000'000.0 * year));
            precision = Precision::MillionYears;
            break;
        }
        QList<EventActor> actors;
        for (int a = int(random.bounded(4)); a > 0; --a) {
            const ItemId actor = 1 + random.bounded(actorCount);
            if (std::none_of(actors.begin(), actors.end(), [actor](const EventActor &e) { return e.actorId == actor; }))
                actors.append(EventActor{actor, QStringLiteral("participant")});
        }
        data.events.append(makeEvent(i, HistoricalDate(start, precision), actors));
    }
    return data;
}

bool hasActor(const EventIndex &index, qsizetype row, ItemId actor)
{
    const auto &offsets = index.actorOffsets();
    const auto &ids = index.actorIds();
    for (quint32 k = offsets[std::size_t(row)]; k < offsets[std::size_t(row) + 1]; ++k) {
        if (ids[k] == actor)
            return true;
    }
    return false;
}

// The events of `actor` starting in [from, to), by looking at every one.
quint32 bruteForceCount(const EventIndex &index, ItemId actor, qint64 from, qint64 to)
{
    quint32 count = 0;
    for (qsizetype row = 0; row < index.size(); ++row) {
        if (index.start(row) >= from && index.start(row) < to && hasActor(index, row, actor))
            ++count;
    }
    return count;
}

QStringList labelsOf(const std::vector<ActivityPeriod> &periods)
{
    QStringList labels;
    for (const ActivityPeriod &period : periods)
        labels << period.label;
    return labels;
}

} // namespace

class tst_ActorActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsAreTheActorsEventsInStartOrder();
    void countsEqualBruteForce_data();
    void countsEqualBruteForce();
    void periodsFollowTheCalendar_data();
    void periodsFollowTheCalendar();
    void moreRoomNeverMeansCoarserPeriods();
    void anActorWithoutEventsHasEmptyPeriods_data();
    void anActorWithoutEventsHasEmptyPeriods();
    void anEmptyWindowHasNoPeriods_data();
    void anEmptyWindowHasNoPeriods();
    void aWindowPastTheCalendarIsCutToIt();
    void partialPeriodsReachPastTheWindow();

private:
    static constexpr int actorCount = 12;
    std::unique_ptr<EventIndex> m_index;
};

void tst_ActorActivity::initTestCase()
{
    m_index = std::make_unique<EventIndex>(EventIndex::fromAtlas(randomEvents(6000, 42, actorCount)));
    QCOMPARE(m_index->size(), 6000);
}

void tst_ActorActivity::rowsAreTheActorsEventsInStartOrder()
{
    for (ItemId actor = 1; actor <= actorCount; ++actor) {
        const ActorActivity activity(m_index.get(), actor);
        QCOMPARE(activity.actorId(), actor);
        std::vector<quint32> expected;
        for (qsizetype row = 0; row < m_index->size(); ++row) {
            if (hasActor(*m_index, row, actor))
                expected.push_back(quint32(row));
        }
        QVERIFY(!expected.empty());
        QCOMPARE(activity.rows(), expected);
    }
}

void tst_ActorActivity::countsEqualBruteForce_data()
{
    QTest::addColumn<qint64>("length"); // of the windows, in seconds
    QTest::addColumn<int>("maxPeriods");
    QTest::newRow("hours, 24 bars") << 5 * 3600LL << 24;
    QTest::newRow("days, 24 bars") << 9 * day << 24;
    QTest::newRow("weeks, 24 bars") << 60 * day << 24;
    QTest::newRow("months, 12 bars") << 300 * day << 12;
    QTest::newRow("years, 24 bars") << 15 * year << 24;
    QTest::newRow("decades, 24 bars") << 120 * year << 24;
    QTest::newRow("centuries, 5 bars") << 700 * year << 5;
    QTest::newRow("millennia, 24 bars") << 4000 * year << 24;
    QTest::newRow("ice ages, 24 bars") << 300'000 * year << 24;
    QTest::newRow("millions of years, 60 bars") << 40'000'000 * year << 60;
    QTest::newRow("billions of years, 24 bars") << 3'000'000'000 * year << 24;
    QTest::newRow("billions of years, 2 bars") << 3'000'000'000 * year << 2;
}

void tst_ActorActivity::countsEqualBruteForce()
{
    QFETCH(qint64, length);
    QFETCH(int, maxPeriods);
    QRandomGenerator random(quint32(length % 100'003) + quint32(maxPeriods));
    for (int trial = 0; trial < 40; ++trial) {
        // Windows around an event, so that most of them hold some.
        const qint64 around = m_index->start(qsizetype(random.bounded(quint32(m_index->size()))));
        const qint64 from = around - qint64(random.bounded(double(length)));
        // Inside the calendar's range, where periods can be cut.
        const qint64 to = std::min(from + length / 2 + qint64(random.bounded(double(length))),
                                   secondsAt(latestYear + 1));
        const ItemId actor = 1 + random.bounded(actorCount);
        const ActorActivity activity(m_index.get(), actor);
        const std::vector<ActivityPeriod> periods = activity.periods(from, to, maxPeriods);
        const QByteArray where = QByteArray("window ") + QByteArray::number(from) + ".." + QByteArray::number(to)
                               + ", actor " + QByteArray::number(actor);

        QVERIFY2(!periods.empty(), where.constData());
        QVERIFY2(periods.size() <= std::size_t(maxPeriods), where.constData());
        // Contiguous, covering [from, to) and no more than one period beyond.
        QVERIFY2(periods.front().start <= from && from < periods.front().end, where.constData());
        QVERIFY2(periods.back().start < to && to <= periods.back().end, where.constData());
        quint32 total = 0;
        for (std::size_t i = 0; i < periods.size(); ++i) {
            const ActivityPeriod &period = periods[i];
            QVERIFY2(period.start < period.end, where.constData());
            if (i + 1 < periods.size())
                QCOMPARE(period.end, periods[i + 1].start);
            QVERIFY2(!period.label.isEmpty(), where.constData());
            QCOMPARE(period.count,
                     bruteForceCount(*m_index, actor, std::max(period.start, from), std::min(period.end, to)));
            total += period.count;
        }
        QCOMPARE(total, bruteForceCount(*m_index, actor, from, to));

        // The calendar: days start at midnight, anything of a month or more
        // on the 1st, anything of a year or more on 1 January.
        for (const ActivityPeriod &period : periods) {
            const CivilDateTime civil = civilFromSeconds(period.start);
            QCOMPARE(civil.hour, 0);
            QCOMPARE(civil.minute, 0);
            QCOMPARE(civil.second, 0);
            const qint64 span = period.end - period.start;
            if (span >= 7 * day && span < 28 * day)
                QVERIFY2(civil.day == 1 || civil.day == 8 || civil.day == 15 || civil.day == 22, where.constData());
            if (span >= 28 * day)
                QCOMPARE(civil.day, 1);
            if (span >= 365 * day)
                QCOMPARE(civil.month, 1);
        }
        // The labels tell periods apart.
        const QStringList labels = labelsOf(periods);
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    }
}

void tst_ActorActivity::periodsFollowTheCalendar_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("maxPeriods");
    QTest::addColumn<int>("expectedCount");
    QTest::addColumn<qint64>("firstStart");
    QTest::addColumn<qint64>("lastEnd");
    QTest::addColumn<QString>("firstLabel");
    QTest::addColumn<QString>("lastLabel");

    QTest::newRow("days from midnight")
        << secondsAt(1959, 10, 3, 14, 30) << secondsAt(1959, 10, 9, 6) << 24 << 7 << secondsAt(1959, 10, 3)
        << secondsAt(1959, 10, 10) << "3 Oct 1959" << "9 Oct 1959";
    QTest::newRow("a single hour is one day") << secondsAt(1959, 10, 1, 14) << secondsAt(1959, 10, 1, 15) << 24 << 1
                                              << secondsAt(1959, 10, 1) << secondsAt(1959, 10, 2) << "1 Oct 1959"
                                              << "1 Oct 1959";
    QTest::newRow("weeks as the timeline's, the last of a month to its end")
        << secondsAt(1959, 10, 1) << secondsAt(1960, 1, 1) << 24 << 12 << secondsAt(1959, 10, 1)
        << secondsAt(1960, 1, 1) << "1–7 Oct 1959" << "22–31 Dec 1959";
    QTest::newRow("weeks across a leap February")
        << secondsAt(1960, 2, 20) << secondsAt(1960, 4, 3) << 24 << 7 << secondsAt(1960, 2, 15)
        << secondsAt(1960, 4, 8) << "15–21 Feb 1960" << "1–7 Apr 1960";
    QTest::newRow("months from the 1st") << secondsAt(1959, 3, 15, 12) << secondsAt(1961, 1, 20) << 24 << 23
                                         << secondsAt(1959, 3, 1) << secondsAt(1961, 2, 1) << "Mar 1959"
                                         << "Jan 1961";
    QTest::newRow("quarters from January") << secondsAt(1959, 2, 1) << secondsAt(1964, 12, 1) << 24 << 24
                                           << secondsAt(1959, 1, 1) << secondsAt(1965, 1, 1) << "Jan–Mar 1959"
                                           << "Oct–Dec 1964";
    QTest::newRow("years from 1 January") << secondsAt(1950, 6, 25) << secondsAt(1969, 3, 1) << 24 << 20
                                          << secondsAt(1950) << secondsAt(1970) << "1950" << "1969";
    QTest::newRow("five years") << secondsAt(1945, 8, 15) << secondsAt(2025) << 24 << 16 << secondsAt(1945)
                                << secondsAt(2025) << "1945–1949" << "2020–2024";
    QTest::newRow("decades on years ending in 0")
        << secondsAt(1903) << secondsAt(2091) << 24 << 20 << secondsAt(1900) << secondsAt(2100) << "1900s" << "2090s";
    QTest::newRow("twenty-five years") << secondsAt(1500) << secondsAt(2000) << 24 << 20 << secondsAt(1500)
                                       << secondsAt(2000) << "1500–1524" << "1975–1999";
    QTest::newRow("centuries") << secondsAt(1) << secondsAt(2001) << 24 << 20 << secondsAt(1) << secondsAt(2001)
                               << "1st century" << "20th century";
    QTest::newRow("one bar: the 19th century") << secondsAt(1801) << secondsAt(1901) << 1 << 1 << secondsAt(1801)
                                               << secondsAt(1901) << "19th century" << "19th century";
    QTest::newRow("years before the common era")
        << secondsAt(bce(50)) << secondsAt(bce(41), 6) << 24 << 10 << secondsAt(bce(50)) << secondsAt(bce(40))
        << "50 BCE" << "41 BCE";
    QTest::newRow("years across the era boundary, which say their era")
        << secondsAt(bce(10)) << secondsAt(10) << 24 << 19 << secondsAt(bce(10)) << secondsAt(10) << "10 BCE"
        << "9 CE";
    QTest::newRow("five years across the era boundary: 1 CE starts one")
        << secondsAt(bce(60)) << secondsAt(41) << 24 << 21 << secondsAt(bce(60)) << secondsAt(45) << "60–56 BCE"
        << "40–44 CE";
    // "200s BCE" is 209..200 BCE, as HistoricalDate names decades: the
    // years people see as 200-something.
    QTest::newRow("decades before the common era")
        << secondsAt(bce(200)) << secondsAt(1) << 24 << 21 << secondsAt(bce(209)) << secondsAt(1) << "200s BCE"
        << "0s BCE";
    QTest::newRow("millennia before the common era")
        << secondsAt(bce(12'000)) << secondsAt(bce(3'000)) << 24 << 18 << secondsAt(bce(12'000))
        << secondsAt(bce(3'000)) << "12,000–11,501 BCE" << "3500–3001 BCE";
    QTest::newRow("thousands of years ago") << yearsAgo(200'000) << yearsAgo(0) << 24 << 20 << yearsAgo(200'000)
                                            << yearsAgo(0) << "200–190 ka" << "10–0 ka";
    QTest::newRow("millions of years ago") << yearsAgo(70'000'000) << yearsAgo(10'000'000) << 24 << 12
                                           << yearsAgo(70'000'000) << yearsAgo(10'000'000) << "70–65 Ma"
                                           << "15–10 Ma";
    QTest::newRow("billions of years ago, in the unit of the older edge")
        << yearsAgo(4'500'000'000) << yearsAgo(500'000'000) << 24 << 21 << yearsAgo(4'600'000'000)
        << yearsAgo(400'000'000) << "4.6–4.4 Ga" << "600–400 Ma";
}

void tst_ActorActivity::periodsFollowTheCalendar()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, maxPeriods);
    QFETCH(int, expectedCount);
    QFETCH(qint64, firstStart);
    QFETCH(qint64, lastEnd);
    QFETCH(QString, firstLabel);
    QFETCH(QString, lastLabel);

    const std::vector<ActivityPeriod> periods = ActorActivity(m_index.get(), 1).periods(from, to, maxPeriods);
    QVERIFY(!periods.empty());
    QCOMPARE(civilFromSeconds(periods.front().start), civilFromSeconds(firstStart));
    QCOMPARE(civilFromSeconds(periods.back().end), civilFromSeconds(lastEnd));
    QCOMPARE(periods.front().label, firstLabel);
    QCOMPARE(periods.back().label, lastLabel);
    QCOMPARE(int(periods.size()), expectedCount);
    // The finest unit that fits: half the room would not take it.
    if (expectedCount > 1) {
        const auto coarser = ActorActivity(m_index.get(), 1).periods(from, to, expectedCount - 1);
        QVERIFY(coarser.size() < periods.size());
        QVERIFY(coarser.front().end - coarser.front().start > periods.front().end - periods.front().start);
    }
}

void tst_ActorActivity::moreRoomNeverMeansCoarserPeriods()
{
    const ActorActivity activity(m_index.get(), 3);
    const qint64 from = secondsAt(bce(1200), 5, 17);
    const qint64 to = secondsAt(1959, 10, 1);
    std::size_t previous = 0;
    for (int maxPeriods = 1; maxPeriods <= 400; ++maxPeriods) {
        const std::size_t count = activity.periods(from, to, maxPeriods).size();
        // One bar cannot hold a window across 1 CE or 1950: every step
        // longer than a century starts a period there. Two is the least.
        QVERIFY(count <= std::size_t(std::max(maxPeriods, 2)));
        QVERIFY(count >= previous);
        previous = count;
    }
    QVERIFY(previous > 200);
}

void tst_ActorActivity::anActorWithoutEventsHasEmptyPeriods_data()
{
    QTest::addColumn<ItemId>("actor");
    QTest::newRow("an actor of the atlas without events") << ItemId(actorCount + 1);
    QTest::newRow("an actor the index does not know") << ItemId(9999);
    QTest::newRow("an id beyond the index's 32 bits") << ItemId(5'000'000'001LL);
    QTest::newRow("no actor") << ItemId(0);
}

void tst_ActorActivity::anActorWithoutEventsHasEmptyPeriods()
{
    QFETCH(ItemId, actor);
    // Actor 1 in the upper bits' place: a wrapped id would find its events.
    AtlasData data;
    data.events = {makeEvent(1, HistoricalDate(secondsAt(1959, 10, 1), Precision::Day),
                             {{ItemId(5'000'000'001LL - (1LL << 32)), {}}, {1, {}}})};
    const EventIndex index = EventIndex::fromAtlas(data);
    const ActorActivity activity(&index, actor);
    QVERIFY(activity.rows().empty());
    const std::vector<ActivityPeriod> periods = activity.periods(secondsAt(1950), secondsAt(1970));
    QCOMPARE(periods.size(), std::size_t(20));
    for (const ActivityPeriod &period : periods)
        QCOMPARE(period.count, 0u);
    // The actor next to it has its one event.
    const auto other = ActorActivity(&index, 1).periods(secondsAt(1950), secondsAt(1970));
    QCOMPARE(other[9].count, 1u);
    QCOMPARE(other[9].label, QStringLiteral("1959"));
    // Without an index, the periods are there and empty.
    QCOMPARE(ActorActivity().periods(secondsAt(1950), secondsAt(1970)).size(), std::size_t(20));
}

void tst_ActorActivity::anEmptyWindowHasNoPeriods_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("maxPeriods");
    QTest::newRow("to before from") << secondsAt(1960) << secondsAt(1950) << 24;
    QTest::newRow("to at from") << secondsAt(1960) << secondsAt(1960) << 24;
    QTest::newRow("no bars allowed") << secondsAt(1950) << secondsAt(1960) << 0;
    QTest::newRow("negative bars") << secondsAt(1950) << secondsAt(1960) << -3;
}

void tst_ActorActivity::anEmptyWindowHasNoPeriods()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, maxPeriods);
    QVERIFY(ActorActivity(m_index.get(), 1).periods(from, to, maxPeriods).empty());
}

void tst_ActorActivity::aWindowPastTheCalendarIsCutToIt()
{
    // No calendar runs past latestYear, so neither do the periods: the
    // window is cut to it rather than counted in years that cannot be named.
    const qint64 end = secondsAt(latestYear + 1);
    const auto periods = ActorActivity(m_index.get(), 1).periods(end - 50 * year, end + 1'000'000 * year);
    QVERIFY(!periods.empty());
    QVERIFY(periods.size() <= 24);
    QVERIFY(periods.back().start < end && periods.back().end >= end);
    QVERIFY(ActorActivity(m_index.get(), 1).periods(end, end + 1000 * year).empty());
}

void tst_ActorActivity::partialPeriodsReachPastTheWindow()
{
    const qint64 from = secondsAt(1950, 6, 25);
    const qint64 to = secondsAt(1953, 7, 27);
    const auto periods = ActorActivity(m_index.get(), 1).periods(from, to, 4);
    QCOMPARE(labelsOf(periods), (QStringList{QStringLiteral("1950"), QStringLiteral("1951"), QStringLiteral("1952"),
                                             QStringLiteral("1953")}));
    QVERIFY(ActorActivity::isPartial(periods.front(), from, to));
    QVERIFY(!ActorActivity::isPartial(periods[1], from, to));
    QVERIFY(!ActorActivity::isPartial(periods[2], from, to));
    QVERIFY(ActorActivity::isPartial(periods.back(), from, to));
    // Whole years make no partial bars.
    for (const ActivityPeriod &period : ActorActivity(m_index.get(), 1).periods(secondsAt(1950), secondsAt(1954), 4))
        QVERIFY(!ActorActivity::isPartial(period, secondsAt(1950), secondsAt(1954)));
}

QTEST_MAIN(tst_ActorActivity)
#include "tst_actoractivity.moc"
