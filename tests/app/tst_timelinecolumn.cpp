// SPDX-License-Identifier: GPL-3.0-or-later
// The series lanes sit on the timeline's time axis: a date is at the same
// screen x in the timeline and in every lane, whatever the window, the size,
// the font scale or the lane mode.
#include "atlas.h"
#include "historicaldate.h"
#include "overviewstrip.h"
#include "serieslane.h"
#include "timelinecolumn.h"
#include "timelineview.h"
#include "viewstate.h"

#include <QRandomGenerator>
#include <QScrollBar>
#include <QSplitter>
#include <QtTest>

using namespace Annals;

class tst_TimelineColumn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySeriesHasALane();
    void lanesShareTheTimelinesAxis_data();
    void lanesShareTheTimelinesAxis();
    void alignmentSurvivesResizeFontAndLanes();
    void lanesCanBeGivenMoreRoom();
    void tallColumnsGiveTheLanesMoreRoom();
    void hidingASeriesRemovesItsLane();
    void overviewCanBeHidden();
    void cursorReachesTheLanes();

private:
    // Screen x of `t` in the timeline and in `lane`.
    double timelineX(qint64 t) const;
    static double laneX(const SeriesLane *lane, qint64 t);
    void checkAligned(const char *where);

    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<ViewState> m_state;
    std::unique_ptr<TimelineColumn> m_column;
};

void tst_TimelineColumn::initTestCase()
{
    QString error;
    m_atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_atlas, qPrintable(error));
    QVERIFY(!m_atlas->data().series.isEmpty());
    m_state = std::make_unique<ViewState>();
    m_column = std::make_unique<TimelineColumn>();
    m_column->timeline()->setAnimated(false);
    m_column->setViewState(m_state.get());
    m_column->setAtlas(&m_atlas->data(), m_atlas->eventIndex());
    m_column->resize(1200, 800);
    m_column->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_column.get()));
}

double tst_TimelineColumn::timelineX(qint64 t) const
{
    const TimelineView *timeline = m_column->timeline();
    return timeline->viewport()->mapToGlobal(QPointF(timeline->scale().xForTime(t), 0)).x();
}

double tst_TimelineColumn::laneX(const SeriesLane *lane, qint64 t)
{
    return lane->mapToGlobal(QPointF(lane->xForTime(t), 0)).x();
}

void tst_TimelineColumn::checkAligned(const char *where)
{
    QCoreApplication::processEvents(); // the queued realignment after a resize
    const TimeScale &scale = m_column->timeline()->scale();
    QVERIFY2(!m_column->seriesLanes().isEmpty(), where);
    for (const SeriesLane *lane : m_column->seriesLanes()) {
        QCOMPARE(lane->scale(), scale);
        for (int i = 0; i <= 10; ++i) {
            const qint64 t = scale.start() + qint64((scale.end() - scale.start()) * (i / 10.0));
            const double expected = timelineX(t);
            const double actual = laneX(lane, t);
            if (std::abs(actual - expected) > 1.0)
                QFAIL(qPrintable(QStringLiteral("%1: t=%2 timeline x %3, lane x %4")
                                     .arg(QLatin1String(where)).arg(t).arg(expected).arg(actual)));
        }
    }
}

void tst_TimelineColumn::everySeriesHasALane()
{
    QCOMPARE(m_column->seriesLanes().size(), m_atlas->data().series.size());
    for (const Series &series : m_atlas->data().series) {
        QVERIFY(m_column->laneFor(series.id));
        QCOMPARE(m_column->laneFor(series.id)->seriesName(), series.name);
    }
    // Under the timeline, above the overview.
    const SeriesLane *lane = m_column->seriesLanes().constFirst();
    QVERIFY(lane->isVisible());
    const int laneTop = lane->mapTo(m_column.get(), QPoint(0, 0)).y();
    QVERIFY(laneTop >= m_column->timeline()->geometry().bottom());
    QVERIFY(m_column->overview()->geometry().top() >= laneTop + lane->height());
}

void tst_TimelineColumn::lanesShareTheTimelinesAxis_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    auto year = [](qint64 y) { return secondsFromCivil({y, 1, 1, 0, 0, 0}); };
    // Windows a class would look at, then 20 random ones from deep time to the
    // far future, at every zoom from an hour to billions of years.
    QTest::newRow("sample atlas") << year(1945) << year(2026);
    QTest::newRow("warheads") << year(2005) << year(2026);
    QTest::newRow("an hour in 1959") << secondsFromCivil({1959, 10, 1, 10, 0, 0}) << secondsFromCivil({1959, 10, 1, 11, 0, 0});
    QTest::newRow("across 1 CE") << year(-200) << year(200);
    QTest::newRow("deep time") << year(-3'000'000'000) << year(-2'000'000'000);
    QRandomGenerator random(20261129);
    for (int i = 0; i < 20; ++i) {
        const double logSpan = 3.6 + random.generateDouble() * (17.3 - 3.6); // 1 hour .. ~6 billion years
        const qint64 span = qint64(std::pow(10.0, logSpan));
        // Half of them within recorded history when they fit there, the
        // rest anywhere from five billion years ago to 3000 CE.
        const bool historical = i % 2 == 0 && span < year(2100) - year(-3000);
        const qint64 highest = (historical ? year(2100) : year(3000)) - span;
        const qint64 lowest = std::min(highest, historical ? year(-3000) : year(-5'000'000'000));
        const qint64 from = lowest + qint64(random.generateDouble() * double(highest - lowest));
        QTest::newRow(qPrintable(QStringLiteral("random %1").arg(i))) << from << from + span;
    }
}

void tst_TimelineColumn::lanesShareTheTimelinesAxis()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    m_state->setWindow(from, to);
    const TimeScale &scale = m_column->timeline()->scale();
    // The window arrived (up to the rounding of showing()).
    QVERIFY2(std::abs(scale.xForTime(from)) <= 1.0, qPrintable(QString::number(scale.xForTime(from))));
    QVERIFY2(std::abs(scale.xForTime(to) - scale.width()) <= 1.0, qPrintable(QString::number(scale.xForTime(to))));
    checkAligned(QTest::currentDataTag());
}

void tst_TimelineColumn::alignmentSurvivesResizeFontAndLanes()
{
    m_state->setWindow(secondsFromCivil({2000, 1, 1, 0, 0, 0}), secondsFromCivil({2026, 1, 1, 0, 0, 0}));
    m_column->resize(900, 700);
    QTRY_COMPARE(m_column->timeline()->viewport()->width() > 0, true);
    checkAligned("narrower");
    m_column->setFontScale(2.0);
    checkAligned("font scale 2");
    // Actor lanes overflow the view: the vertical scroll bar narrows the
    // timeline's viewport, and the lanes must follow.
    m_column->setLaneMode(LaneMode::Actor);
    QCoreApplication::processEvents();
    checkAligned("actor lanes");
    m_column->setLaneMode(LaneMode::Category);
    m_column->setFontScale(1.0);
    m_column->resize(1200, 800);
    checkAligned("back");
}

void tst_TimelineColumn::lanesCanBeGivenMoreRoom()
{
    auto *split = m_column->findChild<QSplitter *>();
    QVERIFY(split);
    const SeriesLane *lane = m_column->seriesLanes().constFirst();
    const int before = lane->height();
    const QList<int> sizes = split->sizes();
    QCOMPARE(sizes.size(), 2);
    const QByteArray original = m_column->saveSplitState();
    split->setSizes({sizes[0] - 120, sizes[1] + 120});
    QTRY_VERIFY(lane->height() >= before + 100);
    checkAligned("taller lane");
    // And back, as MainWindow restores it.
    QVERIFY(m_column->restoreSplitState(original));
    QTRY_COMPARE(lane->height(), before);
}

void tst_TimelineColumn::tallColumnsGiveTheLanesMoreRoom()
{
    ViewState state;
    TimelineColumn column;
    column.setViewState(&state);
    column.setAtlas(&m_atlas->data(), m_atlas->eventIndex());
    column.resize(1200, 1100);
    column.show();
    QVERIFY(QTest::qWaitForWindowExposed(&column));
    auto *split = column.findChild<QSplitter *>();
    const SeriesLane *lane = column.seriesLanes().constFirst();
    // A fifth of a tall column...
    QTRY_VERIFY(std::abs(split->sizes().at(1) - split->height() / 5) <= split->handleWidth() + 2);
    QVERIFY(lane->height() > lane->sizeHint().height());
    // ...but on a laptop the timeline keeps its room and the lanes what they ask for.
    column.resize(1200, 640);
    QTRY_COMPARE(split->sizes().at(1), column.findChild<QSplitter *>()->widget(1)->sizeHint().height());
    QVERIFY(column.timeline()->height() >= 400);
}

void tst_TimelineColumn::hidingASeriesRemovesItsLane()
{
    const Series &series = m_atlas->data().series.constFirst();
    QSignalSpy changed(m_column.get(), &TimelineColumn::hiddenSeriesChanged);
    m_column->setSeriesHidden(series.name, true);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_column->laneFor(series.id));
    QVERIFY(m_column->hiddenSeries().contains(series.name));
    // Hiding it again changes nothing and says nothing.
    m_column->setSeriesHidden(series.name, true);
    QCOMPARE(changed.size(), 1);
    m_column->setSeriesHidden(series.name, false);
    QCOMPARE(changed.size(), 2);
    QVERIFY(m_column->laneFor(series.id));
    checkAligned("shown again");
}

void tst_TimelineColumn::overviewCanBeHidden()
{
    QVERIFY(m_column->isOverviewVisible());
    const int timelineHeight = m_column->timeline()->height();
    m_column->setOverviewVisible(false);
    QVERIFY(!m_column->isOverviewVisible());
    QTRY_VERIFY(m_column->timeline()->height() > timelineHeight); // the room goes to the timeline
    m_column->setOverviewVisible(true);
    QVERIFY(m_column->overview()->isVisible());
}

void tst_TimelineColumn::cursorReachesTheLanes()
{
    const qint64 when = secondsFromCivil({2017, 9, 3, 0, 0, 0});
    m_state->setCursor(when);
    for (const SeriesLane *lane : m_column->seriesLanes())
        QCOMPARE(lane->cursorTime(), std::optional<qint64>(when));
    // A lane made later (shown again) starts with the cursor too.
    const Series &series = m_atlas->data().series.constFirst();
    m_column->setSeriesHidden(series.name, true);
    m_column->setSeriesHidden(series.name, false);
    QCOMPARE(m_column->laneFor(series.id)->cursorTime(), std::optional<qint64>(when));
}

QTEST_MAIN(tst_TimelineColumn)
#include "tst_timelinecolumn.moc"
