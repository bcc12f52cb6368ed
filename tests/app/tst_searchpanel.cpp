// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlas.h"
#include "detailspanel.h"
#include "mainwindow.h"
#include "searchpanel.h"
#include "searchresultsmodel.h"
#include "timelineview.h"
#include "viewstate.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Annals;

namespace {

QModelIndex firstHitIn(const SearchResultsModel *model, SearchGroup wanted)
{
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        if (group.data(SearchResultsModel::GroupRole).toInt() == int(wanted))
            return model->index(0, 0, group);
    }
    return {};
}

} // namespace

class tst_SearchPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void typingSearchesAfterAPause();
    void downAndEnterPickTheResult();
    void enterWithoutMovingPicksTheFirst();
    void eachGroupSaysWhatWasPicked();
    void showMoreFetchesMoreOfThatKind();
    void escapeClears();
    void nastyTextIsOnlyText_data();
    void nastyTextIsOnlyText();
    void noAtlasDisablesThePanel();
    void matchesAreDrawnBold();
    void ctrlFSearchesTheAtlasAndZoomsToTheResult();
    void sourceResultsShowTheSource();

private:
    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<SearchPanel> m_panel;
};

void tst_SearchPanel::initTestCase()
{
    QString error;
    m_atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_atlas, qPrintable(error));
}

void tst_SearchPanel::init()
{
    m_panel = std::make_unique<SearchPanel>();
    Atlas *atlas = m_atlas.get();
    m_panel->setSearcher([atlas](const QString &text, const auto &perGroup) { return atlas->search(text, perGroup); },
                         &atlas->data());
    m_panel->resize(360, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_SearchPanel::cleanup()
{
    m_panel.reset();
}

void tst_SearchPanel::typingSearchesAfterAPause()
{
    QVERIFY(!m_panel->statusText().isEmpty()); // the hint
    QTest::keyClicks(m_panel->searchEdit(), QStringLiteral("armis"));
    // Not one search per key: nothing yet, then the results.
    QCOMPARE(m_panel->resultsModel()->rowCount(), 0);
    QTRY_VERIFY(m_panel->resultsModel()->rowCount() > 0);
    const QModelIndex first = m_panel->resultsModel()->firstHit();
    QVERIFY(first.data().toString().contains(QStringLiteral("Armistice")));
    QVERIFY(m_panel->statusText().isEmpty());
    // Groups are expanded: the hit rows are visible.
    QVERIFY(m_panel->resultsView()->visualRect(first).isValid());
}

void tst_SearchPanel::downAndEnterPickTheResult()
{
    QSignalSpy events(m_panel.get(), &SearchPanel::eventChosen);
    m_panel->searchNow(QStringLiteral("treaty"));
    QVERIFY(m_panel->resultsModel()->hitCount() >= 3);
    m_panel->searchEdit()->setFocus();
    QTest::keyClick(m_panel->searchEdit(), Qt::Key_Down);
    QTest::keyClick(m_panel->searchEdit(), Qt::Key_Down);
    const QModelIndex second = m_panel->resultsView()->currentIndex();
    QCOMPARE(second.row(), 1);
    QCOMPARE(second.data(SearchResultsModel::GroupRole).toInt(), int(SearchGroup::Events));
    QTest::keyClick(m_panel->searchEdit(), Qt::Key_Return);
    QCOMPARE(events.count(), 1);
    QCOMPARE(events.at(0).at(0).toLongLong(), second.data(SearchResultsModel::ItemIdRole).toLongLong());
    // Up goes back; it never lands on a group heading.
    QTest::keyClick(m_panel->searchEdit(), Qt::Key_Up);
    QTest::keyClick(m_panel->searchEdit(), Qt::Key_Up);
    QCOMPARE(m_panel->resultsView()->currentIndex().data(SearchResultsModel::RowKindRole).toInt(),
             int(SearchResultsModel::RowKind::Hit));
    QCOMPARE(m_panel->resultsView()->currentIndex().row(), 0);
}

void tst_SearchPanel::enterWithoutMovingPicksTheFirst()
{
    QSignalSpy events(m_panel.get(), &SearchPanel::eventChosen);
    m_panel->searchEdit()->setFocus();
    QTest::keyClicks(m_panel->searchEdit(), QStringLiteral("armistice"));
    // Enter before the pause is over searches at once.
    QTest::keyClick(m_panel->searchEdit(), Qt::Key_Return);
    QCOMPARE(events.count(), 1);
    QCOMPARE(events.at(0).at(0).toLongLong(), m_panel->resultsModel()->firstHit().data(SearchResultsModel::ItemIdRole).toLongLong());
}

void tst_SearchPanel::eachGroupSaysWhatWasPicked()
{
    QSignalSpy actors(m_panel.get(), &SearchPanel::actorChosen);
    QSignalSpy relations(m_panel.get(), &SearchPanel::relationChosen);
    QSignalSpy sources(m_panel.get(), &SearchPanel::sourceChosen);
    m_panel->searchNow(QStringLiteral("treaty"));
    SearchResultsModel *model = m_panel->resultsModel();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        const QModelIndex hit = model->index(0, 0, group);
        m_panel->resultsView()->setCurrentIndex(hit);
        m_panel->resultsView()->setFocus();
        QTest::keyClick(m_panel->resultsView(), Qt::Key_Return);
    }
    QVERIFY(!m_atlas->search(QStringLiteral("treaty"), {0, 1, 1, 1}).in(SearchGroup::Relations).isEmpty());
    QCOMPARE(relations.count(), 1);
    QCOMPARE(actors.count(), m_atlas->search(QStringLiteral("treaty"), {0, 1, 0, 0}).in(SearchGroup::Actors).isEmpty() ? 0 : 1);
    QCOMPARE(sources.count(), m_atlas->search(QStringLiteral("treaty"), {0, 0, 0, 1}).in(SearchGroup::Sources).isEmpty() ? 0 : 1);
}

void tst_SearchPanel::showMoreFetchesMoreOfThatKind()
{
    m_panel->searchNow(QStringLiteral("korea"));
    SearchResultsModel *model = m_panel->resultsModel();
    const QModelIndex events = model->index(0, 0);
    QCOMPARE(events.data(SearchResultsModel::GroupRole).toInt(), int(SearchGroup::Events));
    QCOMPARE(model->rowCount(events), SearchPanel::firstPageSize + 1);
    const QModelIndex more = model->index(SearchPanel::firstPageSize, 0, events);
    QCOMPARE(more.data(SearchResultsModel::RowKindRole).toInt(), int(SearchResultsModel::RowKind::More));
    const int actorsBefore = model->rowCount(model->index(1, 0));
    m_panel->resultsView()->setCurrentIndex(more);
    m_panel->resultsView()->setFocus();
    QTest::keyClick(m_panel->resultsView(), Qt::Key_Return);
    QVERIFY(model->rowCount(model->index(0, 0)) > SearchPanel::firstPageSize + 1);
    // The current row is the first new one; other groups keep their size.
    QCOMPARE(m_panel->resultsView()->currentIndex().row(), SearchPanel::firstPageSize);
    QCOMPARE(m_panel->resultsView()->currentIndex().data(SearchResultsModel::RowKindRole).toInt(),
             int(SearchResultsModel::RowKind::Hit));
    QCOMPARE(model->rowCount(model->index(1, 0)), actorsBefore);
}

void tst_SearchPanel::escapeClears()
{
    m_panel->searchNow(QStringLiteral("treaty"));
    m_panel->searchEdit()->setFocus();
    QTest::keyClick(m_panel->searchEdit(), Qt::Key_Escape);
    QVERIFY(m_panel->searchEdit()->text().isEmpty());
    QTRY_COMPARE(m_panel->resultsModel()->rowCount(), 0);
}

void tst_SearchPanel::nastyTextIsOnlyText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << QStringLiteral("\"");
    QTest::newRow("quotes around") << QStringLiteral("\"treaty\"");
    QTest::newRow("percent") << QStringLiteral("100%");
    QTest::newRow("star") << QStringLiteral("*");
    QTest::newRow("operators") << QStringLiteral("war OR NOT peace NEAR(a b)");
    QTest::newRow("column") << QStringLiteral("title:treaty");
    QTest::newRow("NUL") << (QStringLiteral("tre") + QChar(0) + QStringLiteral("aty"));
    QTest::newRow("SQL") << QStringLiteral("'); DROP TABLE events; --");
    QTest::newRow("HTML") << QStringLiteral("<b>treaty</b> <img src=x>");
    QTest::newRow("megabyte") << QString(1 << 20, QLatin1Char('x'));
}

void tst_SearchPanel::nastyTextIsOnlyText()
{
    QFETCH(QString, text);
    const qsizetype events = m_atlas->data().events.size();
    m_panel->searchEdit()->setText(text);
    m_panel->refresh();
    QVERIFY2(!m_panel->statusText().contains(QStringLiteral("failed")), qPrintable(m_panel->statusText().left(200)));
    QVERIFY(m_panel->resultsModel()->results().error.isEmpty());
    // The status quotes what was typed escaped and cut short.
    QVERIFY(m_panel->statusText().size() < 400);
    QVERIFY(!m_panel->statusText().contains(QStringLiteral("<img")));
    QString error;
    QVERIFY(m_atlas->reload(&error));
    QCOMPARE(m_atlas->data().events.size(), events);
    m_panel->setSearcher([atlas = m_atlas.get()](const QString &t, const auto &p) { return atlas->search(t, p); },
                         &m_atlas->data());
}

void tst_SearchPanel::noAtlasDisablesThePanel()
{
    m_panel->searchNow(QStringLiteral("treaty"));
    QVERIFY(m_panel->resultsModel()->rowCount() > 0);
    m_panel->setSearcher({}, nullptr);
    QVERIFY(!m_panel->isEnabled());
    QCOMPARE(m_panel->resultsModel()->rowCount(), 0);
    QVERIFY(m_panel->statusText().contains(QStringLiteral("Open an atlas")));
}

void tst_SearchPanel::matchesAreDrawnBold()
{
    // The title line is as wide as its plain runs plus its matched runs in
    // bold: wider than the same title all plain.
    m_panel->searchNow(QStringLiteral("armistice"));
    const QModelIndex first = m_panel->resultsModel()->firstHit();
    const QString marked = first.data(SearchResultsModel::MarkedTitleRole).toString();
    const auto runs = AtlasSearch::markedRuns(marked);
    QVERIFY(std::any_of(runs.begin(), runs.end(), [](const auto &run) { return run.second; }));
    QTreeView *view = m_panel->resultsView();
    const QRect rect = view->visualRect(first);
    QVERIFY(rect.height() >= 2 * view->fontMetrics().height());
    QFont bold = view->font();
    bold.setBold(true);
    int expected = 0;
    for (const auto &[text, matched] : runs)
        expected += QFontMetrics(matched ? bold : view->font()).horizontalAdvance(text);
    const int plain = view->fontMetrics().horizontalAdvance(AtlasSearch::unmarked(marked));
    QVERIFY2(expected > plain + 2, "the test needs a match whose bold form is visibly wider");
    QVERIFY2(expected < rect.width() - 20, "the title must fit, unelided");
    // The row is current (highlighted) only if picked: it is not, so ink is dark on light.
    const QImage row = view->viewport()->grab(rect).toImage();
    const QColor base = view->palette().color(QPalette::Base);
    int rightmost = -1;
    const int titleBottom = view->fontMetrics().height();
    for (int y = 0; y < titleBottom && y < row.height(); ++y) {
        for (int x = 0; x < row.width(); ++x) {
            const QColor pixel = row.pixelColor(x, y);
            if (std::abs(pixel.lightness() - base.lightness()) > 80)
                rightmost = std::max(rightmost, x);
        }
    }
    const int left = view->visualRect(first).left() - rect.left();
    QVERIFY2(rightmost - left > plain + 1, qPrintable(QStringLiteral("ink ends at %1, plain title %2, bold %3")
                                                         .arg(rightmost - left).arg(plain).arg(expected)));
}

void tst_SearchPanel::ctrlFSearchesTheAtlasAndZoomsToTheResult()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    QString error;
    window.setAtlas(Atlas::openSampleInMemory(&error));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    SearchPanel *panel = window.searchPanel();
    QTRY_VERIFY(panel->searchEdit()->hasFocus());
    QVERIFY(panel->isVisible());
    QTest::keyClicks(panel->searchEdit(), QStringLiteral("armistice"));
    QTest::keyClick(panel->searchEdit(), Qt::Key_Return);
    const ItemId armistice = panel->resultsModel()->firstHit().data(SearchResultsModel::ItemIdRole).toLongLong();
    QVERIFY(armistice != 0);
    QCOMPARE(window.viewState()->selectedEvent(), armistice);
    QCOMPARE(window.detailsPanel()->shownEvent(), armistice);
    // Zoomed to it: the window holds the event and is not the whole atlas.
    const Event *event = nullptr;
    for (const Event &candidate : window.atlas()->data().events)
        if (candidate.id == armistice)
            event = &candidate;
    QVERIFY(event);
    QTRY_VERIFY(window.viewState()->windowStart() <= event->when.start.seconds());
    QTRY_VERIFY(window.viewState()->windowEnd() >= event->when.start.seconds());
    QTRY_VERIFY(window.viewState()->windowEnd() - window.viewState()->windowStart() < 20LL * 365 * 86400);

    // An actor: selected (its events highlighted), the event let go.
    panel->searchNow(QStringLiteral("Khrushchev"));
    const QModelIndex actor = firstHitIn(panel->resultsModel(), SearchGroup::Actors);
    QVERIFY(actor.isValid());
    panel->resultsView()->setCurrentIndex(actor);
    panel->resultsView()->setFocus();
    QTest::keyClick(panel->resultsView(), Qt::Key_Return);
    QCOMPARE(window.viewState()->selectedActor(), actor.data(SearchResultsModel::ItemIdRole).toLongLong());
    QCOMPARE(window.viewState()->selectedEvent(), 0);
}

void tst_SearchPanel::sourceResultsShowTheSource()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    QString error;
    window.setAtlas(Atlas::openSampleInMemory(&error));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSearch(QStringLiteral("SIPRI"));
    SearchPanel *panel = window.searchPanel();
    const QModelIndex source = firstHitIn(panel->resultsModel(), SearchGroup::Sources);
    QVERIFY(source.isValid());
    panel->resultsView()->setCurrentIndex(source);
    panel->resultsView()->setFocus();
    QTest::keyClick(panel->resultsView(), Qt::Key_Return);
    const ItemId id = source.data(SearchResultsModel::ItemIdRole).toLongLong();
    QCOMPARE(window.detailsPanel()->shownSource(), id);
    // What the source supports is listed, as links.
    QVERIFY(window.detailsPanel()->text().contains(QStringLiteral("Cited for")));
}

QTEST_MAIN(tst_SearchPanel)
#include "tst_searchpanel.moc"
