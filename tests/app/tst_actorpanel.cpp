// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitychart.h"
#include "actorpanel.h"
#include "atlas.h"
#include "standingchart.h"
#include "viewstate.h"

#include <QAbstractButton>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Annals;

class tst_ActorPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void withoutAnActorItShowsAHint();
    void sentenceGivesTheCounts_data();
    void sentenceGivesTheCounts();
    void beforeBirthItSaysSo();
    void countsFollowTheFilter();
    void movingTheCursorUpdatesEverything();
    void clickingAnAllySelectsIt();
    void clickingOrDraggingTheChartMovesTheCursor();
    void arrowKeysJumpBetweenChanges();
    void chartDrawsAlliesAboveAndRivalsBelow();
    void fitsADockAndGrowsWithTheFont();
    void activityBarsCountTheActorsEventsInView_data();
    void activityBarsCountTheActorsEventsInView();
    void clickingAnActivityBarZoomsTheTimeline();
    void withoutAnEventIndexThereAreNoActivityBars();
    void renderForALook();

private:
    ItemId actor(const QString &name) const;
    static qint64 at(const char *date);
    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<ViewState> m_state;
    std::unique_ptr<ActorPanel> m_panel;
};

void tst_ActorPanel::initTestCase()
{
    QString error;
    m_atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_atlas, qPrintable(error));
}

void tst_ActorPanel::init()
{
    m_state = std::make_unique<ViewState>();
    m_state->setCursor(at("1 Oct 1959"));
    m_panel = std::make_unique<ActorPanel>(nullptr);
    m_panel->setViewState(m_state.get());
    m_panel->setAtlas(&m_atlas->data());
    m_panel->resize(360, 700);
}

void tst_ActorPanel::cleanup()
{
    m_panel.reset();
    m_state.reset();
}

ItemId tst_ActorPanel::actor(const QString &name) const
{
    for (const Actor &candidate : m_atlas->data().actors)
        if (candidate.name == name)
            return candidate.id;
    qFatal("The sample atlas has no actor \"%s\"", qPrintable(name));
}

qint64 tst_ActorPanel::at(const char *date)
{
    return DateParser::parse(QString::fromUtf8(date)).date.seconds();
}

void tst_ActorPanel::withoutAnActorItShowsAHint()
{
    QVERIFY(m_panel->isShowingHint());
    QVERIFY(m_panel->sentence().isEmpty());
    m_state->setSelectedActor(actor(QStringLiteral("North Korea")));
    QVERIFY(!m_panel->isShowingHint());
    QVERIFY(!m_panel->sentence().isEmpty());
    m_state->setSelectedActor(0);
    QVERIFY(m_panel->isShowingHint());
    QVERIFY(m_panel->allyLinks().isEmpty());
    // An id the atlas does not hold is no actor either.
    m_state->setSelectedActor(9999);
    QVERIFY(m_panel->isShowingHint());
}

void tst_ActorPanel::sentenceGivesTheCounts_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("allies");
    QTest::addColumn<int>("rivals");
    QTest::newRow("North Korea, 1 Oct 1959") << "North Korea" << "1 Oct 1959" << 2 << 2;
    QTest::newRow("North Korea, 3 Sep 2025") << "North Korea" << "3 Sep 2025" << 2 << 4;
    QTest::newRow("Kim Jong-un, 3 Sep 2025") << "Kim Jong-un" << "3 Sep 2025" << 2 << 0;
    QTest::newRow("South Korea, 1 Oct 1959") << "South Korea" << "1 Oct 1959" << 1 << 1;
}

void tst_ActorPanel::sentenceGivesTheCounts()
{
    QFETCH(QString, actor);
    QFETCH(QString, date);
    QFETCH(int, allies);
    QFETCH(int, rivals);
    m_state->setCursor(at(date.toUtf8().constData()));
    m_state->setSelectedActor(this->actor(actor));
    const QString sentence = m_panel->sentence();
    QVERIFY2(sentence.contains(date), qPrintable(sentence));
    QVERIFY2(sentence.contains(actor), qPrintable(sentence));
    QVERIFY2(sentence.contains(ActorPanel::tr("%n ally(s)", nullptr, allies)), qPrintable(sentence));
    QVERIFY2(sentence.contains(ActorPanel::tr("%n rival(s)", nullptr, rivals)), qPrintable(sentence));
    QCOMPARE(m_panel->allyLinks().size(), allies);
    QCOMPARE(m_panel->rivalLinks().size(), rivals);
}

void tst_ActorPanel::countsFollowTheFilter()
{
    // North Korea on 3 Sep 2025: 2 allies, 4 rivals. Hiding every kind but
    // sanctions leaves only rivals by sanction, and the sentence says the
    // counts are of the relations shown; clearing the filter restores them.
    m_state->setCursor(at("3 Sep 2025"));
    m_state->setSelectedActor(actor(QStringLiteral("North Korea")));
    QCOMPARE(m_panel->allyLinks().size(), 2);
    QCOMPARE(m_panel->rivalLinks().size(), 4);
    int sanctionRivals = 0;
    const qint64 time = at("3 Sep 2025");
    for (const Relation &relation : m_atlas->data().relations) {
        const ItemId nk = actor(QStringLiteral("North Korea"));
        if (relation.kind == RelationKind::Sanctions && relation.stance < 0 && (relation.sourceId == nk || relation.targetId == nk)
            && relation.when.start.seconds() <= time && (!relation.when.hasEnd() || *relation.when.endExclusive() > time))
            ++sanctionRivals;
    }
    QVERIFY(sanctionRivals < 4);
    ViewFilter filter;
    filter.relationKinds = 1u << unsigned(RelationKind::Sanctions);
    m_state->setFilter(filter);
    QCOMPARE(m_panel->allyLinks().size(), 0);
    QCOMPARE(m_panel->rivalLinks().size(), sanctionRivals);
    QVERIFY2(m_panel->sentence().contains(QStringLiteral("among the relations shown")), qPrintable(m_panel->sentence()));
    m_state->setFilter({});
    QCOMPARE(m_panel->allyLinks().size(), 2);
    QCOMPARE(m_panel->rivalLinks().size(), 4);
    QVERIFY(m_panel->sentence().contains(QStringLiteral("in this atlas")));
}

void tst_ActorPanel::beforeBirthItSaysSo()
{
    m_state->setSelectedActor(actor(QStringLiteral("Kim Jong-un")));
    QVERIFY2(m_panel->sentence().contains(QLatin1String("not yet born")), qPrintable(m_panel->sentence()));
    QVERIFY(!m_panel->sentence().contains(ActorPanel::tr("%n ally(s)", nullptr, 0)));
}

void tst_ActorPanel::movingTheCursorUpdatesEverything()
{
    m_state->setSelectedActor(actor(QStringLiteral("Russia")));
    QCOMPARE(m_panel->title(), QStringLiteral("Soviet Union"));
    const QString change = m_panel->changeSentence();
    QVERIFY2(change.contains(QLatin1String("Most allies")), qPrintable(change));

    m_state->setCursor(at("3 Sep 2025"));
    QCOMPARE(m_panel->title(), QStringLiteral("Russian Federation"));
    QVERIFY2(m_panel->sentence().contains(QLatin1String("3 Sep 2025")), qPrintable(m_panel->sentence()));
    QCOMPARE(m_panel->chart()->cursorTime(), at("3 Sep 2025"));
    // The whole span's summary does not depend on the date.
    QCOMPARE(m_panel->changeSentence(), change);

    m_state->setSelectedActor(actor(QStringLiteral("North Korea")));
    m_state->setCursor(at("1 Jan 2001"));
    QVERIFY2(m_panel->sentence().contains(ActorPanel::tr("%n ally(s)", nullptr, 4)), qPrintable(m_panel->sentence()));
    QVERIFY2(m_panel->sentence().contains(ActorPanel::tr("%n rival(s)", nullptr, 2)), qPrintable(m_panel->sentence()));
    QStringList allies;
    for (QAbstractButton *link : m_panel->allyLinks())
        allies << link->accessibleName();
    QCOMPARE(allies, (QStringList{"Ally: China", "Ally: Russian Federation", "Ally: South Korea", "Ally: United States"}));
    QVERIFY2(m_panel->changeSentence().contains(QLatin1String("Most allies: 4, from 2000.")),
             qPrintable(m_panel->changeSentence()));
    QVERIFY2(m_panel->changeSentence().contains(QLatin1String("Most rivals: 5, from 2006.")),
             qPrintable(m_panel->changeSentence()));
}

void tst_ActorPanel::clickingAnAllySelectsIt()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_state->setSelectedActor(actor(QStringLiteral("North Korea")));
    QAbstractButton *china = nullptr;
    for (QAbstractButton *link : m_panel->allyLinks())
        if (link->accessibleName() == QLatin1String("Ally: China"))
            china = link;
    QVERIFY(china);
    QVERIFY(china->isVisible());
    QSignalSpy selected(m_state.get(), &ViewState::selectedActorChanged);
    QTest::mouseClick(china, Qt::LeftButton);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().first().value<ItemId>(), actor(QStringLiteral("China")));
    QCOMPARE(m_panel->shownActor(), actor(QStringLiteral("China")));
    QCOMPARE(m_panel->title(), QStringLiteral("China"));
}

void tst_ActorPanel::clickingOrDraggingTheChartMovesTheCursor()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_state->setSelectedActor(actor(QStringLiteral("North Korea")));
    StandingChart *chart = m_panel->chart();
    QVERIFY(chart->isVisible());
    QSignalSpy moved(m_state.get(), &ViewState::cursorChanged);

    // Mid-year, so that rounding to a pixel (a few months at this width)
    // stays inside the year.
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->positionOf(at("1 Jul 1980")).toPoint());
    QCOMPARE(moved.size(), 1);
    QCOMPARE(civilFromSeconds(m_state->cursor()).year, 1980);
    QVERIFY2(m_panel->sentence().contains(QLatin1String("1980")), qPrintable(m_panel->sentence()));

    QTest::mousePress(chart, Qt::LeftButton, {}, chart->positionOf(at("1 Jul 1960")).toPoint());
    QCOMPARE(civilFromSeconds(m_state->cursor()).year, 1960);
    QTest::mouseMove(chart, chart->positionOf(at("1 Jul 2010")).toPoint());
    QCOMPARE(civilFromSeconds(m_state->cursor()).year, 2010);
    QTest::mouseRelease(chart, Qt::LeftButton, {}, chart->positionOf(at("1 Jul 2010")).toPoint());
    QCOMPARE(civilFromSeconds(m_state->cursor()).year, 2010);
}

void tst_ActorPanel::arrowKeysJumpBetweenChanges()
{
    m_state->setSelectedActor(actor(QStringLiteral("North Korea")));
    // From 1959, the next change for North Korea is US fuel oil in 1995,
    // and the one before is the armistice of 27 Jul 1953.
    QTest::keyClick(m_panel->chart(), Qt::Key_Right);
    QCOMPARE(m_state->cursor(), at("1 Jan 1995"));
    QTest::keyClick(m_panel->chart(), Qt::Key_Left);
    QCOMPARE(m_state->cursor(), at("28 Jul 1953"));
    QTest::keyClick(m_panel->chart(), Qt::Key_End);
    QCOMPARE(m_state->cursor(), at("3 Sep 2025"));
}

void tst_ActorPanel::chartDrawsAlliesAboveAndRivalsBelow()
{
    m_state->setSelectedActor(actor(QStringLiteral("North Korea")));
    StandingChart *chart = m_panel->chart();
    chart->resize(400, 160);
    QImage image(chart->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    chart->render(painter, image.rect());
    painter.end();
    const int axis = qRound(chart->positionOf(at("1 Jan 2001")).y());
    // Blue-dominant pixels only above the axis, vermilion-dominant only below.
    int blueAbove = 0;
    int orangeAbove = 0;
    int orangeBelow = 0;
    int blueBelow = 0;
    const int column = qRound(chart->positionOf(at("1 Jan 2001")).x()) + 3;
    for (int y = 0; y < image.height(); ++y) {
        const QColor colour = image.pixelColor(column, y);
        const bool blue = colour.blue() > colour.red() + 40;
        const bool orange = colour.red() > colour.blue() + 20;
        if (y < axis - 1) {
            blueAbove += blue;
            orangeAbove += orange;
        } else if (y > axis + 1) {
            blueBelow += blue;
            orangeBelow += orange;
        }
    }
    QVERIFY(blueAbove > 10);
    QVERIFY(orangeBelow > 3);
    QCOMPARE(orangeAbove, 0);
    QCOMPARE(blueBelow, 0);
}

void tst_ActorPanel::fitsADockAndGrowsWithTheFont()
{
    m_state->setSelectedActor(actor(QStringLiteral("North Korea")));
    const QSize normal = m_panel->minimumSizeHint();
    const int chartHeight = m_panel->chart()->sizeHint().height();
    // A dock beside the timeline at 1366×768 has about a quarter of the width.
    QVERIFY2(normal.width() <= 1366 / 4, qPrintable(QString::number(normal.width())));
    QVERIFY2(normal.height() <= 768 / 2, qPrintable(QString::number(normal.height())));
    m_panel->setFontScale(2.0);
    QVERIFY(m_panel->chart()->sizeHint().height() > chartHeight * 3 / 2);
    QVERIFY(m_panel->minimumSizeHint().width() > normal.width());
    m_panel->setFontScale(1.0);
    QCOMPARE(m_panel->chart()->sizeHint().height(), chartHeight);
}

void tst_ActorPanel::activityBarsCountTheActorsEventsInView_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("North Korea, 1945 to 2025") << "North Korea" << "1945" << "2025";
    QTest::newRow("North Korea, the 1950s") << "North Korea" << "1950" << "1960";
    QTest::newRow("South Korea, the Korean War") << "South Korea" << "25 Jun 1950" << "27 Jul 1953";
}

void tst_ActorPanel::activityBarsCountTheActorsEventsInView()
{
    QFETCH(QString, actor);
    QFETCH(QString, from);
    QFETCH(QString, to);
    m_panel->setAtlas(&m_atlas->data(), m_atlas->eventIndex());
    const ItemId id = this->actor(actor);
    m_state->setSelectedActor(id);
    m_state->setWindow(at(from.toUtf8().constData()), at(to.toUtf8().constData()));
    ActivityChart *chart = m_panel->activityChart();
    QVERIFY(!chart->isHidden());

    qsizetype expected = 0;
    for (const Event &event : m_atlas->data().events) {
        const qint64 start = event.when.start.seconds();
        if (start >= m_state->windowStart() && start < m_state->windowEnd()
            && std::any_of(event.actors.cbegin(), event.actors.cend(),
                           [id](const EventActor &a) { return a.actorId == id; })) {
            ++expected;
        }
    }
    QVERIFY(expected > 0);
    const std::vector<ActivityPeriod> periods = chart->periods();
    QVERIFY(!periods.empty());
    QVERIFY(periods.size() <= 24);
    QVERIFY(periods.front().start <= m_state->windowStart());
    QVERIFY(periods.back().end >= m_state->windowEnd());
    qsizetype total = 0;
    for (const ActivityPeriod &period : periods)
        total += period.count;
    QCOMPARE(total, expected);

    // Another actor, other bars; no actor, no bars.
    m_state->setSelectedActor(this->actor(QStringLiteral("Kim Jong-un")));
    QVERIFY(chart->periods() != periods);
    m_state->setSelectedActor(0);
    QVERIFY(chart->periods().empty());
}

void tst_ActorPanel::clickingAnActivityBarZoomsTheTimeline()
{
    m_panel->setAtlas(&m_atlas->data(), m_atlas->eventIndex());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_state->setSelectedActor(actor(QStringLiteral("North Korea")));
    m_state->setWindow(at("1945"), at("2025"));
    ActivityChart *chart = m_panel->activityChart();
    QVERIFY(chart->isVisible());
    const std::vector<ActivityPeriod> periods = chart->periods();
    const auto busiest = std::max_element(periods.begin(), periods.end(),
                                          [](const ActivityPeriod &a, const ActivityPeriod &b) { return a.count < b.count; });
    QVERIFY(busiest->count > 0);
    const int bar = int(busiest - periods.begin());

    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->barRect(bar).center().toPoint());
    QCOMPARE(m_state->windowStart(), busiest->start);
    QCOMPARE(m_state->windowEnd(), busiest->end);
    // The bars follow the window to finer periods, still counting the same
    // events.
    qsizetype total = 0;
    for (const ActivityPeriod &period : chart->periods())
        total += period.count;
    QCOMPARE(total, qsizetype(busiest->count));
    QVERIFY(chart->periods().front().end - chart->periods().front().start < busiest->end - busiest->start);
}

void tst_ActorPanel::withoutAnEventIndexThereAreNoActivityBars()
{
    m_state->setSelectedActor(actor(QStringLiteral("North Korea")));
    m_state->setWindow(at("1945"), at("2025"));
    QVERIFY(m_panel->activityChart()->isHidden());
    QVERIFY(m_panel->activityChart()->periods().empty());
    m_panel->setAtlas(&m_atlas->data(), m_atlas->eventIndex());
    QVERIFY(!m_panel->activityChart()->isHidden());
    QVERIFY(!m_panel->activityChart()->periods().empty());
    m_panel->setAtlas(nullptr);
    QVERIFY(m_panel->activityChart()->periods().empty());
}

// Not a check: writes the panel at two font scales for a person to look at,
// when ANNALS_LOOK_DIR names a folder.
void tst_ActorPanel::renderForALook()
{
    const QString folder = qEnvironmentVariable("ANNALS_LOOK_DIR");
    if (folder.isEmpty())
        QSKIP("Set ANNALS_LOOK_DIR to write the panel's pictures.");
    m_panel->setAtlas(&m_atlas->data(), m_atlas->eventIndex());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_state->setSelectedActor(actor(QStringLiteral("North Korea")));
    m_state->setWindow(at("1945"), at("2025"));
    for (const qreal scale : {1.0, 2.0}) {
        m_panel->setFontScale(scale);
        m_panel->resize(int(360 * scale), int(1000 * scale));
        QTest::qWait(50);
        const QString path = QStringLiteral("%1/actorpanel-%2x.png").arg(folder).arg(scale);
        QVERIFY(m_panel->grab().save(path));
        QVERIFY(m_panel->activityChart()->grab().save(QStringLiteral("%1/activitychart-%2x.png").arg(folder).arg(scale)));
    }
}

QTEST_MAIN(tst_ActorPanel)
#include "tst_actorpanel.moc"
