// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette_testing.h"
#include "../models/historicaldate_testing.h"
#include "activitychart.h"
#include "eventindex.h"

#include <QHelpEvent>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace Annals;
using namespace PaletteTesting;

namespace {

qint64 at(qint64 year, int month = 1, int day = 1)
{
    return secondsAt(year, month, day);
}

// Actor 1 with a rising number of events a year through the 1950s (one in
// 1950, two in 1951 ... ten in 1959) and none in 1960; actor 2 with one.
std::shared_ptr<const EventIndex> makeIndex()
{
    AtlasData data;
    ItemId id = 1;
    for (int y = 0; y < 10; ++y) {
        for (int k = 0; k <= y; ++k) {
            Event event;
            event.id = id++;
            event.title = QStringLiteral("Event %1").arg(event.id);
            event.when.start = HistoricalDate(at(1950 + y, 1 + k, 10), Precision::Day);
            event.actors = {EventActor{1, {}}};
            data.events.append(event);
        }
    }
    Event other;
    other.id = id++;
    other.when.start = HistoricalDate(at(1955, 6, 1), Precision::Day);
    other.actors = {EventActor{2, {}}};
    data.events.append(other);
    return std::make_shared<const EventIndex>(EventIndex::fromAtlas(data));
}

bool sameColour(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 8 && std::abs(a.green() - b.green()) <= 8
        && std::abs(a.blue() - b.blue()) <= 8;
}

// The rows of `image` within `area` where some pixel differs from
// `background` in lightness by more than `contrast`.
int inkRows(const QImage &image, const QRect &area, const QColor &background, int contrast)
{
    int rows = 0;
    for (int y = std::max(0, area.top()); y <= std::min(image.height() - 1, area.bottom()); ++y) {
        for (int x = std::max(0, area.left()); x <= std::min(image.width() - 1, area.right()); ++x) {
            if (std::abs(image.pixelColor(x, y).lightness() - background.lightness()) > contrast) {
                ++rows;
                break;
            }
        }
    }
    return rows;
}

} // namespace

class tst_ActivityChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void periodsAreTheActorsActivity_data();
    void periodsAreTheActorsActivity();
    void withoutActorOrIndexThereAreNoBars();
    void barsAreDrawnWhereBarRectSays();
    void clickingABarActivatesItsPeriod();
    void clickingBesideTheBarsActivatesNothing();
    void keyboardMovesAndActivates();
    void tooltipNamesPeriodAndCount();
    void partialBarsSaySo();
    void growsWithTheFont();
    void followsThePalette_data();
    void followsThePalette();
    void labelsGrowWithTheFont();

private:
    std::shared_ptr<const EventIndex> m_index;
    std::unique_ptr<ActivityChart> m_chart;
};

void tst_ActivityChart::init()
{
    m_index = makeIndex();
    m_chart = std::make_unique<ActivityChart>();
    m_chart->resize(480, 220);
    m_chart->setIndex(m_index);
    m_chart->setActor(1);
    m_chart->setWindow(at(1950), at(1961));
}

void tst_ActivityChart::cleanup()
{
    m_chart.reset();
}

void tst_ActivityChart::periodsAreTheActorsActivity_data()
{
    QTest::addColumn<ItemId>("actor");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::newRow("years of the 1950s") << ItemId(1) << at(1950) << at(1961);
    QTest::newRow("months of 1959") << ItemId(1) << at(1959) << at(1960);
    QTest::newRow("five years, partial at both ends") << ItemId(1) << at(1931, 5) << at(1990, 3);
    QTest::newRow("days around a single event") << ItemId(2) << at(1955, 5, 25) << at(1955, 6, 10);
    QTest::newRow("centuries") << ItemId(1) << at(1) << at(2001);
}

void tst_ActivityChart::periodsAreTheActorsActivity()
{
    QFETCH(ItemId, actor);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    m_chart->setActor(actor);
    m_chart->setWindow(from, to);
    const auto expected = ActorActivity(m_index.get(), actor).periods(from, to, 24);
    QVERIFY(!expected.empty());
    QCOMPARE(m_chart->periods(), expected);
}

void tst_ActivityChart::withoutActorOrIndexThereAreNoBars()
{
    QCOMPARE(m_chart->periods().size(), std::size_t(11));
    m_chart->setActor(0);
    QVERIFY(m_chart->periods().empty());
    QCOMPARE(m_chart->focusedBar(), -1);
    QVERIFY(m_chart->barRect(0).isNull());
    m_chart->setActor(1);
    QCOMPARE(m_chart->periods().size(), std::size_t(11));
    m_chart->setIndex(nullptr);
    QVERIFY(m_chart->periods().empty());
    m_chart->setIndex(m_index);
    QCOMPARE(m_chart->periods().size(), std::size_t(11));
    m_chart->setWindow(at(1960), at(1950));
    QVERIFY(m_chart->periods().empty());
}

void tst_ActivityChart::barsAreDrawnWhereBarRectSays()
{
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    const QImage image = m_chart->grab().toImage();
    if (const QString look = qEnvironmentVariable("ANNALS_LOOK_DIR"); !look.isEmpty())
        image.save(look + QStringLiteral("/activitychart-bars.png"));
    const QColor barColour = m_chart->barColour();
    const QColor background = m_chart->palette().color(QPalette::Base);
    const double scale = image.devicePixelRatio();
    auto pixel = [&](QPointF p) { return image.pixelColor((p * scale).toPoint()); };
    // 1950..1959 have one to ten events, 1960 none.
    for (int i = 0; i < 10; ++i) {
        const QRectF bar = m_chart->barRect(i);
        QVERIFY2(bar.height() > 2 && bar.width() > 4, qPrintable(QString::number(i)));
        QVERIFY2(sameColour(pixel(bar.center()), barColour), qPrintable(QString::number(i)));
        // Taller for more events, on one baseline.
        if (i > 0) {
            QVERIFY(bar.top() < m_chart->barRect(i - 1).top());
            QCOMPARE(bar.bottom(), m_chart->barRect(i - 1).bottom());
            QVERIFY(bar.left() > m_chart->barRect(i - 1).right());
        }
        // Nothing of the bar just beside it or above it.
        // (Low down, clear of the grid lines at whole steps of the count.)
        QVERIFY(sameColour(pixel(QPointF(bar.left() - 2, bar.bottom() - 3)), background));
        QVERIFY(!sameColour(pixel(QPointF(bar.center().x(), bar.top() - 3)), barColour));
    }
    QCOMPARE(m_chart->periods()[10].count, 0u);
    QCOMPARE(m_chart->barRect(10).height(), 0.0);
}

void tst_ActivityChart::clickingABarActivatesItsPeriod()
{
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    QSignalSpy activated(m_chart.get(), &ActivityChart::periodActivated);
    const std::vector<ActivityPeriod> periods = m_chart->periods();
    for (int i = 0; i < 10; ++i) {
        QTest::mouseClick(m_chart.get(), Qt::LeftButton, {}, m_chart->barRect(i).center().toPoint());
        QCOMPARE(activated.size(), 1);
        const QList<QVariant> arguments = activated.takeFirst();
        QCOMPARE(arguments.at(0).toLongLong(), periods[std::size_t(i)].start);
        QCOMPARE(arguments.at(1).toLongLong(), periods[std::size_t(i)].end);
        QCOMPARE(m_chart->focusedBar(), i);
    }
    QCOMPARE(periods[4].label, QStringLiteral("1954"));
    QCOMPARE(periods[4].start, at(1954));
    QCOMPARE(periods[4].end, at(1955));
}

void tst_ActivityChart::clickingBesideTheBarsActivatesNothing()
{
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    QSignalSpy activated(m_chart.get(), &ActivityChart::periodActivated);
    QTest::mouseClick(m_chart.get(), Qt::LeftButton, {}, QPoint(1, 1));
    const QRectF last = m_chart->barRect(10);
    QTest::mouseClick(m_chart.get(), Qt::LeftButton, {}, QPoint(m_chart->width() - 1, int(last.center().y())));
    QTest::mouseClick(m_chart.get(), Qt::RightButton, {}, m_chart->barRect(3).center().toPoint());
    QCOMPARE(activated.size(), 0);
}

void tst_ActivityChart::keyboardMovesAndActivates()
{
    QSignalSpy activated(m_chart.get(), &ActivityChart::periodActivated);
    const std::vector<ActivityPeriod> periods = m_chart->periods();
    QCOMPARE(m_chart->focusedBar(), 0);
    QTest::keyClick(m_chart.get(), Qt::Key_Left);
    QCOMPARE(m_chart->focusedBar(), 0);
    QTest::keyClick(m_chart.get(), Qt::Key_Right);
    QTest::keyClick(m_chart.get(), Qt::Key_Right);
    QCOMPARE(m_chart->focusedBar(), 2);
    QTest::keyClick(m_chart.get(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), periods[2].start);
    QCOMPARE(activated.at(0).at(1).toLongLong(), periods[2].end);
    QTest::keyClick(m_chart.get(), Qt::Key_End);
    QCOMPARE(m_chart->focusedBar(), 10);
    QTest::keyClick(m_chart.get(), Qt::Key_Right);
    QCOMPARE(m_chart->focusedBar(), 10);
    QTest::keyClick(m_chart.get(), Qt::Key_Enter);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).toLongLong(), periods[10].start);
    QTest::keyClick(m_chart.get(), Qt::Key_Home);
    QTest::keyClick(m_chart.get(), Qt::Key_Space);
    QCOMPARE(activated.size(), 3);
    QCOMPARE(activated.at(2).at(0).toLongLong(), periods[0].start);
    // A window with fewer bars keeps the focus on one of them.
    QTest::keyClick(m_chart.get(), Qt::Key_End);
    m_chart->setWindow(at(1955, 1, 8), at(1955, 1, 13));
    QCOMPARE(m_chart->periods().size(), std::size_t(5));
    QCOMPARE(m_chart->focusedBar(), 4);
}

void tst_ActivityChart::tooltipNamesPeriodAndCount()
{
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    const QString tip = m_chart->toolTipFor(6);
    QVERIFY2(tip.contains(QLatin1String("1956")), qPrintable(tip));
    QVERIFY2(tip.contains(ActivityChart::tr("%n event(s)", nullptr, 7)), qPrintable(tip));
    QVERIFY2(!tip.contains(QLatin1String("outside")), qPrintable(tip));
    QVERIFY(m_chart->toolTipFor(-1).isEmpty());
    QVERIFY(m_chart->toolTipFor(11).isEmpty());

    // Over the bar, and above it in its column, the tooltip is that bar's.
    const QRectF bar = m_chart->barRect(6);
    for (const QPointF &where : {bar.center(), QPointF(bar.center().x(), bar.top() - 5)}) {
        QHelpEvent help(QEvent::ToolTip, where.toPoint(), m_chart->mapToGlobal(where.toPoint()));
        QVERIFY(QCoreApplication::sendEvent(m_chart.get(), &help));
        QTRY_COMPARE(QToolTip::text(), tip);
        QToolTip::hideText();
    }
}

void tst_ActivityChart::partialBarsSaySo()
{
    m_chart->setWindow(at(1950, 7), at(1959, 4));
    const std::vector<ActivityPeriod> &periods = m_chart->periods();
    QCOMPARE(periods.size(), std::size_t(10));
    QCOMPARE(periods.front().label, QStringLiteral("1950"));
    // Only what begins in the window counts: 1959's events from January to
    // March (three of ten), none of 1950's (its one is on 10 January).
    QCOMPARE(periods.back().count, 3u);
    QCOMPARE(periods.front().count, 0u);
    QVERIFY(m_chart->toolTipFor(9).contains(QLatin1String("outside")));
    QVERIFY(m_chart->toolTipFor(0).contains(QLatin1String("outside")));
    QVERIFY(!m_chart->toolTipFor(5).contains(QLatin1String("outside")));

    // The partial bar is drawn apart from the whole ones: not in the plain
    // bar colour at its middle.
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    const QImage image = m_chart->grab().toImage();
    if (const QString look = qEnvironmentVariable("ANNALS_LOOK_DIR"); !look.isEmpty())
        image.save(look + QStringLiteral("/activitychart-partial.png"));
    const QColor barColour = m_chart->barColour();
    const double scale = image.devicePixelRatio();
    auto countBarPixels = [&](const QRectF &bar) {
        int count = 0;
        for (int x = int(bar.left()) + 2; x < int(bar.right()) - 1; ++x) {
            for (int y = int(bar.top()) + 2; y < int(bar.bottom()) - 1; ++y)
                count += sameColour(image.pixelColor(QPoint(int(x * scale), int(y * scale))), barColour);
        }
        return count / std::max(1.0, (bar.width() - 3) * (bar.height() - 3));
    };
    QVERIFY(countBarPixels(m_chart->barRect(8)) > 0.9);
    QVERIFY(countBarPixels(m_chart->barRect(9)) < 0.6);
}

void tst_ActivityChart::growsWithTheFont()
{
    const QSize normal = m_chart->sizeHint();
    QFont big = m_chart->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    m_chart->setFont(big);
    QVERIFY(m_chart->sizeHint().height() > normal.height() * 3 / 2);
    QVERIFY(m_chart->minimumSizeHint().height() > normal.height() / 2);
}

void tst_ActivityChart::followsThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_ActivityChart::followsThePalette()
{
    QFETCH(bool, dark);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    // Sent once the chart is up, as a theme switch at run time does.
    if (dark)
        m_chart->setPalette(darkPalette());
    const QImage image = m_chart->grab().toImage();
    QCOMPARE(image.devicePixelRatio(), 1.0);

    const int backgroundLike = backgroundLikePixels(image, dark);
    QVERIFY2(backgroundLike > image.width() * image.height() / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(backgroundLike).arg(image.width() * image.height())));

    // The periods' labels under the bars and the counts left of them: text
    // that stands out from the background the right way round.
    const QRectF first = m_chart->barRect(0);
    const QRect below(0, int(first.bottom()) + 2, image.width(), image.height());
    const QRect left(0, 0, int(first.left()) - 2, int(first.bottom()));
    for (const QRect &area : {below, left}) {
        int extreme = dark ? 0 : 255;
        for (int y = std::max(0, area.top()); y < std::min(image.height(), area.bottom()); ++y) {
            for (int x = std::max(0, area.left()); x < std::min(image.width(), area.right()); ++x) {
                const int lightness = image.pixelColor(x, y).lightness();
                extreme = dark ? std::max(extreme, lightness) : std::min(extreme, lightness);
            }
        }
        QVERIFY2(dark ? extreme > 180 : extreme < 90, qPrintable(QString::number(extreme)));
    }
    // The bars too follow: a mid-tone between text and background.
    const QColor bar = image.pixelColor(m_chart->barRect(9).center().toPoint());
    QVERIFY2(sameColour(bar, m_chart->barColour()), qPrintable(bar.name()));
    QVERIFY(dark ? bar.lightness() > 100 : bar.lightness() < 150);
}

void tst_ActivityChart::labelsGrowWithTheFont()
{
    // The actor panel scales the font of its children (ActorPanel::
    // setFontScale): twice the font, twice the labels.
    m_chart->resize(600, 300);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    const QColor background = m_chart->palette().color(QPalette::Base);
    auto labelRows = [&] {
        const QImage image = m_chart->grab().toImage();
        const QRectF first = m_chart->barRect(0);
        return inkRows(image, QRect(0, int(first.bottom()) + 2, image.width(), image.height()), background, 100);
    };
    const int before = labelRows();
    QVERIFY(before > 4);
    QFont big = m_chart->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    m_chart->setFont(big);
    m_chart->resize(900, m_chart->sizeHint().height());
    const int after = labelRows();
    QVERIFY2(after >= before * 16 / 10, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
}

QTEST_MAIN(tst_ActivityChart)
#include "tst_activitychart.moc"
