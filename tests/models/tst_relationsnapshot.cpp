// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationsnapshot.h"

#include <QRandomGenerator>
#include <QTest>

#include <array>
#include <cmath>
#include <limits>

using namespace Annals;

namespace {

constexpr qint64 earliest = std::numeric_limits<qint64>::min();
constexpr qint64 latest = std::numeric_limits<qint64>::max();
constexpr qint64 year = 31'556'952; // a mean Gregorian year, for spreading random dates

HistoricalDate date(const char *text)
{
    const DateParseResult parsed = DateParser::parse(QString::fromUtf8(text));
    if (!parsed.ok())
        qFatal("Test date \"%s\" does not parse: %s", text, qPrintable(parsed.error));
    return parsed.date;
}

// A civil time as seconds, written out so that expected boundaries do not
// come from periodEnd(), which the snapshot relies on.
qint64 instant(qint64 y, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return secondsFromCivil({y, month, day, hour, minute, second});
}

Relation makeRelation(ItemId id, const HistoricalDate &start, const HistoricalDate &end = {})
{
    Relation relation;
    relation.id = id;
    relation.sourceId = 1;
    relation.targetId = 2;
    relation.when.start = start;
    relation.when.end = end;
    return relation;
}

// Precisions for random dates, fine ones far more often than deep time, so
// that most spans are short enough for a query to tell them apart; every
// precision still turns up dozens of times in 2,000 relations.
Precision randomPrecision(QRandomGenerator &random)
{
    static constexpr std::array<Precision, 20> table = {
        Precision::BillionYears, Precision::MillionYears, Precision::ThousandYears, Precision::Century,
        Precision::Century,      Precision::Decade,       Precision::Decade,        Precision::Year,
        Precision::Year,         Precision::Year,         Precision::Year,          Precision::Month,
        Precision::Month,        Precision::Month,        Precision::Day,           Precision::Day,
        Precision::Day,          Precision::Hour,         Precision::Minute,        Precision::Minute,
    };
    return table[random.bounded(quint32(table.size()))];
}

qint64 randomTime(QRandomGenerator &random)
{
    // 1750..2150
    return instant(1750, 1, 1) + qint64(random.bounded(400.0 * double(year)));
}

// 2,000 relations with every kind of span an atlas can hold: each precision
// at either end, open ends (still in force), open starts (since always),
// zero-length and very long spans, and a few that end before they start
// (which the atlas checks refuse, but a snapshot must not trip over).
AtlasData randomAtlas(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    AtlasData data;
    for (int i = 0; i < count; ++i) {
        const qint64 startSecond = randomTime(random);
        HistoricalDate start(startSecond, randomPrecision(random));
        const int shape = int(random.bounded(100));
        HistoricalDate end;
        if (shape < 20) {
            // open end
        } else if (shape < 23) {
            end = HistoricalDate(startSecond - qint64(random.bounded(30.0 * double(year))), randomPrecision(random));
        } else if (shape < 28) {
            end = HistoricalDate(startSecond, start.precision()); // one period long
        } else {
            const double length = shape < 90 ? 40.0 * double(year) : 3.0 * 86400;
            end = HistoricalDate(startSecond + qint64(random.bounded(length)), randomPrecision(random));
        }
        if (random.bounded(100) < 5)
            start = HistoricalDate(); // since always
        data.relations.append(makeRelation(i + 1, start, end));
    }
    return data;
}

// The definition, applied to every relation: what the snapshot must agree with.
std::vector<qsizetype> bruteForceWithin(const AtlasData &data, qint64 from, qint64 to)
{
    std::vector<qsizetype> found;
    if (to <= from)
        return found; // an empty window holds nothing
    for (qsizetype i = 0; i < data.relations.size(); ++i) {
        const TimeSpan &when = data.relations[i].when;
        const qint64 start = when.start.isValid() ? when.start.seconds() : earliest;
        const qint64 end = when.end.isValid() ? when.end.periodEnd() : latest;
        if (start < to && from < end)
            found.push_back(i);
    }
    return found;
}

std::vector<qsizetype> bruteForceAt(const AtlasData &data, qint64 t)
{
    return bruteForceWithin(data, t, t + 1);
}

} // namespace

class tst_RelationSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void activeAtAgreesWithBruteForce_data();
    void activeAtAgreesWithBruteForce();
    void activeWithinAgreesWithBruteForce();
    void endHoldsThroughItsLastPeriod_data();
    void endHoldsThroughItsLastPeriod();
    void startHoldsFromItsFirstSecond();
    void openEndsHoldForever();
    void actorExistsAt();
    void emptySnapshot();
};

void tst_RelationSnapshot::activeAtAgreesWithBruteForce_data()
{
    QTest::addColumn<int>("relations");
    QTest::newRow("2,000 relations") << 2000;
    // Sizes around the powers of two exercise the implicit tree's missing
    // right-hand nodes.
    QTest::newRow("1 relation") << 1;
    QTest::newRow("17 relations") << 17;
    QTest::newRow("1,025 relations") << 1025;
}

void tst_RelationSnapshot::activeAtAgreesWithBruteForce()
{
    QFETCH(int, relations);
    const AtlasData data = randomAtlas(20250101, relations);
    const RelationSnapshot snapshot(data);
    QCOMPARE(snapshot.relationCount(), qsizetype(relations));

    QRandomGenerator random(7);
    std::vector<qint64> times;
    for (int i = 0; i < 500; ++i)
        times.push_back(randomTime(random));
    // Every boundary of the first 200 relations, and a second either side:
    // where an off-by-one in the period arithmetic would show.
    for (qsizetype i = 0; i < std::min<qsizetype>(200, data.relations.size()); ++i) {
        const TimeSpan &when = data.relations[i].when;
        for (const qint64 edge : {RelationSnapshot::spanStart(when), RelationSnapshot::spanEnd(when)}) {
            if (edge != earliest && edge != latest)
                times.insert(times.end(), {edge - 1, edge, edge + 1});
        }
    }

    int nonEmpty = 0;
    for (const qint64 t : times) {
        const std::vector<qsizetype> expected = bruteForceAt(data, t);
        const std::vector<qsizetype> actual = snapshot.activeAt(t);
        if (actual != expected)
            QFAIL(qPrintable(QStringLiteral("activeAt(%1): %2 relations, expected %3")
                                 .arg(t)
                                 .arg(actual.size())
                                 .arg(expected.size())));
        nonEmpty += expected.empty() ? 0 : 1;
    }
    // The data must be able to tell a wrong answer from a right one.
    if (relations >= 1000)
        QVERIFY(nonEmpty > int(times.size()) / 2);
}

void tst_RelationSnapshot::activeWithinAgreesWithBruteForce()
{
    const AtlasData data = randomAtlas(424242, 2000);
    const RelationSnapshot snapshot(data);
    QRandomGenerator random(11);
    std::size_t largest = 0;
    std::size_t smallest = std::numeric_limits<std::size_t>::max();
    for (int i = 0; i < 500; ++i) {
        const qint64 from = randomTime(random);
        // From a second to a century wide, and now and then backwards
        // (an empty window).
        const double width = std::pow(10.0, random.bounded(9.5));
        const qint64 to = random.bounded(20) == 0 ? from - qint64(width) : from + qint64(width);
        const std::vector<qsizetype> expected = bruteForceWithin(data, from, to);
        const std::vector<qsizetype> actual = snapshot.activeWithin(from, to);
        if (actual != expected)
            QFAIL(qPrintable(QStringLiteral("activeWithin(%1, %2): %3 relations, expected %4")
                                 .arg(from)
                                 .arg(to)
                                 .arg(actual.size())
                                 .arg(expected.size())));
        largest = std::max(largest, expected.size());
        smallest = std::min(smallest, expected.size());
    }
    // Both ways of ordering the answer were taken: marking (large answers)
    // and sorting (small ones).
    QVERIFY(largest * 8 > 2000);
    QVERIFY(smallest * 8 < 2000);
    QVERIFY(snapshot.activeWithin(instant(1990, 1, 1), instant(1990, 1, 1)).empty());
}

void tst_RelationSnapshot::endHoldsThroughItsLastPeriod_data()
{
    QTest::addColumn<QByteArray>("end");
    QTest::addColumn<qint64>("lastSecond");
    QTest::addColumn<qint64>("firstSecondAfter");

    QTest::newRow("year: through 31 Dec 1991") << QByteArray("1991") << instant(1991, 12, 31, 23, 59, 59)
                                               << instant(1992, 1, 1);
    QTest::newRow("month: through 29 Feb 1992") << QByteArray("Feb 1992") << instant(1992, 2, 29, 23, 59, 59)
                                                << instant(1992, 3, 1);
    QTest::newRow("day: through 26 Dec 1991") << QByteArray("26 Dec 1991") << instant(1991, 12, 26, 23, 59, 59)
                                              << instant(1991, 12, 27);
    QTest::newRow("hour: through 14:59:59") << QByteArray("1 Oct 1959 14h") << instant(1959, 10, 1, 14, 59, 59)
                                            << instant(1959, 10, 1, 15);
    QTest::newRow("minute: through 14:30:59") << QByteArray("1959-10-01 14:30")
                                              << instant(1959, 10, 1, 14, 30, 59) << instant(1959, 10, 1, 14, 31);
    QTest::newRow("decade: the 1950s through 1959") << QByteArray("1950s") << instant(1959, 12, 31, 23, 59, 59)
                                                    << instant(1960, 1, 1);
    QTest::newRow("century: the 20th through 2000") << QByteArray("20th century")
                                                    << instant(2000, 12, 31, 23, 59, 59) << instant(2001, 1, 1);
    QTest::newRow("approximate year: same as exact") << QByteArray("c. 1991") << instant(1991, 12, 31, 23, 59, 59)
                                                     << instant(1992, 1, 1);
}

void tst_RelationSnapshot::endHoldsThroughItsLastPeriod()
{
    QFETCH(QByteArray, end);
    QFETCH(qint64, lastSecond);
    QFETCH(qint64, firstSecondAfter);

    AtlasData data;
    data.relations.append(makeRelation(1, date("1900"), date(end.constData())));
    const RelationSnapshot snapshot(data);
    QCOMPARE(snapshot.activeAt(lastSecond), std::vector<qsizetype>{0});
    QVERIFY(snapshot.activeAt(firstSecondAfter).empty());
    // A window that closes as the span ends does not overlap it; one that
    // takes in its last second does.
    QVERIFY(snapshot.activeWithin(firstSecondAfter, firstSecondAfter + year).empty());
    QCOMPARE(snapshot.activeWithin(lastSecond, firstSecondAfter), std::vector<qsizetype>{0});
}

void tst_RelationSnapshot::startHoldsFromItsFirstSecond()
{
    AtlasData data;
    data.relations.append(makeRelation(1, date("1950"), date("1953")));
    data.relations.append(makeRelation(2, date("Jun 1950"), date("1950")));
    const RelationSnapshot snapshot(data);
    QVERIFY(snapshot.activeAt(instant(1949, 12, 31, 23, 59, 59)).empty());
    QCOMPARE(snapshot.activeAt(instant(1950, 1, 1)), std::vector<qsizetype>{0});
    QCOMPARE(snapshot.activeAt(instant(1950, 5, 31, 23, 59, 59)), std::vector<qsizetype>{0});
    QCOMPARE(snapshot.activeAt(instant(1950, 6, 1)), (std::vector<qsizetype>{0, 1}));
    QCOMPARE(snapshot.activeAt(instant(1951, 1, 1)), std::vector<qsizetype>{0});
    QVERIFY(snapshot.activeWithin(instant(1940, 1, 1), instant(1950, 1, 1)).empty());
    QCOMPARE(snapshot.activeWithin(instant(1940, 1, 1), instant(1950, 1, 1) + 1), std::vector<qsizetype>{0});
}

void tst_RelationSnapshot::openEndsHoldForever()
{
    AtlasData data;
    data.relations.append(makeRelation(1, date("1953")));                // still in force
    data.relations.append(makeRelation(2, HistoricalDate(), date("1900"))); // since always, until 1900
    data.relations.append(makeRelation(3, HistoricalDate()));            // always
    const RelationSnapshot snapshot(data);
    QCOMPARE(snapshot.activeAt(instant(1953, 1, 1)), (std::vector<qsizetype>{0, 2}));
    QCOMPARE(snapshot.activeAt(instant(999'999, 1, 1)), (std::vector<qsizetype>{0, 2}));
    QCOMPARE(snapshot.activeAt(date("3.5 Ga").seconds()), (std::vector<qsizetype>{1, 2}));
    QCOMPARE(snapshot.activeAt(earliest), (std::vector<qsizetype>{1, 2}));
    QCOMPARE(snapshot.activeAt(latest - 1), (std::vector<qsizetype>{0, 2}));
    QCOMPARE(snapshot.activeWithin(earliest, latest), (std::vector<qsizetype>{0, 1, 2}));
}

void tst_RelationSnapshot::actorExistsAt()
{
    AtlasData data;
    Actor soviet;
    soviet.id = 10;
    soviet.start = date("1922");
    soviet.end = date("26 Dec 1991");
    Actor ancient; // since always, still existing
    ancient.id = 11;
    Actor founded; // founded, still existing
    founded.id = 12;
    founded.start = date("Jun 1945");
    data.actors = {soviet, ancient, founded};
    const RelationSnapshot snapshot(data);

    QVERIFY(!snapshot.actorExistsAt(10, instant(1921, 12, 31, 23, 59, 59)));
    QVERIFY(snapshot.actorExistsAt(10, instant(1922, 1, 1)));
    QVERIFY(snapshot.actorExistsAt(10, instant(1991, 12, 26, 23, 59, 59)));
    QVERIFY(!snapshot.actorExistsAt(10, instant(1991, 12, 27)));
    QVERIFY(snapshot.actorExistsAt(11, earliest));
    QVERIFY(snapshot.actorExistsAt(11, instant(2025, 1, 1)));
    QVERIFY(!snapshot.actorExistsAt(12, instant(1945, 5, 31, 23, 59, 59)));
    QVERIFY(snapshot.actorExistsAt(12, instant(1945, 6, 1)));
    QVERIFY(snapshot.actorExistsAt(12, instant(999'999, 1, 1)));
    QVERIFY(!snapshot.actorExistsAt(99, instant(1990, 1, 1))); // no such actor
}

void tst_RelationSnapshot::emptySnapshot()
{
    const RelationSnapshot none;
    QCOMPARE(none.relationCount(), qsizetype(0));
    QVERIFY(none.activeAt(0).empty());
    QVERIFY(none.activeWithin(earliest, latest).empty());
    QVERIFY(!none.actorExistsAt(1, 0));

    const RelationSnapshot fromEmptyAtlas{AtlasData{}};
    QVERIFY(fromEmptyAtlas.activeAt(0).empty());
}

QTEST_GUILESS_MAIN(tst_RelationSnapshot)
#include "tst_relationsnapshot.moc"
