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

#include <limits>
#include <optional>

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
    void selectingAnActorDimsTheRest_data();
    void selectingAnActorDimsTheRest();
    void anUnknownActorDimsNothing();
    void aBannerSaysWhatIsShownAndClearsIt();
    void escapeClearsTheEventThenTheActorAndRelation();
    void relationShowsItsSpanAndTheEventsAtItsEnds();
    void relationBandFadesWhereItsDateIsCoarse_data();
    void relationBandFadesWhereItsDateIsCoarse();
    void zoomToSelectionFitsTheRelationOrTheActor();
    void doubleClickOnEmptySpaceAsksForAnEvent_data();
    void doubleClickOnEmptySpaceAsksForAnEvent();

private:
    void wheel(const QPoint &position, int delta, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QPoint positionOfEvent(ItemId id);
    ItemId eventTitled(const QString &title) const;
    ItemId actorNamed(const QString &name) const;
    const Relation *relationLabelled(const QString &label) const;
    bool involves(ItemId eventId, ItemId actorId) const;
    QImage frame();
    void showWithoutEras();

    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<AtlasData> m_withoutEras; // outlives the view that shows it
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
    m_withoutEras.reset();
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

ItemId tst_TimelineView::eventTitled(const QString &title) const
{
    for (const Event &event : m_atlas->data().events) {
        if (event.title == title)
            return event.id;
    }
    return 0;
}

ItemId tst_TimelineView::actorNamed(const QString &name) const
{
    for (const Actor &actor : m_atlas->data().actors) {
        if (actor.name == name)
            return actor.id;
    }
    return 0;
}

const Relation *tst_TimelineView::relationLabelled(const QString &label) const
{
    for (const Relation &relation : m_atlas->data().relations) {
        if (relation.label == label)
            return &relation;
    }
    return nullptr;
}

bool tst_TimelineView::involves(ItemId eventId, ItemId actorId) const
{
    for (const Event &event : m_atlas->data().events) {
        if (event.id == eventId)
            return std::any_of(event.actors.begin(), event.actors.end(),
                               [actorId](const EventActor &actor) { return actor.actorId == actorId; });
    }
    return false;
}

// The widget's frame, as its paintEvent would draw it.
QImage tst_TimelineView::frame()
{
    QImage image(m_view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    m_view->render(painter, image.rect());
    return image;
}

// The sample without its eras, whose tints cover every background pixel:
// what a band adds is then plain to see.
void tst_TimelineView::showWithoutEras()
{
    m_withoutEras = std::make_unique<AtlasData>(m_atlas->data());
    m_withoutEras->eras.clear();
    m_view->setAtlas(m_withoutEras.get(), m_atlas->eventIndex());
}

namespace {

qint64 at(const char *date)
{
    return DateParser::parse(QString::fromLatin1(date)).date.seconds();
}

// How far a pixel is from another (0 the same, 765 black from white).
int difference(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
}

// The commonest colour of a column between two rows: its background,
// whatever events cross it.
QRgb commonest(const QImage &image, int x, int fromY, int toY)
{
    QHash<QRgb, int> counts;
    for (int y = fromY; y < toY; ++y)
        ++counts[image.pixel(x, y)];
    QRgb best = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            best = it.key();
            most = it.value();
        }
    }
    return best;
}

} // namespace

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

void tst_TimelineView::selectingAnActorDimsTheRest_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("category lanes") << int(LaneMode::Category);
    QTest::newRow("actor lanes") << int(LaneMode::Actor);
    QTest::newRow("packed") << int(LaneMode::Packed);
}

// Markers of Kim Il-sung's events keep their colour; every other marker
// fades towards the background; clearing gives back the very same frame.
void tst_TimelineView::selectingAnActorDimsTheRest()
{
    QFETCH(int, mode);
    m_view->setLaneMode(LaneMode(mode));
    m_view->showWindow(at("1945"), at("1996"), false);
    const ItemId kim = actorNamed(QStringLiteral("Kim Il-sung"));
    QVERIFY(kim != 0);
    const QRgb base = m_view->palette().color(QPalette::Base).rgb();

    // Markers standing alone, one of his events and one of someone else's.
    ItemId his = 0;
    ItemId other = 0;
    for (const auto &item : m_view->canvas().scene().items) {
        if (item.bar || item.x1 < m_view->canvas().laneHeaderWidth())
            continue;
        const ItemId id = m_view->canvas().index()->id(item.row);
        ItemId &slot = involves(id, kim) ? his : other;
        if (slot == 0)
            slot = id;
    }
    QVERIFY(his != 0 && other != 0);
    const QImage before = frame();
    const QRgb hisBefore = before.pixel(positionOfEvent(his));
    const QRgb otherBefore = before.pixel(positionOfEvent(other));
    QVERIFY(difference(otherBefore, base) > 150);

    QSignalSpy changed(m_state.get(), &ViewState::selectedActorChanged);
    m_state->setSelectedActor(kim);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_view->canvas().isDimmed(his));
    QVERIFY(m_view->canvas().isDimmed(other));
    // The lanes moved down under the banner: the markers are looked up again.
    const QImage dimmed = frame();
    QCOMPARE(dimmed.pixel(positionOfEvent(his)), hisBefore);
    // At about a quarter of its strength, as a projector would show it.
    const QRgb otherDimmed = dimmed.pixel(positionOfEvent(other));
    QVERIFY2(difference(otherDimmed, base) < difference(otherBefore, base) * 0.45,
             qPrintable(QStringLiteral("%1 then %2").arg(difference(otherBefore, base)).arg(difference(otherDimmed, base))));

    m_state->setSelectedActor(0);
    QVERIFY(!m_view->canvas().isDimmed(other));
    QCOMPARE(frame(), before);
}

void tst_TimelineView::anUnknownActorDimsNothing()
{
    const QImage before = frame();
    m_state->setSelectedActor(987654);
    QVERIFY(!m_view->canvas().highlight().isActive());
    QVERIFY(m_view->canvas().focusCaption().isEmpty());
    QVERIFY(!m_view->canvas().isDimmed(m_atlas->eventIndex()->id(0)));
    QCOMPARE(frame(), before);
}

// A banner under the axis names the actor; the lanes move down to make room
// for it, so it hides no event; a click on it clears the actor.
void tst_TimelineView::aBannerSaysWhatIsShownAndClearsIt()
{
    const ItemId kim = actorNamed(QStringLiteral("Kim Il-sung"));
    const QColor accent = m_view->palette().color(QPalette::Highlight);
    const TimelineCanvas &canvas = m_view->canvas();
    QVERIFY(canvas.focusBanner().isEmpty());
    QCOMPARE(canvas.contentTop(), canvas.axisHeight());
    const double firstLane = m_view->canvas().scene().lanes.first().top;

    m_state->setSelectedActor(kim);
    QCOMPARE(canvas.focusCaption(), QStringLiteral("Showing Kim Il-sung's events — Esc to clear"));
    const QRectF banner = canvas.focusBanner();
    QVERIFY(!banner.isEmpty());
    QCOMPARE(banner.top(), canvas.axisHeight());
    QCOMPARE(banner.width(), double(m_view->viewport()->width()));
    QCOMPARE(canvas.contentTop(), banner.bottom());
    const TimelineScene &scene = m_view->canvas().scene();
    QCOMPARE(scene.lanes.first().top, firstLane + banner.height());
    for (const auto &item : scene.items)
        QVERIFY(item.y - 5 >= banner.bottom());
    // Filled with the highlight colour, left of its text.
    const QPoint inside = QPointF(banner.left() + 4, banner.center().y()).toPoint();
    QCOMPARE(QColor(frame().pixel(inside)), accent);

    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, banner.center().toPoint());
    QCOMPARE(m_state->selectedActor(), ItemId(0));
    QVERIFY(canvas.focusBanner().isEmpty());
    QCOMPARE(m_view->canvas().scene().lanes.first().top, firstLane);
    QVERIFY(QColor(frame().pixel(inside)) != accent);
}

void tst_TimelineView::escapeClearsTheEventThenTheActorAndRelation()
{
    const ItemId kim = actorNamed(QStringLiteral("Kim Il-sung"));
    const ItemId death = eventTitled(QStringLiteral("Death of Kim Il-sung"));
    const Relation *leads = relationLabelled(QStringLiteral("Leads North Korea"));
    QVERIFY(kim != 0 && death != 0 && leads);
    m_state->setSelectedActor(kim);
    m_state->setSelectedRelation(leads->id);
    m_state->setSelectedEvent(death);
    QSignalSpy events(m_state.get(), &ViewState::selectedEventChanged);
    QSignalSpy actors(m_state.get(), &ViewState::selectedActorChanged);
    QSignalSpy relations(m_state.get(), &ViewState::selectedRelationChanged);
    m_view->setFocus();

    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(events.size(), 1);
    QCOMPARE(m_state->selectedEvent(), ItemId(0));
    QCOMPARE(actors.size(), 0);
    QCOMPARE(relations.size(), 0);

    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(actors.size(), 1);
    QCOMPARE(actors.first().at(0).value<ItemId>(), ItemId(0));
    QCOMPARE(relations.size(), 1);
    QCOMPARE(m_state->selectedRelation(), ItemId(0));
    QVERIFY(!m_view->canvas().highlight().isActive());
    QVERIFY(m_view->canvas().relationBand().isEmpty());

    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(events.size() + actors.size() + relations.size(), 3);
}

// The Kim–Trump summits, June 2018 to June 2019: a band between the dates,
// the first and last summits ringed, and everyone else's events dimmed. (The
// window keeps the DMZ meeting apart from Xi's visit ten days before it.)
void tst_TimelineView::relationShowsItsSpanAndTheEventsAtItsEnds()
{
    const Relation *summits = relationLabelled(QStringLiteral("Kim–Trump summits"));
    QVERIFY(summits && summits->beginEventId != 0 && summits->endEventId != 0);
    showWithoutEras();
    m_view->showWindow(at("2018"), at("2020"), false);
    const TimeScale &scale = m_view->scale();
    const QRgb base = m_view->palette().color(QPalette::Base).rgb();
    QVERIFY(m_view->canvas().relationBand().isEmpty());

    m_state->setSelectedRelation(summits->id);
    const QRectF band = m_view->canvas().relationBand();
    QVERIFY(std::abs(band.left() - scale.xForTime(at("12 Jun 2018"))) <= 1);
    QVERIFY(std::abs(band.right() - scale.xForTime(at("1 Jul 2019"))) <= 1);
    QCOMPARE(band.top(), m_view->canvas().focusBanner().bottom());
    QCOMPARE(band.bottom(), double(m_view->viewport()->height()));
    QVERIFY(m_view->canvas().focusCaption().contains(QStringLiteral("Kim–Trump summits")));
    const QImage after = frame();

    // The empty background inside the band is tinted; outside it, nothing is
    // (between the banner and the band's label at the bottom).
    const int top = int(band.top()) + 2;
    const int bottom = after.height() - 40;
    const QRgb tint = commonest(after, int(band.center().x()), top, bottom);
    const QRgb accent = m_view->palette().color(QPalette::Highlight).rgb();
    QVERIFY(difference(tint, base) > 20);
    QVERIFY(difference(tint, accent) < difference(base, accent));
    for (const int x : {int(band.left()) - 40, int(band.right()) + 40}) {
        QCOMPARE(commonest(after, x, top, bottom), base);
        for (int y = top; y < bottom; ++y)
            QVERIFY(after.pixel(x, y) != tint);
    }

    // The summits that began and ended it are ringed and at full strength;
    // nothing else is ringed.
    const TimelineScene scene = m_view->canvas().scene();
    int ringed = 0;
    for (const auto &item : scene.items) {
        const ItemId id = m_view->canvas().index()->id(item.row);
        const bool end = id == summits->beginEventId || id == summits->endEventId;
        QCOMPARE(item.emphasised, end);
        QCOMPARE(m_view->canvas().isEmphasised(id), end);
        if (item.bar)
            continue;
        // Dark pixels just outside the marker, above and below it, where a ring passes.
        bool above = false;
        bool below = false;
        for (int dy = 8; dy <= 12; ++dy) {
            above = above || qGray(after.pixel(QPointF(item.x1, item.y - dy).toPoint())) < 110;
            below = below || qGray(after.pixel(QPointF(item.x1, item.y + dy).toPoint())) < 110;
        }
        QCOMPARE(above && below, end);
        if (end) {
            QVERIFY(!item.dimmed);
            ++ringed;
        }
    }
    QCOMPARE(ringed, 2);

    // The two actors' events are highlighted, everyone else's dimmed.
    QVERIFY(!m_view->canvas().isDimmed(eventTitled(QStringLiteral("Hanoi summit"))));
    int dimmed = 0;
    for (const auto &item : scene.items) {
        const ItemId id = m_view->canvas().index()->id(item.row);
        const bool theirs = involves(id, summits->sourceId) || involves(id, summits->targetId);
        QCOMPARE(item.dimmed, !theirs);
        dimmed += item.dimmed;
    }
    QVERIFY(dimmed > 0);
}

void tst_TimelineView::relationBandFadesWhereItsDateIsCoarse_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("soft");
    QTest::newRow("known to the day: a sharp start") << QStringLiteral("Korean War") << false;
    QTest::newRow("known to the year: fades in across it") << QStringLiteral("Sino-Soviet split") << true;
}

void tst_TimelineView::relationBandFadesWhereItsDateIsCoarse()
{
    QFETCH(QString, label);
    QFETCH(bool, soft);
    const Relation *relation = relationLabelled(label);
    QVERIFY(relation);
    showWithoutEras();
    m_view->showWindow(at("1945"), at("1995"), false);
    const QRgb base = m_view->palette().color(QPalette::Base).rgb();
    m_state->setSelectedRelation(relation->id);
    const QImage after = frame();
    const QRectF band = m_view->canvas().relationBand();
    const double x1 = m_view->scale().xForTime(relation->when.start.seconds());
    QVERIFY(x1 + 60 < band.right());
    // The background of a column 4 px into the band against one 60 px in.
    const int top = int(band.top()) + 2;
    const int bottom = after.height() - 40;
    const int edge = difference(commonest(after, int(x1) + 4, top, bottom), base);
    const int middle = difference(commonest(after, int(x1) + 60, top, bottom), base);
    QVERIFY(middle > 20);
    if (soft)
        QVERIFY2(edge < middle / 2, qPrintable(QStringLiteral("%1 vs %2").arg(edge).arg(middle)));
    else
        QCOMPARE(edge, middle);
}

void tst_TimelineView::zoomToSelectionFitsTheRelationOrTheActor()
{
    m_view->setFocus();
    const Relation *split = relationLabelled(QStringLiteral("Sino-Soviet split"));
    QVERIFY(split);
    m_state->setSelectedRelation(split->id);
    QTest::keyClick(m_view.get(), Qt::Key_Z);
    const qint64 from = at("1960");
    const qint64 to = at("1 Jun 1989"); // the end of May 1989, the end's month
    QVERIFY(m_view->scale().start() <= from && m_view->scale().end() >= to);
    QVERIFY(m_view->scale().span() < 1.2 * double(to - from));

    m_state->setSelectedRelation(0);
    const ItemId kim = actorNamed(QStringLiteral("Kim Jong-il"));
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const Event &event : m_atlas->data().events) {
        if (!involves(event.id, kim))
            continue;
        first = std::min(first, event.when.start.seconds());
        last = std::max(last, event.when.endExclusive().value_or(event.when.start.periodEnd()));
    }
    QVERIFY(first < last);
    m_state->setSelectedActor(kim);
    QTest::keyClick(m_view.get(), Qt::Key_Z);
    QVERIFY(m_view->scale().start() <= first && m_view->scale().end() >= last);
    QVERIFY(m_view->scale().span() < 1.2 * double(last - first));

    // A selected event still comes first.
    const ItemId death = eventTitled(QStringLiteral("Death of Kim Il-sung"));
    m_state->setSelectedEvent(death);
    QTest::keyClick(m_view.get(), Qt::Key_Z);
    QVERIFY(m_view->scale().span() < 0.5 * double(last - first));
}

void tst_TimelineView::doubleClickOnEmptySpaceAsksForAnEvent_data()
{
    QTest::addColumn<double>("yearsShown"); // around the Hanoi summit
    QTest::addColumn<Precision>("precision");

    // The finest period at least 8 px wide, for a view about 1,200 px wide.
    QTest::newRow("ten days: a day is 120 px") << 10 / 365.2425 << Precision::Day;
    QTest::newRow("two years: a month is 50 px") << 2.0 << Precision::Month;
    QTest::newRow("fifty years: a year is 24 px") << 50.0 << Precision::Year;
    QTest::newRow("five centuries: a decade is 24 px") << 500.0 << Precision::Decade;
    QTest::newRow("five millennia: a century is 24 px") << 5000.0 << Precision::Century;
    QTest::newRow("50,000 years: a millennium is 24 px") << 50'000.0 << Precision::ThousandYears;
    QTest::newRow("50 million years") << 50e6 << Precision::MillionYears;
    QTest::newRow("5 billion years") << 5e9 << Precision::BillionYears;
}

void tst_TimelineView::doubleClickOnEmptySpaceAsksForAnEvent()
{
    QFETCH(double, yearsShown);
    QFETCH(Precision, precision);

    // The rule itself, at its edge: a day exactly 8 px wide is still a day.
    QCOMPARE(TimelineView::pointingPrecision(86400.0 / 8), Precision::Day);
    QCOMPARE(TimelineView::pointingPrecision(86400.0 / 7.9), Precision::Month);

    const ItemId hanoi = eventTitled(QStringLiteral("Hanoi summit"));
    const qint64 middle = at("28 Feb 2019");
    const double half = yearsShown * 365.2425 * 86400 / 2;
    m_view->showWindow(middle - qint64(half), middle + qint64(half), false);
    QCOMPARE(TimelineView::pointingPrecision(m_view->scale().secondsPerPixel()), precision);

    QSignalSpy created(m_view.get(), &TimelineView::createRequested);
    QSignalSpy activated(m_view.get(), &TimelineView::eventActivated);
    QWidget *viewport = m_view->viewport();
    const TimelineScene scene = m_view->canvas().scene();

    // Somewhere empty in the lanes, right of the lane names.
    std::optional<QPoint> empty;
    for (int y = int(m_view->canvas().contentTop()) + 8; y < viewport->height() && !empty; y += 7) {
        for (int x = int(m_view->canvas().laneHeaderWidth()) + 10; x < viewport->width() - 10 && !empty; x += 13) {
            if (m_view->isEmptySpace(QPoint(x, y)))
                empty = QPoint(x, y);
        }
    }
    QVERIFY(empty);
    const qint64 pointed = m_view->scale().timeForX(empty->x());
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, *empty);
    QCOMPARE(created.size(), 1);
    QCOMPARE(activated.size(), 0);
    const auto when = created.first().first().value<HistoricalDate>();
    QVERIFY(when.isValid());
    QCOMPARE(when.precision(), precision);
    QVERIFY2(when.seconds() <= pointed && pointed < when.periodEnd(), qPrintable(when.toDisplayString()));

    // Not on the axis, nor on a lane's name.
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, QPoint(empty->x(), int(m_view->canvas().axisHeight()) / 2));
    QVERIFY(!scene.lanes.isEmpty());
    const auto lane = std::find_if(scene.lanes.begin(), scene.lanes.end(), [this](const auto &band) {
        return band.top >= m_view->canvas().contentTop();
    });
    QVERIFY(lane != scene.lanes.end());
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, QPointF(6, lane->top + 6).toPoint());
    QCOMPARE(created.size(), 1);
    // Nor on the legend, which actor lanes show.
    const LaneMode mode = m_view->laneMode();
    m_view->setLaneMode(LaneMode::Actor);
    m_view->setLegendVisible(true);
    const QRectF legend = m_view->canvas().legendRect();
    QVERIFY(!legend.isEmpty());
    QVERIFY(!m_view->isEmptySpace(legend.center()));
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, legend.center().toPoint());
    QCOMPARE(created.size(), 1);
    m_view->setLaneMode(mode);

    // An event, where it is drawn on its own, still opens its details.
    const QPoint onEvent = positionOfEvent(hanoi);
    if (precision == Precision::Day)
        QVERIFY(onEvent.x() >= 0); // ten days around it: it stands alone
    if (onEvent.x() >= 0) {
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, onEvent);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(), hanoi);
        QCOMPARE(created.size(), 1);
    }
}

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
