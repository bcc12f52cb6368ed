// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette_testing.h"
#include "atlas.h"
#include "historicaldate.h"
#include "serieslane.h"
#include "timescale.h"

#include <QApplication>
#include <QDebug>
#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <QToolTip>

#include <cmath>
#include <memory>

using namespace Annals;
using namespace PaletteTesting;

namespace {

qint64 yearStart(qint64 year)
{
    CivilDateTime civil;
    civil.year = year;
    return secondsFromCivil(civil);
}

QString describe(const TimeScale &scale)
{
    QString text;
    QDebug(&text) << scale;
    return text;
}

// A random walk of `count` points with bounds, one every `step` seconds.
Series walk(int count, qint64 first, qint64 step)
{
    QRandomGenerator random(42);
    Series series;
    series.id = 7;
    series.name = QStringLiteral("Walk");
    series.unit = QStringLiteral("steps");
    double value = 1000;
    for (int i = 0; i < count; ++i) {
        SeriesPoint point;
        point.id = i + 1;
        point.time = HistoricalDate(first + qint64(i) * step, Precision::Minute);
        value += random.generateDouble() * 10 - 5;
        point.value = value;
        point.low = value - random.generateDouble() * 8;
        point.high = value + random.generateDouble() * 8;
        series.points.append(point);
    }
    return series;
}

// The lane showing the sample warheads over 2004–2026, as in the main
// window: 1,200 px wide, 110 px tall.
void showSample(SeriesLane &lane, const AtlasData &data)
{
    lane.setSeries(&data, 1);
    lane.resize(1200, 110);
    lane.setScale(TimeScale::fitting(yearStart(2004), yearStart(2026), 1200, 0.0), 0);
}

QImage rendered(SeriesLane &lane)
{
    QImage image(lane.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    lane.render(painter, image.rect());
    return image;
}

// The line's blue (light or dark theme) in columns [left, right).
int blueIn(const QImage &image, int left, int right)
{
    int count = 0;
    for (int x = std::max(0, left); x < std::min(image.width(), right); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.blue() > 150 && colour.red() < 120 && colour.blue() - colour.red() > 80)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestSeriesLane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void alignsWithTheTimeline_data();
    void alignsWithTheTimeline();
    void toolTipCarriesValueUnitAndSource();
    void noToolTipAwayFromPoints();
    void hoverShowsTheToolTip();
    void headerNamesTheUnit();
    void valueAxisReadsFromZero();
    void drawsTheSeries();
    void hundredThousandPointsStayDownsampled();
    void unknownSeriesIsEmpty();
    void sampleSeriesHasOneGap();
    void gapIsDrawnDashedWithoutLineOrBand();
    void gapHasItsToolTip();
    void followsThePalette_data();
    void followsThePalette();
    void fontScaleGrowsTheText();

private:
    std::unique_ptr<Atlas> m_atlas;
};

void TestSeriesLane::initTestCase()
{
    QString error;
    m_atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_atlas, qPrintable(error));
    QVERIFY(!m_atlas->data().series.isEmpty());
}

void TestSeriesLane::alignsWithTheTimeline_data()
{
    QTest::addColumn<qint64>("origin");
    QTest::addColumn<double>("secondsPerPixel");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("plotLeft");
    QTest::addColumn<bool>("shown");

    // Seeded, so that a failure can be replayed.
    QRandomGenerator random(20240101);
    const double year = 365.2425 * 86'400;
    for (int i = 0; i < 20; ++i) {
        const int width = 200 + int(random.bounded(1720));
        const int plotLeft = int(random.bounded(240));
        qint64 origin = 0;
        double secondsPerPixel = 0;
        QString kind;
        switch (i % 4) {
        case 0: // modern, years to decades
            origin = yearStart(1900 + random.bounded(120));
            secondsPerPixel = year * std::pow(10.0, random.bounded(2.0)) / width;
            kind = QStringLiteral("modern");
            break;
        case 1: // BCE
            origin = yearStart(-3000 + random.bounded(2900));
            secondsPerPixel = year * std::pow(10.0, random.bounded(3.0)) / width;
            kind = QStringLiteral("BCE");
            break;
        case 2: // deep time, up to 4 billion years ago
            origin = yearStart(presentYearForYearsAgo - qint64(random.bounded(4e9)));
            secondsPerPixel = year * std::pow(10.0, 3 + random.bounded(6.0)) / width;
            kind = QStringLiteral("deep time");
            break;
        default: // a few hours across
            origin = yearStart(1960) + qint64(random.bounded(1e9));
            secondsPerPixel = 3600.0 * (1 + random.bounded(5.0)) / width;
            kind = QStringLiteral("hours");
            break;
        }
        QTest::addRow("%d %s", i, qPrintable(kind))
            << origin << secondsPerPixel << width << plotLeft << bool(i % 2);
    }
}

void TestSeriesLane::alignsWithTheTimeline()
{
    QFETCH(qint64, origin);
    QFETCH(double, secondsPerPixel);
    QFETCH(int, width);
    QFETCH(int, plotLeft);
    QFETCH(bool, shown);

    const TimeScale scale(origin, secondsPerPixel, width);
    SeriesLane lane;
    lane.setSeries(&m_atlas->data(), 1);
    lane.resize(plotLeft + width, 120);
    lane.setScale(scale, plotLeft);
    if (shown) {
        lane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lane));
    }
    const QString where = describe(scale);

    const QRectF plot = lane.plotArea();
    QVERIFY2(std::abs(plot.left() - plotLeft) < 0.5, qPrintable(where + QStringLiteral(" plotLeft %5 plot %1 %2 %3 %4").arg(plot.left()).arg(plot.top()).arg(plot.width()).arg(plot.height()).arg(plotLeft)));
    QVERIFY2(std::abs(plot.right() - (plotLeft + width)) < 0.5, qPrintable(where));
    QVERIFY(plot.height() > 0);

    QRandomGenerator random{quint32(origin)};
    for (int probe = 0; probe < 12; ++probe) {
        const qint64 t = scale.timeForX(random.bounded(double(width)));
        const double expected = plotLeft + scale.xForTime(t);
        const double actual = lane.xForTime(t);
        QVERIFY2(std::abs(actual - expected) <= 1.0,
                 qPrintable(QStringLiteral("%1: x %2, timeline %3").arg(where).arg(actual).arg(expected)));
    }
    // The edges of the view land on the edges of the plot.
    QVERIFY(std::abs(lane.xForTime(scale.start()) - plotLeft) <= 1.0);
    QVERIFY(std::abs(lane.xForTime(scale.end()) - (plotLeft + width)) <= 1.0);
}

void TestSeriesLane::toolTipCarriesValueUnitAndSource()
{
    SeriesLane lane;
    lane.setSeries(&m_atlas->data(), 1);
    lane.resize(1050, 140);
    lane.setScale(TimeScale::fitting(yearStart(2017), yearStart(2026), 1000), 50);
    const QRectF plot = lane.plotArea();
    const int x = int(std::lround(lane.xForTime(yearStart(2024))));
    const QString text = lane.toolTipAt(QPoint(x + 3, int(plot.center().y())));
    QVERIFY2(text.contains(QStringLiteral("50 warheads")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2024")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("estimates 50–90")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Source: SIPRI Yearbook 2024")), qPrintable(text));
    // Both sources cited for that point, not the series' own.
    QVERIFY2(text.contains(QStringLiteral("Nuclear Notebook: North Korean nuclear weapons, 2024")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("SIPRI Yearbook 2024: about 50 assembled")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("SIPRI Yearbook 2023")), qPrintable(text));
}

void TestSeriesLane::noToolTipAwayFromPoints()
{
    SeriesLane lane;
    lane.setSeries(&m_atlas->data(), 1);
    lane.resize(1050, 140);
    lane.setScale(TimeScale::fitting(yearStart(2004), yearStart(2026), 1000), 50);
    const QRectF plot = lane.plotArea();
    // Half-way between two yearly points: over 50 px from either.
    const double between = (lane.xForTime(yearStart(2020)) + lane.xForTime(yearStart(2021))) / 2;
    QVERIFY(lane.toolTipAt(QPoint(int(between), int(plot.center().y()))).isEmpty());
    // Before the first point.
    QVERIFY(lane.toolTipAt(QPoint(int(lane.xForTime(yearStart(2005))), int(plot.center().y()))).isEmpty());
    // On the point's date but far outside the plot vertically.
    QVERIFY(lane.toolTipAt(QPoint(int(lane.xForTime(yearStart(2024))), int(plot.bottom()) + 200)).isEmpty());
    // And on it: the same x finds it.
    QVERIFY(!lane.toolTipAt(QPoint(int(lane.xForTime(yearStart(2024))), int(plot.center().y()))).isEmpty());
}

void TestSeriesLane::hoverShowsTheToolTip()
{
    SeriesLane lane;
    lane.setSeries(&m_atlas->data(), 1);
    lane.resize(1050, 140);
    lane.setScale(TimeScale::fitting(yearStart(2004), yearStart(2026), 1000), 50);
    lane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lane));
    const QPoint at(int(std::lround(lane.xForTime(yearStart(2024)))), int(lane.plotArea().center().y()));
    QHelpEvent help(QEvent::ToolTip, at, lane.mapToGlobal(at));
    QVERIFY(QApplication::sendEvent(&lane, &help));
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("SIPRI Yearbook 2024")), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestSeriesLane::headerNamesTheUnit()
{
    SeriesLane lane;
    lane.setSeries(&m_atlas->data(), 1);
    QCOMPARE(lane.seriesName(), QStringLiteral("Estimated North Korean nuclear warheads"));
    const QStringList lines = lane.headerLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), lane.seriesName());
    QCOMPARE(lines.at(1), QStringLiteral("warheads"));
}

void TestSeriesLane::valueAxisReadsFromZero()
{
    SeriesLane lane;
    lane.setSeries(&m_atlas->data(), 1);
    lane.resize(1050, 160);
    lane.setScale(TimeScale::fitting(yearStart(2004), yearStart(2026), 1000), 50);
    const QList<double> ticks = lane.valueTicks();
    QVERIFY(ticks.size() >= 2);
    QCOMPARE(ticks.first(), 0.0);
    QVERIFY2(ticks.last() >= 90.0, qPrintable(QString::number(ticks.last())));
    QVERIFY(ticks.last() < 200.0);
}

void TestSeriesLane::drawsTheSeries()
{
    SeriesLane lane;
    lane.setSeries(&m_atlas->data(), 1);
    lane.resize(1050, 140);
    lane.setScale(TimeScale::fitting(yearStart(2004), yearStart(2026), 1000), 50);
    QImage image(lane.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    {
        QPainter painter(&image);
        lane.render(painter, image.rect());
    }
    // The line's blue along the years with points, and none where the
    // series has not begun.
    const int from = int(lane.xForTime(yearStart(2014)));
    const int to = int(lane.xForTime(yearStart(2025)));
    QVERIFY(blueIn(image, from, to) > 100);
    // (Right of the header's colour strip, which is drawn in the line's blue.)
    // The first estimate is of June 2006.
    QCOMPARE(blueIn(image, int(lane.xForTime(yearStart(2004))) + 10, int(lane.xForTime(yearStart(2006))) - 2), 0);
}

void TestSeriesLane::hundredThousandPointsStayDownsampled()
{
    AtlasData data;
    data.series << walk(100'000, yearStart(1900), 39'000);
    SeriesLane lane;
    lane.setSeries(&data, 7);
    lane.resize(1920, lane.sizeHint().height());
    const Series &series = data.series.first();
    lane.setScale(TimeScale::fitting(series.points.first().time.seconds(), series.points.last().time.seconds(), 1920),
                  0);
    QVERIFY(lane.frame().downsampled);
    QVERIFY(lane.frame().line.size() <= 4 * 1920 + 2);
    QVERIFY(lane.frame().line.size() > 1920);
    QImage image(lane.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    lane.render(painter, image.rect());
}

void TestSeriesLane::unknownSeriesIsEmpty()
{
    SeriesLane lane;
    lane.setSeries(&m_atlas->data(), 999);
    lane.resize(800, 100);
    lane.setScale(TimeScale::fitting(yearStart(2017), yearStart(2026), 800), 0);
    QVERIFY(lane.frame().line.empty());
    QVERIFY(lane.seriesName().isEmpty());
    QVERIFY(lane.toolTipAt(QPoint(400, 50)).isEmpty());
}

void TestSeriesLane::sampleSeriesHasOneGap()
{
    SeriesLane lane;
    showSample(lane, m_atlas->data());
    // June 2006, then nothing until 2013.
    QCOMPARE(lane.frame().gaps.size(), std::size_t(1));
    const QList<QLineF> stretches = lane.gapStretches();
    QCOMPARE(stretches.size(), 1);
    const QLineF stretch = stretches.first();
    QVERIFY2(std::abs(stretch.x1() - lane.xForTime(HistoricalDate::fromCivil([] {
                 CivilDateTime june;
                 june.year = 2006;
                 june.month = 6;
                 return june;
             }(), Precision::Month).seconds())) <= 1.0,
             qPrintable(QString::number(stretch.x1())));
    QVERIFY2(std::abs(stretch.x2() - lane.xForTime(yearStart(2013))) <= 1.0, qPrintable(QString::number(stretch.x2())));
    // Both ends inside the plot, at the values either side (8.5 and 7).
    const QRectF plot = lane.plotArea();
    QVERIFY(plot.contains(stretch.p1()) && plot.contains(stretch.p2()));
    QVERIFY(stretch.y1() < stretch.y2()); // 8.5 stands higher than 7

    // A view inside the gap is all gap: dashed from edge to edge.
    lane.setScale(TimeScale::fitting(yearStart(2008), yearStart(2012), 1200, 0.0), 0);
    QCOMPARE(lane.gapStretches().size(), 1);
    QVERIFY(lane.gapStretches().first().x1() <= plot.left());
    QVERIFY(lane.gapStretches().first().x2() >= plot.right());
    // From 2014 on, no gap in view.
    lane.setScale(TimeScale::fitting(yearStart(2014), yearStart(2026), 1200, 0.0), 0);
    QVERIFY(lane.gapStretches().isEmpty());
}

void TestSeriesLane::gapIsDrawnDashedWithoutLineOrBand()
{
    SeriesLane lane;
    showSample(lane, m_atlas->data());
    const QImage image = rendered(lane);
    if (const QString look = qEnvironmentVariable("ANNALS_LOOK_DIR"); !look.isEmpty())
        image.save(look + QStringLiteral("/serieslane-gap.png"));
    const QColor background = lane.palette().color(QPalette::Base);
    // No blue line nor band from 2007 to 2012 (the band is blue too, only
    // lighter: count anything bluish).
    const int from = int(lane.xForTime(yearStart(2007)));
    const int to = int(lane.xForTime(yearStart(2012)));
    QCOMPARE(blueIn(image, from, to), 0);
    int bluish = 0;
    for (int x = from; x < to; ++x) {
        for (int y = 0; y < image.height(); ++y) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.blue() - colour.red() > 25)
                ++bluish;
        }
    }
    QCOMPARE(bluish, 0);
    // Along the stretch, ink and no ink alternate: dashes, in a grey far
    // from the line's blue.
    const QLineF stretch = lane.gapStretches().first();
    int inked = 0;
    int blank = 0;
    int changes = 0;
    bool previous = false;
    for (int x = from; x < to; ++x) {
        const double y = stretch.y1() + (x - stretch.x1()) / stretch.dx() * stretch.dy();
        bool ink = false;
        for (int dy = -1; dy <= 1; ++dy) {
            const QColor colour = image.pixelColor(x, int(std::lround(y)) + dy);
            if (std::abs(colour.lightness() - background.lightness()) > 40) {
                ink = true;
                QVERIFY2(std::abs(colour.blue() - colour.red()) < 40, qPrintable(colour.name()));
            }
        }
        ++(ink ? inked : blank);
        if (x > from && ink != previous)
            ++changes;
        previous = ink;
    }
    QVERIFY2(inked > (to - from) / 4, qPrintable(QStringLiteral("%1 of %2").arg(inked).arg(to - from)));
    QVERIFY2(blank > (to - from) / 4, qPrintable(QStringLiteral("%1 of %2").arg(blank).arg(to - from)));
    QVERIFY2(changes > 20, qPrintable(QString::number(changes)));
}

void TestSeriesLane::gapHasItsToolTip()
{
    SeriesLane lane;
    showSample(lane, m_atlas->data());
    const int y = int(lane.plotArea().center().y());
    const QString expected = QStringLiteral("No estimate between Jun 2006 and 2013");
    for (int year : {2007, 2010, 2012}) {
        const QPoint at(int(lane.xForTime(yearStart(year))), y);
        QCOMPARE(lane.toolTipAt(at), expected);
    }
    // Near the points either side, the points speak.
    const QString onPoint = lane.toolTipAt(QPoint(int(std::lround(lane.xForTime(yearStart(2013)))), y));
    QVERIFY2(onPoint.contains(QStringLiteral("7 warheads")), qPrintable(onPoint));
    // Not over the years with estimates, nor before the series begins.
    QVERIFY(lane.toolTipAt(QPoint(int((lane.xForTime(yearStart(2020)) + lane.xForTime(yearStart(2021))) / 2), y))
                .isEmpty());
    QVERIFY(lane.toolTipAt(QPoint(int(lane.xForTime(yearStart(2005))), y)).isEmpty());

    lane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lane));
    const QPoint at(int(lane.xForTime(yearStart(2009))), y);
    QHelpEvent help(QEvent::ToolTip, at, lane.mapToGlobal(at));
    QApplication::sendEvent(&lane, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(expected), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestSeriesLane::followsThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestSeriesLane::followsThePalette()
{
    QFETCH(bool, dark);
    SeriesLane lane;
    showSample(lane, m_atlas->data());
    // Sent after the lane is built, as a theme switch at run time does.
    if (dark)
        lane.setPalette(darkPalette());
    const QImage image = rendered(lane);
    if (const QString look = qEnvironmentVariable("ANNALS_LOOK_DIR"); !look.isEmpty())
        image.save(look + QStringLiteral("/serieslane-%1.png").arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));

    // The background: most of the lane.
    const int backgroundLike = backgroundLikePixels(image, dark);
    QVERIFY2(backgroundLike > image.width() * image.height() * 3 / 4,
             qPrintable(QStringLiteral("%1 of %2").arg(backgroundLike).arg(image.width() * image.height())));
    // The header's text (name and unit, top left) and the value labels
    // (left, lower down) stand out from it the right way round.
    const QFontMetrics metrics(lane.font());
    auto mostContrast = [&](const QRect &area) {
        int extreme = dark ? 0 : 255;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                const int lightness = image.pixelColor(x, y).lightness();
                extreme = dark ? std::max(extreme, lightness) : std::min(extreme, lightness);
            }
        }
        return extreme;
    };
    const QRect name(8, 4, 160, metrics.height());
    const QRect unit(8, 4 + metrics.height(), 60, metrics.height());
    const QRect values(2, metrics.height() * 2 + 6, 40, image.height() - metrics.height() * 2 - 8);
    const int background = lane.palette().color(QPalette::Base).lightness();
    for (const QRect &area : {name, unit, values}) {
        const int extreme = mostContrast(area);
        QVERIFY2(dark ? extreme - background > 110 : background - extreme > 110,
                 qPrintable(QStringLiteral("%1 on %2").arg(extreme).arg(background)));
    }
    // And back: the lane follows the palette both ways.
    if (dark) {
        lane.setPalette(QPalette());
        const QImage light = rendered(lane);
        QVERIFY(light.pixelColor(image.width() - 5, image.height() / 2).lightness() > 200);
    }
}

void TestSeriesLane::fontScaleGrowsTheText()
{
    SeriesLane lane;
    lane.setSeries(&m_atlas->data(), 1);
    lane.resize(1200, 200);
    // A century before the first estimate, and a wide header: its name has
    // the left of the lane to itself.
    lane.setScale(TimeScale::fitting(yearStart(1900), yearStart(2026), 1200, 0.0), 0);
    lane.setHeaderWidth(620);
    QVERIFY(lane.xForTime(yearStart(2006)) > 700);
    // The rows with the name's ink, right of the unit and the value labels.
    auto nameRows = [&lane] {
        const QImage image = rendered(lane);
        const QColor background = lane.palette().color(QPalette::Window);
        int rows = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 140; x < 600; ++x) {
                if (std::abs(image.pixelColor(x, y).lightness() - background.lightness()) > 100) {
                    ++rows;
                    break;
                }
            }
        }
        return rows;
    };
    const int before = lane.sizeHint().height();
    const int rowsBefore = nameRows();
    QVERIFY(rowsBefore > 4);
    lane.setFontScale(2);
    const int after = lane.sizeHint().height();
    QVERIFY2(after >= before * 18 / 10, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    const int rowsAfter = nameRows();
    QVERIFY2(rowsAfter >= rowsBefore * 16 / 10, qPrintable(QStringLiteral("%1 -> %2").arg(rowsBefore).arg(rowsAfter)));
}

QTEST_MAIN(TestSeriesLane)
#include "tst_serieslane.moc"
