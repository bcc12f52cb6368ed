// SPDX-License-Identifier: GPL-3.0-or-later
// Drawing a relation on the graph: Shift+drag from one actor to another, or
// "Draw Relation From Here" and a click; Esc and empty space draw nothing,
// and a plain drag still moves the actor.
#include "atlas.h"
#include "graphview.h"
#include "viewstate.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Annals;

class tst_GraphDraw : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shiftDragFromOneActorToAnotherAsks();
    void releaseOnEmptySpaceDrawsNothing();
    void releaseOnTheSourceDrawsNothing();
    void escapeCancels();
    void plainDragStillMovesTheActor();
    void drawFromHereEndsAtTheNextClick();

private:
    ItemId actor(const QString &name) const;
    // Another actor drawn well apart from `from`, and a point over no actor.
    ItemId otherActor(ItemId from) const;
    QPoint emptyPoint() const;
    void shiftDrag(QPoint from, QPoint to, bool release = true);

    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<ViewState> m_state;
    std::unique_ptr<GraphView> m_view;
    ItemId m_source = 0;
    ItemId m_target = 0;
};

void tst_GraphDraw::init()
{
    QString error;
    m_atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_atlas, qPrintable(error));
    m_state = std::make_unique<ViewState>();
    m_state->setCursor(DateParser::parse(QStringLiteral("3 Sep 2025")).date.seconds());
    m_view = std::make_unique<GraphView>();
    m_view->setAnimated(false);
    m_view->setViewState(m_state.get());
    m_view->setAtlas(&m_atlas->data());
    m_view->resize(1000, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(m_view->waitForLayout());
    m_source = actor(QStringLiteral("Japan"));
    QVERIFY(m_source != 0);
    m_target = otherActor(m_source);
    QVERIFY(m_target != 0);
}

void tst_GraphDraw::cleanup()
{
    m_view.reset();
    m_state.reset();
    m_atlas.reset();
}

ItemId tst_GraphDraw::actor(const QString &name) const
{
    for (const Actor &candidate : m_atlas->data().actors) {
        if (candidate.name == name)
            return candidate.id;
    }
    return 0;
}

ItemId tst_GraphDraw::otherActor(ItemId from) const
{
    const QPointF origin = m_view->positionOf(from);
    for (const Actor &candidate : m_atlas->data().actors) {
        const QPointF at = m_view->positionOf(candidate.id);
        if (candidate.id == from || at.x() < 0 || std::hypot(at.x() - origin.x(), at.y() - origin.y()) < 80)
            continue;
        const int index = m_view->canvas().actorAt(at);
        if (index >= 0 && m_view->graph()->actors().at(index).id == candidate.id)
            return candidate.id;
    }
    return 0;
}

QPoint tst_GraphDraw::emptyPoint() const
{
    for (int y = 20; y < m_view->height(); y += 17) {
        for (int x = 20; x < m_view->width(); x += 17) {
            const QPoint point(x, y);
            if (m_view->canvas().actorAt(point) < 0 && m_view->canvas().relationAt(point) < 0)
                return point;
        }
    }
    return {-1, -1};
}

void tst_GraphDraw::shiftDrag(QPoint from, QPoint to, bool release)
{
    QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, from);
    for (int step = 1; step <= 10; ++step)
        QTest::mouseMove(m_view.get(), from + (to - from) * step / 10);
    if (release)
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, to);
}

void tst_GraphDraw::shiftDragFromOneActorToAnotherAsks()
{
    QSignalSpy drawn(m_view.get(), &GraphView::relationDrawRequested);
    const QPoint from = m_view->positionOf(m_source).toPoint();
    const QPoint to = m_view->positionOf(m_target).toPoint();
    shiftDrag(from, to, false);
    // The line snaps to the actor under the pointer, which is ringed.
    QVERIFY(m_view->isDrawingRelation());
    QCOMPARE(m_view->canvas().rubberBand().sourceIndex, m_view->graph()->indexOf(m_source));
    QCOMPARE(m_view->canvas().rubberBand().targetIndex, m_view->graph()->indexOf(m_target));
    const QPointF before = m_view->positionOf(m_source);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, to);

    QCOMPARE(drawn.count(), 1);
    QCOMPARE(drawn.at(0).at(0).value<ItemId>(), m_source);
    QCOMPARE(drawn.at(0).at(1).value<ItemId>(), m_target);
    QVERIFY(!m_view->isDrawingRelation());
    QCOMPARE(m_view->canvas().rubberBand().sourceIndex, -1);
    // Drawing neither moved, pinned nor selected anything.
    QCOMPARE(m_view->positionOf(m_source), before);
    QVERIFY(!m_view->isPinned(m_source));
    QCOMPARE(m_state->selectedActor(), ItemId(0));
}

void tst_GraphDraw::releaseOnEmptySpaceDrawsNothing()
{
    QSignalSpy drawn(m_view.get(), &GraphView::relationDrawRequested);
    const QPoint empty = emptyPoint();
    QVERIFY(empty.x() >= 0);
    shiftDrag(m_view->positionOf(m_source).toPoint(), empty, false);
    QCOMPARE(m_view->canvas().rubberBand().targetIndex, -1); // following the pointer, on nothing
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, empty);
    QCOMPARE(drawn.count(), 0);
    QVERIFY(!m_view->isDrawingRelation());
}

void tst_GraphDraw::releaseOnTheSourceDrawsNothing()
{
    QSignalSpy drawn(m_view.get(), &GraphView::relationDrawRequested);
    const QPoint from = m_view->positionOf(m_source).toPoint();
    shiftDrag(from, from + QPoint(2, 1));
    QCOMPARE(drawn.count(), 0);
}

void tst_GraphDraw::escapeCancels()
{
    QSignalSpy drawn(m_view.get(), &GraphView::relationDrawRequested);
    const QPoint to = m_view->positionOf(m_target).toPoint();
    shiftDrag(m_view->positionOf(m_source).toPoint(), to, false);
    QVERIFY(m_view->isDrawingRelation());
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QVERIFY(!m_view->isDrawingRelation());
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, to);
    QCOMPARE(drawn.count(), 0);
}

void tst_GraphDraw::plainDragStillMovesTheActor()
{
    QSignalSpy drawn(m_view.get(), &GraphView::relationDrawRequested);
    const QPoint start = m_view->positionOf(m_source).toPoint();
    const QPoint end = start + QPoint(start.x() > 500 ? -120 : 120, 40);
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, start);
    for (int step = 1; step <= 10; ++step)
        QTest::mouseMove(m_view.get(), start + (end - start) * step / 10);
    QVERIFY(!m_view->isDrawingRelation());
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, end);
    QVERIFY(m_view->isPinned(m_source));
    QCOMPARE(drawn.count(), 0);
}

void tst_GraphDraw::drawFromHereEndsAtTheNextClick()
{
    QSignalSpy drawn(m_view.get(), &GraphView::relationDrawRequested);
    m_view->beginRelationFrom(m_source);
    QVERIFY(m_view->isDrawingRelation());
    const QPoint to = m_view->positionOf(m_target).toPoint();
    QTest::mouseMove(m_view.get(), to);
    QCOMPARE(m_view->canvas().rubberBand().targetIndex, m_view->graph()->indexOf(m_target));
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, to);
    QCOMPARE(drawn.count(), 1);
    QCOMPARE(drawn.at(0).at(0).value<ItemId>(), m_source);
    QCOMPARE(drawn.at(0).at(1).value<ItemId>(), m_target);
    QCOMPARE(m_state->selectedActor(), ItemId(0)); // the click drew; it did not select

    // A click on empty space ends the mode with nothing drawn.
    m_view->beginRelationFrom(m_source);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, emptyPoint());
    QVERIFY(!m_view->isDrawingRelation());
    QCOMPARE(drawn.count(), 1);
}

QTEST_MAIN(tst_GraphDraw)
#include "tst_graphdraw.moc"
