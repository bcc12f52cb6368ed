// SPDX-License-Identifier: GPL-3.0-or-later
#include "alliancegraph.h"
#include "atlas.h"

#include <QTest>

Q_DECLARE_METATYPE(Annals::GraphQuery)

using namespace Annals;

class tst_AllianceGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void leadersAreLinkedOnTheDay_data();
    void leadersAreLinkedOnTheDay();
    void relationsChangeWithTheDate();
    void namesAndLifespansFollowTheDate();
    void frameAnswersTheQuery_data();
    void frameAnswersTheQuery();
    void parallelRelationsEachGetACurve();
    void layoutEdgesJoinEachPairOnce();

private:
    ItemId actor(const QString &name) const;
    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<AllianceGraph> m_graph;
};

void tst_AllianceGraph::initTestCase()
{
    QString error;
    m_atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_atlas, qPrintable(error));
    m_graph = std::make_unique<AllianceGraph>(m_atlas->data());
}

ItemId tst_AllianceGraph::actor(const QString &name) const
{
    for (const Actor &candidate : m_atlas->data().actors)
        if (candidate.name == name)
            return candidate.id;
    return 0;
}

// The atlas's two pictures: the 1959 gathering and the 2025 parade.
void tst_AllianceGraph::leadersAreLinkedOnTheDay_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QStringList>("leaders");
    QTest::newRow("1 Oct 1959") << "1 Oct 1959" << QStringList{"Kim Il-sung", "Mao Zedong", "Nikita Khrushchev"};
    QTest::newRow("3 Sep 2025") << "3 Sep 2025" << QStringList{"Kim Jong-un", "Xi Jinping", "Vladimir Putin"};
}

void tst_AllianceGraph::leadersAreLinkedOnTheDay()
{
    QFETCH(QString, date);
    QFETCH(QStringList, leaders);
    const qint64 time = DateParser::parse(date).date.seconds();
    QList<ItemId> ids;
    for (const QString &name : leaders) {
        ids << actor(name);
        QVERIFY2(ids.last() != 0, qPrintable(name));
        QVERIFY(m_graph->actorExistsAt(ids.last(), time));
    }
    QVERIFY(m_graph->connectedAt(ids, time));
    // And not everyone is linked to everyone: in 1959 Kim Jong-un was not born.
    if (date.endsWith(QLatin1String("1959")))
        QVERIFY(!m_graph->actorExistsAt(actor(QStringLiteral("Kim Jong-un")), time));
}

void tst_AllianceGraph::relationsChangeWithTheDate()
{
    const auto in1959 = m_graph->relationsAt(DateParser::parse(QStringLiteral("1959")).date.seconds());
    const auto in2025 = m_graph->relationsAt(DateParser::parse(QStringLiteral("2025")).date.seconds());
    QVERIFY(!in1959.empty() && !in2025.empty());
    QVERIFY(in1959 != in2025);
}

void tst_AllianceGraph::namesAndLifespansFollowTheDate()
{
    const ItemId russia = actor(QStringLiteral("Russia"));
    QCOMPARE(m_graph->nameAt(russia, DateParser::parse(QStringLiteral("1961")).date.seconds()), QStringLiteral("Soviet Union"));
    QCOMPARE(m_graph->nameAt(russia, DateParser::parse(QStringLiteral("2024")).date.seconds()), QStringLiteral("Russian Federation"));
    QVERIFY(!m_graph->actorExistsAt(actor(QStringLiteral("Mao Zedong")), DateParser::parse(QStringLiteral("1980")).date.seconds()));
}

namespace {

qint64 year(int y)
{
    return DateParser::parse(QString::number(y)).date.seconds();
}

TimeSpan years(int from, int to)
{
    TimeSpan span;
    span.start = DateParser::parse(QString::number(from)).date;
    if (to)
        span.end = DateParser::parse(QString::number(to)).date;
    return span;
}

// A(1)–B(2) allied 1950–1960 and by treaty from 1955 on; B–C rivals from
// 1950; C–D aid 1990–1995; D–E war 2001–2003, E founded in 2000; F alone.
AtlasData smallWorld()
{
    AtlasData data;
    const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                            QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F")};
    for (int i = 0; i < names.size(); ++i) {
        Actor actor;
        actor.id = i + 1;
        actor.name = names.at(i);
        actor.kind = ActorKind::State;
        data.actors.append(actor);
    }
    data.actors[4].start = DateParser::parse(QStringLiteral("2000")).date;
    auto relate = [&data](ItemId id, ItemId a, ItemId b, RelationKind kind, int stance, TimeSpan when) {
        Relation relation;
        relation.id = id;
        relation.sourceId = a;
        relation.targetId = b;
        relation.kind = kind;
        relation.stance = stance;
        relation.when = when;
        data.relations.append(relation);
    };
    relate(11, 1, 2, RelationKind::Alliance, 1, years(1950, 1960));
    relate(12, 2, 1, RelationKind::Treaty, 1, years(1955, 0));
    relate(13, 2, 3, RelationKind::Rivalry, -1, years(1950, 0));
    relate(14, 3, 4, RelationKind::Aid, 1, years(1990, 1995));
    relate(15, 4, 5, RelationKind::War, -1, years(2001, 2003));
    return data;
}

} // namespace

void tst_AllianceGraph::frameAnswersTheQuery_data()
{
    QTest::addColumn<GraphQuery>("query");
    QTest::addColumn<QList<ItemId>>("relations");
    QTest::addColumn<QList<int>>("degrees");
    QTest::addColumn<QString>("states"); // per actor: P present, G ghost, H hidden

    GraphQuery at1956;
    at1956.time = year(1956);
    QTest::newRow("1956") << at1956 << QList<ItemId>{11, 12, 13} << QList<int>{1, 2, 1, 0, 0, 0} << QStringLiteral("PPPPGP");

    GraphQuery noTreaties = at1956;
    noTreaties.kinds &= ~GraphQuery::kindBit(RelationKind::Treaty);
    QTest::newRow("1956 without treaties") << noTreaties << QList<ItemId>{11, 13} << QList<int>{1, 2, 1, 0, 0, 0}
                                           << QStringLiteral("PPPPGP");

    GraphQuery onlyTreaties = at1956;
    onlyTreaties.kinds = GraphQuery::kindBit(RelationKind::Treaty);
    QTest::newRow("1956 treaties only") << onlyTreaties << QList<ItemId>{12} << QList<int>{1, 1, 0, 0, 0, 0}
                                        << QStringLiteral("PPPPGP");

    GraphQuery at1960 = at1956;
    at1960.time = year(1960); // the alliance's end is known to the year: it holds through 1960
    QTest::newRow("1960, alliance's last year") << at1960 << QList<ItemId>{11, 12, 13} << QList<int>{1, 2, 1, 0, 0, 0}
                                                << QStringLiteral("PPPPGP");
    GraphQuery at1961 = at1956;
    at1961.time = year(1961);
    QTest::newRow("1961") << at1961 << QList<ItemId>{12, 13} << QList<int>{1, 2, 1, 0, 0, 0} << QStringLiteral("PPPPGP");

    GraphQuery window;
    window.wholeWindow = true;
    window.windowStart = year(1985);
    window.windowEnd = year(2002);
    QTest::newRow("window 1985-2002") << window << QList<ItemId>{12, 13, 14, 15} << QList<int>{1, 2, 2, 2, 1, 0}
                                      << QStringLiteral("PPPPPP");
    GraphQuery emptyWindow = window;
    emptyWindow.windowEnd = emptyWindow.windowStart; // not a window: the date counts
    emptyWindow.time = year(1992);
    QTest::newRow("empty window falls back to the date") << emptyWindow << QList<ItemId>{12, 13, 14}
                                                         << QList<int>{1, 2, 2, 1, 0, 0} << QStringLiteral("PPPPGP");

    GraphQuery focusOne = at1956;
    focusOne.focusActor = 1;
    QTest::newRow("focus on A, one step") << focusOne << QList<ItemId>{11, 12} << QList<int>{1, 1, 0, 0, 0, 0}
                                          << QStringLiteral("PPHHHH");
    GraphQuery focusTwo = focusOne;
    focusTwo.focusSteps = 2;
    QTest::newRow("focus on A, two steps") << focusTwo << QList<ItemId>{11, 12, 13} << QList<int>{1, 2, 1, 0, 0, 0}
                                           << QStringLiteral("PPPHHH");
    GraphQuery focusWithLoner = focusOne;
    focusWithLoner.focusAlso = {6, 99}; // an actor that is not there is ignored
    QTest::newRow("focus on A and the loner") << focusWithLoner << QList<ItemId>{11, 12} << QList<int>{1, 1, 0, 0, 0, 0}
                                              << QStringLiteral("PPHHHP");
    GraphQuery focusWithC = focusOne;
    focusWithC.focusAlso = {3};
    QTest::newRow("focus on A and C, one step") << focusWithC << QList<ItemId>{11, 12, 13} << QList<int>{1, 2, 1, 0, 0, 0}
                                                << QStringLiteral("PPPHHH");
    GraphQuery alsoWithoutFocus = at1956;
    alsoWithoutFocus.focusAlso = {6};
    QTest::newRow("focusAlso alone changes nothing") << alsoWithoutFocus << QList<ItemId>{11, 12, 13} << QList<int>{1, 2, 1, 0, 0, 0}
                                                     << QStringLiteral("PPPPGP");
    GraphQuery focusAlone = at1956;
    focusAlone.focusActor = 6;
    QTest::newRow("focus on a loner") << focusAlone << QList<ItemId>{} << QList<int>{0, 0, 0, 0, 0, 0}
                                      << QStringLiteral("HHHHHP");
}

void tst_AllianceGraph::frameAnswersTheQuery()
{
    QFETCH(GraphQuery, query);
    QFETCH(QList<ItemId>, relations);
    QFETCH(QList<int>, degrees);
    QFETCH(QString, states);
    const AtlasData data = smallWorld();
    const AllianceGraph graph(data);
    const GraphFrame frame = graph.frame(query);
    QList<ItemId> shown;
    for (qsizetype i : frame.relations)
        shown.append(data.relations.at(i).id);
    QCOMPARE(shown, relations);
    QCOMPARE(QList<int>(frame.degree.begin(), frame.degree.end()), degrees);
    QString actual;
    for (GraphFrame::NodeState state : frame.nodes)
        actual += state == GraphFrame::NodeState::Present ? QLatin1Char('P') : state == GraphFrame::NodeState::Ghost ? QLatin1Char('G') : QLatin1Char('H');
    QCOMPARE(actual, states);
    QCOMPARE(frame.parallelIndex.size(), frame.relations.size());
    QCOMPARE(frame.parallelCount.size(), frame.relations.size());
}

void tst_AllianceGraph::parallelRelationsEachGetACurve()
{
    const AtlasData data = smallWorld();
    const AllianceGraph graph(data);
    GraphQuery query;
    query.time = year(1956);
    const GraphFrame frame = graph.frame(query);
    // The alliance and the treaty between A and B (written B→A) are one pair.
    QCOMPARE(frame.relations.size(), std::size_t(3));
    QCOMPARE(frame.parallelCount[0], 2);
    QCOMPARE(frame.parallelCount[1], 2);
    QCOMPARE(frame.parallelCount[2], 1);
    QCOMPARE(frame.parallelIndex[0], 0);
    QCOMPARE(frame.parallelIndex[1], 1);
    QCOMPARE(frame.parallelIndex[2], 0);
}

void tst_AllianceGraph::layoutEdgesJoinEachPairOnce()
{
    const AtlasData data = smallWorld();
    const AllianceGraph graph(data);
    const auto edges = graph.allTimeEdges();
    // Five relations, four pairs: A–B twice counts once.
    QCOMPARE(edges.size(), std::size_t(4));
    for (const ForceLayout::Edge &edge : edges) {
        QVERIFY(edge.a < edge.b);
        QCOMPARE(edge.strength, 1.0);
    }
    QCOMPARE(graph.edgesFor({0, 1}).size(), std::size_t(1));
    QCOMPARE(graph.edgesFor({}).size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(tst_AllianceGraph)
#include "tst_alliancegraph.moc"
