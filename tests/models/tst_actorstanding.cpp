// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorstanding.h"
#include "atlas.h"
#include "historicaldate_testing.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <array>
#include <limits>
#include <memory>

using namespace Annals;

Q_DECLARE_METATYPE(Annals::Relation)
Q_DECLARE_METATYPE(std::vector<Annals::StandingPoint>)

namespace Annals {

char *toString(const StandingCounts &counts)
{
    return qstrdup(QByteArray::number(counts.allies) + " allies, " + QByteArray::number(counts.rivals) + " rivals");
}

} // namespace Annals

namespace {

constexpr qint64 earliest = std::numeric_limits<qint64>::min();
constexpr qint64 latest = std::numeric_limits<qint64>::max();
constexpr qint64 year = 31'556'952; // a mean Gregorian year, for spreading random dates

// The actors of the hand-built atlases: A is the one asked about.
constexpr ItemId A = 1;
constexpr ItemId B = 2;
constexpr ItemId C = 3;
constexpr ItemId D = 4;
constexpr ItemId notAnActor = 99;

HistoricalDate date(const char *text)
{
    if (!text || !*text)
        return {};
    const DateParseResult parsed = DateParser::parse(QString::fromUtf8(text));
    if (!parsed.ok())
        qFatal("Test date \"%s\" does not parse: %s", text, qPrintable(parsed.error));
    return parsed.date;
}

// An empty start means "since always", a missing end "still in force".
Relation tie(ItemId source, ItemId target, RelationKind kind, int stance, const char *start,
             const char *end = nullptr)
{
    static ItemId nextId = 1;
    Relation relation;
    relation.id = nextId++;
    relation.sourceId = source;
    relation.targetId = target;
    relation.kind = kind;
    relation.stance = stance;
    relation.when.start = date(start);
    relation.when.end = date(end);
    return relation;
}

AtlasData atlasWith(const QList<Relation> &relations, int actorCount = 4)
{
    AtlasData data;
    for (ItemId id = 1; id <= actorCount; ++id) {
        Actor actor;
        actor.id = id;
        actor.name = QStringLiteral("Actor %1").arg(id);
        data.actors.append(actor);
    }
    data.relations = relations;
    return data;
}

// The rule restated over the raw relations, without the index: what both
// readings of ActorStanding must agree with.
StandingCounts bruteForceAt(const AtlasData &data, ItemId actorId, qint64 t)
{
    QSet<ItemId> actors;
    for (const Actor &actor : data.actors)
        actors.insert(actor.id);
    QSet<ItemId> allies;
    QSet<ItemId> rivals;
    for (const Relation &relation : data.relations) {
        if (relation.sourceId == relation.targetId || !actors.contains(relation.sourceId)
            || !actors.contains(relation.targetId))
            continue;
        const ItemId partner = relation.sourceId == actorId ? relation.targetId
                             : relation.targetId == actorId ? relation.sourceId
                                                            : 0;
        const qint64 start = relation.when.start.isValid() ? relation.when.start.seconds() : earliest;
        const qint64 end = relation.when.end.isValid() ? relation.when.end.periodEnd() : latest;
        if (partner == 0 || t < start || t >= end)
            continue;
        const bool allianceLike = relation.kind == RelationKind::Alliance || relation.kind == RelationKind::Treaty
                               || relation.kind == RelationKind::Aid || relation.kind == RelationKind::Summit;
        if (relation.stance > 0 && allianceLike)
            allies.insert(partner);
        if (relation.stance < 0)
            rivals.insert(partner);
    }
    return {int(allies.size()), int(rivals.size())};
}

// Seven ids, six of them actors, every kind and stance, spans of every
// shape: open at either end, one period long, backwards, days to decades.
AtlasData randomAtlas(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    static constexpr std::array<Precision, 4> precisions = {Precision::Year, Precision::Month, Precision::Day,
                                                            Precision::Hour};
    QList<Relation> relations;
    for (int i = 0; i < count; ++i) {
        Relation relation;
        relation.id = i + 1;
        relation.sourceId = ItemId(random.bounded(1, 8));
        relation.targetId = ItemId(random.bounded(1, 8));
        relation.kind = RelationKind(random.bounded(int(RelationKind::Other) + 1));
        relation.stance = random.bounded(-1, 2);
        const qint64 startSecond = secondsAt(1900) + qint64(random.bounded(120.0 * double(year)));
        relation.when.start = HistoricalDate(startSecond, precisions[random.bounded(quint32(precisions.size()))]);
        const int shape = random.bounded(100);
        if (shape < 15) {
            // still in force
        } else if (shape < 18) {
            relation.when.end = HistoricalDate(startSecond - qint64(random.bounded(5.0 * double(year))), Precision::Day);
        } else if (shape < 25) {
            relation.when.end = relation.when.start;
        } else {
            const double length = shape < 80 ? 20.0 * double(year) : 10.0 * 86400;
            relation.when.end = HistoricalDate(startSecond + qint64(random.bounded(length)),
                                               precisions[random.bounded(quint32(precisions.size()))]);
        }
        if (random.bounded(100) < 3)
            relation.when.start = HistoricalDate(); // since always
        relations.append(relation);
    }
    return atlasWith(relations, 6);
}

// One line per point, to the second, so that a failing comparison shows
// where two step functions part.
QString describe(const std::vector<StandingPoint> &points)
{
    QStringList lines;
    for (const StandingPoint &point : points) {
        // The sentinel first: it is no second the calendar can convert.
        const CivilDateTime civil = point.time == earliest ? CivilDateTime{} : civilFromSeconds(point.time);
        const QString when = point.time == earliest
                               ? QStringLiteral("always")
                               : QStringLiteral("%1-%2-%3 %4:%5:%6")
                                     .arg(civil.year)
                                     .arg(civil.month, 2, 10, QLatin1Char('0'))
                                     .arg(civil.day, 2, 10, QLatin1Char('0'))
                                     .arg(civil.hour, 2, 10, QLatin1Char('0'))
                                     .arg(civil.minute, 2, 10, QLatin1Char('0'))
                                     .arg(civil.second, 2, 10, QLatin1Char('0'));
        lines << QStringLiteral("%1: %2 allies, %3 rivals").arg(when).arg(point.allies).arg(point.rivals);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_ActorStanding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void alliesAndRivalsAtADate_data();
    void alliesAndRivalsAtADate();
    void stepsOverTime_data();
    void stepsOverTime();
    void summaryNamesWhenEachPeakWasFirstReached_data();
    void summaryNamesWhenEachPeakWasFirstReached();
    void tiesBetweenSayWhyAPartnerCounts();
    void sampleAtlasAtADate_data();
    void sampleAtlasAtADate();
    void sampleAtlasNorthKoreaOverTime();
    void countsAtAgreesWithStepsEverywhere_data();
    void countsAtAgreesWithStepsEverywhere();
    void atlasTimeSpanCoversEventsAndEras();

private:
    ItemId sampleActor(const QString &name) const;
    QList<ItemId> sampleActors(const QStringList &names) const;
    std::unique_ptr<Atlas> m_sample;
};

void tst_ActorStanding::initTestCase()
{
    QString error;
    m_sample = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_sample, qPrintable(error));
}

ItemId tst_ActorStanding::sampleActor(const QString &name) const
{
    for (const Actor &actor : m_sample->data().actors)
        if (actor.name == name)
            return actor.id;
    qFatal("The sample atlas has no actor \"%s\"", qPrintable(name));
}

QList<ItemId> tst_ActorStanding::sampleActors(const QStringList &names) const
{
    QList<ItemId> ids;
    for (const QString &name : names)
        ids.append(sampleActor(name));
    std::sort(ids.begin(), ids.end());
    return ids;
}

void tst_ActorStanding::alliesAndRivalsAtADate_data()
{
    QTest::addColumn<QList<Relation>>("relations");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QList<ItemId>>("allies");
    QTest::addColumn<QList<ItemId>>("rivals");

    using K = RelationKind;
    const qint64 in1955 = secondsAt(1955, 6, 1);

    QTest::newRow("an alliance in force is an ally")
        << QList{tie(A, B, K::Alliance, 1, "1950", "1960")} << in1955 << QList<ItemId>{B} << QList<ItemId>{};
    QTest::newRow("treaty, aid and summit are alliance-like too")
        << QList{tie(A, B, K::Treaty, 1, "1950"), tie(A, C, K::Aid, 1, "1950"), tie(D, A, K::Summit, 1, "1955")}
        << in1955 << QList<ItemId>{B, C, D} << QList<ItemId>{};
    QTest::newRow("either end: the receiver of aid is the giver's ally")
        << QList{tie(B, A, K::Aid, 1, "1950", "1960")} << in1955 << QList<ItemId>{B} << QList<ItemId>{};
    QTest::newRow("open end: still in force")
        << QList{tie(A, B, K::Treaty, 1, "1961")} << secondsAt(2025, 9, 3) << QList<ItemId>{B} << QList<ItemId>{};
    QTest::newRow("open start: since always")
        << QList{tie(A, B, K::Rivalry, -1, "", "1900")} << secondsAt(-3000) << QList<ItemId>{}
        << QList<ItemId>{B};
    QTest::newRow("start: from its first second")
        << QList{tie(A, B, K::Alliance, 1, "1 Oct 1959")} << secondsAt(1959, 10, 1) << QList<ItemId>{B}
        << QList<ItemId>{};
    QTest::newRow("start: not a second before")
        << QList{tie(A, B, K::Alliance, 1, "1 Oct 1959")} << secondsAt(1959, 10, 1) - 1 << QList<ItemId>{}
        << QList<ItemId>{};
    QTest::newRow("year end: holds through 31 Dec")
        << QList{tie(A, B, K::Treaty, 1, "1950", "1991")} << secondsAt(1991, 12, 31, 23, 59, 59)
        << QList<ItemId>{B} << QList<ItemId>{};
    QTest::newRow("year end: over on 1 Jan")
        << QList{tie(A, B, K::Treaty, 1, "1950", "1991")} << secondsAt(1992) << QList<ItemId>{} << QList<ItemId>{};
    QTest::newRow("month end: holds through the month's last day")
        << QList{tie(A, B, K::Treaty, 1, "1961", "Sep 1996")} << secondsAt(1996, 9, 30, 12)
        << QList<ItemId>{B} << QList<ItemId>{};
    QTest::newRow("month end: over on the 1st of the next")
        << QList{tie(A, B, K::Treaty, 1, "1961", "Sep 1996")} << secondsAt(1996, 10, 1) << QList<ItemId>{}
        << QList<ItemId>{};
    QTest::newRow("day end: holds through that day")
        << QList{tie(A, B, K::War, -1, "25 Jun 1950", "27 Jul 1953")} << secondsAt(1953, 7, 27, 23)
        << QList<ItemId>{} << QList<ItemId>{B};
    QTest::newRow("a one-day summit holds all day")
        << QList{tie(A, B, K::Summit, 1, "25 Apr 2019", "25 Apr 2019")} << secondsAt(2019, 4, 25, 18)
        << QList<ItemId>{B} << QList<ItemId>{};
    QTest::newRow("overlapping ties with one partner count once")
        << QList{tie(A, B, K::Alliance, 1, "1950"), tie(A, B, K::Treaty, 1, "1953"), tie(B, A, K::Aid, 1, "1954"),
                 tie(A, C, K::War, -1, "1950"), tie(C, A, K::Sanctions, -1, "1951")}
        << in1955 << QList<ItemId>{B} << QList<ItemId>{C};
    QTest::newRow("neutral ties count on neither side")
        << QList{tie(A, B, K::Treaty, 0, "1950"), tie(A, C, K::Other, 0, "1950"), tie(A, D, K::Rivalry, 0, "1950")}
        << in1955 << QList<ItemId>{} << QList<ItemId>{};
    QTest::newRow("friendly leadership, membership, family and other are not alliance")
        << QList{tie(A, B, K::Leadership, 1, "1950"), tie(A, C, K::Membership, 1, "1950"),
                 tie(A, D, K::Family, 1, "1950"), tie(B, A, K::Other, 1, "1950")}
        << in1955 << QList<ItemId>{} << QList<ItemId>{};
    QTest::newRow("hostile ties of any kind make rivals")
        << QList{tie(A, B, K::Rivalry, -1, "1950"), tie(C, A, K::Sanctions, -1, "1950"),
                 tie(A, D, K::Family, -1, "1950")}
        << in1955 << QList<ItemId>{} << QList<ItemId>{B, C, D};
    QTest::newRow("a friendly and a hostile tie at once: on both sides")
        << QList{tie(A, B, K::Treaty, 1, "1950"), tie(B, A, K::Sanctions, -1, "1954", "1956")} << in1955
        << QList<ItemId>{B} << QList<ItemId>{B};
    QTest::newRow("ties between others are not the actor's")
        << QList{tie(B, C, K::Alliance, 1, "1950"), tie(C, D, K::War, -1, "1950")} << in1955 << QList<ItemId>{}
        << QList<ItemId>{};
    QTest::newRow("a tie to an id that is no actor is ignored")
        << QList{tie(A, notAnActor, K::Alliance, 1, "1950"), tie(A, A, K::Alliance, 1, "1950")} << in1955
        << QList<ItemId>{} << QList<ItemId>{};
    QTest::newRow("a tie that ends before it starts never holds")
        << QList{tie(A, B, K::Alliance, 1, "1956", "1950")} << in1955 << QList<ItemId>{} << QList<ItemId>{};
}

void tst_ActorStanding::alliesAndRivalsAtADate()
{
    QFETCH(QList<Relation>, relations);
    QFETCH(qint64, time);
    QFETCH(QList<ItemId>, allies);
    QFETCH(QList<ItemId>, rivals);

    const ActorStanding standing(atlasWith(relations));
    QCOMPARE(standing.alliesAt(A, time), allies);
    QCOMPARE(standing.rivalsAt(A, time), rivals);
    const StandingCounts counts{int(allies.size()), int(rivals.size())};
    QCOMPARE(standing.countsAt(A, time), counts);
    QCOMPARE(ActorStanding::countsIn(standing.standingOverTime(A), time), counts);
}

void tst_ActorStanding::stepsOverTime_data()
{
    QTest::addColumn<QList<Relation>>("relations");
    QTest::addColumn<std::vector<StandingPoint>>("expected");

    using K = RelationKind;
    QTest::newRow("no ties: no points") << QList{tie(B, C, K::Alliance, 1, "1950")} << std::vector<StandingPoint>{};
    QTest::newRow("a story: allies come and go, a partner's second tie bridges the first's end")
        << QList{tie(A, B, K::Alliance, 1, "1950", "1960"), // until 1 Jan 1961
                 tie(A, B, K::Treaty, 1, "1955"),           // keeps B an ally after 1960
                 tie(A, C, K::War, -1, "25 Jun 1950", "27 Jul 1953"),
                 tie(C, A, K::Sanctions, -1, "Dec 1950"), // keeps C a rival after the war
                 tie(A, D, K::Aid, 1, "1970", "1979"),
                 tie(A, C, K::Summit, 1, "Jun 2018", "Jun 2018")}
        << std::vector<StandingPoint>{{secondsAt(1950), 1, 0},
                                      {secondsAt(1950, 6, 25), 1, 1},
                                      {secondsAt(1970), 2, 1},
                                      {secondsAt(1980), 1, 1},
                                      {secondsAt(2018, 6), 2, 1},
                                      {secondsAt(2018, 7), 1, 1}};
    QTest::newRow("one partner ends as another begins, the same second: no change")
        << QList{tie(A, B, K::Alliance, 1, "1950", "1969"), tie(A, C, K::Alliance, 1, "1970", "1979")}
        << std::vector<StandingPoint>{{secondsAt(1950), 1, 0}, {secondsAt(1980), 0, 0}};
    QTest::newRow("since always, and still in force")
        << QList{tie(A, B, K::Rivalry, -1, ""), tie(A, C, K::Treaty, 1, "1961")}
        << std::vector<StandingPoint>{{earliest, 0, 1}, {secondsAt(1961), 1, 1}};
}

void tst_ActorStanding::stepsOverTime()
{
    QFETCH(QList<Relation>, relations);
    QFETCH(std::vector<StandingPoint>, expected);
    const ActorStanding standing(atlasWith(relations));
    QCOMPARE(describe(standing.standingOverTime(A)), describe(expected));
}

void tst_ActorStanding::summaryNamesWhenEachPeakWasFirstReached_data()
{
    QTest::addColumn<std::vector<StandingPoint>>("points");
    QTest::addColumn<int>("peakAllies");
    QTest::addColumn<qint64>("peakAlliesFrom");
    QTest::addColumn<int>("peakRivals");
    QTest::addColumn<qint64>("peakRivalsFrom");

    QTest::newRow("nothing ever") << std::vector<StandingPoint>{} << 0 << qint64(0) << 0 << qint64(0);
    QTest::newRow("peaks reached twice: the first time counts")
        << std::vector<StandingPoint>{{100, 1, 0}, {200, 3, 1}, {300, 2, 4}, {400, 3, 4}, {500, 0, 0}}
        << 3 << qint64(200) << 4 << qint64(300);
    QTest::newRow("no rivals ever") << std::vector<StandingPoint>{{earliest, 2, 0}} << 2 << earliest << 0
                                    << qint64(0);
}

void tst_ActorStanding::summaryNamesWhenEachPeakWasFirstReached()
{
    QFETCH(std::vector<StandingPoint>, points);
    QFETCH(int, peakAllies);
    QFETCH(qint64, peakAlliesFrom);
    QFETCH(int, peakRivals);
    QFETCH(qint64, peakRivalsFrom);
    const StandingSummary summary = ActorStanding::summarise(points);
    QCOMPARE(summary.peakAllies, peakAllies);
    QCOMPARE(summary.peakAlliesFrom, peakAlliesFrom);
    QCOMPARE(summary.peakRivals, peakRivals);
    QCOMPARE(summary.peakRivalsFrom, peakRivalsFrom);
    QCOMPARE(summary.first, points.empty() ? StandingPoint{} : points.front());
    QCOMPARE(summary.last, points.empty() ? StandingPoint{} : points.back());
}

void tst_ActorStanding::tiesBetweenSayWhyAPartnerCounts()
{
    using K = RelationKind;
    const AtlasData data = atlasWith({tie(A, B, K::Alliance, 1, "1950"), tie(A, C, K::War, -1, "1950"),
                                      tie(B, A, K::Aid, 1, "1953", "1960"), tie(A, B, K::Leadership, 1, "1950"),
                                      tie(B, A, K::Sanctions, -1, "1955", "1956")});
    const ActorStanding standing(data);
    QCOMPARE(standing.tiesBetween(A, B, secondsAt(1955)), (std::vector<qsizetype>{0, 2, 4}));
    QCOMPARE(standing.tiesBetween(B, A, secondsAt(1970)), std::vector<qsizetype>{0});
    QCOMPARE(standing.tiesBetween(A, C, secondsAt(1970)), std::vector<qsizetype>{1});
    QVERIFY(standing.tiesBetween(A, D, secondsAt(1970)).empty());
}

void tst_ActorStanding::sampleAtlasAtADate_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QStringList>("allies");
    QTest::addColumn<QStringList>("rivals");

    // The 1959 gathering in Beijing: North Korea with both communist powers,
    // the South and the United States against it.
    QTest::newRow("North Korea, 1 Oct 1959")
        << "North Korea" << "1 Oct 1959" << QStringList{"China", "Russia"}
        << QStringList{"South Korea", "United States"};
    // Kim Il-sung's own ties in 1959 are leadership, a family tie and the
    // Kim dynasty membership: none of them alliance-like.
    QTest::newRow("Kim Il-sung, 1 Oct 1959") << "Kim Il-sung" << "1 Oct 1959" << QStringList{} << QStringList{};
    QTest::newRow("South Korea, 1 Oct 1959")
        << "South Korea" << "1 Oct 1959" << QStringList{"United States"} << QStringList{"North Korea"};
    // The split: the 1950 treaty still ran while the two were rivals.
    QTest::newRow("China, 1 Jan 1970") << "China" << "1 Jan 1970" << QStringList{"North Korea", "Russia"}
                                       << QStringList{"Russia"};
    // Sunshine aid and KEDO fuel oil, while both stayed rivals.
    QTest::newRow("North Korea, 1 Jan 2001")
        << "North Korea" << "1 Jan 2001" << QStringList{"China", "Russia", "South Korea", "United States"}
        << QStringList{"South Korea", "United States"};
    QTest::newRow("North Korea, 3 Sep 2025")
        << "North Korea" << "3 Sep 2025" << QStringList{"China", "Russia"}
        << QStringList{"South Korea", "United States", "United Nations Security Council", "Ukraine"};
    QTest::newRow("Kim Jong-un, 3 Sep 2025")
        << "Kim Jong-un" << "3 Sep 2025" << QStringList{"Xi Jinping", "Vladimir Putin"} << QStringList{};
}

void tst_ActorStanding::sampleAtlasAtADate()
{
    QFETCH(QString, actor);
    QFETCH(QString, date);
    QFETCH(QStringList, allies);
    QFETCH(QStringList, rivals);
    const ActorStanding standing(m_sample->data());
    const qint64 time = DateParser::parse(date).date.seconds();
    QCOMPARE(standing.alliesAt(sampleActor(actor), time), sampleActors(allies));
    QCOMPARE(standing.rivalsAt(sampleActor(actor), time), sampleActors(rivals));
}

// Read off the sample's relations by hand: Soviet aid from the founding,
// China from its intervention; US fuel oil 1995 to Nov 2002, Soviet-era
// treaty lapsing Sep 1996, Sunshine aid 1998-2008, the Moscow treaty of
// Feb 2000. Rivals: the South and the US throughout, the UN Command in the
// war, the Security Council, China and Russia with the sanctions of Oct
// 2006 (the latter two until Dec 2017), Ukraine from Oct 2024.
void tst_ActorStanding::sampleAtlasNorthKoreaOverTime()
{
    const ActorStanding standing(m_sample->data());
    const std::vector<StandingPoint> expected = {
        {secondsAt(1948, 9, 9), 1, 2},  {secondsAt(1950, 7, 1), 1, 3},   {secondsAt(1950, 10, 19), 2, 3},
        {secondsAt(1953, 7, 28), 2, 2}, {secondsAt(1995, 1, 1), 3, 2},   {secondsAt(1996, 10, 1), 2, 2},
        {secondsAt(1998, 1, 1), 3, 2},  {secondsAt(2000, 2, 9), 4, 2},   {secondsAt(2002, 12, 1), 3, 2},
        {secondsAt(2006, 10, 14), 3, 5}, {secondsAt(2009, 1, 1), 2, 5},  {secondsAt(2018, 1, 1), 2, 3},
        {secondsAt(2024, 10, 1), 2, 4},
    };
    const ItemId northKorea = sampleActor(QStringLiteral("North Korea"));
    QCOMPARE(describe(standing.standingOverTime(northKorea)), describe(expected));
    const StandingSummary summary = standing.summary(northKorea);
    QCOMPARE(summary.peakAllies, 4);
    QCOMPARE(summary.peakAlliesFrom, secondsAt(2000, 2, 9));
    QCOMPARE(summary.peakRivals, 5);
    QCOMPARE(summary.peakRivalsFrom, secondsAt(2006, 10, 14));
}

void tst_ActorStanding::countsAtAgreesWithStepsEverywhere_data()
{
    QTest::addColumn<bool>("sample");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("the sample atlas") << true << 0u;
    QTest::newRow("random atlas 1") << false << 1u;
    QTest::newRow("random atlas 2") << false << 20250903u;
}

// countsAt (a scan of the actor's ties), the step function (a sweep) and
// the rule applied to the raw relations must agree for every actor at
// random times and on each side of every breakpoint.
void tst_ActorStanding::countsAtAgreesWithStepsEverywhere()
{
    QFETCH(bool, sample);
    QFETCH(quint32, seed);
    const AtlasData data = sample ? m_sample->data() : randomAtlas(seed, 400);
    const ActorStanding standing(data);
    QRandomGenerator random(seed + 7);
    int nonZero = 0;
    int checked = 0;
    for (const Actor &actor : data.actors) {
        const std::vector<StandingPoint> points = standing.standingOverTime(actor.id);
        for (std::size_t i = 0; i < points.size(); ++i) {
            if (i > 0)
                QVERIFY(points[i - 1].time < points[i].time && points[i - 1].counts() != points[i].counts());
        }
        std::vector<qint64> times;
        for (int i = 0; i < 300; ++i)
            times.push_back(secondsAt(1890) + qint64(random.bounded(150.0 * double(year))));
        for (const StandingPoint &point : points) {
            if (point.time != earliest)
                times.insert(times.end(), {point.time - 1, point.time, point.time + 1});
        }
        for (const qint64 t : times) {
            const StandingCounts counts = standing.countsAt(actor.id, t);
            const StandingCounts expected = bruteForceAt(data, actor.id, t);
            if (counts != expected || ActorStanding::countsIn(points, t) != expected)
                QFAIL(qPrintable(QStringLiteral("%1 at %2: countsAt %3/%4, steps %5/%6, expected %7/%8")
                                     .arg(actor.name)
                                     .arg(t)
                                     .arg(counts.allies)
                                     .arg(counts.rivals)
                                     .arg(ActorStanding::countsIn(points, t).allies)
                                     .arg(ActorStanding::countsIn(points, t).rivals)
                                     .arg(expected.allies)
                                     .arg(expected.rivals)));
            nonZero += (expected.allies > 0 || expected.rivals > 0) ? 1 : 0;
            ++checked;
        }
    }
    // The data must be able to tell a wrong count from a right one.
    QVERIFY(nonZero > checked / 10);
}

void tst_ActorStanding::atlasTimeSpanCoversEventsAndEras()
{
    QVERIFY(!atlasTimeSpan(AtlasData{}).has_value());
    AtlasData data;
    Event moment;
    moment.when.start = date("1 Oct 1959");
    Event span;
    span.when = {date("1950"), date("1953")};
    Era era;
    era.when = {date("Aug 1945"), date("25 Jun 1950")};
    data.events = {moment, span};
    data.eras = {era};
    const auto covered = atlasTimeSpan(data);
    QVERIFY(covered.has_value());
    QCOMPARE(covered->first, secondsAt(1945, 8, 1));
    QCOMPARE(covered->second, secondsAt(1959, 10, 2)); // a moment covers its day
    // The sample: from Japan's surrender to the day after the 2025 parade.
    const auto sampleSpan = atlasTimeSpan(m_sample->data());
    QVERIFY(sampleSpan.has_value());
    QCOMPARE(sampleSpan->second, secondsAt(2025, 9, 4));
}

QTEST_GUILESS_MAIN(tst_ActorStanding)
#include "tst_actorstanding.moc"
