// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlas.h"
#include "historicaldate_testing.h"
#include "timelinejs.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Annals;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/timelinejs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString describe(const QList<ImportIssue> &issues)
{
    QStringList lines;
    for (const ImportIssue &issue : issues)
        lines.append(QStringLiteral("%1:%2 %3: %4").arg(issue.line).arg(issue.column).arg(issue.field, issue.message));
    return lines.join(u'\n');
}

const ImportIssue *issueAt(const QList<ImportIssue> &issues, const QString &field)
{
    for (const ImportIssue &issue : issues) {
        if (issue.field == field)
            return &issue;
    }
    return nullptr;
}

HistoricalDate dateAt(qint64 year, Precision precision, bool approximate = false, int month = 1, int day = 1,
                      int hour = 0, int minute = 0)
{
    return HistoricalDate::fromCivil(civilAt(year, month, day, hour, minute), precision, approximate);
}

const Source *sourceCitedBy(const AtlasData &data, const QString &kind, ItemId id)
{
    for (const Citation &citation : data.citations) {
        if (citation.itemKind != kind || citation.itemId != id)
            continue;
        for (const Source &source : data.sources) {
            if (source.id == citation.sourceId && source.url.startsWith(QLatin1String("http")))
                return &source;
        }
    }
    return nullptr;
}

// A bundle as the atlas would hold it: ids in place of bundle references.
AtlasData asAtlasData(const ImportBundle &bundle)
{
    AtlasData data;
    data.meta = bundle.meta;
    data.events = bundle.events;
    data.eras = bundle.eras;
    data.sources = bundle.sources;
    for (qsizetype i = 0; i < data.events.size(); ++i)
        data.events[i].id = i + 1;
    for (qsizetype i = 0; i < data.sources.size(); ++i)
        data.sources[i].id = i + 1;
    for (Citation citation : bundle.citations) {
        citation.sourceId = bundleIndex(citation.sourceId) + 1;
        if (citation.itemKind == QLatin1String("event"))
            citation.itemId = bundleIndex(citation.itemId) + 1;
        data.citations.append(citation);
    }
    return data;
}

} // namespace

class TestTimelineJs : public QObject
{
    Q_OBJECT

private slots:
    void htmlToMarkdown_data();
    void htmlToMarkdown();
    void htmlToPlainText_data();
    void htmlToPlainText();
    void markdownToHtmlAndBack_data();
    void markdownToHtmlAndBack();
    void completeFixture();
    void dates_data();
    void dates();
    void reusesSourcesByUrl();
    void blankEndDateIsNoEnd();
    void malformed_data();
    void malformed();
    void stopsAfterMaximumErrors();
    void noticesArePlaced();
    void roundTripsTheSample();
    void roundTripsCoarseAndDeepDates();
    void exportIsTimelineJs();
    void realExamples_data();
    void realExamples();
    void survivesMutations();
    void importsIntoAnAtlasFile();
    void hostileInputs_data();
    void hostileInputs();
};

void TestTimelineJs::htmlToMarkdown_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("plain") << "Just text" << "Just text";
    QTest::newRow("paragraphs") << "<p>One</p><p>Two</p>" << "One\n\nTwo";
    QTest::newRow("break") << "One<br>two<br/>three" << "One\\\ntwo\\\nthree";
    QTest::newRow("bold and italic") << "<b>B</b> <strong>S</strong> <i>I</i> <em>E</em>" << "**B** **S** *I* *E*";
    QTest::newRow("emphasis keeps off spaces") << "a<b> bold </b>b" << "a **bold** b";
    QTest::newRow("empty emphasis") << "a<b></b>b" << "ab";
    QTest::newRow("web link") << "see <a href=\"https://example.org/x_(y)\">this</a>."
                              << "see [this](https://example.org/x_(y))."; 
    QTest::newRow("link single quotes") << "<a href='http://example.org' onclick = 'void(0)'>x</a>"
                                        << "[x](http://example.org)";
    QTest::newRow("other links are text") << "<a href=\"javascript:alert(1)\">x</a> <a href=\"#make\">y</a>" << "x y";
    QTest::newRow("lists") << "<ul><li>a</li><li>b</li></ul><ol><li>c</li><li>d</li></ol>"
                           << "- a\n- b\n\n1. c\n2. d";
    QTest::newRow("entities") << "Tom &amp; Jerry &lt;3 &#8212; &#x263A; &eacute; &bogus;"
                              << "Tom & Jerry <3 \u2014 \u263A \u00e9 &bogus;";
    QTest::newRow("markdown characters escaped") << "2*3 = 6_a [x]" << "2\\*3 = 6\\_a \\[x\\]";
    QTest::newRow("scripts dropped") << "a<script>alert(1)</script>b<style>p{}</style>" << "ab";
    QTest::newRow("unknown tags give text") << "<span class=x>a</span><img src=\"file:///etc/passwd\">b" << "ab";
    QTest::newRow("a lone angle bracket") << "1 < 2 and 3 > 2" << "1 < 2 and 3 > 2";
    QTest::newRow("unclosed tag is text") << "a <b" << "a <b";
    QTest::newRow("comment") << "a<!-- hidden -->b" << "ab";
    QTest::newRow("white space collapses") << "  a \n\t b  " << "a b";
    QTest::newRow("headings are paragraphs") << "<h2>Title</h2>text" << "Title\n\ntext";
}

void TestTimelineJs::htmlToMarkdown()
{
    QFETCH(QString, html);
    QFETCH(QString, markdown);
    QCOMPARE(TimelineJs::htmlToMarkdown(html), markdown);
}

void TestTimelineJs::htmlToPlainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("plain");
    QTest::newRow("break") << "Elizabeth Taylor<br/> 1932-2011" << "Elizabeth Taylor 1932-2011";
    QTest::newRow("entities and tags") << "<b>Trade</b> &amp; <i>Empire</i>" << "Trade & Empire";
    QTest::newRow("paragraphs") << "<p>a</p><p>b</p>" << "a b";
    QTest::newRow("no escaping") << "2*3_x" << "2*3_x";
}

void TestTimelineJs::htmlToPlainText()
{
    QFETCH(QString, html);
    QFETCH(QString, plain);
    QCOMPARE(TimelineJs::htmlToPlainText(html), plain);
}

void TestTimelineJs::markdownToHtmlAndBack_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    QTest::newRow("paragraphs") << "One\n\nTwo" << "<p>One</p><p>Two</p>";
    QTest::newRow("emphasis") << "**B** and *I*" << "<p><b>B</b> and <i>I</i></p>";
    QTest::newRow("link") << "see [this](https://example.org/x_(y))"
                          << "<p>see <a href=\"https://example.org/x_(y)\">this</a></p>";
    QTest::newRow("hard break") << "a\\\nb" << "<p>a<br>b</p>";
    QTest::newRow("lists") << "- a\n- b\n\n1. c\n2. d" << "<ul><li>a</li><li>b</li></ul><ol><li>c</li><li>d</li></ol>";
    QTest::newRow("html is text") << "<script>x</script> & \"q\""
                                  << "<p>&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;</p>";
    QTest::newRow("escapes") << "2\\*3 \\_a\\_" << "<p>2*3 _a_</p>";
}

// Markdown → HTML, and the HTML back to the same Markdown: what makes
// descriptions survive a trip through TimelineJS.
void TestTimelineJs::markdownToHtmlAndBack()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(TimelineJs::markdownToHtml(markdown), html);
    if (QTest::currentDataTag() != QLatin1String("html is text"))
        QCOMPARE(TimelineJs::htmlToMarkdown(html), markdown);
}

// A self-written file that uses every field TimelineJS3 documents.
void TestTimelineJs::completeFixture()
{
    const QByteArray json = readFixture(QStringLiteral("complete.json"));
    QVERIFY(!json.isEmpty());
    const ImportResult result = TimelineJs::import(json, AtlasData{});
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    const ImportBundle &bundle = *result.bundle;

    QCOMPARE(bundle.meta.title, QStringLiteral("Trade & Empire on the Silk Road"));
    QCOMPARE(bundle.meta.description,
             QStringLiteral("A test timeline that uses **every** field.\n\nSecond paragraph with a "
                            "[link](https://example.org/silk)."));

    QCOMPARE(bundle.events.size(), 7);
    const Event &zhang = bundle.events.at(0);
    QCOMPARE(zhang.title, QStringLiteral("Zhang Qian's missions"));
    QCOMPARE(zhang.description, QStringLiteral("Zhang Qian travels west.\\\nHe returns with news.\n\n- Ferghana\n- Bactria"));
    QCOMPARE(zhang.category, QStringLiteral("Diplomacy"));
    QCOMPARE(zhang.when.start, dateAt(-130, Precision::Year));
    QCOMPARE(zhang.when.end, dateAt(-119, Precision::Year));
    QCOMPARE(zhang.displayDate, QStringLiteral("Late 2nd century BCE"));
    QCOMPARE(zhang.importance, 3);

    const Event &polo = bundle.events.at(1);
    QCOMPARE(polo.when.start, dateAt(1271, Precision::Month, true, 3));
    QCOMPARE(polo.when.end, dateAt(1295, Precision::Year));
    QCOMPARE(polo.displayDate, QString());
    QCOMPARE(polo.description, QStringLiteral("Plain text with *emphasis* \u2014 and **strength**."));

    const Event &constantinople = bundle.events.at(2);
    QCOMPARE(constantinople.when.start, dateAt(1453, Precision::Minute, false, 5, 29, 6, 30));
    QVERIFY(!constantinople.when.hasEnd());
    QCOMPARE(constantinople.category, QString());
    QCOMPARE(constantinople.description, QString());

    const Event &untitled = bundle.events.at(3);
    QCOMPARE(untitled.title, QStringLiteral("A headline-less event about caravanserais along the routes"));
    QCOMPARE(untitled.when.start, dateAt(1200, Precision::Year, true));
    QCOMPARE(untitled.displayDate, QString());

    const Event &centuries = bundle.events.at(4);
    QCOMPARE(centuries.when.start, dateAt(1901, Precision::Century));
    QCOMPARE(centuries.when.end, dateAt(1950, Precision::Decade));
    QCOMPARE(centuries.displayDate, QString());

    const Event &deep = bundle.events.at(5);
    QCOMPARE(deep.when.start.precision(), Precision::MillionYears);
    QCOMPARE(deep.when.start.astronomicalYear(), 1950 - 65'000'000); // 65 million years before 1950
    QCOMPARE(deep.displayDate, QString());

    const Event &richthofen = bundle.events.at(6);
    QCOMPARE(richthofen.when.start, dateAt(1877, Precision::Hour, false, 6, 3, 14));
    QCOMPARE(richthofen.displayDate, QStringLiteral("Summer 1877"));

    // Sources: the title's, Zhang Qian (reused by the deep-time event),
    // Marco Polo and Constantinople; the blockquote is no source.
    QCOMPARE(bundle.sources.size(), 4);
    QCOMPARE(bundle.sources.at(0).url, QStringLiteral("https://commons.wikimedia.org/wiki/File:Silk_Road_map.png"));
    QCOMPARE(bundle.sources.at(0).title, QStringLiteral("Routes of the Silk Road"));
    QCOMPARE(bundle.sources.at(0).author, QStringLiteral("Wikimedia Commons"));
    QCOMPARE(bundle.sources.at(1).title, QStringLiteral("Zhang Qian"));
    QCOMPARE(bundle.sources.at(1).author, QStringLiteral("Mogao Caves mural"));
    QCOMPARE(bundle.sources.at(2).title, QStringLiteral("Wikipedia")); // no title, no caption: the credit
    QCOMPARE(bundle.sources.at(3).title, QStringLiteral("The siege"));

    QCOMPARE(bundle.citations.size(), 5);
    const Citation &atlasCitation = bundle.citations.at(0);
    QCOMPARE(atlasCitation.itemKind, QStringLiteral("atlas"));
    QCOMPARE(atlasCitation.itemId, 0);
    QCOMPARE(atlasCitation.sourceId, bundleRef(0));
    QCOMPARE(atlasCitation.note, QStringLiteral("Routes of the Silk Road"));
    const Citation &zhangCitation = bundle.citations.at(1);
    QCOMPARE(zhangCitation.itemKind, QStringLiteral("event"));
    QCOMPARE(zhangCitation.itemId, bundleRef(0));
    QCOMPARE(zhangCitation.sourceId, bundleRef(1));
    QCOMPARE(zhangCitation.note, QStringLiteral("Zhang Qian taking leave of Emperor Wu"));
    const Citation &deepCitation = bundle.citations.at(4);
    QCOMPARE(deepCitation.itemId, bundleRef(5));
    QCOMPARE(deepCitation.sourceId, bundleRef(1));
    QCOMPARE(deepCitation.note, QStringLiteral("Reused source"));

    QCOMPARE(bundle.eras.size(), 2);
    QCOMPARE(bundle.eras.at(0).title, QStringLiteral("Han dynasty"));
    QCOMPARE(bundle.eras.at(0).description, QStringLiteral("Four centuries of Han rule."));
    QCOMPARE(bundle.eras.at(0).when.start, dateAt(-206, Precision::Year));
    QCOMPARE(bundle.eras.at(0).when.end, dateAt(220, Precision::Year));
    QCOMPARE(bundle.eras.at(1).title, QStringLiteral("Era 2"));

    // What was read but not kept, each kind once, placed at its first use.
    const auto expectNotice = [&](const QString &field, int line, int column, const QString &words) {
        const ImportIssue *issue = issueAt(result.notices, field);
        QVERIFY2(issue, qPrintable(field + u'\n' + describe(result.notices)));
        QCOMPARE(issue->line, line);
        QCOMPARE(issue->column, column);
        QVERIFY2(issue->message.contains(words), qPrintable(issue->message));
    };
    expectNotice(QStringLiteral("title.background"), 13, 19, QStringLiteral("2 slide backgrounds"));
    expectNotice(QStringLiteral("events[0].type"), 36, 15, QStringLiteral("1 slide type"));
    expectNotice(QStringLiteral("events[0].media.thumbnail"), 28, 22, QStringLiteral("1 media thumbnail"));
    expectNotice(QStringLiteral("events[0].media.alt"), 29, 16, QStringLiteral("alt"));
    expectNotice(QStringLiteral("events[0].media.link"), 31, 17, QStringLiteral("link"));
    expectNotice(QStringLiteral("events[2].start_date.second"), 47, 94, QStringLiteral("seconds"));
    expectNotice(QStringLiteral("events[2].unique_id"), 50, 20, QStringLiteral("1 event repeats"));
    expectNotice(QStringLiteral("events[3].text.headline"), 54, 28, QStringLiteral("A headline-less"));
    expectNotice(QStringLiteral("events[3].media.url"), 55, 24, QStringLiteral("1 media item"));
    expectNotice(QStringLiteral("events[6].location"), 71, 19, QStringLiteral("1 map location"));
    expectNotice(QStringLiteral("eras[1].text.headline"), 80, 5, QStringLiteral("Era 2"));
    // "scale": "human" is TimelineJS's default, which Annals follows anyway:
    // no notice (our own exports write it, and their import says nothing).
    QVERIFY(!issueAt(result.notices, QStringLiteral("scale")));
    QCOMPARE(result.notices.size(), 11);
}

void TestTimelineJs::dates_data()
{
    QTest::addColumn<QByteArray>("startDate");
    QTest::addColumn<HistoricalDate>("expected");
    QTest::addColumn<QString>("displayDate");
    QTest::newRow("year number") << QByteArray(R"({"year": 1950})") << dateAt(1950, Precision::Year) << QString();
    QTest::newRow("year text") << QByteArray(R"({"year": " 1950 "})") << dateAt(1950, Precision::Year) << QString();
    QTest::newRow("negative year") << QByteArray(R"({"year": "-43"})") << dateAt(-43, Precision::Year) << QString();
    QTest::newRow("cosmological year") << QByteArray(R"({"year": -13800000000})")
                                       << dateAt(-13'800'000'000, Precision::Year) << QString();
    QTest::newRow("month") << QByteArray(R"({"year": 1950, "month": "06"})") << dateAt(1950, Precision::Month, false, 6)
                           << QString();
    QTest::newRow("empty parts") << QByteArray(R"({"year": "1950", "month": "", "day": "", "hour": ""})")
                                 << dateAt(1950, Precision::Year) << QString();
    QTest::newRow("minute") << QByteArray(R"({"year": 1950, "month": 6, "day": 25, "hour": 4, "minute": 0})")
                            << dateAt(1950, Precision::Minute, false, 6, 25, 4, 0) << QString();
    QTest::newRow("leap day") << QByteArray(R"({"year": 2000, "month": 2, "day": 29})")
                              << dateAt(2000, Precision::Day, false, 2, 29) << QString();
    QTest::newRow("decade label") << QByteArray(R"({"year": 1950, "display_date": "1950s"})")
                                  << dateAt(1950, Precision::Decade) << QString();
    QTest::newRow("century label") << QByteArray(R"({"year": 1901, "display_date": "20th century"})")
                                   << dateAt(1901, Precision::Century) << QString();
    QTest::newRow("approximate label") << QByteArray(R"({"year": 1200, "display_date": "c. 1200"})")
                                       << dateAt(1200, Precision::Year, true) << QString();
    QTest::newRow("label of another year stays a label")
        << QByteArray(R"({"year": 1951, "display_date": "1950s"})") << dateAt(1951, Precision::Year) << "1950s";
    QTest::newRow("finer label stays a label") << QByteArray(R"({"year": 1950, "display_date": "June 1950"})")
                                               << dateAt(1950, Precision::Year) << "June 1950";
    QTest::newRow("same label stays") << QByteArray(R"({"year": 1950, "display_date": "1950"})")
                                      << dateAt(1950, Precision::Year) << "1950";
    QTest::newRow("free label") << QByteArray(R"({"year": 1950, "display_date": "Summer '50"})")
                                << dateAt(1950, Precision::Year) << "Summer '50";
}

void TestTimelineJs::dates()
{
    QFETCH(QByteArray, startDate);
    QFETCH(HistoricalDate, expected);
    QFETCH(QString, displayDate);
    const QByteArray json = R"({"events": [{"start_date": )" + startDate + R"(, "text": {"headline": "E"}}]})";
    const ImportResult result = TimelineJs::import(json, AtlasData{});
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.bundle->events.size(), 1);
    QCOMPARE(result.bundle->events.at(0).when.start, expected);
    QCOMPARE(result.bundle->events.at(0).displayDate, displayDate);
}

void TestTimelineJs::reusesSourcesByUrl()
{
    AtlasData into;
    Source known;
    known.id = 42;
    known.title = QStringLiteral("Known");
    known.url = QStringLiteral("https://example.org/known");
    into.sources.append(known);
    const QByteArray json = R"({"events": [
        {"start_date": {"year": 1}, "text": {"headline": "A"}, "media": {"url": "https://example.org/known"}},
        {"start_date": {"year": 2}, "text": {"headline": "B"}, "media": {"url": "https://example.org/new"}},
        {"start_date": {"year": 3}, "text": {"headline": "C"}, "media": {"url": " https://example.org/new "}},
        {"start_date": {"year": 4}, "text": {"headline": "D"}, "media": {"url": "//example.org/new"}}]})";
    const ImportResult result = TimelineJs::import(json, into);
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.bundle->sources.size(), 1);
    QCOMPARE(result.bundle->sources.at(0).title, QStringLiteral("example.org"));
    QCOMPARE(result.bundle->citations.size(), 4);
    QCOMPARE(result.bundle->citations.at(3).sourceId, bundleRef(0)); // protocol-relative: https
    QCOMPARE(result.bundle->citations.at(0).sourceId, 42);
    QCOMPARE(result.bundle->citations.at(1).sourceId, bundleRef(0));
    QCOMPARE(result.bundle->citations.at(2).sourceId, bundleRef(0));
    QCOMPARE(result.bundle->citations.at(2).itemId, bundleRef(2));
}

// What spreadsheet exports write for "no end"; an end with a display_date
// only is still an end without a year.
void TestTimelineJs::blankEndDateIsNoEnd()
{
    const QByteArray json = R"({"events": [
        {"start_date": {"year": 1}, "end_date": {"year": "", "month": " ", "format": ""}, "text": {"headline": "A"}},
        {"start_date": {"year": 2}, "end_date": null, "text": {"headline": "B"}},
        {"start_date": {"year": 3}, "end_date": {}, "text": {"headline": "C"}}]})";
    const ImportResult result = TimelineJs::import(json, AtlasData{});
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.bundle->events.size(), 3);
    for (const Event &event : std::as_const(result.bundle->events))
        QVERIFY(!event.when.hasEnd());

    const ImportResult labelOnly = TimelineJs::import(
        R"({"events": [{"start_date": {"year": 1}, "end_date": {"display_date": "later"}, "text": {"headline": "A"}}]})",
        AtlasData{});
    QCOMPARE(labelOnly.errors.size(), 1);
    QCOMPARE(labelOnly.errors.first().field, QStringLiteral("events[0].end_date.year"));
}

void TestTimelineJs::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qsizetype>("maximumTextLength");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");

    const qsizetype noLimit = ImportLimits{}.maximumTextLength;
    const auto event = [](const QByteArray &body) { return "{\"events\": [\n  {\"text\": {\"headline\": \"E\"}, " + body + "}\n]}"; };
    QTest::newRow("truncated") << QByteArray("{\"events\": [\n  {\"start_date\": {\"year\": 19") << noLimit << 2 << 29
                               << "events[0].start_date" << "not valid JSON";
    QTest::newRow("missing comma") << QByteArray("{\"events\": [\n  {\"start_date\": {\"year\": 1950 \"month\": 2}}]}")
                                   << noLimit << 2 << 32 << "events[0].start_date" << "not valid JSON";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << noLimit << 1 << 1 << "" << "not an object";
    QTest::newRow("no events") << QByteArray("{\"title\": {}}") << noLimit << 1 << 1 << "" << "\"events\" list";
    QTest::newRow("events not a list") << QByteArray("{\"events\": {}}") << noLimit << 1 << 12 << "events" << "\"events\" list";
    QTest::newRow("TimelineJS 2") << QByteArray("{\n  \"timeline\": {\"headline\": \"x\", \"date\": []}\n}") << noLimit << 2
                                  << 15 << "timeline" << "TimelineJS 2";
    QTest::newRow("event not an object") << QByteArray("{\"events\": [\n  \"x\"\n]}") << noLimit << 2 << 3 << "events[0]"
                                         << "must be an object";
    QTest::newRow("date not an object") << event("\"start_date\": 1950") << noLimit << 2 << 45 << "events[0].start_date"
                                        << "must be an object";
    QTest::newRow("headline not text") << QByteArray("{\"events\": [\n  {\"start_date\": {\"year\": 1}, \"text\": {\"headline\": 5}}]}")
                                       << noLimit << 2 << 52 << "events[0].text.headline" << "must be text";
    QTest::newRow("month 13") << event("\"start_date\": {\"year\": 1950, \"month\": 13}") << noLimit << 2 << 69
                              << "events[0].start_date.month" << "13 is not a month";
    QTest::newRow("30 February") << event("\"start_date\": {\"year\": 1950, \"month\": 2, \"day\": 30}") << noLimit << 2
                                 << 79 << "events[0].start_date.day" << "has no day 30";
    QTest::newRow("hour 24") << event("\"start_date\": {\"year\": 1950, \"month\": 2, \"day\": 3, \"hour\": 24}") << noLimit
                             << 2 << 90 << "events[0].start_date.hour" << "24 is not an hour";
    QTest::newRow("year not a number") << event("\"start_date\": {\"year\": \"MCML\"}") << noLimit << 2 << 54
                                       << "events[0].start_date.year" << "not a whole number";
    QTest::newRow("fractional year") << event("\"start_date\": {\"year\": 1950.5}") << noLimit << 2 << 54
                                     << "events[0].start_date.year" << "not a whole number";
    QTest::newRow("year out of range") << event("\"start_date\": {\"year\": -30000000000}") << noLimit << 2 << 54
                                       << "events[0].start_date.year" << "outside what Annals can hold";
    QTest::newRow("missing year") << event("\"start_date\": {\"month\": 3}") << noLimit << 2 << 45
                                  << "events[0].start_date.year" << "has no year";
    QTest::newRow("day without month") << event("\"start_date\": {\"year\": 3, \"day\": 3}") << noLimit << 2 << 64
                                       << "events[0].start_date.day" << "A day needs a month";
    QTest::newRow("missing start") << event("\"group\": \"x\"") << noLimit << 2 << 3 << "events[0].start_date"
                                   << "needs a start date";
    QTest::newRow("end before start")
        << event("\"start_date\": {\"year\": 1950},\n   \"end_date\": {\"year\": 1949}") << noLimit << 3 << 16
        << "events[0].end_date" << "The end (1949) is before the start (1950)";
    QTest::newRow("era without end") << QByteArray("{\"events\": [], \"eras\": [\n {\"start_date\": {\"year\": 1}}]}")
                                     << noLimit << 2 << 2 << "eras[0].end_date" << "An era needs an end date";
    QTest::newRow("huge text") << event("\"start_date\": {\"year\": 1}, \"group\": \"" + QByteArray(200, 'x') + "\"")
                               << qsizetype(100) << 2 << 67 << "events[0].group" << "200 characters; the limit is 100";
    QTest::newRow("BOM then error") << QByteArray("\xEF\xBB\xBF{\"events\": [\n  {\"start_date\": {\"year\": 1950, \"month\": 0}}]}")
                                    << noLimit << 2 << 42 << "events[0].start_date.month" << "0 is not a month";
    QTest::newRow("columns count characters")
        << QByteArray("{\"events\": [\n  {\"text\": {\"headline\": \"Über € 𝄞\"}, \"start_date\": {\"year\": 1950, \"month\": 13}}]}")
        << noLimit << 2 << 76 << "events[0].start_date.month" << "13 is not a month";
    QTest::newRow("surrogate in UTF-8") << QByteArray("{\"events\": [], \"title\": {\"text\": {\"text\": \"a\xED\xA0\x80\"}}}")
                                        << noLimit << 1 << 45 << "title.text.text" << "not UTF-8";
    QTest::newRow("invalid UTF-8") << QByteArray("{\"events\": [\n  {\"text\": {\"headline\": \"caf\xE9\"}}]}") << noLimit << 2
                                   << 29 << "events[0].text.headline" << "not UTF-8";
}

void TestTimelineJs::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(qsizetype, maximumTextLength);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, field);
    QFETCH(QString, words);
    ImportLimits limits;
    limits.maximumTextLength = maximumTextLength;
    const ImportResult result = TimelineJs::import(json, AtlasData{}, limits);
    QVERIFY(!result.ok());
    QVERIFY(!result.bundle);
    QCOMPARE(result.errors.size(), 1);
    const ImportIssue &issue = result.errors.first();
    QVERIFY2(issue.message.contains(words), qPrintable(issue.message));
    QCOMPARE(issue.field, field);
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, column);
}

void TestTimelineJs::stopsAfterMaximumErrors()
{
    QByteArray json = "{\"events\": [";
    for (int i = 0; i < 50; ++i)
        json += QByteArray(i ? "," : "") + "{\"start_date\": {\"year\": 1, \"month\": 13}, \"text\": {\"headline\": \"x\"}}";
    json += "]}";
    ImportLimits limits;
    limits.maximumErrors = 5;
    ImportResult result = TimelineJs::import(json, AtlasData{}, limits);
    QCOMPARE(result.errors.size(), 5);
    QCOMPARE(result.errors.at(4).field, QStringLiteral("events[4].start_date.month"));

    limits.maximumItems = 10;
    result = TimelineJs::import(json, AtlasData{}, limits);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.first().message.contains(QLatin1String("50 events")));

    limits.maximumBytes = 100;
    result = TimelineJs::import(json, AtlasData{}, limits);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().message.contains(QLatin1String("up to 100 bytes")), qPrintable(result.errors.first().message));
}

// Seconds TimelineJS allows but Annals cannot hold: the import goes on, with
// a notice per row that says where.
void TestTimelineJs::noticesArePlaced()
{
    const QByteArray json = "{\"events\": [\n"
                            "  {\"start_date\": {\"year\": 1, \"month\": 1, \"day\": 1, \"hour\": 1, \"minute\": 1, \"second\": 0}, \"text\": {\"headline\": \"ok\"}},\n"
                            "  {\"start_date\": {\"year\": 1, \"month\": 1, \"day\": 1, \"hour\": 1, \"minute\": 1, \"millisecond\": 5}, \"text\": {\"headline\": \"ms\"}},\n"
                            "  {\"start_date\": {\"year\": 1, \"month\": 1, \"day\": 1, \"hour\": 1, \"minute\": 1, \"second\": \"7\"}, \"text\": {\"headline\": \"s\"}}\n"
                            "]}";
    const ImportResult result = TimelineJs::import(json, AtlasData{});
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.notices.size(), 2);
    QCOMPARE(result.notices.at(0).field, QStringLiteral("events[1].start_date.millisecond"));
    QCOMPARE(result.notices.at(0).line, 3);
    QCOMPARE(result.notices.at(0).column, 91);
    QCOMPARE(result.notices.at(1).field, QStringLiteral("events[2].start_date.second"));
    QCOMPARE(result.notices.at(1).line, 4);
    QCOMPARE(result.notices.at(1).column, 86);
    QCOMPARE(result.bundle->events.at(2).when.start, dateAt(1, Precision::Minute, false, 1, 1, 1, 1));
}

// The issue's round trip: the sample atlas out to TimelineJS and back, every
// field both sides model equal.
void TestTimelineJs::roundTripsTheSample()
{
    QString error;
    const auto atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(atlas, qPrintable(error));
    const AtlasData &original = atlas->data();
    QStringList notices;
    const QByteArray json = TimelineJs::exportJson(original, &notices);
    const ImportResult result = TimelineJs::import(json, AtlasData{});
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    // Nothing of our own export is lost on the way back, so nothing is noticed.
    QVERIFY2(result.notices.isEmpty(), qPrintable(describe(result.notices)));
    const ImportBundle &bundle = *result.bundle;

    QCOMPARE(bundle.meta.title, original.meta.title);
    QCOMPARE(bundle.meta.description, original.meta.description);
    const AtlasData back = asAtlasData(bundle);
    QCOMPARE(back.events.size(), original.events.size());
    for (qsizetype i = 0; i < original.events.size(); ++i) {
        const Event &a = original.events.at(i);
        const Event &b = back.events.at(i);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.description, a.description);
        QCOMPARE(b.category, a.category);
        QCOMPARE(b.when.start, a.when.start);
        QCOMPARE(b.when.end, a.when.end);
        QCOMPARE(b.displayDate, a.displayDate);
        const Source *sourceA = sourceCitedBy(original, QStringLiteral("event"), a.id);
        const Source *sourceB = sourceCitedBy(back, QStringLiteral("event"), b.id);
        QCOMPARE(bool(sourceB), bool(sourceA));
        if (sourceA) {
            QCOMPARE(sourceB->url, sourceA->url);
            QCOMPARE(sourceB->title, sourceA->title);
        }
    }
    QCOMPARE(back.eras.size(), original.eras.size());
    for (qsizetype i = 0; i < original.eras.size(); ++i) {
        QCOMPARE(back.eras.at(i).title, original.eras.at(i).title);
        QCOMPARE(back.eras.at(i).description, original.eras.at(i).description);
        QCOMPARE(back.eras.at(i).when.start, original.eras.at(i).when.start);
        QCOMPARE(back.eras.at(i).when.end, original.eras.at(i).when.end);
    }

    QVERIFY(!original.actors.isEmpty());
    QCOMPARE(notices.value(0), QStringLiteral("%1 actors, %2 relations, %3 event links, 1 series and 1 tour are not part of "
                                              "TimelineJS and were left out.")
                                   .arg(original.actors.size())
                                   .arg(original.relations.size())
                                   .arg(original.eventLinks.size()));
}

// What the sample does not have: decades, centuries, deep time, approximate
// and minute dates, labels, Markdown, an atlas source.
void TestTimelineJs::roundTripsCoarseAndDeepDates()
{
    AtlasData data;
    data.meta.title = QStringLiteral("Dates <&> labels");
    data.meta.description = QStringLiteral("**Bold** and *italic* with a [link](https://example.org/a_(b)).\n\n- one\n- two");
    const QList<TimeSpan> spans = {
        {dateAt(1950, Precision::Decade), dateAt(2001, Precision::Century)},
        {dateAt(1200, Precision::Year, true), {}},
        {dateAt(1959, Precision::Month, true, 10), {}},
        {HistoricalDate::fromYearsAgo(65'000'000, Precision::MillionYears), {}},
        {HistoricalDate::fromYearsAgo(3'500'000'000LL, Precision::BillionYears, true), {}},
        {HistoricalDate::fromYearsAgo(12'000, Precision::ThousandYears), {}},
        {dateAt(-43, Precision::Day, false, 3, 15), dateAt(-43, Precision::Minute, false, 3, 15, 12, 5)},
        {dateAt(1000, Precision::Century, true), {}},
    };
    for (qsizetype i = 0; i < spans.size(); ++i) {
        QVERIFY2(spans.at(i).start.isValid(), qPrintable(QString::number(i)));
        Event event;
        event.id = i + 10;
        event.title = QStringLiteral("Event %1 <b>not bold</b> & co").arg(i);
        event.description = i == 0 ? QStringLiteral("First\n\nSecond") : QString();
        event.category = i % 2 ? QStringLiteral("odd") : QString();
        event.when = spans.at(i);
        event.displayDate = i == 2 ? QStringLiteral("Autumn 1959") : QString();
        data.events.append(event);
    }
    Source source;
    source.id = 7;
    source.title = QStringLiteral("A map");
    source.author = QStringLiteral("Someone");
    source.url = QStringLiteral("https://example.org/map");
    data.sources.append(source);
    data.citations.append({1, 7, QStringLiteral("atlas"), 0, {}, QStringLiteral("The map")});
    Era era;
    era.title = QStringLiteral("Deep");
    era.when = {HistoricalDate::fromYearsAgo(65'000'000, Precision::MillionYears), dateAt(1950, Precision::Decade)};
    data.eras.append(era);

    const QByteArray json = TimelineJs::exportJson(data);
    QVERIFY(QJsonDocument::fromJson(json).object().value(QLatin1String("scale")) == QLatin1String("cosmological"));
    const ImportResult result = TimelineJs::import(json, AtlasData{});
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    const ImportBundle &bundle = *result.bundle;
    QCOMPARE(bundle.meta.title, data.meta.title);
    QCOMPARE(bundle.meta.description, data.meta.description);
    QCOMPARE(bundle.sources.size(), 1);
    QCOMPARE(bundle.sources.at(0).url, source.url);
    QCOMPARE(bundle.sources.at(0).title, source.title);
    QCOMPARE(bundle.sources.at(0).author, source.author);
    QCOMPARE(bundle.citations.at(0).itemKind, QStringLiteral("atlas"));
    QCOMPARE(bundle.citations.at(0).note, QStringLiteral("The map"));
    // Export sorts by start; compare by title.
    QCOMPARE(bundle.events.size(), data.events.size());
    for (const Event &original : std::as_const(data.events)) {
        const auto it = std::find_if(bundle.events.cbegin(), bundle.events.cend(),
                                     [&](const Event &e) { return e.title == original.title; });
        QVERIFY2(it != bundle.events.cend(), qPrintable(original.title));
        QCOMPARE(it->when.start, original.when.start);
        QCOMPARE(it->when.end, original.when.end);
        QCOMPARE(it->displayDate, original.displayDate);
        QCOMPARE(it->description, original.description);
        QCOMPARE(it->category, original.category);
    }
    QCOMPARE(bundle.eras.size(), 1);
    QCOMPARE(bundle.eras.at(0).when.start, era.when.start);
    QCOMPARE(bundle.eras.at(0).when.end, era.when.end);
}

// The shape TimelineJS expects (its JSON format page): a title slide, events
// with start_date.year and text.headline, HTML text, media.url.
void TestTimelineJs::exportIsTimelineJs()
{
    QString error;
    const auto atlas = Atlas::openSampleInMemory(&error);
    QVERIFY2(atlas, qPrintable(error));
    const QByteArray json = TimelineJs::exportJson(atlas->data());
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("scale")).toString(), QStringLiteral("human"));
    QCOMPARE(root.value(QLatin1String("title")).toObject().value(QLatin1String("text")).toObject().value(QLatin1String("headline")).toString(),
             QStringLiteral("Korea and the great powers, 1945–2025"));
    const QJsonArray events = root.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), atlas->data().events.size());
    qint64 previousYear = std::numeric_limits<qint64>::min();
    QSet<QString> uniqueIds;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QJsonObject start = event.value(QLatin1String("start_date")).toObject();
        QVERIFY(start.value(QLatin1String("year")).isDouble());
        QVERIFY(start.value(QLatin1String("year")).toInteger() >= previousYear);
        previousYear = start.value(QLatin1String("year")).toInteger();
        QVERIFY(!event.value(QLatin1String("text")).toObject().value(QLatin1String("headline")).toString().isEmpty());
        QVERIFY(event.value(QLatin1String("text")).toObject().value(QLatin1String("text")).toString().startsWith(QLatin1String("<p>")));
        const QString id = event.value(QLatin1String("unique_id")).toString();
        QVERIFY(id.startsWith(QLatin1String("annals-event-")));
        QVERIFY(!uniqueIds.contains(id));
        uniqueIds.insert(id);
        if (event.contains(QLatin1String("media")))
            QVERIFY(event.value(QLatin1String("media")).toObject().value(QLatin1String("url")).toString().startsWith(QLatin1String("http")));
    }
    QCOMPARE(root.value(QLatin1String("eras")).toArray().size(), atlas->data().eras.size());
}

// Real TimelineJS files nobody here wrote (../shared/data; skipped when absent).
void TestTimelineJs::realExamples_data()
{
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(SHARED_DATA_DIR "/timelinejs3-examples");
    if (!QDir(root).exists()) {
        QTest::newRow("no shared data") << QString();
        return;
    }
    QDirIterator files(root, {QStringLiteral("*.json")}, QDir::Files);
    while (files.hasNext()) {
        const QString path = files.next();
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
}

void TestTimelineJs::realExamples()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("../shared/data/timelinejs3-examples is not here");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    const ImportResult result = TimelineJs::import(json, AtlasData{});
    const bool olderFormat = QJsonDocument::fromJson(json).object().contains(QLatin1String("timeline"));
    if (olderFormat) {
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().field, QStringLiteral("timeline"));
        QVERIFY(result.errors.first().line > 1);
        QVERIFY(result.errors.first().message.contains(QLatin1String("TimelineJS 2")));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    const qsizetype events = QJsonDocument::fromJson(json).object().value(QLatin1String("events")).toArray().size();
    QCOMPARE(result.bundle->events.size(), events);
    QVERIFY(!result.bundle->meta.title.isEmpty() || !result.bundle->meta.description.isEmpty());
    for (const Event &event : std::as_const(result.bundle->events))
        QVERIFY(!event.title.isEmpty());
    // And out again: what was read is exported and read once more, unchanged.
    const ImportResult again = TimelineJs::import(TimelineJs::exportJson(asAtlasData(*result.bundle)), AtlasData{});
    QVERIFY2(again.ok(), qPrintable(describe(again.errors)));
    QCOMPARE(again.bundle->events.size(), events);
}

// What the fuzz target will do, in small: the complete fixture with bytes
// changed, dropped, doubled or cut off. Every answer is either a bundle or
// errors, and every placed issue has a column.
void TestTimelineJs::survivesMutations()
{
    const QByteArray original = readFixture(QStringLiteral("complete.json"));
    QVERIFY(!original.isEmpty());
    quint32 state = 12345;
    const auto next = [&state](quint32 bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    static const char interesting[] = "{}[]\",:0-9e\\<>&;\x80\xff ";
    int accepted = 0;
    int refused = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray json = original;
        const int edits = 1 + int(next(4));
        for (int k = 0; k < edits && !json.isEmpty(); ++k) {
            const qsizetype at = next(quint32(json.size()));
            switch (next(4)) {
            case 0:
                json[at] = interesting[next(sizeof interesting - 1)];
                break;
            case 1:
                json.remove(at, 1 + next(8));
                break;
            case 2:
                json.insert(at, json.mid(next(quint32(json.size())), 1 + next(16)));
                break;
            default:
                json.truncate(at);
                break;
            }
        }
        ImportLimits limits;
        limits.maximumTextLength = 1 + next(400);
        const ImportResult result = TimelineJs::import(json, AtlasData{}, limits);
        QCOMPARE(result.ok(), result.errors.isEmpty());
        QCOMPARE(bool(result.bundle), result.errors.isEmpty());
        for (const ImportIssue &issue : result.errors + result.notices) {
            QVERIFY(!issue.message.isEmpty());
            QVERIFY(issue.line >= 1 && issue.column >= 1);
        }
        (result.ok() ? accepted : refused)++;
    }
    // Both outcomes occur, or the mutations tested nothing.
    QVERIFY(accepted > 50);
    QVERIFY(refused > 50);
}

void TestTimelineJs::hostileInputs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    const auto withText = [](const QByteArray &text) {
        return R"({"events": [{"start_date": {"year": 1}, "text": {"headline": "h", "text": ")" + text + R"("}}]})";
    };
    QTest::newRow("deep arrays") << QByteArray(100'000, '[') << false;
    QTest::newRow("deep objects") << QByteArray("{\"a\":").repeated(50'000) << false;
    QTest::newRow("nested bold") << withText(QByteArray("<b>").repeated(100'000) + "x") << true;
    QTest::newRow("nested lists") << withText(QByteArray("<ul><li>").repeated(20'000) + "x") << true;
    QTest::newRow("unclosed tags") << withText(QByteArray("<a href='http://e.org/").repeated(20'000)) << true;
    QTest::newRow("entities") << withText(QByteArray("&#99999999999;&#x;&;&").repeated(20'000)) << true;
    QTest::newRow("long display date")
        << QByteArray(R"({"events": [{"start_date": {"year": 1, "display_date": ")" + QByteArray(500'000, '9') + R"("}, "text": {"headline": "h"}}]})")
        << true;
    QTest::newRow("many errors") << (QByteArray(R"({"events": [)") + QByteArray(R"({"start_date": {"year": 1, "month": 99}},)").repeated(20'000) + "{}]}")
                                 << false;
}

// Inputs made to hurt: each is answered (quickly enough for ctest), none
// crashes or runs away.
void TestTimelineJs::hostileInputs()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    const ImportResult result = TimelineJs::import(json, AtlasData{});
    QVERIFY2(result.ok() == ok, qPrintable(describe(result.errors.mid(0, 3))));
    QVERIFY(result.errors.size() <= ImportLimits{}.maximumErrors);
}

// Through a real atlas file: the fixture imported with importBundle in one
// go, read back from disk; a second import into the same atlas finds every
// source already there by its address and adds none.
void TestTimelineJs::importsIntoAnAtlasFile()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("silk.annals"));
    const QByteArray json = readFixture(QStringLiteral("complete.json"));
    QString error;
    {
        const auto atlas = Atlas::create(path, QStringLiteral("Silk"), &error);
        QVERIFY2(atlas, qPrintable(error));
        const ImportResult result = TimelineJs::import(json, atlas->data());
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        const auto ids = atlas->store().importBundle(*result.bundle, &error, AtlasStore::ImportMeta::Write);
        QVERIFY2(ids, qPrintable(error));
        QCOMPARE(ids->events.size(), 7);
        QCOMPARE(ids->sources.size(), 4);
    }
    const auto reopened = Atlas::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    const AtlasData &data = reopened->data();
    QCOMPARE(data.meta.title, QStringLiteral("Trade & Empire on the Silk Road"));
    QCOMPARE(data.events.size(), 7);
    QCOMPARE(data.eras.size(), 2);
    const auto byTitle = [&](const QString &title) -> const Event * {
        for (const Event &event : data.events) {
            if (event.title == title)
                return &event;
        }
        return nullptr;
    };
    const Event *zhang = byTitle(QStringLiteral("Zhang Qian's missions"));
    QVERIFY(zhang);
    QCOMPARE(zhang->displayDate, QStringLiteral("Late 2nd century BCE"));
    QCOMPARE(zhang->category, QStringLiteral("Diplomacy"));
    QCOMPARE(zhang->when.end, dateAt(-119, Precision::Year));
    const Source *source = sourceCitedBy(data, QStringLiteral("event"), zhang->id);
    QVERIFY(source);
    QCOMPARE(source->url, QStringLiteral("https://en.wikipedia.org/wiki/Zhang_Qian"));
    const Event *deep = byTitle(QStringLiteral("Deep time"));
    QVERIFY(deep);
    QCOMPARE(sourceCitedBy(data, QStringLiteral("event"), deep->id), source);
    const Event *centuries = byTitle(QStringLiteral("Decades and centuries"));
    QVERIFY(centuries);
    QCOMPARE(centuries->when.start, dateAt(1901, Precision::Century));
    QCOMPARE(centuries->when.end, dateAt(1950, Precision::Decade));
    QVERIFY(sourceCitedBy(data, QStringLiteral("atlas"), 0));

    const ImportResult again = TimelineJs::import(json, data);
    QVERIFY2(again.ok(), qPrintable(describe(again.errors)));
    QVERIFY(again.bundle->sources.isEmpty());
    for (const Citation &citation : std::as_const(again.bundle->citations))
        QVERIFY(citation.sourceId > 0);
}

QTEST_GUILESS_MAIN(TestTimelineJs)
#include "tst_timelinejs.moc"
