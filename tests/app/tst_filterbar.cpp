// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitychart.h"
#include "actorpanel.h"
#include "atlas.h"
#include "eventhistogram.h"
#include "eventtablemodel.h"
#include "eventtablepanel.h"
#include "filterbar.h"
#include "filterdialogs.h"
#include "graphview.h"
#include "mainwindow.h"
#include "overviewstrip.h"
#include "timelinecolumn.h"
#include "timelineview.h"
#include "viewstate.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <numeric>

using namespace Annals;

Q_DECLARE_METATYPE(Annals::ViewFilter)

namespace {

AtlasData smallAtlas()
{
    AtlasData data;
    Actor china;
    china.id = 1;
    china.name = QStringLiteral("China");
    Actor ussr;
    ussr.id = 2;
    ussr.name = QStringLiteral("USSR & allies");
    data.actors = {china, ussr};
    return data;
}

QStringList chipTexts(const FilterBar &bar)
{
    QStringList texts;
    for (const QToolButton *chip : bar.chips())
        texts << chip->text();
    return texts;
}

ItemId actorNamed(const AtlasData &data, const QString &name)
{
    for (const Actor &actor : data.actors) {
        if (actor.name == name)
            return actor.id;
    }
    return 0;
}

bool names(const EventIndex &index, qsizetype row, ItemId actor)
{
    const auto first = index.actorIds().begin() + index.actorOffsets()[std::size_t(row)];
    const auto last = index.actorIds().begin() + index.actorOffsets()[std::size_t(row) + 1];
    return std::find(first, last, quint32(actor)) != last;
}

// Names a search box, SQL LIKE or FTS query would read as syntax, a NUL, and
// a megabyte: a filter treats each as plain text.
void addNastyCategoryRows()
{
    QTest::addColumn<QString>("category");
    QTest::newRow("quote") << QStringLiteral("\"");
    QTest::newRow("percent") << QStringLiteral("%");
    QTest::newRow("star") << QStringLiteral("*");
    QTest::newRow("NEAR") << QStringLiteral("NEAR(a b)");
    QTest::newRow("OR") << QStringLiteral("a OR b");
    QTest::newRow("ampersand") << QStringLiteral("War & Peace");
    QTest::newRow("NUL") << QString(QChar(0));
    QTest::newRow("megabyte") << QString(1 << 20, QLatin1Char('m'));
}

quint64 histogramTotal(const EventHistogram &histogram)
{
    quint64 total = 0;
    for (int bin = 0; bin < histogram.size(); ++bin)
        total += histogram.count(bin);
    return total;
}

quint64 activityTotal(const ActivityChart &chart)
{
    quint64 total = 0;
    for (const ActivityPeriod &period : chart.periods())
        total += period.count;
    return total;
}

} // namespace

class tst_FilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenWhileNothingIsFiltered();
    void oneChipPerCondition_data();
    void oneChipPerCondition();
    void clickingAChipRemovesExactlyItsCondition();
    void clearAllRemovesEverything();
    void deleteKeyRemovesTheFocusedChip();
    void nastyNamesStayPlainText_data();
    void nastyNamesStayPlainText();
    void actorDialogSearchesPlainText();
    void periodDialogSaysWhatIsWrong_data();
    void periodDialogSaysWhatIsWrong();
    void visibleWindowBecomesTheRange();

    void everyViewFollowsTheFilter();
    void graphKindsAreTheFiltersKinds();
    void nastyFiltersOnTheSampleShowNothingAndNoCrash_data();
    void nastyFiltersOnTheSampleShowNothingAndNoCrash();
};

void tst_FilterBar::hiddenWhileNothingIsFiltered()
{
    const AtlasData data = smallAtlas();
    ViewState state;
    FilterBar bar;
    bar.setAtlas(&data);
    bar.show();
    bar.setViewState(&state);
    QVERIFY(bar.isHidden());
    QVERIFY(bar.chips().isEmpty());
    ViewFilter filter;
    filter.minimumImportance = 3;
    state.setFilter(filter);
    QVERIFY(!bar.isHidden());
    state.setFilter(ViewFilter{});
    QVERIFY(bar.isHidden());
    state.setFilter(filter);
    bar.setAtlas(nullptr);
    QVERIFY(bar.isHidden());
}

void tst_FilterBar::oneChipPerCondition_data()
{
    QTest::addColumn<ViewFilter>("filter");
    QTest::addColumn<QStringList>("chips");
    const QString x = QStringLiteral(" ") + QChar(0x00D7);
    ViewFilter actors;
    actors.actors = {2, 1};
    QTest::newRow("actors") << actors << QStringList{QStringLiteral("Actor: China") + x, QStringLiteral("Actor: USSR && allies") + x};
    ViewFilter unknownActor;
    unknownActor.actors = {77};
    QTest::newRow("unknown actor") << unknownActor << QStringList{QStringLiteral("Actor: actor 77") + x};
    ViewFilter categories;
    categories.categories = {QStringLiteral("Treaty"), QString()};
    QTest::newRow("categories") << categories
                                << QStringList{QStringLiteral("Category: (No category)") + x, QStringLiteral("Category: Treaty") + x};
    ViewFilter kinds;
    kinds.relationKinds = (1u << unsigned(RelationKind::War)) | (1u << unsigned(RelationKind::Treaty)) | (1u << unsigned(RelationKind::Aid));
    QTest::newRow("kinds") << kinds << QStringList{QStringLiteral("Kinds: 3 of 11") + x};
    ViewFilter importance;
    importance.minimumImportance = 4;
    QTest::newRow("importance") << importance << QStringList{QStringLiteral("Importance ≥ 4") + x};
    ViewFilter years;
    years.rangeStart = HistoricalDate(secondsFromCivil({1950, 1, 1, 0, 0, 0}), Precision::Year).seconds();
    years.rangeEnd = secondsFromCivil({1962, 1, 1, 0, 0, 0});
    QTest::newRow("years") << years << QStringList{QStringLiteral("1950 – 1961") + x};
    ViewFilter all = actors;
    all.categories = {QStringLiteral("Treaty")};
    all.minimumImportance = 2;
    all.rangeStart = years.rangeStart;
    all.rangeEnd = years.rangeEnd;
    all.relationKinds = kinds.relationKinds;
    QTest::newRow("all") << all
                         << QStringList{QStringLiteral("Actor: China") + x, QStringLiteral("Actor: USSR && allies") + x,
                                        QStringLiteral("Category: Treaty") + x, QStringLiteral("Kinds: 3 of 11") + x,
                                        QStringLiteral("Importance ≥ 2") + x, QStringLiteral("1950 – 1961") + x};
}

void tst_FilterBar::oneChipPerCondition()
{
    QFETCH(ViewFilter, filter);
    QFETCH(QStringList, chips);
    const AtlasData data = smallAtlas();
    ViewState state;
    FilterBar bar;
    bar.setAtlas(&data);
    bar.setViewState(&state);
    state.setFilter(filter);
    QCOMPARE(chipTexts(bar), chips);
    for (const QToolButton *chip : bar.chips()) {
        QVERIFY(!chip->accessibleName().isEmpty());
        QVERIFY(!chip->toolTip().isEmpty());
        QCOMPARE(chip->focusPolicy(), Qt::StrongFocus);
    }
}

void tst_FilterBar::clickingAChipRemovesExactlyItsCondition()
{
    const AtlasData data = smallAtlas();
    ViewState state;
    FilterBar bar;
    bar.setAtlas(&data);
    bar.setViewState(&state);
    bar.show();
    ViewFilter filter;
    filter.actors = {1, 2};
    filter.categories = {QStringLiteral("Treaty")};
    filter.minimumImportance = 4;
    filter.rangeStart = 0;
    filter.rangeEnd = 1000;
    filter.relationKinds = 1u << unsigned(RelationKind::War);
    state.setFilter(filter);
    QCOMPARE(bar.chips().size(), 6);

    auto clickChipStarting = [&bar](const QString &prefix) {
        for (QToolButton *chip : bar.chips()) {
            if (chip->text().startsWith(prefix)) {
                QTest::mouseClick(chip, Qt::LeftButton);
                return true;
            }
        }
        return false;
    };
    QVERIFY(clickChipStarting(QStringLiteral("Actor: USSR")));
    ViewFilter expected = filter;
    expected.actors = {1};
    QCOMPARE(state.filter(), expected.normalized());
    QVERIFY(clickChipStarting(QStringLiteral("Importance")));
    expected.minimumImportance = 1;
    QCOMPARE(state.filter(), expected.normalized());
    QVERIFY(clickChipStarting(QStringLiteral("Kinds")));
    expected.relationKinds = ViewFilter::allRelationKinds();
    QCOMPARE(state.filter(), expected.normalized());
    QVERIFY(clickChipStarting(QStringLiteral("Category")));
    expected.categories.clear();
    QCOMPARE(state.filter(), expected.normalized());
    QCOMPARE(bar.chips().size(), 2);
}

void tst_FilterBar::clearAllRemovesEverything()
{
    const AtlasData data = smallAtlas();
    ViewState state;
    FilterBar bar;
    bar.setAtlas(&data);
    bar.setViewState(&state);
    bar.show();
    ViewFilter filter;
    filter.actors = {5};
    filter.minimumImportance = 2;
    state.setFilter(filter);
    QVERIFY(bar.clearAllButton()->isVisible());
    QTest::mouseClick(bar.clearAllButton(), Qt::LeftButton);
    QVERIFY(state.filter().isEmpty());
    QVERIFY(bar.isHidden());
}

void tst_FilterBar::deleteKeyRemovesTheFocusedChip()
{
    const AtlasData data = smallAtlas();
    ViewState state;
    FilterBar bar;
    bar.setAtlas(&data);
    bar.setViewState(&state);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    ViewFilter filter;
    filter.actors = {1, 2, 3};
    state.setFilter(filter);
    bar.activateWindow();
    bar.chips().at(1)->setFocus();
    QTest::keyClick(bar.chips().at(1), Qt::Key_Delete);
    QCOMPARE(state.filter().actors, (QList<ItemId>{1, 3}));
    // The focus moved to the chip that took its place: Backspace removes it.
    QVERIFY(bar.chips().at(1)->hasFocus());
    QTest::keyClick(bar.chips().at(1), Qt::Key_Backspace);
    QCOMPARE(state.filter().actors, (QList<ItemId>{1}));
    // Other keys leave the chip alone.
    QTest::keyClick(bar.chips().at(0), Qt::Key_A);
    QCOMPARE(state.filter().actors, (QList<ItemId>{1}));
}

void tst_FilterBar::nastyNamesStayPlainText_data()
{
    addNastyCategoryRows();
}

void tst_FilterBar::nastyNamesStayPlainText()
{
    QFETCH(QString, category);
    AtlasData data = smallAtlas();
    Event event;
    event.id = 1;
    event.category = category;
    event.when.start = HistoricalDate(0, Precision::Day);
    data.events = {event};
    ViewState state;
    FilterBar bar;
    bar.setAtlas(&data);
    bar.setViewState(&state);
    // Chosen from the menu, as a student would.
    Q_EMIT bar.categoriesMenu()->aboutToShow();
    const QList<QAction *> entries = bar.categoriesMenu()->actions();
    QCOMPARE(entries.size(), 1);
    entries.first()->setChecked(true);
    QCOMPARE(state.filter().categories, QStringList{category});
    QCOMPARE(bar.chips().size(), 1);
    // Shortened, but a megabyte name still shows where it starts.
    QVERIFY(bar.chips().first()->text().size() < 80);
    QVERIFY(bar.chips().first()->toolTip().size() < 500);
    QTest::mouseClick(bar.chips().first(), Qt::LeftButton);
    QVERIFY(state.filter().isEmpty());
}

void tst_FilterBar::actorDialogSearchesPlainText()
{
    QList<Actor> actors;
    const QStringList names = {QStringLiteral("China"), QStringLiteral("100% Party"), QStringLiteral("A*B"),
                               QStringLiteral("NEAR(a b)"), QStringLiteral("Korea")};
    for (int i = 0; i < names.size(); ++i) {
        Actor actor;
        actor.id = i + 1;
        actor.name = names.at(i);
        actors.append(actor);
    }
    ActorFilterDialog dialog(actors, {5});
    auto visible = [&dialog] {
        QStringList shown;
        for (int row = 0; row < dialog.list()->count(); ++row) {
            if (!dialog.list()->item(row)->isHidden())
                shown << dialog.list()->item(row)->text();
        }
        return shown;
    };
    QCOMPARE(dialog.chosenActors(), QList<ItemId>{5});
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("%"));
    QCOMPARE(visible(), QStringList{QStringLiteral("100% Party")});
    dialog.searchEdit()->setText(QStringLiteral("*"));
    QCOMPARE(visible(), QStringList{QStringLiteral("A*B")});
    dialog.searchEdit()->setText(QStringLiteral("a b"));
    QCOMPARE(visible(), QStringList{QStringLiteral("NEAR(a b)")});
    dialog.searchEdit()->setText(QString(QChar(0)));
    QCOMPARE(visible(), QStringList{});
    dialog.searchEdit()->setText(QString(1 << 20, QLatin1Char('a')));
    QCOMPARE(visible(), QStringList{});
    dialog.searchEdit()->clear();
    QCOMPARE(visible().size(), names.size());
    dialog.list()->item(0)->setCheckState(Qt::Checked); // "100% Party", sorted first
    QCOMPARE(dialog.chosenActors(), (QList<ItemId>{2, 5}));
}

void tst_FilterBar::periodDialogSaysWhatIsWrong_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("years") << QStringLiteral("1950") << QStringLiteral("1961") << true;
    QTest::newRow("one year") << QStringLiteral("1950") << QStringLiteral("1950") << true;
    QTest::newRow("BCE") << QStringLiteral("44 BCE") << QStringLiteral("AD 14") << true;
    QTest::newRow("backwards") << QStringLiteral("1961") << QStringLiteral("1950") << false;
    QTest::newRow("nonsense") << QStringLiteral("soon") << QStringLiteral("1950") << false;
    QTest::newRow("empty") << QString() << QStringLiteral("1950") << false;
    QTest::newRow("quote") << QStringLiteral("\"") << QStringLiteral("1950") << false;
    QTest::newRow("percent") << QStringLiteral("1950") << QStringLiteral("%") << false;
    QTest::newRow("FTS") << QStringLiteral("NEAR(a b)") << QStringLiteral("a OR b") << false;
    QTest::newRow("NUL") << QString(QChar(0)) << QStringLiteral("1950") << false;
    QTest::newRow("megabyte") << QString(1 << 20, QLatin1Char('9')) << QStringLiteral("1950") << false;
}

void tst_FilterBar::periodDialogSaysWhatIsWrong()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, accepted);
    DateRangeDialog dialog(from, to);
    dialog.show();
    dialog.accept();
    QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
    QCOMPARE(dialog.errorLabel()->isVisible(), !accepted);
    QCOMPARE(dialog.errorLabel()->text().isEmpty(), accepted);
    if (accepted) {
        QVERIFY(dialog.rangeEnd() > dialog.rangeStart());
        QCOMPARE(dialog.rangeStart(), DateParser::parse(from).date.seconds());
        QCOMPARE(dialog.rangeEnd(), DateParser::parse(to).date.periodEnd());
    }
}

void tst_FilterBar::visibleWindowBecomesTheRange()
{
    const AtlasData data = smallAtlas();
    ViewState state;
    state.setWindow(1000, 5000);
    FilterBar bar;
    bar.setAtlas(&data);
    bar.setViewState(&state);
    bar.visibleWindowAction()->trigger();
    QCOMPARE(state.filter().rangeStart, 1000);
    QCOMPARE(state.filter().rangeEnd, 5000);
    QCOMPARE(bar.chips().size(), 1);
}

void tst_FilterBar::everyViewFollowsTheFilter()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    QString error;
    window.setAtlas(Atlas::openSampleInMemory(&error));
    QVERIFY2(window.atlas(), qPrintable(error));
    window.resize(1400, 900);
    window.show();
    window.graphView()->setAnimated(false);
    const AtlasData &data = window.atlas()->data();
    const ItemId china = actorNamed(data, QStringLiteral("China"));
    QVERIFY(china != 0);
    ViewState *state = window.viewState();
    window.viewState()->setSelectedActor(china);

    const EventIndex *before = window.timelineView()->canvas().index();
    QVERIFY(before && before->size() > 0);
    const qsizetype allEvents = before->size();
    const quint64 overviewBefore = histogramTotal(window.timelineColumn()->overview()->histogram());
    const quint64 activityBefore = activityTotal(*window.actorPanel()->activityChart());
    const qint64 windowStart = state->windowStart();
    const qint64 windowEnd = state->windowEnd();
    QVERIFY(!window.filterBar()->isVisible());

    ViewFilter filter;
    filter.actors = {china};
    filter.minimumImportance = 4;
    state->setFilter(filter);
    QVERIFY(window.filterBar()->isVisible());
    QCOMPARE(window.filterBar()->chips().size(), 2);

    // The timeline draws only events naming China, of importance 4 or 5, and
    // stays where it was.
    const EventIndex *after = window.timelineView()->canvas().index();
    QVERIFY(after && after->size() > 0);
    QVERIFY(after->size() < allEvents);
    for (qsizetype row = 0; row < after->size(); ++row) {
        QVERIFY(names(*after, row, china));
        QVERIFY(after->importance(row) >= 4);
    }
    QCOMPARE(state->windowStart(), windowStart);
    QCOMPARE(state->windowEnd(), windowEnd);

    // The overview counts them over the whole atlas's years.
    const EventHistogram &overview = window.timelineColumn()->overview()->histogram();
    QVERIFY(histogramTotal(overview) < overviewBefore);
    const EventHistogram expected = EventHistogram::build(*after, overview.from(), overview.to(), overview.size());
    QCOMPARE(histogramTotal(overview), histogramTotal(expected));

    // The actor panel's bars count fewer of China's events.
    QVERIFY(activityTotal(*window.actorPanel()->activityChart()) < activityBefore);

    // The event list lists exactly those events.
    QAbstractItemModel *table = window.eventTablePanel()->view()->model();
    QCOMPARE(table->rowCount(), int(after->size()));
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(after->rowOf(table->index(row, 0).data(EventTableModel::EventIdRole).toLongLong()) >= 0);

    // The graph shows China and its partners, and only relations touching China.
    const GraphFrame &frame = window.graphView()->canvas().frame();
    const AllianceGraph &graph = *window.graphView()->graph();
    const QSet<ItemId> shown = actorsShown(state->filter(), data.relations);
    for (qsizetype relation : frame.relations) {
        const Relation &r = graph.relations().at(relation);
        QVERIFY(r.sourceId == china || r.targetId == china);
    }
    int present = 0;
    for (qsizetype i = 0; i < graph.actors().size(); ++i) {
        const bool visible = frame.nodes[std::size_t(i)] != GraphFrame::NodeState::Hidden;
        if (visible)
            ++present;
        QVERIFY(!visible || shown.contains(graph.actors().at(i).id));
    }
    QVERIFY(present >= 1 && present < graph.actors().size());

    // Removing the conditions brings everything back.
    QTest::mouseClick(window.filterBar()->clearAllButton(), Qt::LeftButton);
    QCOMPARE(window.timelineView()->canvas().index()->size(), allEvents);
    QCOMPARE(table->rowCount(), int(allEvents));
    QCOMPARE(histogramTotal(window.timelineColumn()->overview()->histogram()), overviewBefore);
    QCOMPARE(activityTotal(*window.actorPanel()->activityChart()), activityBefore);
    QVERIFY(!window.filterBar()->isVisible());
}

void tst_FilterBar::graphKindsAreTheFiltersKinds()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    QString error;
    window.setAtlas(Atlas::openSampleInMemory(&error));
    QVERIFY2(window.atlas(), qPrintable(error));
    GraphView *graph = window.graphView();
    graph->setAnimated(false);
    graph->setShowsWholeWindow(true);
    window.timelineView()->fitAll(false);
    const GraphFrame &frame = graph->canvas().frame();
    auto kindsShown = [&] {
        QSet<RelationKind> kinds;
        for (qsizetype relation : frame.relations)
            kinds.insert(graph->graph()->relations().at(relation).kind);
        return kinds;
    };
    QVERIFY(kindsShown().size() >= 2);
    const RelationKind hidden = *kindsShown().begin();

    // The graph's own menu writes the view filter...
    QAction *kindAction = nullptr;
    for (QAction *action : graph->kindActions()) {
        if (RelationKind(action->data().toInt()) == hidden)
            kindAction = action;
    }
    QVERIFY(kindAction);
    kindAction->setChecked(false);
    QVERIFY(!window.viewState()->filter().showsRelationKind(hidden));
    QVERIFY(!kindsShown().contains(hidden));
    QCOMPARE(window.filterBar()->chips().size(), 1);
    QVERIFY(window.filterBar()->chips().first()->text().startsWith(QStringLiteral("Kinds: 10 of 11")));

    // ...and follows it: removing the chip shows the kind again.
    QTest::mouseClick(window.filterBar()->chips().first(), Qt::LeftButton);
    QVERIFY(kindAction->isChecked());
    QVERIFY(kindsShown().contains(hidden));
    QCOMPARE(graph->shownKinds(), ViewFilter::allRelationKinds());

    // The filter bar's own kinds menu is the same filter.
    Q_EMIT window.filterBar()->kindsMenu()->aboutToShow();
    for (QAction *action : window.filterBar()->kindsMenu()->actions()) {
        if (action->isCheckable() && QString(action->text()).remove(QLatin1Char('&')) == relationKindName(hidden))
            action->setChecked(false);
    }
    QVERIFY(!kindAction->isChecked());
    QVERIFY(!kindsShown().contains(hidden));
}

void tst_FilterBar::nastyFiltersOnTheSampleShowNothingAndNoCrash_data()
{
    addNastyCategoryRows();
}

void tst_FilterBar::nastyFiltersOnTheSampleShowNothingAndNoCrash()
{
    QFETCH(QString, category);
    MainWindow window(MainWindow::SettingsUse::Ignore);
    QString error;
    window.setAtlas(Atlas::openSampleInMemory(&error));
    QVERIFY2(window.atlas(), qPrintable(error));
    window.graphView()->setAnimated(false);
    ViewFilter filter;
    filter.categories = {category};
    window.viewState()->setFilter(filter);
    QCOMPARE(window.timelineView()->canvas().index()->size(), 0);
    QCOMPARE(window.eventTablePanel()->view()->model()->rowCount(), 0);
    QCOMPARE(window.filterBar()->chips().size(), 1);
    // Typing the same into the event list's search keeps it empty, and clearing the
    // filter brings every event back under that search.
    window.eventTablePanel()->filterEdit()->setText(category);
    QCOMPARE(window.eventTablePanel()->view()->model()->rowCount(), 0);
    window.eventTablePanel()->filterEdit()->clear();
    window.viewState()->setFilter(ViewFilter{});
    QCOMPARE(window.eventTablePanel()->view()->model()->rowCount(),
             int(window.timelineView()->canvas().index()->size()));
    window.viewState()->setFilter(filter);
    window.resize(1200, 800);
    QVERIFY(!window.grab().isNull()); // every view paints the filtered atlas and the chip
}

QTEST_MAIN(tst_FilterBar)
#include "tst_filterbar.moc"
