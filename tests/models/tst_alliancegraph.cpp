// SPDX-License-Identifier: GPL-3.0-or-later
#include "alliancegraph.h"
#include "atlas.h"

#include <QTest>

using namespace Annals;

class tst_AllianceGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void leadersAreLinkedOnTheDay_data();
    void leadersAreLinkedOnTheDay();
    void placesStayWhenTheDateMoves();
    void namesAndLifespansFollowTheDate();

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

void tst_AllianceGraph::placesStayWhenTheDateMoves()
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

QTEST_GUILESS_MAIN(tst_AllianceGraph)
#include "tst_alliancegraph.moc"
