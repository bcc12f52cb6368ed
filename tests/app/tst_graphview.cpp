// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlas.h"
#include "graphsimulation.h"
#include "graphview.h"
#include "viewstate.h"

#include <QAction>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace Annals;

// The graph as a student uses it: the sample atlas, a shown widget, layouts
// waited for, animation off where a test looks at a single picture.
class tst_GraphView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clickSelectsAnActorAndEscapeClears();
    void clickOnARelationSelectsIt();
    void selectingAnEventHighlightsItsActorsAndTheirRelations();
    void draggingAnActorPinsIt();
    void doubleClickFocusesOnTheNeighbourhood();
    void relationKindsCanBeHidden();
    void wholeVisiblePeriodShowsMoreRelations();
    void edgesFadeWhenTheDateMoves();
    void leadersAreNamedOnTheDay();
    void rendersTheDateItShows();
    void tabWalksTheActorsOnStageAndEnterFocuses();

private:
    ItemId actor(const QString &name) const;
    qint64 date(const QString &text) const { return DateParser::parse(text).date.seconds(); }

    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<ViewState> m_state;
    std::unique_ptr<GraphView> m_view;
};

void tst_GraphView::init()
{
    QString error;
    m_atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_atlas, qPrintable(error));
    m_state = std::make_unique<ViewState>();
    m_state->setCursor(date(QStringLiteral("3 Sep 2025")));
    m_view = std::make_unique<GraphView>();
    m_view->setAnimated(false);
    m_view->setViewState(m_state.get());
    m_view->setAtlas(&m_atlas->data());
    m_view->resize(1000, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(m_view->waitForLayout());
}

void tst_GraphView::cleanup()
{
    m_view.reset();
    m_state.reset();
    m_atlas.reset();
}

ItemId tst_GraphView::actor(const QString &name) const
{
    for (const Actor &candidate : m_atlas->data().actors)
        if (candidate.name == name)
            return candidate.id;
    return 0;
}

void tst_GraphView::tabWalksTheActorsOnStageAndEnterFocuses()
{
    // The actors present on 3 Sep 2025, in the order Tab visits them.
    QStringList expected;
    const auto &nodes = m_view->canvas().frame().nodes;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i] == GraphFrame::NodeState::Present) {
            const ItemId id = m_view->graph()->actors().at(qsizetype(i)).id;
            expected << m_view->graph()->nameAt(id, m_state->cursor());
        }
    }
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    QVERIFY(expected.size() > 5);
    QVERIFY(!expected.contains(QStringLiteral("Kim Il-sung"))); // died 1994: not on stage
    m_view->setFocus();
    const auto selectedName = [this] { return m_view->graph()->nameAt(m_state->selectedActor(), m_state->cursor()); };
    QTest::keyClick(m_view.get(), Qt::Key_Tab);
    QCOMPARE(selectedName(), expected.at(0));
    QTest::keyClick(m_view.get(), Qt::Key_Tab);
    QCOMPARE(selectedName(), expected.at(1));
    QVERIFY(m_view->hasFocus()); // Tab stays in the graph
    QTest::keyClick(m_view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(selectedName(), expected.constLast()); // round the end
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(m_view->focusActor(), m_state->selectedActor());
    QCOMPARE(m_view->focusSteps(), 1);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(m_view->focusSteps(), 2);
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(m_view->focusActor(), ItemId(0));
}

void tst_GraphView::clickSelectsAnActorAndEscapeClears()
{
    const ItemId kim = actor(QStringLiteral("Kim Jong-un"));
    QSignalSpy selected(m_state.get(), &ViewState::selectedActorChanged);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, m_view->positionOf(kim).toPoint());
    QCOMPARE(m_state->selectedActor(), kim);
    QVERIFY(m_view->canvas().isEmphasised(m_view->graph()->indexOf(kim)));
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(m_state->selectedActor(), ItemId(0));
    QCOMPARE(selected.size(), 2);
    QVERIFY(!m_view->canvas().isEmphasised(m_view->graph()->indexOf(kim)));
}

void tst_GraphView::clickOnARelationSelectsIt()
{
    // Xi Jinping and Kim Jong-un: a single relation between them, so a
    // straight line whose middle can be clicked.
    const GraphCanvas &canvas = m_view->canvas();
    const ItemId kim = actor(QStringLiteral("Kim Jong-un"));
    const ItemId xi = actor(QStringLiteral("Xi Jinping"));
    qsizetype chosen = -1;
    for (const GraphCanvas::ShownEdge &edge : canvas.edges()) {
        const Relation &relation = m_atlas->data().relations.at(edge.relation);
        const bool pair = (relation.sourceId == kim && relation.targetId == xi) || (relation.sourceId == xi && relation.targetId == kim);
        if (pair && edge.parallelCount == 1)
            chosen = edge.relation;
    }
    QVERIFY2(chosen >= 0, "no single relation between Xi Jinping and Kim Jong-un on 3 Sep 2025");
    const QPointF middle = (m_view->positionOf(kim) + m_view->positionOf(xi)) / 2;
    QCOMPARE(canvas.relationAt(middle), chosen);
    QSignalSpy spy(m_state.get(), &ViewState::selectedRelationChanged);
    m_state->setSelectedActor(kim);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, middle.toPoint());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(m_state->selectedActor(), ItemId(0)); // one selection at a time
    QCOMPARE(m_state->selectedRelation(), m_atlas->data().relations.at(chosen).id);
    QVERIFY(canvas.isHighlighted(m_atlas->data().relations.at(chosen)));
    // Esc lets go of the relation first, and a click on empty space of everything.
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(m_state->selectedRelation(), ItemId(0));
    m_state->setSelectedActor(kim);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, QPoint(m_view->width() - 3, 3));
    QCOMPARE(m_state->selectedActor(), ItemId(0));
}

void tst_GraphView::selectingAnEventHighlightsItsActorsAndTheirRelations()
{
    // The event of the parade names the three leaders.
    const Event *parade = nullptr;
    for (const Event &event : m_atlas->data().events)
        if (event.title.contains(QLatin1String("parade"), Qt::CaseInsensitive) && event.when.start.seconds() >= date(QStringLiteral("2025")))
            parade = &event;
    QVERIFY(parade);
    QVERIFY(parade->actors.size() >= 3);
    m_state->setSelectedEvent(parade->id);
    const GraphCanvas &canvas = m_view->canvas();
    for (const EventActor &participant : parade->actors)
        QVERIFY(canvas.isEmphasised(m_view->graph()->indexOf(participant.actorId)));
    QVERIFY(!canvas.isEmphasised(m_view->graph()->indexOf(actor(QStringLiteral("Japan")))));
    int highlighted = 0;
    int among = 0;
    QSet<ItemId> participants;
    for (const EventActor &participant : parade->actors)
        participants.insert(participant.actorId);
    for (const GraphCanvas::ShownEdge &edge : canvas.edges()) {
        const Relation &relation = m_atlas->data().relations.at(edge.relation);
        const bool inside = participants.contains(relation.sourceId) && participants.contains(relation.targetId);
        among += inside;
        highlighted += canvas.isHighlighted(relation);
        QCOMPARE(canvas.isHighlighted(relation), inside);
    }
    QVERIFY(among >= 2);
    QCOMPARE(highlighted, among);
    m_state->setSelectedEvent(0);
    QVERIFY(!canvas.isEmphasised(m_view->graph()->indexOf(parade->actors.first().actorId)));
}

void tst_GraphView::draggingAnActorPinsIt()
{
    const ItemId japan = actor(QStringLiteral("Japan"));
    const QPoint start = m_view->positionOf(japan).toPoint();
    const QPoint end = start + QPoint(start.x() > 500 ? -150 : 150, 60);
    QVERIFY(!m_view->isPinned(japan));
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, start);
    for (int step = 1; step <= 10; ++step)
        QTest::mouseMove(m_view.get(), start + (end - start) * step / 10);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, end);
    QVERIFY(m_view->isPinned(japan));
    QCOMPARE(m_state->selectedActor(), ItemId(0)); // a drag is not a click
    QVERIFY(m_view->waitForLayout());
    const auto near = [](QPointF a, QPointF b) { return std::hypot(a.x() - b.x(), a.y() - b.y()) < 1.5; };
    QVERIFY2(near(m_view->positionOf(japan), end), qPrintable(QStringLiteral("at %1,%2").arg(m_view->positionOf(japan).x()).arg(m_view->positionOf(japan).y())));
    const std::size_t index = std::size_t(m_view->graph()->indexOf(japan));
    const QPointF pinnedAt = m_view->simulation()->positions()[index];

    // Pinned through a date change and a re-layout (the camera may move with
    // the cast of the day; the actor's place in the layout does not).
    m_state->setCursor(date(QStringLiteral("1 Oct 1959")));
    QVERIFY(m_view->waitForLayout());
    m_view->relayoutAction()->trigger();
    QVERIFY(m_view->waitForLayout());
    QVERIFY(m_view->isPinned(japan));
    QCOMPARE(m_view->simulation()->positions()[index], pinnedAt);

    m_view->unpinAllAction()->trigger();
    QVERIFY(!m_view->isPinned(japan));
    QVERIFY(m_view->waitForLayout());
    QVERIFY(m_view->simulation()->positions()[index] != pinnedAt);
}

void tst_GraphView::doubleClickFocusesOnTheNeighbourhood()
{
    const ItemId kim = actor(QStringLiteral("Kim Jong-un"));
    const ItemId japan = actor(QStringLiteral("Japan"));
    const ItemId xi = actor(QStringLiteral("Xi Jinping"));
    const GraphCanvas &canvas = m_view->canvas();
    auto state = [&](ItemId id) { return canvas.frame().nodes[std::size_t(m_view->graph()->indexOf(id))]; };
    QCOMPARE(state(japan), GraphFrame::NodeState::Present);

    QTest::mouseDClick(m_view.get(), Qt::LeftButton, {}, m_view->positionOf(kim).toPoint());
    QCOMPARE(m_view->focusActor(), kim);
    QCOMPARE(m_view->focusSteps(), 1);
    QCOMPARE(state(kim), GraphFrame::NodeState::Present);
    QCOMPARE(state(xi), GraphFrame::NodeState::Present);
    QCOMPARE(state(japan), GraphFrame::NodeState::Hidden);
    QCOMPARE(canvas.actorAt(m_view->positionOf(japan)), -1); // hidden actors cannot be clicked
    QVERIFY(m_view->leaveFocusAction()->isEnabled());
    const int oneStep = int(std::count(canvas.frame().nodes.begin(), canvas.frame().nodes.end(), GraphFrame::NodeState::Hidden));

    // Again: two steps out, fewer hidden.
    QTest::mouseDClick(m_view.get(), Qt::LeftButton, {}, m_view->positionOf(kim).toPoint());
    QCOMPARE(m_view->focusSteps(), 2);
    const int twoSteps = int(std::count(canvas.frame().nodes.begin(), canvas.frame().nodes.end(), GraphFrame::NodeState::Hidden));
    QVERIFY2(twoSteps < oneStep, qPrintable(QStringLiteral("%1 hidden at two steps, %2 at one").arg(twoSteps).arg(oneStep)));

    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(m_view->focusActor(), ItemId(0));
    QCOMPARE(state(japan), GraphFrame::NodeState::Present);
    QVERIFY(!m_view->leaveFocusAction()->isEnabled());
}

void tst_GraphView::relationKindsCanBeHidden()
{
    auto kindsShown = [&] {
        QSet<RelationKind> kinds;
        for (qsizetype i : m_view->canvas().frame().relations)
            kinds.insert(m_atlas->data().relations.at(i).kind);
        return kinds;
    };
    QVERIFY(kindsShown().contains(RelationKind::Leadership));
    const qsizetype before = qsizetype(m_view->canvas().frame().relations.size());
    QAction *leadership = nullptr;
    for (QAction *action : m_view->kindActions())
        if (RelationKind(action->data().toInt()) == RelationKind::Leadership)
            leadership = action;
    QVERIFY(leadership && leadership->isChecked());
    leadership->trigger();
    QVERIFY(!kindsShown().contains(RelationKind::Leadership));
    QVERIFY(qsizetype(m_view->canvas().frame().relations.size()) < before);
    QVERIFY(!(m_view->shownKinds() & GraphQuery::kindBit(RelationKind::Leadership)));
    m_view->setShownKinds(0xffffffffu);
    QVERIFY(leadership->isChecked()); // the menu follows
    QCOMPARE(qsizetype(m_view->canvas().frame().relations.size()), before);
}

void tst_GraphView::wholeVisiblePeriodShowsMoreRelations()
{
    m_state->setCursor(date(QStringLiteral("1 Jul 1950")));
    m_state->setWindow(date(QStringLiteral("1945")), date(QStringLiteral("2025")));
    const std::size_t atTheDate = m_view->canvas().frame().relations.size();
    m_view->wholeWindowAction()->trigger();
    QVERIFY(m_view->showsWholeWindow());
    const std::size_t inThePeriod = m_view->canvas().frame().relations.size();
    QVERIFY2(inThePeriod > atTheDate, qPrintable(QStringLiteral("%1 vs %2").arg(inThePeriod).arg(atTheDate)));
    // In that mode the cursor does not change the picture, the window does.
    m_state->setCursor(date(QStringLiteral("1 Jul 2010")));
    QCOMPARE(m_view->canvas().frame().relations.size(), inThePeriod);
    m_state->setWindow(date(QStringLiteral("1950")), date(QStringLiteral("1951")));
    QVERIFY(m_view->canvas().frame().relations.size() < inThePeriod);
}

void tst_GraphView::edgesFadeWhenTheDateMoves()
{
    m_view->setAnimated(true);
    const auto before = m_view->canvas().frame().relations;
    m_state->setCursor(date(QStringLiteral("1 Oct 1959")));
    const auto after = m_view->canvas().frame().relations;
    QVERIFY(before != after);
    // Straight after the move, the old edges are still there, fading.
    bool fadingOut = false;
    bool fadingIn = false;
    for (const GraphCanvas::ShownEdge &edge : m_view->canvas().edges()) {
        const bool wanted = std::binary_search(after.begin(), after.end(), edge.relation);
        fadingOut = fadingOut || (!wanted && edge.opacity > 0);
        fadingIn = fadingIn || (wanted && edge.opacity < 1);
    }
    QVERIFY(fadingOut);
    QVERIFY(fadingIn);
    // And a moment later only the new ones, fully drawn.
    QTRY_VERIFY_WITH_TIMEOUT(m_view->canvas().edges().size() == after.size(), 3000);
    for (const GraphCanvas::ShownEdge &edge : m_view->canvas().edges()) {
        QVERIFY(std::binary_search(after.begin(), after.end(), edge.relation));
        QCOMPARE(edge.opacity, 1.0f);
    }
}

void tst_GraphView::leadersAreNamedOnTheDay()
{
    QImage image(m_view->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    m_view->render(painter, image.rect());
    painter.end();
    for (const QString &name : {QStringLiteral("Kim Jong-un"), QStringLiteral("Xi Jinping"), QStringLiteral("Vladimir Putin")})
        QVERIFY2(m_view->canvas().nameShown(m_view->graph()->indexOf(actor(name))), qPrintable(name));
}

void tst_GraphView::rendersTheDateItShows()
{
    m_state->setCursor(date(QStringLiteral("1 Oct 1959")));
    QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    m_view->render(painter, image.rect());
    painter.end();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 10);
    // Russia is called by its name of the day.
    const int russia = m_view->graph()->indexOf(actor(QStringLiteral("Russia")));
    QCOMPARE(m_view->graph()->nameAt(actor(QStringLiteral("Russia")), m_state->cursor()), QStringLiteral("Soviet Union"));
    QVERIFY(m_view->canvas().nameShown(russia));
}

QTEST_MAIN(tst_GraphView)
#include "tst_graphview.moc"
