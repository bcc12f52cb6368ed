// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline as a user drives it: wheel, drag, keys and clicks, offscreen,
// checked through the public API and the shared ViewState.
#include "atlas.h"
#include "timelineview.h"
#include "viewstate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>
#include <QNativeGestureEvent>

using namespace Annals;

class tst_TimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wheelKeepsTheDateUnderThePointer();
    void wheelStopsAtTheLimits();
    void dragPans();
    void pinchZoomsAroundTheFingers();
    void scrollBarMovesThroughTime();
    void hoverShowsWhatIsKnown();
    void keysZoomAndFit();
    void animatedZoomsLandWhereAsked();
    void clickSelectsAndTabSteps();
    void escapeClearsAndEnterActivates();
    void clickingAClusterZoomsIn();
    void cursorFollowsDragAndViewState();
    void viewStateWindowMovesTheView();
    void rendersIntoAnImage();
    void fontScaleEnlargesRows();

private:
    void wheel(const QPoint &position, int delta, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QPoint positionOfEvent(ItemId id);

    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<ViewState> m_state;
    std::unique_ptr<TimelineView> m_view;
};

void tst_TimelineView::initTestCase()
{
    QString error;
    m_atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_atlas, qPrintable(error));
}

void tst_TimelineView::init()
{
    m_state = std::make_unique<ViewState>();
    m_view = std::make_unique<TimelineView>();
    m_view->setViewState(m_state.get());
    m_view->setAnimated(false);
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setAtlas(&m_atlas->data(), m_atlas->eventIndex());
    m_view->fitAll(false);
}

void tst_TimelineView::cleanup()
{
    m_view.reset();
    m_state.reset();
}

void tst_TimelineView::wheel(const QPoint &position, int delta, Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = m_view->viewport();
    QWheelEvent event(position, viewport->mapToGlobal(position), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

QPoint tst_TimelineView::positionOfEvent(ItemId id)
{
    const TimelineScene &scene = m_view->canvas().scene();
    for (const auto &item : scene.items) {
        if (m_view->canvas().index()->id(item.row) == id)
            return QPointF(item.bar ? std::max(item.x1, 0.0) + 2 : item.x1, item.y).toPoint();
    }
    return {-1, -1};
}

void tst_TimelineView::wheelKeepsTheDateUnderThePointer()
{
    QRandomGenerator random(2024);
    for (int step = 0; step < 100; ++step) {
        const QPoint position(int(random.bounded(1100)) + 20, int(random.bounded(500)) + 100);
        const int delta = (random.bounded(2) ? 1 : -1) * 120 * (1 + int(random.bounded(3)));
        const qint64 under = m_view->scale().timeForX(position.x());
        const double spanBefore = m_view->scale().span();
        wheel(position, delta);
        const double spanAfter = m_view->scale().span();
        if (spanAfter == spanBefore)
            continue; // at a limit the view does not move
        QVERIFY2(std::abs(m_view->scale().xForTime(under) - position.x()) <= 1.0,
                 qPrintable(QStringLiteral("step %1: %2 px off").arg(step).arg(m_view->scale().xForTime(under) - position.x())));
        QCOMPARE(delta > 0, spanAfter < spanBefore);
    }
    // Every change reached the shared state.
    QCOMPARE(m_state->windowStart(), m_view->scale().start());
    QCOMPARE(m_state->windowEnd(), m_view->scale().end());
}

void tst_TimelineView::wheelStopsAtTheLimits()
{
    for (int i = 0; i < 200; ++i)
        wheel(QPoint(600, 300), 120 * 3);
    QVERIFY(m_view->scale().span() >= TimeScale::minimumSpan - 1);
    QVERIFY(m_view->scale().span() <= TimeScale::minimumSpan * 1.5);
    for (int i = 0; i < 400; ++i)
        wheel(QPoint(600, 300), -120 * 3);
    QVERIFY(m_view->scale().span() <= TimeScale::maximumSpan() * 1.0001);
    QVERIFY(m_view->scale().span() > TimeScale::maximumSpan() * 0.5);
}

void tst_TimelineView::dragPans()
{
    const qint64 startBefore = m_view->scale().start();
    const double span = m_view->scale().span();
    QWidget *viewport = m_view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, QPoint(400, 400));
    for (int x = 410; x <= 600; x += 10)
        QTest::mouseMove(viewport, QPoint(x, 400));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, QPoint(600, 400));
    // Dragging right by 200 px shows what was 200 px to the left.
    const double moved = double(startBefore - m_view->scale().start()) / m_view->scale().secondsPerPixel();
    QVERIFY2(std::abs(moved - 200) <= 1.5, qPrintable(QString::number(moved)));
    QCOMPARE(m_view->scale().span(), span);
    QCOMPARE(m_state->selectedEvent(), ItemId(0)); // a drag is not a click
}

void tst_TimelineView::pinchZoomsAroundTheFingers()
{
    const QPointF position(300, 300);
    const qint64 under = m_view->scale().timeForX(position.x());
    const double span = m_view->scale().span();
    QWidget *viewport = m_view->viewport();
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, position,
                              position, viewport->mapToGlobal(position), 0.5, QPointF(), 0);
    QApplication::sendEvent(viewport, &pinch);
    QVERIFY(std::abs(m_view->scale().span() - span / 1.5) / span < 0.01);
    QVERIFY(std::abs(m_view->scale().xForTime(under) - position.x()) <= 1.0);
}

void tst_TimelineView::scrollBarMovesThroughTime()
{
    m_view->showWindow(DateParser::parse(QStringLiteral("1950")).date.seconds(),
                       DateParser::parse(QStringLiteral("1960")).date.seconds(), false);
    QScrollBar *bar = m_view->horizontalScrollBar();
    QVERIFY(bar->maximum() > 0);
    const qint64 start = m_view->scale().start();
    const double span = m_view->scale().span();
    bar->setValue(bar->value() + bar->pageStep());
    // One page on: the view moved by about its own width, and kept its zoom.
    QVERIFY(std::abs(double(m_view->scale().start() - start) - span) / span < 0.05);
    QVERIFY(std::abs(m_view->scale().span() - span) / span < 1e-9);
}

void tst_TimelineView::hoverShowsWhatIsKnown()
{
    const ItemId hanoi = [this] {
        for (const Event &event : m_atlas->data().events)
            if (event.title == QLatin1String("Hanoi summit"))
                return event.id;
        return ItemId(0);
    }();
    m_view->showWindow(DateParser::parse(QStringLiteral("2018")).date.seconds(),
                       DateParser::parse(QStringLiteral("2020")).date.seconds(), false);
    const QPoint position = positionOfEvent(hanoi);
    QHelpEvent help(QEvent::ToolTip, position, m_view->viewport()->mapToGlobal(position));
    QApplication::sendEvent(m_view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(QLatin1String("Hanoi summit")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("27 Feb 2019 – 28 Feb 2019")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Kim Jong-un")) && text.contains(QLatin1String("Donald Trump")), qPrintable(text));
    QToolTip::hideText();
}

void tst_TimelineView::keysZoomAndFit()
{
    const double fitted = m_view->scale().span();
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QTRY_VERIFY(m_view->scale().span() < fitted / 1.5);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QTRY_VERIFY(std::abs(m_view->scale().span() - fitted) / fitted < 0.01);
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QTest::keyClick(m_view.get(), Qt::Key_0, Qt::ControlModifier);
    QTRY_VERIFY(std::abs(m_view->scale().span() - fitted) / fitted < 0.001);

    const qint64 start = m_view->scale().start();
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QVERIFY(m_view->scale().start() < start);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QVERIFY(m_view->scale().start() > start);
}

void tst_TimelineView::animatedZoomsLandWhereAsked()
{
    m_view->setAnimated(true);
    const TimeScale fitted = m_view->scale();
    // + then - while the first animation still runs: back exactly where it began.
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QTRY_VERIFY(std::abs(m_view->scale().span() - fitted.span()) <= fitted.secondsPerPixel());
    QTRY_VERIFY(std::abs(m_view->scale().start() - fitted.start()) <= qint64(fitted.secondsPerPixel()) + 1);
    // A zoom by key moves there over a few frames, not in one jump.
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QVERIFY(m_view->scale().span() > fitted.span() / 1.5);
    QTRY_VERIFY(std::abs(m_view->scale().span() - fitted.span() / 1.6) < fitted.span() * 0.001);
    m_view->setAnimated(false);
}

void tst_TimelineView::clickSelectsAndTabSteps()
{
    // Zoom into 2018–2019 and click the Hanoi summit.
    const ItemId hanoi = [this] {
        for (const Event &event : m_atlas->data().events)
            if (event.title == QLatin1String("Hanoi summit"))
                return event.id;
        return ItemId(0);
    }();
    QVERIFY(hanoi != 0);
    m_view->showWindow(DateParser::parse(QStringLiteral("2018")).date.seconds(),
                       DateParser::parse(QStringLiteral("2020")).date.seconds(), false);
    QSignalSpy selected(m_state.get(), &ViewState::selectedEventChanged);
    const QPoint position = positionOfEvent(hanoi);
    QVERIFY(position.x() >= 0);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, position);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(m_state->selectedEvent(), hanoi);

    // Tab: the next event in time; Shift+Tab: back.
    const auto &index = *m_atlas->eventIndex();
    const qsizetype row = index.rowOf(hanoi);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Tab);
    QCOMPARE(m_state->selectedEvent(), index.id(row + 1));
    QTest::keyClick(m_view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(m_state->selectedEvent(), hanoi);
}

void tst_TimelineView::escapeClearsAndEnterActivates()
{
    const ItemId first = m_atlas->eventIndex()->id(0);
    m_state->setSelectedEvent(first);
    QSignalSpy activated(m_view.get(), &TimelineView::eventActivated);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), first);
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(m_state->selectedEvent(), ItemId(0));
}

void tst_TimelineView::clickingAClusterZoomsIn()
{
    // Zoomed out far enough, close events gather into clusters.
    m_view->showWindow(DateParser::parse(QStringLiteral("1000")).date.seconds(),
                       DateParser::parse(QStringLiteral("2300")).date.seconds(), false);
    const TimelineScene &scene = m_view->canvas().scene();
    QVERIFY(!scene.clusters.isEmpty());
    const auto cluster = scene.clusters.first();
    const double span = m_view->scale().span();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPointF(cluster.x, cluster.y).toPoint());
    QTRY_VERIFY(m_view->scale().span() < span / 10);
    QVERIFY(m_view->scale().start() <= cluster.from);
    QVERIFY(m_view->scale().end() >= cluster.to);
}

void tst_TimelineView::cursorFollowsDragAndViewState()
{
    const qint64 cursor = DateParser::parse(QStringLiteral("1 Oct 1959")).date.seconds();
    m_state->setCursor(cursor);
    QCOMPARE(*m_view->canvas().cursor(), cursor);
    const QPointF handle = m_view->canvas().cursorHandle().center();
    QSignalSpy moved(m_state.get(), &ViewState::cursorChanged);
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, handle.toPoint());
    QTest::mouseMove(m_view->viewport(), handle.toPoint() + QPoint(60, 0));
    QTest::mouseMove(m_view->viewport(), handle.toPoint() + QPoint(120, 0));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, handle.toPoint() + QPoint(120, 0));
    QVERIFY(moved.size() >= 2);
    QVERIFY(std::abs(m_view->scale().xForTime(m_state->cursor()) - (handle.x() + 120)) <= 1.5);
    // The view did not pan while the cursor was dragged.
    QVERIFY(std::abs(m_view->scale().xForTime(cursor) - handle.x()) <= 1.5);
}

void tst_TimelineView::viewStateWindowMovesTheView()
{
    const qint64 from = DateParser::parse(QStringLiteral("1950")).date.seconds();
    const qint64 to = DateParser::parse(QStringLiteral("1954")).date.seconds();
    m_state->setWindow(from, to);
    QVERIFY(std::abs(m_view->scale().start() - from) <= qint64(m_view->scale().secondsPerPixel()));
    QVERIFY(std::abs(m_view->scale().end() - to) <= qint64(m_view->scale().secondsPerPixel()) + 1);
}

void tst_TimelineView::rendersIntoAnImage()
{
    QImage image(800, 500, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    m_view->render(painter, image.rect());
    painter.end();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 10);
    // Rendering elsewhere leaves the widget's own frame alone.
    QCOMPARE(m_view->canvas().size(), m_view->viewport()->size());
}

void tst_TimelineView::fontScaleEnlargesRows()
{
    const double before = m_view->canvas().scene().lanes.first().height;
    m_view->setFontScale(2.0);
    const double after = m_view->canvas().scene().lanes.first().height;
    QVERIFY(after >= 1.9 * before);
    m_view->setFontScale(1.0);
}

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
