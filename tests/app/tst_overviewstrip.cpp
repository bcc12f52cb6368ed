// SPDX-License-Identifier: GPL-3.0-or-later
// The overview strip steering a real timeline through one ViewState, driven
// by mouse, wheel and keys offscreen, and followed back when the timeline moves.
#include "palette_testing.h"
#include "atlas.h"
#include "historicaldate.h"
#include "overviewstrip.h"
#include "timelineview.h"
#include "timescale.h"
#include "viewstate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <memory>

using namespace Annals;
using namespace PaletteTesting;

namespace {

qint64 at(const char *text)
{
    return DateParser::parse(QString::fromLatin1(text)).date.seconds();
}

} // namespace

class tst_OverviewStrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void histogramCoversTheAtlasAndIsDrawn();
    void draggingTheRectangleMovesTheTimelineAndBack();
    void draggingAnEdgeMovesOnlyThatEdge_data();
    void draggingAnEdgeMovesOnlyThatEdge();
    void anEdgeStopsAnHourShortOfTheOther();
    void pressingOutsideCentresTheWindowAndDrags();
    void wheelZoomsAroundThePointer_data();
    void wheelZoomsAroundThePointer();
    void doubleClickShowsTheWholeAtlas();
    void keysSteerTheWindow_data();
    void keysSteerTheWindow();
    void cursorLineFollowsTheViewState();
    void tooltipNamesTheCountUnderThePointer();
    void deepTimeAtlasSpeaksInYearsAgo();
    void fontScaleGrowsTheStrip();
    void followsThePalette_data();
    void followsThePalette();
    void fontScaleGrowsTheLabels();
    void withoutAnAtlasNothingMoves();

private:
    double stripPixelSeconds() const;
    void wheel(const QPoint &position, int delta);
    QImage frame();

    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<ViewState> m_state;
    std::unique_ptr<TimelineView> m_view;
    std::unique_ptr<OverviewStrip> m_strip;
    qint64 m_from = 0;
    qint64 m_to = 0;
};

void tst_OverviewStrip::initTestCase()
{
    QString error;
    m_atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_atlas, qPrintable(error));
}

void tst_OverviewStrip::init()
{
    m_state = std::make_unique<ViewState>();
    m_view = std::make_unique<TimelineView>();
    m_view->setViewState(m_state.get());
    m_view->setAnimated(false);
    m_view->resize(1200, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setAtlas(&m_atlas->data(), m_atlas->eventIndex());

    std::tie(m_from, m_to) = m_view->canvas().dataRange();
    m_strip = std::make_unique<OverviewStrip>();
    m_strip->setViewState(m_state.get());
    m_strip->setAtlas(m_atlas->eventIndex(), m_from, m_to);
    m_strip->resize(1200, m_strip->sizeHint().height());
    m_strip->move(0, 650);
    m_strip->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_strip.get()));
    // A decade in the middle of the atlas, so that the rectangle has room
    // on both sides.
    m_view->showWindow(at("1960"), at("1970"), false);
}

void tst_OverviewStrip::cleanup()
{
    m_strip.reset();
    m_view.reset();
    m_state.reset();
}

double tst_OverviewStrip::stripPixelSeconds() const
{
    return double(m_to - m_from) / m_strip->plotArea().width();
}

void tst_OverviewStrip::wheel(const QPoint &position, int delta)
{
    QWheelEvent event(position, m_strip->mapToGlobal(position), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_strip.get(), &event);
}

QImage tst_OverviewStrip::frame()
{
    QImage image(m_strip->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    m_strip->render(painter, image.rect());
    return image;
}

void tst_OverviewStrip::histogramCoversTheAtlasAndIsDrawn()
{
    const EventHistogram &histogram = m_strip->histogram();
    QCOMPARE(histogram.from(), m_from);
    QCOMPARE(histogram.to(), m_to);
    QCOMPARE(histogram.size(), EventHistogram::binCountFor(m_strip->plotArea().width()));
    QCOMPARE(histogram.before() + histogram.after(), quint64(0));
    quint64 sum = 0;
    int fullest = 0;
    for (int bin = 0; bin < histogram.size(); ++bin) {
        sum += histogram.count(bin);
        if (histogram.count(bin) > histogram.count(fullest))
            fullest = bin;
    }
    QCOMPARE(sum, quint64(m_atlas->eventIndex()->size()));

    // The fullest bar stands on the plot's floor, and an empty bin shows
    // the background there: the chart really drew the counts.
    const QRectF plot = m_strip->plotArea();
    const QRgb base = m_strip->palette().color(QPalette::Base).rgb();
    // Keep the window away from the bins looked at (it tints them).
    m_state->setWindow(m_from, m_from + 3600);
    const QImage away = frame();
    auto awayPixel = [&](int bin) {
        const double x = m_strip->xForTime(histogram.binStart(bin) / 2 + histogram.binEnd(bin) / 2);
        return away.pixel(qRound(x), qRound(plot.bottom() - 3));
    };
    QVERIFY(awayPixel(fullest) != base);
    int empty = -1;
    for (int bin = 2; bin < histogram.size() - 2 && empty < 0; ++bin) {
        if (histogram.count(bin - 1) == 0 && histogram.count(bin) == 0 && histogram.count(bin + 1) == 0)
            empty = bin;
    }
    if (empty >= 0)
        QCOMPARE(awayPixel(empty), base);
}

void tst_OverviewStrip::draggingTheRectangleMovesTheTimelineAndBack()
{
    const QRectF before = m_strip->windowRect();
    QVERIFY(before.width() > 10);
    const QPoint grip = before.center().toPoint();
    QTest::mousePress(m_strip.get(), Qt::LeftButton, {}, grip);
    for (int dx = 10; dx <= 80; dx += 10)
        QTest::mouseMove(m_strip.get(), grip + QPoint(dx, 0));
    QTest::mouseRelease(m_strip.get(), Qt::LeftButton, {}, grip + QPoint(80, 0));

    const QRectF after = m_strip->windowRect();
    QVERIFY2(std::abs(after.left() - (before.left() + 80)) <= 1.0, qPrintable(QString::number(after.left())));
    QVERIFY(std::abs(after.width() - before.width()) <= 1.0);
    // The timeline shows what the rectangle covers, to a strip pixel.
    const double pixel = stripPixelSeconds();
    QVERIFY(std::abs(double(m_view->scale().start() - m_strip->timeForX(after.left()))) <= pixel);
    QVERIFY(std::abs(double(m_view->scale().end() - m_strip->timeForX(after.right()))) <= pixel);

    // And back: zooming the timeline moves the rectangle.
    m_view->zoomBy(2.0, 300);
    const QRectF zoomed = m_strip->windowRect();
    QVERIFY(std::abs(zoomed.left() - m_strip->xForTime(m_view->scale().start())) <= 1.0);
    QVERIFY(std::abs(zoomed.right() - m_strip->xForTime(m_view->scale().end())) <= 1.0);
    QVERIFY(std::abs(zoomed.width() - after.width() / 2) <= 1.0);
    m_view->zoomBy(0.25, 900);
    const QRectF wider = m_strip->windowRect();
    QVERIFY(std::abs(wider.left() - m_strip->xForTime(m_view->scale().start())) <= 1.0);
    QVERIFY(std::abs(wider.right() - m_strip->xForTime(m_view->scale().end())) <= 1.0);
}

void tst_OverviewStrip::draggingAnEdgeMovesOnlyThatEdge_data()
{
    QTest::addColumn<bool>("leftEdge");
    QTest::addColumn<int>("dx");
    QTest::newRow("left edge outwards") << true << -60;
    QTest::newRow("left edge inwards") << true << 15;
    QTest::newRow("right edge outwards") << false << 70;
    QTest::newRow("right edge inwards") << false << -15;
}

void tst_OverviewStrip::draggingAnEdgeMovesOnlyThatEdge()
{
    QFETCH(bool, leftEdge);
    QFETCH(int, dx);
    const QRectF before = m_strip->windowRect();
    // Just inside the edge: within reach of it, not of the middle.
    const QPoint grip(qRound(leftEdge ? before.left() + 2 : before.right() - 2), qRound(before.center().y()));
    // Qt drops a move to where the pointer already is, as it may be after
    // the row before: come from elsewhere.
    QTest::mouseMove(m_strip.get(), QPoint(1, 1));
    QTest::mouseMove(m_strip.get(), grip);
    QCOMPARE(m_strip->cursor().shape(), Qt::SizeHorCursor);
    QTest::mousePress(m_strip.get(), Qt::LeftButton, {}, grip);
    QTest::mouseMove(m_strip.get(), grip + QPoint(dx / 2, 0));
    QTest::mouseMove(m_strip.get(), grip + QPoint(dx, 0));
    QTest::mouseRelease(m_strip.get(), Qt::LeftButton, {}, grip + QPoint(dx, 0));

    const QRectF after = m_strip->windowRect();
    const double moved = leftEdge ? after.left() - before.left() : after.right() - before.right();
    const double stayed = leftEdge ? after.right() - before.right() : after.left() - before.left();
    QVERIFY2(std::abs(moved - dx) <= 1.0, qPrintable(QString::number(moved)));
    QVERIFY2(std::abs(stayed) <= 1.0, qPrintable(QString::number(stayed)));
    QVERIFY(std::abs(m_strip->xForTime(m_view->scale().start()) - after.left()) <= 1.0);
    QVERIFY(std::abs(m_strip->xForTime(m_view->scale().end()) - after.right()) <= 1.0);
}

void tst_OverviewStrip::anEdgeStopsAnHourShortOfTheOther()
{
    const QRectF before = m_strip->windowRect();
    const qint64 end = m_state->windowEnd();
    const QPoint grip(qRound(before.left() + 1), qRound(before.center().y()));
    QTest::mousePress(m_strip.get(), Qt::LeftButton, {}, grip);
    // Far past the other edge: the window narrows to its least and never turns over.
    QTest::mouseMove(m_strip.get(), grip + QPoint(200, 0));
    QTest::mouseMove(m_strip.get(), grip + QPoint(400, 0));
    QTest::mouseRelease(m_strip.get(), Qt::LeftButton, {}, grip + QPoint(400, 0));
    QCOMPARE(m_state->windowEnd(), end);
    QCOMPARE(m_state->windowEnd() - m_state->windowStart(), qint64(TimeScale::minimumSpan));
    QVERIFY(m_view->scale().span() >= TimeScale::minimumSpan);
    QVERIFY(m_view->scale().start() < m_view->scale().end());
}

void tst_OverviewStrip::pressingOutsideCentresTheWindowAndDrags()
{
    const QRectF before = m_strip->windowRect();
    const qint64 span = m_state->windowEnd() - m_state->windowStart();
    // Halfway from the rectangle to the plot's right end: room on both sides.
    const QRectF plot = m_strip->plotArea();
    const QPoint press(qRound((before.right() + plot.right()) / 2), qRound(before.center().y()));
    QVERIFY(press.x() - before.width() / 2 > before.right() + 5 && press.x() + 40 + before.width() / 2 < plot.right());
    QTest::mousePress(m_strip.get(), Qt::LeftButton, {}, press);
    QVERIFY2(std::abs(m_strip->windowRect().center().x() - press.x()) <= 1.0,
             qPrintable(QStringLiteral("%1 %2").arg(m_strip->windowRect().center().x()).arg(press.x())));
    QCOMPARE(m_state->windowEnd() - m_state->windowStart(), span);
    // The same press keeps dragging the window it centred.
    QTest::mouseMove(m_strip.get(), press + QPoint(20, 0));
    QTest::mouseMove(m_strip.get(), press + QPoint(40, 0));
    QTest::mouseRelease(m_strip.get(), Qt::LeftButton, {}, press + QPoint(40, 0));
    QVERIFY(std::abs(m_strip->windowRect().center().x() - (press.x() + 40)) <= 1.0);
    QCOMPARE(m_state->windowEnd() - m_state->windowStart(), span);
    QVERIFY(std::abs(m_strip->xForTime(m_view->scale().start()) - m_strip->windowRect().left()) <= 1.0);
}

void tst_OverviewStrip::wheelZoomsAroundThePointer_data()
{
    QTest::addColumn<double>("where"); // across the rectangle, 0 to 1
    QTest::addColumn<int>("delta");
    QTest::newRow("in, left third") << 0.3 << 120;
    QTest::newRow("in, three notches") << 0.8 << 360;
    QTest::newRow("out, middle") << 0.5 << -120;
    QTest::newRow("out, near the end") << 0.9 << -240;
}

void tst_OverviewStrip::wheelZoomsAroundThePointer()
{
    QFETCH(double, where);
    QFETCH(int, delta);
    const QRectF before = m_strip->windowRect();
    const QPoint pointer(qRound(before.left() + where * before.width()), qRound(before.center().y()));
    const qint64 under = m_strip->timeForX(pointer.x());
    const double xOnTimeline = m_view->scale().xForTime(under);
    const double span = double(m_state->windowEnd() - m_state->windowStart());
    wheel(pointer, delta);
    const double expected = span / std::pow(2.0, delta / 480.0);
    const double spanAfter = double(m_state->windowEnd() - m_state->windowStart());
    QVERIFY2(std::abs(spanAfter - expected) / expected < 1e-6, qPrintable(QString::number(spanAfter / span)));
    // On the timeline the time that was under the pointer stays put.
    QVERIFY2(std::abs(m_view->scale().xForTime(under) - xOnTimeline) <= 1.0,
             qPrintable(QStringLiteral("%1 -> %2").arg(xOnTimeline).arg(m_view->scale().xForTime(under))));
    // And on the strip it keeps its place in the rectangle.
    const QRectF after = m_strip->windowRect();
    QVERIFY(std::abs(after.left() + where * after.width() - pointer.x()) <= 1.0);
}

void tst_OverviewStrip::doubleClickShowsTheWholeAtlas()
{
    QTest::mouseDClick(m_strip.get(), Qt::LeftButton, {}, m_strip->windowRect().center().toPoint() + QPoint(300, 0));
    QCOMPARE(m_state->windowStart(), m_from);
    QCOMPARE(m_state->windowEnd(), m_to);
    const QRectF plot = m_strip->plotArea();
    QVERIFY(std::abs(m_strip->windowRect().left() - plot.left()) <= 1.0);
    QVERIFY(std::abs(m_strip->windowRect().right() - plot.right()) <= 1.0);
    QVERIFY(std::abs(double(m_view->scale().start() - m_from)) <= stripPixelSeconds());
    QVERIFY(std::abs(double(m_view->scale().end() - m_to)) <= stripPixelSeconds());
}

void tst_OverviewStrip::keysSteerTheWindow_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<double>("startShift"); // in spans
    QTest::addColumn<double>("spanRatio");
    QTest::newRow("Left") << int(Qt::Key_Left) << -0.1 << 1.0;
    QTest::newRow("Right") << int(Qt::Key_Right) << 0.1 << 1.0;
    QTest::newRow("+") << int(Qt::Key_Plus) << 0.1 << 0.8;   // a fifth less, about the middle
    QTest::newRow("-") << int(Qt::Key_Minus) << -0.125 << 1.25;
}

void tst_OverviewStrip::keysSteerTheWindow()
{
    QFETCH(int, key);
    QFETCH(double, startShift);
    QFETCH(double, spanRatio);
    m_strip->setFocus();
    QVERIFY(m_strip->focusPolicy() & Qt::TabFocus);
    const qint64 start = m_state->windowStart();
    const double span = double(m_state->windowEnd() - start);
    QTest::keyClick(m_strip.get(), Qt::Key(key));
    const double spanAfter = double(m_state->windowEnd() - m_state->windowStart());
    QVERIFY2(std::abs(spanAfter / span - spanRatio) < 1e-6, qPrintable(QString::number(spanAfter / span)));
    QVERIFY2(std::abs(double(m_state->windowStart() - start) / span - startShift) < 1e-6,
             qPrintable(QString::number(double(m_state->windowStart() - start) / span)));
    QVERIFY(std::abs(m_strip->xForTime(m_view->scale().start()) - m_strip->windowRect().left()) <= 1.0);
}

void tst_OverviewStrip::cursorLineFollowsTheViewState()
{
    const QRectF plot = m_strip->plotArea();
    const QRgb text = m_strip->palette().color(QPalette::Text).rgb();
    const int y = qRound(plot.top() + 2);
    auto lineNear = [&](const QImage &image, double x) {
        for (int column = qFloor(x) - 1; column <= qCeil(x) + 1; ++column) {
            if (image.pixel(column, y) == text)
                return true;
        }
        return false;
    };
    // Both times far from the rectangle, which would tint the line's column.
    const qint64 early = m_from + (m_to - m_from) / 10;
    const qint64 late = m_from + (m_to - m_from) * 9 / 10;
    m_state->setWindow(at("1960"), at("1961"));
    m_state->setCursor(early);
    QImage image = frame();
    QVERIFY(lineNear(image, m_strip->xForTime(early)));
    QVERIFY(!lineNear(image, m_strip->xForTime(late)));
    m_state->setCursor(late);
    image = frame();
    QVERIFY(lineNear(image, m_strip->xForTime(late)));
    QVERIFY(!lineNear(image, m_strip->xForTime(early)));
}

void tst_OverviewStrip::tooltipNamesTheCountUnderThePointer()
{
    const EventHistogram &histogram = m_strip->histogram();
    // The fullest bin, and a bin with another count, so that a tooltip that
    // named the wrong bin would show.
    int fullest = 0;
    for (int bin = 0; bin < histogram.size(); ++bin) {
        if (histogram.count(bin) > histogram.count(fullest))
            fullest = bin;
    }
    const QRectF plot = m_strip->plotArea();
    for (const int bin : {fullest, fullest > 0 ? fullest - 1 : fullest + 1}) {
        const qint64 middle = histogram.binStart(bin) + (histogram.binEnd(bin) - histogram.binStart(bin)) / 2;
        const QPoint position(qRound(m_strip->xForTime(middle)), qRound(plot.center().y()));
        QCOMPARE(histogram.binAt(m_strip->timeForX(position.x())), bin);
        const QString text = m_strip->toolTipAt(position);
        // "4 events begin", or "4 event(s) begin" where no translation is loaded.
        const QRegularExpression count(QStringLiteral("(^|\\D)%1 event").arg(histogram.count(bin)));
        QVERIFY2(count.match(text).hasMatch(), qPrintable(text));
        // The slice in words: it names the year the bin starts in.
        const QString year = HistoricalDate(histogram.binStart(bin), Precision::Year).toDisplayString();
        QVERIFY2(text.contains(year), qPrintable(text + QLatin1String(" / ") + year));
        QVERIFY(text.contains(QLatin1String("drag"), Qt::CaseInsensitive));

        QHelpEvent help(QEvent::ToolTip, position, m_strip->mapToGlobal(position));
        QApplication::sendEvent(m_strip.get(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), text);
    }
}

void tst_OverviewStrip::deepTimeAtlasSpeaksInYearsAgo()
{
    AtlasData data;
    for (int i = 0; i < 300; ++i) {
        Event event;
        event.id = i + 1;
        event.title = QStringLiteral("Event %1").arg(i + 1);
        event.when.start = HistoricalDate::fromYearsAgo(1'000'000 + qint64(i) * 200'000, Precision::ThousandYears);
        data.events.append(event);
    }
    auto index = std::make_shared<const EventIndex>(EventIndex::fromAtlas(data));
    OverviewStrip strip;
    ViewState state;
    strip.setViewState(&state);
    strip.setAtlas(index, index->earliest(), index->latest());
    strip.resize(1000, strip.sizeHint().height());
    state.setWindow(index->earliest(), index->earliest() + (index->latest() - index->earliest()) / 4);
    QImage image(strip.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    strip.render(painter, image.rect());
    quint64 sum = 0;
    for (int bin = 0; bin < strip.histogram().size(); ++bin)
        sum += strip.histogram().count(bin);
    QCOMPARE(sum, quint64(300));
    const QRectF plot = strip.plotArea();
    const QString text = strip.toolTipAt(QPoint(qRound(plot.center().x()), qRound(plot.center().y())));
    QVERIFY2(text.contains(QLatin1String("million years ago")), qPrintable(text));
    QVERIFY(std::abs(strip.windowRect().width() - plot.width() / 4) <= 1.0);
}

void tst_OverviewStrip::fontScaleGrowsTheStrip()
{
    const QSize before = m_strip->sizeHint();
    const double line = QFontMetricsF(m_strip->font()).height();
    QVERIFY(before.height() >= qRound(line * 4) && before.height() <= qRound(line * 5));
    m_strip->setFontScale(2.0);
    const QSize after = m_strip->sizeHint();
    QVERIFY2(after.height() >= before.height() * 1.7, qPrintable(QStringLiteral("%1 -> %2").arg(before.height()).arg(after.height())));
    QVERIFY(m_strip->minimumSizeHint().height() > before.height());
    m_strip->setFontScale(1.0);
    QCOMPARE(m_strip->sizeHint(), before);
}

void tst_OverviewStrip::followsThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_OverviewStrip::followsThePalette()
{
    QFETCH(bool, dark);
    // Sent to a strip already showing, as a theme switch at run time does.
    if (dark)
        m_strip->setPalette(darkPalette());
    const QImage image = frame();
    const int backgroundLike = backgroundLikePixels(image, dark);
    QVERIFY2(backgroundLike > image.width() * image.height() / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(backgroundLike).arg(image.width() * image.height())));
    // The years under the plot stand out from the background.
    const QRectF plot = m_strip->plotArea();
    int extreme = dark ? 0 : 255;
    for (int y = int(plot.bottom()) + 3; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int lightness = image.pixelColor(x, y).lightness();
            extreme = dark ? std::max(extreme, lightness) : std::min(extreme, lightness);
        }
    }
    QVERIFY2(dark ? extreme > 180 : extreme < 90, qPrintable(QString::number(extreme)));
    // So do the bars (outside the window, which a highlight tints).
    const QRectF window = m_strip->windowRect();
    const int background = m_strip->palette().color(QPalette::Base).lightness();
    int barInk = 0;
    for (int y = int(plot.top()); y < int(plot.bottom()); ++y) {
        for (int x = int(plot.left()); x < int(window.left()) - 2; ++x) {
            if (std::abs(image.pixelColor(x, y).lightness() - background) > 40)
                ++barInk;
        }
    }
    QVERIFY2(barInk > 50, qPrintable(QString::number(barInk)));
}

void tst_OverviewStrip::fontScaleGrowsTheLabels()
{
    auto labelRows = [this] {
        const QImage image = frame();
        const QColor background = m_strip->palette().color(QPalette::Base);
        int rows = 0;
        for (int y = int(m_strip->plotArea().bottom()) + 3; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (std::abs(image.pixelColor(x, y).lightness() - background.lightness()) > 100) {
                    ++rows;
                    break;
                }
            }
        }
        return rows;
    };
    const int before = labelRows();
    QVERIFY(before > 4);
    m_strip->setFontScale(2.0);
    m_strip->resize(1200, m_strip->sizeHint().height());
    const int after = labelRows();
    QVERIFY2(after >= before * 16 / 10, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    m_strip->setFontScale(1.0);
}

void tst_OverviewStrip::withoutAnAtlasNothingMoves()
{
    OverviewStrip strip;
    ViewState state;
    strip.setViewState(&state);
    strip.resize(800, strip.sizeHint().height());
    state.setWindow(at("1950"), at("1960"));
    QTest::mousePress(&strip, Qt::LeftButton, {}, QPoint(400, 20));
    QTest::mouseRelease(&strip, Qt::LeftButton, {}, QPoint(400, 20));
    QTest::keyClick(&strip, Qt::Key_Right);
    QCOMPARE(state.windowStart(), at("1950"));
    QVERIFY(strip.histogram().isEmpty());
    QVERIFY(strip.windowRect().isNull());
    QVERIFY(strip.toolTipAt(QPoint(400, 20)).isEmpty());
    strip.setAtlas(nullptr, at("1900"), at("2000"));
    QVERIFY(strip.histogram().isEmpty());
    QImage image(strip.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    strip.render(painter, image.rect()); // an empty strip, and no crash
}

QTEST_MAIN(tst_OverviewStrip)
#include "tst_overviewstrip.moc"
