// SPDX-License-Identifier: GPL-3.0-or-later
// Moving events on the timeline by hand: a drag of the event or of one end of
// its span, snapped to the event's own precision, Esc and tiny moves, Alt+arrows,
// and through EventActions into the file and back out by Undo.
#include "atlas.h"
#include "atlaseditor.h"
#include "eventactions.h"
#include "eventindex.h"
#include "timelineview.h"
#include "viewstate.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <limits>
#include <memory>

using namespace Annals;

Q_DECLARE_METATYPE(Annals::HistoricalDate)

namespace {

HistoricalDate day(qint64 year, int month, int dayOfMonth)
{
    return HistoricalDate::fromCivil({year, month, dayOfMonth, 0, 0, 0}, Precision::Day);
}

HistoricalDate year(qint64 astronomicalYear)
{
    return HistoricalDate::fromCivil({astronomicalYear, 1, 1, 0, 0, 0}, Precision::Year);
}

HistoricalDate millionYearsAgo(qint64 millions)
{
    return HistoricalDate::fromYearsAgo(millions * 1'000'000, Precision::MillionYears);
}

Event makeEvent(ItemId id, const QString &title, HistoricalDate start, HistoricalDate end = {})
{
    Event event;
    event.id = id;
    event.title = title;
    event.category = QStringLiteral("test");
    event.importance = 3;
    event.when = {start, end};
    return event;
}

} // namespace

class tst_TimelineDrag : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dragMovesTheWholeEvent_data();
    void dragMovesTheWholeEvent();
    void dragOfAnEndChangesOnlyThatEnd_data();
    void dragOfAnEndChangesOnlyThatEnd();
    void theEndStopsAtTheStart();
    void escapeCancels();
    void aTinyMoveIsAClick();
    void readOnlyMovesNothing();
    void altArrowsMoveByOneStep();
    void shiftedKeepsCalendarsAndLimits();
    void dropLandsInTheFileAndUndoRestores();

private:
    void showAround(const HistoricalDate &from, const HistoricalDate &to);
    const TimelineScene::Item *itemOf(ItemId id);
    int pixelsFor(double seconds) const;
    void drag(QPoint from, int dx, bool release = true);

    AtlasData m_data;
    std::shared_ptr<const EventIndex> m_index;
    std::unique_ptr<ViewState> m_state;
    std::unique_ptr<TimelineView> m_view;
};

void tst_TimelineDrag::init()
{
    m_data = AtlasData();
    m_data.events = {
        makeEvent(1, QStringLiteral("Sputnik"), day(1957, 10, 4)),
        makeEvent(2, QStringLiteral("Siege"), day(1950, 3, 1), day(1950, 3, 10)),
        makeEvent(3, QStringLiteral("Treaty"), year(1900)),
        makeEvent(4, QStringLiteral("Ides"), day(-43, 3, 15)),
        makeEvent(5, QStringLiteral("Augustus"), year(-4)),
        makeEvent(6, QStringLiteral("Chicxulub"), millionYearsAgo(66)),
        makeEvent(7, QStringLiteral("Reign"), day(1950, 1, 1), day(1955, 12, 31)),
    };
    m_index = std::make_shared<const EventIndex>(EventIndex::fromAtlas(m_data));
    m_state = std::make_unique<ViewState>();
    m_view = std::make_unique<TimelineView>();
    m_view->setViewState(m_state.get());
    m_view->setAnimated(false);
    m_view->setLegendVisible(false);
    m_view->resize(1200, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setAtlas(&m_data, m_index);
    m_view->setEditable(true);
}

void tst_TimelineDrag::cleanup()
{
    m_view.reset();
    m_state.reset();
}

void tst_TimelineDrag::showAround(const HistoricalDate &from, const HistoricalDate &to)
{
    m_view->showWindow(from.seconds(), to.seconds(), false);
}

const TimelineScene::Item *tst_TimelineDrag::itemOf(ItemId id)
{
    const TimelineScene &scene = m_view->canvas().scene();
    for (const auto &item : scene.items) {
        if (m_view->canvas().index()->id(item.row) == id)
            return &item;
    }
    return nullptr;
}

int tst_TimelineDrag::pixelsFor(double seconds) const
{
    return int(std::lround(seconds / m_view->scale().secondsPerPixel()));
}

void tst_TimelineDrag::drag(QPoint from, int dx, bool release)
{
    QWidget *viewport = m_view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    const int steps = 8;
    for (int step = 1; step <= steps; ++step)
        QTest::mouseMove(viewport, from + QPoint(dx * step / steps, 0));
    if (release)
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, from + QPoint(dx, 0));
}

void tst_TimelineDrag::dragMovesTheWholeEvent_data()
{
    QTest::addColumn<ItemId>("id");
    QTest::addColumn<HistoricalDate>("windowFrom");
    QTest::addColumn<HistoricalDate>("windowTo");
    QTest::addColumn<double>("stepSeconds"); // nominal length of one step
    QTest::addColumn<int>("steps");
    QTest::addColumn<HistoricalDate>("start");
    QTest::addColumn<HistoricalDate>("end");

    constexpr double oneDay = 86400.0;
    constexpr double oneYear = 365.2425 * oneDay;
    QTest::newRow("a day moves by days") << ItemId(1) << day(1957, 9, 1) << day(1957, 11, 30) << oneDay << 5
                                        << day(1957, 10, 9) << HistoricalDate();
    QTest::newRow("a span keeps its length") << ItemId(2) << day(1950, 2, 1) << day(1950, 4, 30) << oneDay << 7
                                            << day(1950, 3, 8) << day(1950, 3, 17);
    QTest::newRow("a year moves by whole years") << ItemId(3) << year(1890) << year(1915) << oneYear << 3
                                                << year(1903) << HistoricalDate();
    QTest::newRow("a year leftwards") << ItemId(3) << year(1890) << year(1915) << oneYear << -2
                                     << year(1898) << HistoricalDate();
    QTest::newRow("a BCE day") << ItemId(4) << day(-43, 2, 1) << day(-43, 4, 30) << oneDay << 3
                               << day(-43, 3, 18) << HistoricalDate();
    // 5 BCE plus six years is 2 CE: astronomical -4 + 6; there is no year 0 to show.
    QTest::newRow("across the era") << ItemId(5) << year(-15) << year(10) << oneYear << 6 << year(2)
                                    << HistoricalDate();
    QTest::newRow("deep time") << ItemId(6) << millionYearsAgo(80) << millionYearsAgo(50) << 1e6 * oneYear << 2
                               << millionYearsAgo(64) << HistoricalDate();
}

void tst_TimelineDrag::dragMovesTheWholeEvent()
{
    QFETCH(ItemId, id);
    QFETCH(HistoricalDate, windowFrom);
    QFETCH(HistoricalDate, windowTo);
    QFETCH(double, stepSeconds);
    QFETCH(int, steps);
    QFETCH(HistoricalDate, start);
    QFETCH(HistoricalDate, end);

    showAround(windowFrom, windowTo);
    const TimelineScene::Item *item = itemOf(id);
    QVERIFY(item);
    const QPoint press = QPointF((item->x1 + item->x2) / 2, item->y).toPoint();
    // A third of a step short of the whole steps: the drop snaps to the nearest one.
    const int dx = pixelsFor((steps - (steps > 0 ? 0.3 : -0.3)) * stepSeconds);
    QVERIFY2(std::abs(dx) >= 10, "the window is too wide to drag by whole steps");

    QSignalSpy retimed(m_view.get(), &TimelineView::eventRetimed);
    drag(press, dx, false);
    QCOMPARE(m_view->eventDragPart(), TimelineView::EventDragPart::Whole);
    QVERIFY(m_view->canvas().eventPreview());
    QCOMPARE(m_view->canvas().eventPreview()->caption.isEmpty(), false);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, press + QPoint(dx, 0));

    QCOMPARE(retimed.count(), 1);
    QCOMPARE(retimed.at(0).at(0).value<ItemId>(), id);
    const auto when = retimed.at(0).at(1).value<TimeSpan>();
    QCOMPARE(when.start, start);
    QCOMPARE(when.end, end);
    QVERIFY(!m_view->canvas().eventPreview()); // the ghost goes with the drag
    QCOMPARE(m_data.events.at(qsizetype(id - 1)).when.start.precision(), when.start.precision());
}

void tst_TimelineDrag::dragOfAnEndChangesOnlyThatEnd_data()
{
    QTest::addColumn<bool>("atEnd");
    QTest::addColumn<int>("days");
    QTest::addColumn<HistoricalDate>("start");
    QTest::addColumn<HistoricalDate>("end");

    QTest::newRow("end later") << true << 40 << day(1950, 1, 1) << day(1956, 2, 9);
    QTest::newRow("end earlier") << true << -30 << day(1950, 1, 1) << day(1955, 12, 1);
    QTest::newRow("start earlier") << false << -10 << day(1949, 12, 22) << day(1955, 12, 31);
    QTest::newRow("start later") << false << 31 << day(1950, 2, 1) << day(1955, 12, 31);
}

void tst_TimelineDrag::dragOfAnEndChangesOnlyThatEnd()
{
    QFETCH(bool, atEnd);
    QFETCH(int, days);
    QFETCH(HistoricalDate, start);
    QFETCH(HistoricalDate, end);

    // Half a year around the end dragged: a few pixels a day, the other end out of view.
    if (atEnd)
        showAround(day(1955, 10, 1), day(1956, 4, 1));
    else
        showAround(day(1949, 10, 1), day(1950, 4, 1));
    const TimelineScene::Item *item = itemOf(7);
    QVERIFY(item && item->bar);
    const QPoint press = QPointF(atEnd ? item->x2 - 1 : item->x1 + 1, item->y).toPoint();
    // Hovering there says the end can be taken (from elsewhere: a move to
    // where the pointer already is moves nothing).
    QTest::mouseMove(m_view->viewport(), press + QPoint(0, 40));
    QTest::mouseMove(m_view->viewport(), press);
    QCOMPARE(m_view->viewport()->cursor().shape(), Qt::SizeHorCursor);

    QSignalSpy retimed(m_view.get(), &TimelineView::eventRetimed);
    // A fraction of a day more than the whole days, well under half of one.
    const double secondsPerPixel = m_view->scale().secondsPerPixel();
    const int dx = pixelsFor(days * 86400.0);
    QVERIFY(std::abs(dx * secondsPerPixel - days * 86400.0) < 43200);
    drag(press, dx, false);
    QCOMPARE(m_view->eventDragPart(), atEnd ? TimelineView::EventDragPart::End : TimelineView::EventDragPart::Start);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, press + QPoint(dx, 0));

    QCOMPARE(retimed.count(), 1);
    const auto when = retimed.at(0).at(1).value<TimeSpan>();
    QCOMPARE(when.start, start);
    QCOMPARE(when.end, end);
}

void tst_TimelineDrag::theEndStopsAtTheStart()
{
    showAround(year(1948), year(1958));
    const TimelineScene::Item *item = itemOf(7);
    QVERIFY(item && item->bar);
    const QPoint press = QPointF(item->x2 - 1, item->y).toPoint();
    const int dx = -int(item->x2 - item->x1) - 150;

    QSignalSpy retimed(m_view.get(), &TimelineView::eventRetimed);
    drag(press, dx, false);
    // The ghost shows the stop: clamped, and the caption says so.
    QVERIFY(m_view->canvas().eventPreview());
    QVERIFY(m_view->canvas().eventPreview()->clamped);
    QVERIFY(m_view->canvas().eventPreview()->caption.contains(day(1950, 1, 1).toDisplayString()));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, press + QPoint(dx, 0));

    QCOMPARE(retimed.count(), 1);
    const auto when = retimed.at(0).at(1).value<TimeSpan>();
    QCOMPARE(when.start, day(1950, 1, 1));
    QCOMPARE(when.end, day(1950, 1, 1));
}

void tst_TimelineDrag::escapeCancels()
{
    showAround(day(1957, 9, 1), day(1957, 11, 30));
    const TimelineScene::Item *item = itemOf(1);
    QVERIFY(item);
    const QPoint press = QPointF(item->x1, item->y).toPoint();
    QSignalSpy retimed(m_view.get(), &TimelineView::eventRetimed);
    const qint64 windowBefore = m_view->scale().start();
    drag(press, 120, false);
    QVERIFY(m_view->canvas().eventPreview());
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QVERIFY(!m_view->canvas().eventPreview());
    QCOMPARE(m_view->eventDragPart(), TimelineView::EventDragPart::None);
    // What the still-held button does afterwards moves nothing either.
    QTest::mouseMove(m_view->viewport(), press + QPoint(200, 0));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, press + QPoint(200, 0));
    QCOMPARE(retimed.count(), 0);
    QCOMPARE(m_view->scale().start(), windowBefore);
    QCOMPARE(m_state->selectedEvent(), ItemId(0)); // nor is the release a click
}

void tst_TimelineDrag::aTinyMoveIsAClick()
{
    showAround(day(1957, 9, 1), day(1957, 11, 30));
    const TimelineScene::Item *item = itemOf(1);
    QVERIFY(item);
    const QPoint press = QPointF(item->x1, item->y).toPoint();
    QSignalSpy retimed(m_view.get(), &TimelineView::eventRetimed);
    QVERIFY(QApplication::startDragDistance() > 1);
    drag(press, 1);
    QCOMPARE(retimed.count(), 0);
    QCOMPARE(m_state->selectedEvent(), ItemId(1));
}

void tst_TimelineDrag::readOnlyMovesNothing()
{
    m_view->setEditable(false, QStringLiteral("The sample is read-only."));
    showAround(day(1957, 9, 1), day(1957, 11, 30));
    const TimelineScene::Item *item = itemOf(1);
    QVERIFY(item);
    const QPoint press = QPointF(item->x1, item->y).toPoint();
    QSignalSpy retimed(m_view.get(), &TimelineView::eventRetimed);
    QTest::mouseMove(m_view->viewport(), press + QPoint(0, 40));
    QTest::mouseMove(m_view->viewport(), press);
    QCOMPARE(m_view->viewport()->cursor().shape(), Qt::ArrowCursor);
    drag(press, 100, false);
    QVERIFY(!m_view->canvas().eventPreview());
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, press + QPoint(100, 0));
    m_state->setSelectedEvent(1);
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(retimed.count(), 0);
}

void tst_TimelineDrag::altArrowsMoveByOneStep()
{
    QSignalSpy retimed(m_view.get(), &TimelineView::eventRetimed);
    m_state->setSelectedEvent(3);
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::AltModifier);
    m_state->setSelectedEvent(2);
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(retimed.count(), 2);
    QCOMPARE(retimed.at(0).at(1).value<TimeSpan>().start, year(1901));
    const auto siege = retimed.at(1).at(1).value<TimeSpan>();
    QCOMPARE(siege.start, day(1950, 2, 28));
    QCOMPARE(siege.end, day(1950, 3, 9));
}

void tst_TimelineDrag::shiftedKeepsCalendarsAndLimits()
{
    // The 31st of a month moved by a month lands on the last day of the next.
    QCOMPARE(TimelineView::shifted(day(1959, 1, 31), Precision::Month, 1), day(1959, 2, 28));
    QCOMPARE(TimelineView::shifted(day(2000, 2, 29), Precision::Year, 1), day(2001, 2, 28));
    // Months across the turn of a BCE year.
    const HistoricalDate november = HistoricalDate::fromCivil({-43, 11, 1, 0, 0, 0}, Precision::Month);
    QCOMPARE(TimelineView::shifted(november, Precision::Month, 3),
             HistoricalDate::fromCivil({-42, 2, 1, 0, 0, 0}, Precision::Month));
    // Out of what a date can hold: invalid, not wrapped round.
    QVERIFY(!TimelineView::shifted(year(latestYear), Precision::Year, 1).isValid());
    QVERIFY(!TimelineView::shifted(millionYearsAgo(100), Precision::BillionYears, -30).isValid());
    QVERIFY(!TimelineView::shifted(day(1959, 1, 1), Precision::Day, std::numeric_limits<qint64>::max() / 2).isValid());
    QCOMPARE(TimelineView::periodsIn(2.6 * 86400, Precision::Day), qint64(3));
    QCOMPARE(TimelineView::periodsIn(-0.4 * 86400, Precision::Day), qint64(0));
}

void tst_TimelineDrag::dropLandsInTheFileAndUndoRestores()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drag.annals"));
    QString error;
    QVERIFY2(Atlas::writeSample(path, &error), qPrintable(error));
    std::unique_ptr<Atlas> atlas = Atlas::open(path, &error);
    QVERIFY2(atlas && !atlas->isReadOnly(), qPrintable(error));
    const std::optional<ItemId> added
        = AtlasEditor(atlas.get()).addEvent(makeEvent(0, QStringLiteral("Dragged"), day(1961, 4, 12)), &error);
    QVERIFY2(added, qPrintable(error));

    // Wired as the window wires them.
    QWidget window;
    EventActions actions(m_state.get(), &window);
    actions.setAtlas(atlas.get());
    m_view->setAtlas(nullptr, nullptr);
    m_view->setAtlas(&atlas->data(), atlas->eventIndex());
    connect(atlas.get(), &Atlas::dataChanged, m_view.get(),
            [&] { m_view->setAtlas(&atlas->data(), atlas->eventIndex()); });
    connect(m_view.get(), &TimelineView::eventRetimed, &actions, &EventActions::retimeEvent);
    QSignalSpy failed(&actions, &EventActions::failed);

    m_view->setLaneMode(LaneMode::Packed); // one lane: the new category's is not scrolled out of view
    showAround(day(1961, 3, 1), day(1961, 5, 31));
    const TimelineScene::Item *item = itemOf(*added);
    QVERIFY2(item, qPrintable(QStringLiteral("%1 items, %2 clusters, %3 densities")
                                  .arg(m_view->canvas().scene().items.size())
                                  .arg(m_view->canvas().scene().clusters.size())
                                  .arg(m_view->canvas().scene().densities.size())));
    const qint64 windowBefore = m_view->scale().start();
    drag(QPointF((item->x1 + item->x2) / 2, item->y).toPoint(), pixelsFor(10 * 86400.0));
    QCOMPARE(failed.count(), 0);

    const auto startOf = [](const Atlas &in, ItemId id) {
        for (const Event &event : in.data().events) {
            if (event.id == id)
                return event.when.start;
        }
        return HistoricalDate();
    };
    QCOMPARE(startOf(*atlas, *added), day(1961, 4, 22));
    QCOMPARE(m_view->scale().start(), windowBefore); // the view stays where the event was dropped
    {
        // Another open of the file reads it (read-only: this one holds the lock).
        const std::unique_ptr<Atlas> reader = Atlas::open(path, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(startOf(*reader, *added), day(1961, 4, 22));
    }
    atlas->undoStack()->undo();
    QCOMPARE(startOf(*atlas, *added), day(1961, 4, 12));
    const std::unique_ptr<Atlas> reader = Atlas::open(path, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(startOf(*reader, *added), day(1961, 4, 12));
    m_view->setAtlas(nullptr, nullptr);
}

QTEST_MAIN(tst_TimelineDrag)
#include "tst_timelinedrag.moc"
