// SPDX-License-Identifier: GPL-3.0-or-later
#include "actornames.h"
#include "eventtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Annals;

class tst_EventTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsDatesAsKnown();
    void sortsByTimeNotByText();
    void filtersThroughProxy();
    void actorsAreNamedAsTheyWereThen_data();
    void actorsAreNamedAsTheyWereThen();

private:
    static AtlasData sampleData();
};

AtlasData tst_EventTableModel::sampleData()
{
    AtlasData data;
    data.actors.append({1, QStringLiteral("Kim Jong-un"), {}, ActorKind::Person, {}, {}, {}, {}});
    data.actors.append({2, QStringLiteral("Donald Trump"), {}, ActorKind::Person, {}, {}, {}, {}});
    Event hanoi;
    hanoi.id = 10;
    hanoi.title = QStringLiteral("Hanoi summit");
    hanoi.when.start = HistoricalDate(1551225600, Precision::Day);
    hanoi.when.end = HistoricalDate(1551312000, Precision::Day);
    hanoi.actors = {{1, {}}, {2, {}}};
    Event gathering;
    gathering.id = 11;
    gathering.title = QStringLiteral("Anniversary gathering in Beijing");
    gathering.when.start = HistoricalDate(-323568000, Precision::Day);
    Event war;
    war.id = 12;
    war.title = QStringLiteral("Korean War");
    war.when.start = HistoricalDate(-618105600, Precision::Month);
    war.when.end = HistoricalDate(-518572800, Precision::Day);
    // Alphabetical order of the date texts ("1 Oct 1959" < "27 Feb 2019" < "Jun 1950")
    // differs from time order, which is the point of the sort test.
    data.events = {hanoi, gathering, war};
    return data;
}

void tst_EventTableModel::showsDatesAsKnown()
{
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAtlasData(sampleData());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, EventTableModel::WhenColumn).data().toString(), QStringLiteral("27 Feb 2019 – 28 Feb 2019"));
    QCOMPARE(model.index(1, EventTableModel::WhenColumn).data().toString(), QStringLiteral("1 Oct 1959"));
    QCOMPARE(model.index(2, EventTableModel::WhenColumn).data().toString(), QStringLiteral("Jun 1950 – 27 Jul 1953"));
    QCOMPARE(model.index(0, EventTableModel::ActorsColumn).data().toString(), QStringLiteral("Kim Jong-un, Donald Trump"));
    QCOMPARE(model.index(0, 0).data(EventTableModel::EventIdRole).toLongLong(), 10);
    QCOMPARE(model.rowOfEvent(12), 2);
    QCOMPARE(model.rowOfEvent(99), -1);
}

void tst_EventTableModel::sortsByTimeNotByText()
{
    EventTableModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(EventTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAtlasData(sampleData());
    proxy.sort(EventTableModel::WhenColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Korean War"));
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("Anniversary gathering in Beijing"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Hanoi summit"));
    proxy.sort(EventTableModel::WhenColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Hanoi summit"));
}

void tst_EventTableModel::filtersThroughProxy()
{
    EventTableModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAtlasData(sampleData());
    proxy.setFilterFixedString(QStringLiteral("trump"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QStringLiteral("1959"));
    QCOMPARE(proxy.rowCount(), 1);
    model.setAtlasData({});
    QCOMPARE(proxy.rowCount(), 0);
}

void tst_EventTableModel::actorsAreNamedAsTheyWereThen_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("before any named period") << "1900" << "Russia";
    QTest::newRow("treaty of 1961") << "6 Jul 1961" << "Soviet Union";
    QTest::newRow("the last Soviet day") << "25 Dec 1991" << "Soviet Union";
    QTest::newRow("handover day: the new name") << "26 Dec 1991" << "Russian Federation";
    QTest::newRow("treaty of 2024") << "19 Jun 2024" << "Russian Federation";
}

void tst_EventTableModel::actorsAreNamedAsTheyWereThen()
{
    QFETCH(QString, date);
    QFETCH(QString, expected);
    AtlasData data;
    data.actors.append({24, QStringLiteral("Russia"), {}, ActorKind::State, {}, {}, {}, {}});
    const auto day = [](const char *text) { return DateParser::parse(QString::fromLatin1(text)).date; };
    data.actorNames.append({1, 24, QStringLiteral("Soviet Union"), {}, day("30 Dec 1922"), day("26 Dec 1991")});
    data.actorNames.append({2, 24, QStringLiteral("Russian Federation"), {}, day("26 Dec 1991"), {}});
    Event event;
    event.id = 1;
    event.title = QStringLiteral("Event");
    event.when.start = DateParser::parse(date).date;
    QVERIFY(event.when.start.isValid());
    event.actors = {{24, {}}};
    data.events = {event};

    EventTableModel model;
    model.setAtlasData(data);
    QCOMPARE(model.index(0, EventTableModel::ActorsColumn).data().toString(), expected);
    QCOMPARE(ActorNames(data).nameAt(24, event.when.start.seconds()), expected);
}

QTEST_GUILESS_MAIN(tst_EventTableModel)
#include "tst_eventtablemodel.moc"
