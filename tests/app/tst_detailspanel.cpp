// SPDX-License-Identifier: GPL-3.0-or-later
#include "actornames.h"
#include "atlas.h"
#include "detailspanel.h"
#include "../models/textdocument_testing.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>

#include <memory>

using namespace Annals;

namespace {

HistoricalDate day(int year, int month, int dayOfMonth)
{
    return HistoricalDate::fromCivil(CivilDateTime{year, month, dayOfMonth, 0, 0, 0}, Precision::Day);
}

// Two actors, two linked events, a relation between the actors and a source:
// every kind of link the panel makes, with text the test chooses.
AtlasData madeUpAtlas(const QString &title, const QString &place, const QString &description)
{
    AtlasData data;
    data.actors = {Actor{7, QStringLiteral("Northland"), {}, ActorKind::State, {}, {}, day(1900, 1, 1), {}},
                   Actor{8, QStringLiteral("Southland"), {}, ActorKind::State, {}, {}, day(1900, 1, 1), {}}};
    Event first{11, title, description, QStringLiteral("war"), place, 3, TimeSpan{day(1950, 6, 25), {}},
                {EventActor{7, QStringLiteral("attacker")}, EventActor{8, {}}}, {}};
    Event second{12, QStringLiteral("Armistice"), {}, {}, {}, 3, TimeSpan{day(1953, 7, 27), {}}, {}, {}};
    data.events = {first, second};
    data.eventLinks = {EventLink{1, 11, 12, EventLinkKind::LeadsTo}};
    Relation war;
    war.id = 21;
    war.sourceId = 7;
    war.targetId = 8;
    war.kind = RelationKind::War;
    war.when = TimeSpan{day(1950, 6, 25), day(1953, 7, 27)};
    war.beginEventId = 11;
    data.relations = {war};
    data.sources = {Source{31, QStringLiteral("A history"), QStringLiteral("A. Writer"), QStringLiteral("A Press"),
                           QStringLiteral("2001"), QStringLiteral("https://example.org/history"), {}, {}, {}}};
    data.citations = {Citation{41, 31, QStringLiteral("event"), 11, QStringLiteral("p. 12"), QStringLiteral("the first day")}};
    return data;
}

} // namespace

class tst_DetailsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void withoutASelectionItShowsAHint();
    void sampleEventShowsWhatIsKnown();
    void actorsAreNamedAsAtTheEventsDate();
    void madeUpEventShowsEveryPart();
    void descriptionMarkdownRenders();
    void hostileTextIsNeutralised_data();
    void hostileTextIsNeutralised();
    void aMegabyteDescriptionShows();
    void clickingAWebLinkOpensIt_data();
    void clickingAWebLinkOpensIt();
    void clickingANeutralisedLinkDoesNothing_data();
    void clickingANeutralisedLinkDoesNothing();
    void clickingAnItemSelectsIt_data();
    void clickingAnItemSelectsIt();
    void actorShowsNamesOverTime();
    void growsWithTheFont();
    void renderForALook();

private:
    void click(const QString &text);
    ItemId sampleEvent(const QString &title) const;
    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<DetailsPanel> m_panel;
    AtlasData m_madeUp;
};

void tst_DetailsPanel::initTestCase()
{
    QString error;
    m_atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_atlas, qPrintable(error));
}

void tst_DetailsPanel::init()
{
    m_panel = std::make_unique<DetailsPanel>();
    m_panel->setOpensLinksInBrowser(false);
    m_panel->setAtlasData(&m_atlas->data());
    m_panel->resize(420, 700);
}

void tst_DetailsPanel::cleanup()
{
    m_panel.reset();
}

ItemId tst_DetailsPanel::sampleEvent(const QString &title) const
{
    for (const Event &event : m_atlas->data().events)
        if (event.title == title)
            return event.id;
    qFatal("The sample atlas has no event \"%s\"", qPrintable(title));
}

void tst_DetailsPanel::click(const QString &text)
{
    // A real click on the middle of the text, as a reader would.
    QTextBrowser *browser = m_panel->browser();
    const QTextCursor found = browser->document()->find(text);
    QVERIFY2(!found.isNull(), qPrintable(text));
    QTextCursor middle(browser->document());
    middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
    browser->setTextCursor(middle);
    browser->ensureCursorVisible();
    const QPoint point = browser->cursorRect(middle).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
}

void tst_DetailsPanel::withoutASelectionItShowsAHint()
{
    QVERIFY(m_panel->text().contains(QLatin1String("Select an event")));
    m_panel->displayEvent(-5);
    QCOMPARE(m_panel->shownEvent(), ItemId(0));
    QVERIFY(m_panel->text().contains(QLatin1String("Select an event")));
}

void tst_DetailsPanel::sampleEventShowsWhatIsKnown()
{
    const AtlasData &data = m_atlas->data();
    const ItemId id = sampleEvent(QStringLiteral("Death of Kim Jong-il"));
    m_panel->displayEvent(id);
    QCOMPARE(m_panel->shownEvent(), id);
    const QString text = m_panel->text();
    const Event &event = *std::find_if(data.events.cbegin(), data.events.cend(), [id](const Event &e) { return e.id == id; });
    QVERIFY(text.contains(event.title));
    QVERIFY2(text.contains(QLatin1String("17 Dec 2011")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Known to the day.")));
    QVERIFY(text.contains(event.place));
    const ActorNames names(data);
    for (const EventActor &actor : event.actors)
        QVERIFY(text.contains(names.nameAt(actor.actorId, event.when.start.seconds())));
    int cited = 0;
    for (const Citation &citation : data.citations) {
        if (citation.itemKind != QLatin1String("event") || citation.itemId != id)
            continue;
        for (const Source &source : data.sources) {
            if (source.id == citation.sourceId) {
                QVERIFY2(text.contains(source.title), qPrintable(source.title));
                QVERIFY(inspectDocument(*m_panel->browser()->document()).links.contains(source.url));
                ++cited;
            }
        }
    }
    QVERIFY(cited > 0);
    // In the sample, this death leads to Kim Jong-un's succession and ends
    // Kim Jong-il's leadership.
    QVERIFY(text.contains(QLatin1String("Leads to: Kim Jong-un becomes supreme leader")));
    QVERIFY2(text.contains(QLatin1String("ends with this event")), qPrintable(text));
    QCOMPARE(m_panel->refusedResourceRequests(), 0);
}

void tst_DetailsPanel::actorsAreNamedAsAtTheEventsDate()
{
    // Actor 24 is the Soviet Union until 1991 and the Russian Federation after.
    const AtlasData &data = m_atlas->data();
    const ActorNames names(data);
    QStringList seen;
    for (const Event &event : data.events) {
        const bool withRussia = std::any_of(event.actors.cbegin(), event.actors.cend(), [](const EventActor &a) { return a.actorId == 24; });
        if (!withRussia)
            continue;
        m_panel->displayEvent(event.id);
        const QString name = names.nameAt(24, event.when.start.seconds());
        QVERIFY2(m_panel->text().contains(name), qPrintable(event.title));
        seen << name;
    }
    seen.removeDuplicates();
    QVERIFY2(seen.contains(QLatin1String("Soviet Union")) && seen.contains(QLatin1String("Russian Federation")), qPrintable(seen.join(u',')));
}

void tst_DetailsPanel::madeUpEventShowsEveryPart()
{
    m_madeUp = madeUpAtlas(QStringLiteral("Invasion"), QStringLiteral("The border"), QStringLiteral("It began."));
    m_panel->setAtlasData(&m_madeUp);
    m_panel->displayEvent(11);
    const QString text = m_panel->text();
    for (const char *expected : {"Invasion", "25 Jun 1950", "Place: The border", "Northland (attacker)", "Southland", "It began.",
                                 "Leads to: Armistice", "War: Northland – Southland", "begins with this event",
                                 "A history, A. Writer, A Press, 2001, p. 12", "the first day"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QStringList expectedLinks{QStringLiteral("annals:actor/7"), QStringLiteral("annals:actor/8"), QStringLiteral("annals:event/12"),
                              QStringLiteral("annals:relation/21"), QStringLiteral("https://example.org/history")};
    QStringList links = inspectDocument(*m_panel->browser()->document()).links;
    links.sort();
    expectedLinks.sort();
    QCOMPARE(links, expectedLinks);
    // From the other end, the link reads the other way.
    m_panel->displayEvent(12);
    QVERIFY(m_panel->text().contains(QLatin1String("Follows from: Invasion")));
}

void tst_DetailsPanel::descriptionMarkdownRenders()
{
    m_madeUp = madeUpAtlas(QStringLiteral("Invasion"), {},
                           QStringLiteral("It *began* at dawn.\n\n- one\n- two\n\nSee [the record](https://example.org/record)."));
    m_panel->setAtlasData(&m_madeUp);
    m_panel->displayEvent(11);
    const ShownText shown = inspectDocument(*m_panel->browser()->document());
    QVERIFY(shown.italics >= 1);
    QVERIFY(shown.listItems >= 2);
    QVERIFY(shown.links.contains(QLatin1String("https://example.org/record")));
    QVERIFY(m_panel->text().contains(QLatin1String("It began at dawn.")));
}

void tst_DetailsPanel::hostileTextIsNeutralised_data()
{
    QTest::addColumn<QString>("hostile");
    QTest::addColumn<QString>("shownAsTitle");
    QTest::newRow("script") << "<script>alert(1)</script>" << "<script>alert(1)</script>";
    QTest::newRow("html image") << "<img src=http://evil/x.png>" << "<img src=http://evil/x.png>";
    QTest::newRow("markdown image") << "![x](http://evil/x.png)" << "![x](http://evil/x.png)";
    QTest::newRow("javascript link") << "[a](javascript:alert(1))" << "[a](javascript:alert(1))";
    QTest::newRow("file link") << "[a](file:///etc/passwd)" << "[a](file:///etc/passwd)";
    QTest::newRow("html link") << "<a href=\"http://x\">x</a>" << "<a href=\"http://x\">x</a>";
    QTest::newRow("percent") << "100% %1 %n %s" << "100% %1 %n %s";
    QTest::newRow("NUL bytes") << QStringLiteral("a%1b%1").arg(QChar(0)) << "ab";
    QTest::newRow("entities") << "&lt;b&gt; &amp; &#65;" << "&lt;b&gt; &amp; &#65;";
    QTest::newRow("style") << "<style>*{background:url(http://evil/)}</style>" << "<style>*{background:url(http://evil/)}</style>";
}

void tst_DetailsPanel::hostileTextIsNeutralised()
{
    QFETCH(QString, hostile);
    QFETCH(QString, shownAsTitle);
    // The same text as title, place, description, role, source and note.
    m_madeUp = madeUpAtlas(hostile, hostile, hostile);
    m_madeUp.events[0].actors[0].role = hostile;
    m_madeUp.sources[0].title = hostile;
    m_madeUp.sources[0].url = hostile;
    m_madeUp.citations[0].note = hostile;
    m_panel->setAtlasData(&m_madeUp);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->displayEvent(11);
    (void)m_panel->grab(); // lays out and paints everything there is
    const QString text = m_panel->text();
    QVERIFY2(text.startsWith(shownAsTitle), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Place: ") + shownAsTitle));
    QVERIFY(!text.contains(QChar(0)));
    const ShownText shown = inspectDocument(*m_panel->browser()->document());
    QCOMPARE(shown.images, 0);
    for (const QString &href : shown.links)
        QVERIFY2(href.startsWith(QLatin1String("annals:")), qPrintable(href));
    QCOMPARE(m_panel->refusedResourceRequests(), 0);
}

void tst_DetailsPanel::aMegabyteDescriptionShows()
{
    QString description;
    const QString paragraph = QStringLiteral("Some *text*, [a link](https://example.org/) and ![img](http://evil/x.png).\n\n");
    while (description.size() < 1024 * 1024)
        description += paragraph;
    description += QStringLiteral("The end.");
    m_madeUp = madeUpAtlas(QStringLiteral("Long"), {}, description);
    m_panel->setAtlasData(&m_madeUp);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QElapsedTimer timer;
    timer.start();
    m_panel->displayEvent(11);
    const qint64 composed = timer.elapsed();
    (void)m_panel->grab();
    qInfo("A 1 MB description shown in %lld ms (%lld ms to compose)", timer.elapsed(), composed);
    QVERIFY(m_panel->text().contains(QLatin1String("The end.")));
    QCOMPARE(inspectDocument(*m_panel->browser()->document()).images, 0);
    QCOMPARE(m_panel->refusedResourceRequests(), 0);
}

void tst_DetailsPanel::clickingAWebLinkOpensIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    QTest::newRow("in the description") << "the record" << "https://example.org/record";
    QTest::newRow("plain http") << "old page" << "http://example.org/old";
    QTest::newRow("a source") << "A history" << "https://example.org/history";
}

void tst_DetailsPanel::clickingAWebLinkOpensIt()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    m_madeUp = madeUpAtlas(QStringLiteral("Invasion"), {},
                           QStringLiteral("See [the record](https://example.org/record) and [old page](http://example.org/old)."));
    m_panel->setAtlasData(&m_madeUp);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->displayEvent(11);
    QSignalSpy opened(m_panel.get(), &DetailsPanel::linkOpened);
    click(text);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toUrl(), QUrl(url));
}

void tst_DetailsPanel::clickingANeutralisedLinkDoesNothing_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("javascript") << "[danger](javascript:alert(1))";
    QTest::newRow("file") << "[danger](file:///etc/passwd)";
    QTest::newRow("data") << "[danger](data:text/html,hello)";
    QTest::newRow("ftp") << "[danger](ftp://example.org/)";
    QTest::newRow("relative") << "[danger](../x.html)";
    QTest::newRow("an item link in the description") << "[danger](annals:actor/7)";
    QTest::newRow("raw html") << "<a href=\"http://example.org/\">danger</a>";
}

void tst_DetailsPanel::clickingANeutralisedLinkDoesNothing()
{
    QFETCH(QString, markdown);
    m_madeUp = madeUpAtlas(QStringLiteral("Invasion"), {}, markdown);
    m_panel->setAtlasData(&m_madeUp);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->displayEvent(11);
    QSignalSpy opened(m_panel.get(), &DetailsPanel::linkOpened);
    QSignalSpy actor(m_panel.get(), &DetailsPanel::actorActivated);
    click(QStringLiteral("danger"));
    QCOMPARE(opened.size(), 0);
    QCOMPARE(actor.size(), 0);
    // The click would have landed: the same click on a real link works.
    click(QStringLiteral("Northland"));
    QCOMPARE(actor.size(), 1);
}

void tst_DetailsPanel::clickingAnItemSelectsIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("signal");
    QTest::addColumn<ItemId>("id");
    QTest::newRow("actor") << "Northland" << "actor" << ItemId(7);
    QTest::newRow("other actor") << "Southland" << "actor" << ItemId(8);
    QTest::newRow("linked event") << "Armistice" << "event" << ItemId(12);
    QTest::newRow("relation") << "War: Northland" << "relation" << ItemId(21);
}

void tst_DetailsPanel::clickingAnItemSelectsIt()
{
    QFETCH(QString, text);
    QFETCH(QString, signal);
    QFETCH(ItemId, id);
    m_madeUp = madeUpAtlas(QStringLiteral("Invasion"), {}, {});
    m_panel->setAtlasData(&m_madeUp);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->displayEvent(11);
    QSignalSpy actor(m_panel.get(), &DetailsPanel::actorActivated);
    QSignalSpy event(m_panel.get(), &DetailsPanel::eventActivated);
    QSignalSpy relation(m_panel.get(), &DetailsPanel::relationActivated);
    QSignalSpy opened(m_panel.get(), &DetailsPanel::linkOpened);
    click(text);
    QCOMPARE(actor.size(), signal == QLatin1String("actor") ? 1 : 0);
    QCOMPARE(event.size(), signal == QLatin1String("event") ? 1 : 0);
    QCOMPARE(relation.size(), signal == QLatin1String("relation") ? 1 : 0);
    QCOMPARE(opened.size(), 0);
    const QSignalSpy &fired = signal == QLatin1String("actor") ? actor : signal == QLatin1String("event") ? event : relation;
    QCOMPARE(fired.at(0).at(0).value<ItemId>(), id);
}

void tst_DetailsPanel::actorShowsNamesOverTime()
{
    m_panel->displayActor(24);
    QCOMPARE(m_panel->shownActor(), ItemId(24));
    QCOMPARE(m_panel->shownEvent(), ItemId(0));
    const QString text = m_panel->text();
    QVERIFY2(text.contains(QLatin1String("Soviet Union")) && text.contains(QLatin1String("Russian Federation")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("State")));
    QVERIFY(text.contains(QLatin1String("Sources")));
    m_panel->displayActor(999999);
    QCOMPARE(m_panel->shownActor(), ItemId(0));
}

void tst_DetailsPanel::growsWithTheFont()
{
    m_panel->displayEvent(sampleEvent(QStringLiteral("Death of Kim Jong-il")));
    const qreal normal = m_panel->browser()->document()->defaultFont().pointSizeF();
    m_panel->setFontScale(1.75);
    QCOMPARE(m_panel->browser()->document()->defaultFont().pointSizeF(), normal * 1.75);
    m_panel->setFontScale(1.0);
    QCOMPARE(m_panel->browser()->document()->defaultFont().pointSizeF(), normal);
}

void tst_DetailsPanel::renderForALook()
{
    const QString folder = qEnvironmentVariable("ANNALS_LOOK_DIR");
    if (folder.isEmpty())
        QSKIP("Set ANNALS_LOOK_DIR to write the panel's pictures.");
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->displayEvent(sampleEvent(QStringLiteral("Death of Kim Jong-il")));
    for (const qreal scale : {1.0, 1.75}) {
        m_panel->setFontScale(scale);
        m_panel->resize(int(400 * scale), int(640 * scale));
        QTest::qWait(50);
        QVERIFY(m_panel->grab().save(QStringLiteral("%1/detailspanel-%2x.png").arg(folder).arg(scale)));
    }
    m_madeUp = madeUpAtlas(QStringLiteral("<b>Not bold</b> & 100%"), QStringLiteral("<img src=http://evil/x.png>"),
                           QStringLiteral("A *Markdown* description with **strength**:\n\n- a [web link](https://example.org/)\n"
                                          "- a [script link](javascript:alert(1))\n- an image: ![tracker](http://evil/x.png)\n\n"
                                          "<script>alert(1)</script>"));
    m_panel->setAtlasData(&m_madeUp);
    m_panel->setFontScale(1.0);
    m_panel->resize(400, 640);
    m_panel->displayEvent(11);
    QTest::qWait(50);
    QVERIFY(m_panel->grab().save(QStringLiteral("%1/detailspanel-hostile.png").arg(folder)));
}

QTEST_MAIN(tst_DetailsPanel)
#include "tst_detailspanel.moc"
