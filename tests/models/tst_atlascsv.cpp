// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlas.h"
#include "atlascsv.h"
#include "csvreader.h"
#include "historicaldate_testing.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Annals;

namespace {

QByteArray csv(const char *text)
{
    return QByteArray(text);
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/csv/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    return file.readAll();
}

QString issuesText(const QList<ImportIssue> &issues)
{
    QStringList lines;
    for (const ImportIssue &issue : issues)
        lines.append(QStringLiteral("%1:%2: %3: %4").arg(issue.line).arg(issue.column).arg(issue.field, issue.message));
    return lines.join(u'\n');
}

AtlasData actorsOnly(const AtlasData &data)
{
    AtlasData into;
    into.actors = data.actors;
    into.actorNames = data.actorNames;
    return into;
}

const Actor *actorOf(const AtlasData &into, const ImportBundle &bundle, ItemId reference)
{
    if (reference < 0)
        return &bundle.actors.at(bundleIndex(reference));
    for (const Actor &actor : into.actors) {
        if (actor.id == reference)
            return &actor;
    }
    return nullptr;
}

QString actorName(const AtlasData &into, const ImportBundle &bundle, ItemId reference)
{
    const Actor *actor = actorOf(into, bundle, reference);
    return actor ? actor->name : QStringLiteral("<no actor %1>").arg(reference);
}

} // namespace

class TestAtlasCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void datesReadBack_data();
    void datesReadBack();
    void actorsCellEscapes_data();
    void actorsCellEscapes();
    void exportHeaders();

    void presetFromHeader_data();
    void presetFromHeader();
    void unknownHeaderNamesExpectedColumns();

    void eventsRoundTrip();
    void actorsRoundTrip();
    void relationsRoundTrip();
    void sourcesRoundTrip();
    void awkwardNamesRoundTrip();

    void unknownActorsBecomeGroupsInOneNotice();
    void ambiguousActorIsAnError();
    void handTypedNameWithBrackets();
    void actorsImportAcceptsWordsAndNumbers();

    void timelineJsFixture();
    void timelineJsDates_data();
    void timelineJsDates();
    void plainTextFromHtml_data();
    void plainTextFromHtml();

    void rowErrors_data();
    void rowErrors();
    void errorPointsAtStartLineOfMultiLineRecord();
    void semicolonsAndTabsDetected();
    void notUtf8IsRefusedWithPosition();
    void limits();
    void blankRowsSkipped();

    void realTimelineJsSpreadsheets_data();
    void realTimelineJsSpreadsheets();

private:
    std::unique_ptr<Atlas> m_sample;
};

void TestAtlasCsv::initTestCase()
{
    QString error;
    m_sample = Atlas::openSampleInMemory(&error);
    QVERIFY2(m_sample, qPrintable(error));
}

// The export writes toDisplayString(); every precision, approximate or not,
// BCE or CE, must read back to the same date.
void TestAtlasCsv::datesReadBack_data()
{
    QTest::addColumn<HistoricalDate>("date");
    const struct {
        const char *name;
        CivilDateTime civil;
        Precision precision;
    } cases[] = {
        {"minute", civilAt(1959, 10, 1, 14, 30), Precision::Minute},
        {"hour", civilAt(1959, 10, 1, 14), Precision::Hour},
        {"day", civilAt(1959, 10, 1), Precision::Day},
        {"month", civilAt(1959, 10), Precision::Month},
        {"year", civilAt(1959), Precision::Year},
        {"decade", civilAt(1950), Precision::Decade},
        {"century", civilAt(1901), Precision::Century},
        {"thousand years", civilAt(-10050), Precision::ThousandYears},
        {"million years", civilAt(presentYearForYearsAgo - 65'000'000), Precision::MillionYears},
        {"billion years", civilAt(presentYearForYearsAgo - 3'500'000'000LL), Precision::BillionYears},
        {"BCE year", civilAt(-43), Precision::Year},
        {"BCE day", civilAt(-43, 3, 15), Precision::Day},
        {"BCE minute", civilAt(-43, 3, 15, 12, 5), Precision::Minute},
        {"BCE decade", civilAt(-49), Precision::Decade},
        {"BCE century", civilAt(-499), Precision::Century},
        {"year 1 CE", civilAt(1), Precision::Year},
        {"1 BCE", civilAt(0), Precision::Year},
    };
    for (const auto &c : cases) {
        for (bool approximate : {false, true}) {
            const HistoricalDate date = HistoricalDate::fromCivil(c.civil, c.precision, approximate);
            QTest::newRow(qPrintable(QStringLiteral("%1%2").arg(QLatin1String(c.name), approximate ? QStringLiteral(", approximate") : QString())))
                << date;
        }
    }
}

void TestAtlasCsv::datesReadBack()
{
    QFETCH(HistoricalDate, date);
    QVERIFY(date.isValid());
    const QString text = date.toDisplayString();
    const DateParseResult parsed = DateParser::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(text + QStringLiteral(": ") + parsed.error));
    QCOMPARE(parsed.date, date);
}

void TestAtlasCsv::actorsCellEscapes_data()
{
    QTest::addColumn<QList<std::pair<QString, QString>>>("entries");
    QTest::addColumn<QString>("cell");
    using List = QList<std::pair<QString, QString>>;
    QTest::newRow("names") << List{{"China", ""}, {"Soviet Union", ""}} << QStringLiteral("China; Soviet Union");
    QTest::newRow("roles") << List{{"China", "ally"}, {"Kim Il-sung", "leader"}}
                           << QStringLiteral("China (ally); Kim Il-sung (leader)");
    QTest::newRow("semicolon in a name") << List{{"Workers; Peasants", ""}} << QStringLiteral("Workers\\; Peasants");
    QTest::newRow("brackets in a name") << List{{"Korea (North)", "aggressor"}}
                                        << QStringLiteral("Korea \\(North\\) (aggressor)");
    QTest::newRow("brackets in a role") << List{{"UN", "forces (16 nations)"}}
                                        << QStringLiteral("UN (forces \\(16 nations\\))");
    QTest::newRow("backslash") << List{{"A\\B", "x;y"}} << QStringLiteral("A\\\\B (x\\;y)");
    QTest::newRow("unicode") << List{{QString::fromUtf8("김일성"), QString::fromUtf8("수령")}}
                             << QString::fromUtf8("김일성 (수령)");
}

void TestAtlasCsv::actorsCellEscapes()
{
    using List = QList<std::pair<QString, QString>>;
    QFETCH(List, entries);
    QFETCH(QString, cell);
    QCOMPARE(AtlasCsv::actorsCell(entries), cell);
    QCOMPARE(AtlasCsv::splitActorsCell(cell), entries);
}

void TestAtlasCsv::exportHeaders()
{
    const AtlasData empty;
    QCOMPARE(AtlasCsv::exportCsv(empty, CsvKind::Events),
             QByteArray("\xEF\xBB\xBFTitle,Start,End,Display Date,Category,Place,Importance,Actors,Description,Sources\r\n"));
    QCOMPARE(AtlasCsv::exportCsv(empty, CsvKind::Actors),
             QByteArray("\xEF\xBB\xBFName,Native Name,Kind,Start,End,Colour,Description\r\n"));
    QCOMPARE(AtlasCsv::exportCsv(empty, CsvKind::Relations),
             QByteArray("\xEF\xBB\xBFSource,Target,Kind,Stance,Directed,Label,Start,End,Description\r\n"));
}

void TestAtlasCsv::presetFromHeader_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<CsvKind>("kind");
    QTest::addColumn<QString>("preset"); // empty: none
    QTest::newRow("own events") << QStringList{"Title", "Start", "End", "Display Date", "Category", "Place", "Importance", "Actors", "Description", "Sources"}
                                << CsvKind::Events << QStringLiteral("Annals events");
    QTest::newRow("own events, case and spaces") << QStringList{" title ", "START", "displaydate", "Sources"}
                                                 << CsvKind::Events << QStringLiteral("Annals events");
    QTest::newRow("TimelineJS") << QStringList{"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background"}
                                << CsvKind::Events << QStringLiteral("TimelineJS spreadsheet");
    QTest::newRow("TimelineJS, fewer columns") << QStringList{"headline", "year", "text"}
                                               << CsvKind::Events << QStringLiteral("TimelineJS spreadsheet");
    QTest::newRow("events without start") << QStringList{"Title", "Place"} << CsvKind::Events << QString();
    QTest::newRow("actors") << QStringList{"Name", "Native Name", "Kind"} << CsvKind::Actors << QStringLiteral("Annals actors");
    QTest::newRow("relations") << QStringList{"Source", "Target", "Kind", "Start"} << CsvKind::Relations
                               << QStringLiteral("Annals relations");
    QTest::newRow("relations header asked as actors") << QStringList{"Source", "Target", "Start"} << CsvKind::Actors << QString();
    QTest::newRow("unrelated") << QStringList{"title", "count", "description"} << CsvKind::Events << QString();
}

void TestAtlasCsv::presetFromHeader()
{
    QFETCH(QStringList, header);
    QFETCH(CsvKind, kind);
    QFETCH(QString, preset);
    const auto found = AtlasCsv::presetForHeader(header, kind);
    QCOMPARE(found ? found->name : QString(), preset);
    const auto mapping = AtlasCsv::mappingForHeader(header, kind);
    QCOMPARE(mapping.has_value(), !preset.isEmpty());
    if (mapping) {
        QCOMPARE(mapping->kind, kind);
        // Every mapped column is the one whose header names the field.
        for (auto it = mapping->columns.cbegin(); it != mapping->columns.cend(); ++it) {
            const auto column = std::find_if(found->columns.cbegin(), found->columns.cend(),
                                             [&](const CsvPresetColumn &c) { return c.field == it.key(); });
            QVERIFY(column != found->columns.cend());
            QCOMPARE(header.at(it.value()).simplified().remove(u' ').toLower(), column->header.toLower().remove(u' '));
        }
    }
}

void TestAtlasCsv::unknownHeaderNamesExpectedColumns()
{
    const ImportResult result = AtlasCsv::import(csv("title,count,description\r\na,1,b\r\n"), CsvKind::Events, {});
    QVERIFY(!result.ok());
    QVERIFY(!result.bundle);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, 1);
    const QString message = result.errors.first().message;
    QVERIFY2(message.contains(QLatin1String("Title, Start, End")) && message.contains(QLatin1String("Headline")), qPrintable(message));
}

void TestAtlasCsv::eventsRoundTrip()
{
    const AtlasData &sample = m_sample->data();
    QVERIFY(sample.events.size() > 20);
    const AtlasData into = actorsOnly(sample);
    const ImportResult result = AtlasCsv::import(AtlasCsv::exportCsv(sample, CsvKind::Events), CsvKind::Events, into);
    QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
    const ImportBundle &bundle = *result.bundle;
    QVERIFY2(bundle.actors.isEmpty(), qPrintable(issuesText(result.notices)));
    QCOMPARE(bundle.events.size(), sample.events.size());
    // The sample has what the columns carry: roles, spans, approximate dates.
    const auto any = [&](auto predicate) { return std::any_of(sample.events.cbegin(), sample.events.cend(), predicate); };
    QVERIFY(any([](const Event &e) { return std::any_of(e.actors.cbegin(), e.actors.cend(), [](const EventActor &a) { return !a.role.isEmpty(); }); }));
    QVERIFY(any([](const Event &e) { return e.when.hasEnd(); }));
    QVERIFY(any([](const Event &e) { return e.when.start.isApproximate() || e.when.start.precision() != Precision::Day; }));
    for (qsizetype i = 0; i < sample.events.size(); ++i) {
        const Event &before = sample.events.at(i);
        const Event &after = bundle.events.at(i);
        QCOMPARE(after.title, before.title);
        QCOMPARE(after.description, before.description);
        QCOMPARE(after.category, before.category);
        QCOMPARE(after.place, before.place);
        QCOMPARE(after.importance, before.importance);
        QCOMPARE(after.when.start, before.when.start);
        QCOMPARE(after.when.end, before.when.end);
        QCOMPARE(after.displayDate, before.displayDate);
        QCOMPARE(after.actors.size(), before.actors.size());
        for (qsizetype k = 0; k < before.actors.size(); ++k) {
            QCOMPARE(after.actors.at(k).actorId, before.actors.at(k).actorId);
            QCOMPARE(after.actors.at(k).role, before.actors.at(k).role);
        }
    }
}

void TestAtlasCsv::actorsRoundTrip()
{
    const AtlasData &sample = m_sample->data();
    const ImportResult result = AtlasCsv::import(AtlasCsv::exportCsv(sample, CsvKind::Actors), CsvKind::Actors, {});
    QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
    QVERIFY(result.notices.isEmpty());
    const QList<Actor> &actors = result.bundle->actors;
    QCOMPARE(actors.size(), sample.actors.size());
    for (qsizetype i = 0; i < actors.size(); ++i) {
        const Actor &before = sample.actors.at(i);
        QCOMPARE(actors.at(i).name, before.name);
        QCOMPARE(actors.at(i).nativeName, before.nativeName);
        QCOMPARE(actors.at(i).kind, before.kind);
        QCOMPARE(actors.at(i).start, before.start);
        QCOMPARE(actors.at(i).end, before.end);
        QCOMPARE(actors.at(i).colour, before.colour);
        QCOMPARE(actors.at(i).description, before.description);
    }
}

void TestAtlasCsv::relationsRoundTrip()
{
    const AtlasData &sample = m_sample->data();
    QVERIFY(!sample.relations.isEmpty());
    const AtlasData into = actorsOnly(sample);
    const ImportResult result = AtlasCsv::import(AtlasCsv::exportCsv(sample, CsvKind::Relations), CsvKind::Relations, into);
    QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
    const ImportBundle &bundle = *result.bundle;
    QVERIFY(bundle.actors.isEmpty());
    QCOMPARE(bundle.relations.size(), sample.relations.size());
    for (qsizetype i = 0; i < sample.relations.size(); ++i) {
        const Relation &before = sample.relations.at(i);
        const Relation &after = bundle.relations.at(i);
        QCOMPARE(actorName(into, bundle, after.sourceId), actorName(into, bundle, before.sourceId));
        QCOMPARE(actorName(into, bundle, after.targetId), actorName(into, bundle, before.targetId));
        QCOMPARE(after.kind, before.kind);
        QCOMPARE(after.stance, before.stance);
        QCOMPARE(after.directed, before.directed);
        QCOMPARE(after.label, before.label);
        QCOMPARE(after.when.start, before.when.start);
        QCOMPARE(after.when.end, before.when.end);
        QCOMPARE(after.description, before.description);
    }
}

// An event's cited web addresses go out as " ; "-separated Sources and come
// back as citations of the atlas's own sources (same address) or new ones.
void TestAtlasCsv::sourcesRoundTrip()
{
    AtlasData data;
    data.actors.append({1, QStringLiteral("A"), {}, ActorKind::State, {}, {}, {}, {}});
    Event event;
    event.id = 10;
    event.title = QStringLiteral("Cited");
    event.when.start = HistoricalDate::fromCivil(civilAt(1950), Precision::Year);
    data.events.append(event);
    Source known;
    known.id = 5;
    known.title = QStringLiteral("Known");
    known.url = QStringLiteral("https://example.org/a;b");
    Source other = known;
    other.id = 6;
    other.url = QStringLiteral("https://example.com/x");
    Source noAddress = known;
    noAddress.id = 7;
    noAddress.url.clear();
    data.sources = {known, other, noAddress};
    for (ItemId source : {5, 6, 7})
        data.citations.append({0, source, QStringLiteral("event"), 10, {}, {}});

    const QByteArray bytes = AtlasCsv::exportCsv(data, CsvKind::Events);
    QVERIFY2(bytes.contains("https://example.org/a;b ; https://example.com/x"), bytes.constData());

    AtlasData into;
    into.sources = {known};
    const ImportResult result = AtlasCsv::import(bytes, CsvKind::Events, into);
    QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
    const ImportBundle &bundle = *result.bundle;
    QCOMPARE(bundle.sources.size(), 1);
    QCOMPARE(bundle.sources.first().url, other.url);
    QCOMPARE(bundle.citations.size(), 2);
    QCOMPARE(bundle.citations.at(0).sourceId, ItemId(5));
    QCOMPARE(bundle.citations.at(1).sourceId, bundleRef(0));
    for (const Citation &citation : bundle.citations) {
        QCOMPARE(citation.itemKind, QStringLiteral("event"));
        QCOMPARE(citation.itemId, bundleRef(0));
    }
}

// Names and roles holding the list's own characters come back to the same
// actors, through the Actors cell and the relation ends alike.
void TestAtlasCsv::awkwardNamesRoundTrip()
{
    AtlasData data;
    data.actors.append({1, QStringLiteral("Workers; Peasants (Union)"), {}, ActorKind::Group, {}, {}, {}, {}});
    data.actors.append({2, QStringLiteral("Back\\slash, \"quoted\""), {}, ActorKind::Person, {}, {}, {}, {}});
    data.actors.append({3, QStringLiteral("Korea (North)"), {}, ActorKind::State, {}, {}, {}, {}});
    Event event;
    event.id = 1;
    event.title = QStringLiteral("E");
    event.when.start = HistoricalDate::fromCivil(civilAt(1950), Precision::Year);
    event.actors = {{1, QStringLiteral("leader (acting); interim")}, {2, {}}, {3, QStringLiteral("(host)")}};
    data.events.append(event);
    Relation relation;
    relation.sourceId = 1;
    relation.targetId = 3;
    relation.when.start = event.when.start;
    data.relations.append(relation);

    const ImportResult events = AtlasCsv::import(AtlasCsv::exportCsv(data, CsvKind::Events), CsvKind::Events, actorsOnly(data));
    QVERIFY2(events.ok(), qPrintable(issuesText(events.errors)));
    QVERIFY(events.bundle->actors.isEmpty());
    const QList<EventActor> &actors = events.bundle->events.first().actors;
    QCOMPARE(actors.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(actors.at(i).actorId, event.actors.at(i).actorId);
        QCOMPARE(actors.at(i).role, event.actors.at(i).role);
    }
    const ImportResult relations = AtlasCsv::import(AtlasCsv::exportCsv(data, CsvKind::Relations), CsvKind::Relations, actorsOnly(data));
    QVERIFY2(relations.ok(), qPrintable(issuesText(relations.errors)));
    QVERIFY(relations.bundle->actors.isEmpty());
    QCOMPARE(relations.bundle->relations.first().sourceId, ItemId(1));
    QCOMPARE(relations.bundle->relations.first().targetId, ItemId(3));
}

void TestAtlasCsv::unknownActorsBecomeGroupsInOneNotice()
{
    AtlasData into;
    into.actors.append({7, QStringLiteral("China"), QString::fromUtf8("中国"), ActorKind::State, {}, {}, {}, {}});
    const QByteArray bytes = csv("Title,Start,Actors\r\n"
                                 "A,1950,china; Atlantis (myth)\r\n"
                                 "B,1951,Atlantis; Lemuria; \xE4\xB8\xAD\xE5\x9B\xBD\r\n");
    const ImportResult result = AtlasCsv::import(bytes, CsvKind::Events, into);
    QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
    const ImportBundle &bundle = *result.bundle;
    QCOMPARE(bundle.actors.size(), 2);
    QCOMPARE(bundle.actors.at(0).name, QStringLiteral("Atlantis"));
    QCOMPARE(bundle.actors.at(0).kind, ActorKind::Group);
    QCOMPARE(bundle.actors.at(1).name, QStringLiteral("Lemuria"));
    QCOMPARE(bundle.events.at(0).actors.size(), 2);
    QCOMPARE(bundle.events.at(0).actors.at(0).actorId, ItemId(7));
    QCOMPARE(bundle.events.at(0).actors.at(1).actorId, bundleRef(0));
    QCOMPARE(bundle.events.at(0).actors.at(1).role, QStringLiteral("myth"));
    QCOMPARE(bundle.events.at(1).actors.at(0).actorId, bundleRef(0));
    QCOMPARE(bundle.events.at(1).actors.at(1).actorId, bundleRef(1));
    QCOMPARE(bundle.events.at(1).actors.at(2).actorId, ItemId(7)); // by its native name
    QCOMPARE(result.notices.size(), 1);
    QVERIFY2(result.notices.first().message.contains(QLatin1String("Atlantis, Lemuria")), qPrintable(result.notices.first().message));
}

void TestAtlasCsv::ambiguousActorIsAnError()
{
    AtlasData into;
    into.actors.append({1, QStringLiteral("Korea"), {}, ActorKind::State, {}, {}, {}, {}});
    into.actors.append({2, QStringLiteral("Republic of Korea"), {}, ActorKind::State, {}, {}, {}, {}});
    ActorName other;
    other.id = 9;
    other.actorId = 2;
    other.name = QStringLiteral("Korea");
    into.actorNames.append(other);
    const ImportResult events = AtlasCsv::import(csv("Title,Start,Actors\nA,1950,Korea\n"), CsvKind::Events, into);
    QVERIFY(!events.bundle);
    QCOMPARE(events.errors.size(), 1);
    QCOMPARE(events.errors.first().line, 2);
    QCOMPARE(events.errors.first().column, 3);
    QCOMPARE(events.errors.first().field, QStringLiteral("Actors"));
    QVERIFY(events.errors.first().message.contains(QLatin1String("Korea, Republic of Korea")));

    const ImportResult relations = AtlasCsv::import(csv("Source,Target,Start\nRepublic of Korea,Korea,1950\n"), CsvKind::Relations, into);
    QVERIFY(!relations.bundle);
    QCOMPARE(relations.errors.size(), 1);
    QCOMPARE(relations.errors.first().column, 2);
    QCOMPARE(relations.errors.first().field, QStringLiteral("Target"));
}

void TestAtlasCsv::handTypedNameWithBrackets()
{
    AtlasData into;
    into.actors.append({3, QStringLiteral("Korea (North)"), {}, ActorKind::State, {}, {}, {}, {}});
    const ImportResult result = AtlasCsv::import(csv("Title,Start,Actors\nA,1950,Korea (North); Korea \\(North\\) (aggressor)\n"),
                                                 CsvKind::Events, into);
    QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
    // The same actor twice in one event is kept once, with the first role.
    QCOMPARE(result.bundle->events.first().actors.size(), 1);
    QCOMPARE(result.bundle->events.first().actors.first().actorId, ItemId(3));
    QCOMPARE(result.bundle->events.first().actors.first().role, QString());
    QVERIFY(result.bundle->actors.isEmpty());
}

void TestAtlasCsv::actorsImportAcceptsWordsAndNumbers()
{
    AtlasData into;
    into.actors.append({1, QStringLiteral("A"), {}, ActorKind::State, {}, {}, {}, {}});
    into.actors.append({2, QStringLiteral("B"), {}, ActorKind::State, {}, {}, {}, {}});
    const ImportResult result = AtlasCsv::import(csv("source;target;kind;stance;directed;start\n"
                                                     "A;B;War;-1;yes;1950\n"
                                                     "A;B;;+1;TRUE;1951\n"
                                                     "A;B;treaty;Neutral;;c. 1952\n"),
                                                 CsvKind::Relations, into);
    QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
    const QList<Relation> &relations = result.bundle->relations;
    QCOMPARE(relations.size(), 3);
    QCOMPARE(relations.at(0).kind, RelationKind::War);
    QCOMPARE(relations.at(0).stance, -1);
    QCOMPARE(relations.at(0).directed, true);
    QCOMPARE(relations.at(1).kind, RelationKind::Other);
    QCOMPARE(relations.at(1).stance, 1);
    QCOMPARE(relations.at(2).stance, 0);
    QCOMPARE(relations.at(2).directed, false);
    QVERIFY(relations.at(2).when.start.isApproximate());

    const ImportResult actors = AtlasCsv::import(csv("Name\tKind\tColour\nX\tOrganization\tred\nA\t\t#123456\n"), CsvKind::Actors, into);
    QVERIFY2(actors.ok(), qPrintable(issuesText(actors.errors)));
    QCOMPARE(actors.bundle->actors.at(0).kind, ActorKind::Organisation);
    QCOMPARE(actors.bundle->actors.at(0).colour, QStringLiteral("red"));
    QCOMPARE(actors.bundle->actors.at(1).kind, ActorKind::Group);
    // "A" is already in the atlas: added again, and said so.
    QCOMPARE(actors.notices.size(), 1);
    QVERIFY(actors.notices.first().message.contains(QLatin1String(": A.")));
}

void TestAtlasCsv::timelineJsFixture()
{
    const ImportResult result = AtlasCsv::import(fixture(QStringLiteral("timelinejs_all_fields.csv")), CsvKind::Events, {});
    QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
    const ImportBundle &bundle = *result.bundle;
    QCOMPARE(bundle.meta.title, QStringLiteral("The Korean War"));
    QCOMPARE(bundle.meta.description, QStringLiteral("A war in three acts & an armistice."));

    QCOMPARE(bundle.events.size(), 5);
    const Event &invasion = bundle.events.at(0);
    QCOMPARE(invasion.title, QStringLiteral("North Korea invades"));
    QCOMPARE(invasion.description, QStringLiteral("The KPA crosses the 38th parallel."));
    QCOMPARE(invasion.when.start, HistoricalDate::fromCivil(civilAt(1950, 6, 25, 4, 0), Precision::Minute));
    QVERIFY(!invasion.when.hasEnd());
    QCOMPARE(invasion.displayDate, QStringLiteral("Early on 25 June 1950"));
    QCOMPARE(invasion.category, QStringLiteral("War"));

    const Event &inchon = bundle.events.at(1);
    QCOMPARE(inchon.when.start, HistoricalDate::fromCivil(civilAt(1950, 9, 15), Precision::Day));
    QCOMPARE(inchon.when.end, HistoricalDate::fromCivil(civilAt(1950, 9, 19), Precision::Day));
    QCOMPARE(bundle.events.at(2).when.start, HistoricalDate::fromCivil(civilAt(1953, 7), Precision::Month));
    QCOMPARE(bundle.events.at(2).displayDate, QStringLiteral("Summer 1953"));
    QCOMPARE(bundle.events.at(3).when.start, HistoricalDate::fromCivil(civilAt(-43, 3, 15, 12, 30), Precision::Minute));
    QCOMPARE(bundle.events.at(3).category, QStringLiteral("Rome"));
    QCOMPARE(bundle.events.at(4).when.start, HistoricalDate::fromCivil(civilAt(1951), Precision::Year));

    // Media: two addresses, the second used twice, become two sources.
    QCOMPARE(bundle.sources.size(), 2);
    QCOMPARE(bundle.sources.at(0).url, QStringLiteral("https://example.org/invasion.jpg"));
    QCOMPARE(bundle.sources.at(0).author, QStringLiteral("US Army"));
    QCOMPARE(bundle.sources.at(0).title, QStringLiteral("Troops crossing"));
    QCOMPARE(bundle.sources.at(1).title, QStringLiteral("example.org"));
    QCOMPARE(bundle.sources.at(1).author, QStringLiteral("Navy archive"));
    QCOMPARE(bundle.citations.size(), 3);
    QCOMPARE(bundle.citations.at(0).itemId, bundleRef(0));
    QCOMPARE(bundle.citations.at(0).sourceId, bundleRef(0));
    QCOMPARE(bundle.citations.at(0).note, QStringLiteral("Troops crossing"));
    QCOMPARE(bundle.citations.at(1).itemId, bundleRef(1));
    QCOMPARE(bundle.citations.at(2).itemId, bundleRef(4));
    QCOMPARE(bundle.citations.at(2).sourceId, bundleRef(1));

    QCOMPARE(bundle.eras.size(), 1);
    QCOMPARE(bundle.eras.first().title, QStringLiteral("The war years"));
    QCOMPARE(bundle.eras.first().when.start, HistoricalDate::fromCivil(civilAt(1950), Precision::Year));
    QCOMPARE(bundle.eras.first().when.end, HistoricalDate::fromCivil(civilAt(1953), Precision::Year));

    const QString notices = issuesText(result.notices);
    QVERIFY2(notices.contains(QLatin1String("Backgrounds (2) and media thumbnails (1)")), qPrintable(notices));
    QVERIFY2(notices.contains(QLatin1String("2 media")), qPrintable(notices));
    QVERIFY2(notices.contains(QLatin1String("1 time(s) had seconds")), qPrintable(notices));
}

void TestAtlasCsv::timelineJsDates_data()
{
    QTest::addColumn<QByteArray>("row"); // Year,Month,Day,Time
    QTest::addColumn<HistoricalDate>("start");
    QTest::addColumn<QString>("errorField");
    QTest::newRow("year") << QByteArray("1815,,,") << HistoricalDate::fromCivil(civilAt(1815), Precision::Year) << QString();
    QTest::newRow("month") << QByteArray("1815,12,,") << HistoricalDate::fromCivil(civilAt(1815, 12), Precision::Month) << QString();
    QTest::newRow("hour only") << QByteArray("1815,12,10,9") << HistoricalDate::fromCivil(civilAt(1815, 12, 10, 9), Precision::Hour) << QString();
    QTest::newRow("pm") << QByteArray("1815,12,10,2:05 PM") << HistoricalDate::fromCivil(civilAt(1815, 12, 10, 14, 5), Precision::Minute) << QString();
    QTest::newRow("12 am") << QByteArray("1815,12,10,12:00 am") << HistoricalDate::fromCivil(civilAt(1815, 12, 10, 0, 0), Precision::Minute) << QString();
    QTest::newRow("BCE") << QByteArray("-1,,,") << HistoricalDate::fromCivil(civilAt(0), Precision::Year) << QString();
    QTest::newRow("year 0") << QByteArray("0,,,") << HistoricalDate() << QStringLiteral("Year");
    QTest::newRow("not a year") << QByteArray("about 1900,,,") << HistoricalDate() << QStringLiteral("Year");
    QTest::newRow("month 13") << QByteArray("1900,13,,") << HistoricalDate() << QStringLiteral("Month");
    QTest::newRow("30 February") << QByteArray("1900,2,30,") << HistoricalDate() << QStringLiteral("Day");
    QTest::newRow("29 February in a leap year") << QByteArray("1904,2,29,") << HistoricalDate::fromCivil(civilAt(1904, 2, 29), Precision::Day) << QString();
    QTest::newRow("day without month") << QByteArray("1900,,3,") << HistoricalDate() << QStringLiteral("Day");
    QTest::newRow("time without day") << QByteArray("1900,1,,10:00") << HistoricalDate() << QStringLiteral("Time");
    QTest::newRow("25 o'clock") << QByteArray("1900,1,1,25:00") << HistoricalDate() << QStringLiteral("Time");
    QTest::newRow("month without year") << QByteArray(",5,,") << HistoricalDate() << QStringLiteral("Year");
    QTest::newRow("too far ahead") << QByteArray("2000000,,,") << HistoricalDate() << QStringLiteral("Year");
}

void TestAtlasCsv::timelineJsDates()
{
    QFETCH(QByteArray, row);
    QFETCH(HistoricalDate, start);
    QFETCH(QString, errorField);
    const QByteArray bytes = "Year,Month,Day,Time,Headline\n" + row + ",Something\n";
    const ImportResult result = AtlasCsv::import(bytes, CsvKind::Events, {});
    if (errorField.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QCOMPARE(result.bundle->events.first().when.start, start);
    } else {
        QVERIFY(!result.bundle);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().field, errorField);
        QCOMPARE(result.errors.first().line, 2);
        QCOMPARE(result.errors.first().column, int(QList<QString>{"Year", "Month", "Day", "Time"}.indexOf(errorField)) + 1);
        QVERIFY(!result.errors.first().message.isEmpty());
    }
}

void TestAtlasCsv::plainTextFromHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral(" plain ") << QStringLiteral("plain");
    QTest::newRow("tags") << QStringLiteral("<p class=\"lead\">A <a href=\"x\">link</a></p>") << QStringLiteral("A link");
    QTest::newRow("paragraphs") << QStringLiteral("<p>One</p><p>Two</p>") << QStringLiteral("One\nTwo");
    QTest::newRow("br") << QStringLiteral("a<br>b<br/>c") << QStringLiteral("a\nb\nc");
    QTest::newRow("entities") << QStringLiteral("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x263A; &#233;")
                              << QString::fromUtf8("a & b <c> \"d\" 'e' ☺ é");
    QTest::newRow("bad entity kept") << QStringLiteral("&#xD800; &#99999999;") << QStringLiteral("&#xD800; &#99999999;");
    QTest::newRow("less-than in text") << QStringLiteral("1 < 2 and 3 > 2") << QStringLiteral("1 < 2 and 3 > 2");
}

void TestAtlasCsv::plainTextFromHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(AtlasCsv::plainTextFromHtml(html), text);
}

void TestAtlasCsv::rowErrors_data()
{
    QTest::addColumn<CsvKind>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words"); // in the message
    QTest::newRow("event without title") << CsvKind::Events << QByteArray("Title,Start\nok,1950\n,1951\n") << 3 << 1 << QStringLiteral("Title") << QStringLiteral("needs a title");
    QTest::newRow("event without start") << CsvKind::Events << QByteArray("Title,Start\nok,\n") << 2 << 2 << QStringLiteral("Start") << QStringLiteral("needs a start date");
    QTest::newRow("unreadable date") << CsvKind::Events << QByteArray("Title,Start\nok,next tuesday\n") << 2 << 2 << QStringLiteral("Start") << QStringLiteral("Could not read");
    QTest::newRow("end before start") << CsvKind::Events << QByteArray("Title,Start,End\nok,1950,1940\n") << 2 << 3 << QStringLiteral("End") << QStringLiteral("before the start");
    QTest::newRow("importance") << CsvKind::Events << QByteArray("Title,Start,Importance\nok,1950,9\n") << 2 << 3 << QStringLiteral("Importance") << QStringLiteral("1 (minor) to 5");
    QTest::newRow("source not an address") << CsvKind::Events << QByteArray("Title,Start,Sources\nok,1950,Britannica\n") << 2 << 3 << QStringLiteral("Sources") << QStringLiteral("not a web address");
    QTest::newRow("header text as written") << CsvKind::Events << QByteArray("TITLE,start date,start\nok,x,\n") << 2 << 3 << QStringLiteral("start") << QStringLiteral("needs a start date");
    QTest::newRow("actor kind") << CsvKind::Actors << QByteArray("Name,Kind\nA,country\n") << 2 << 2 << QStringLiteral("Kind") << QStringLiteral("person, state, organisation or group");
    QTest::newRow("actor colour") << CsvKind::Actors << QByteArray("Name,Colour\nA,#12\n") << 2 << 2 << QStringLiteral("Colour") << QStringLiteral("not a colour");
    QTest::newRow("actor without name") << CsvKind::Actors << QByteArray("Name,Kind\n,state\n") << 2 << 1 << QStringLiteral("Name") << QStringLiteral("needs a name");
    QTest::newRow("relation kind") << CsvKind::Relations << QByteArray("Source,Target,Kind,Start\nA,B,friendship,1950\n") << 2 << 3 << QStringLiteral("Kind") << QStringLiteral("alliance");
    QTest::newRow("relation stance") << CsvKind::Relations << QByteArray("Source,Target,Stance,Start\nA,B,2,1950\n") << 2 << 3 << QStringLiteral("Stance") << QStringLiteral("hostile, neutral or cooperative");
    QTest::newRow("relation to itself") << CsvKind::Relations << QByteArray("Source,Target,Start\nA,a,1950\n") << 2 << 2 << QStringLiteral("Target") << QStringLiteral("two different actors");
    QTest::newRow("relation without target") << CsvKind::Relations << QByteArray("Source,Target,Start\nA,,1950\n") << 2 << 2 << QStringLiteral("Target") << QStringLiteral("names none");
    QTest::newRow("relation directed") << CsvKind::Relations << QByteArray("Source,Target,Directed,Start\nA,B,maybe,1950\n") << 2 << 3 << QStringLiteral("Directed") << QStringLiteral("yes or no");
    QTest::newRow("era without end") << CsvKind::Events << QByteArray("Year,Headline,Type,End Year\n1950,War,era,\n") << 2 << 4 << QStringLiteral("End Year") << QStringLiteral("needs an end date");
    QTest::newRow("unclosed quote") << CsvKind::Events << QByteArray("Title,Start\n\"ok,1950\n") << 2 << 1 << QString() << QStringLiteral("never closed");
}

// Each error says where (line, column, header text) and, in plain words,
// what; and any error means no bundle at all.
void TestAtlasCsv::rowErrors()
{
    QFETCH(CsvKind, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, field);
    QFETCH(QString, words);
    const ImportResult result = AtlasCsv::import(bytes, kind, {});
    QVERIFY(!result.ok());
    QVERIFY(!result.bundle);
    QCOMPARE(result.errors.size(), 1);
    const ImportIssue &issue = result.errors.first();
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, column);
    QCOMPARE(issue.field, field);
    QVERIFY2(issue.message.contains(words), qPrintable(issue.message));
}

void TestAtlasCsv::errorPointsAtStartLineOfMultiLineRecord()
{
    const ImportResult result = AtlasCsv::import(csv("Title,Description,Start\r\n"
                                                     "ok,\"two\r\nlines\",1950\r\n"
                                                     "bad,\"three\r\n\r\nlines\",never\r\n"
                                                     "also bad,,1950,\r\n"
                                                     ",,\r\n"),
                                                 CsvKind::Events, {});
    QVERIFY(!result.bundle);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, 4);
    QCOMPARE(result.errors.first().column, 3);
}

void TestAtlasCsv::semicolonsAndTabsDetected()
{
    for (const char *bytes : {"Title;Start;Place\nA;1950;Seoul, Korea\n", "Title\tStart\tPlace\nA\t1950\tSeoul, Korea\n",
                              "\xEF\xBB\xBFTitle,Start,Place\nA,1950,\"Seoul, Korea\"\n"}) {
        const ImportResult result = AtlasCsv::import(QByteArray(bytes), CsvKind::Events, {});
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QCOMPARE(result.bundle->events.first().place, QStringLiteral("Seoul, Korea"));
    }
}

void TestAtlasCsv::notUtf8IsRefusedWithPosition()
{
    const ImportResult result = AtlasCsv::import(csv("Title,Start\nMan\xe9,1950\n"), CsvKind::Events, {});
    QVERIFY(!result.bundle);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, 2);
    QCOMPARE(result.errors.first().column, 4);
    QVERIFY(result.errors.first().message.contains(QLatin1String("not UTF-8")));
}

void TestAtlasCsv::limits()
{
    const QByteArray bytes = csv("Title,Start\nA,1950\nB,1951\nC,xx\nD,yy\nE,zz\n");
    ImportLimits few;
    few.maximumItems = 2;
    ImportResult result = AtlasCsv::import(bytes, CsvKind::Events, {}, few);
    QVERIFY(!result.bundle);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().message.contains(QLatin1String("3")), qPrintable(result.errors.first().message));

    ImportLimits small;
    small.maximumBytes = 10;
    result = AtlasCsv::import(bytes, CsvKind::Events, {}, small);
    QVERIFY(!result.bundle);
    QCOMPARE(result.errors.size(), 1);

    ImportLimits shortText;
    shortText.maximumTextLength = 5; // the header fits, the title does not
    result = AtlasCsv::import(csv("Title,Start\nLong title,1950\n"), CsvKind::Events, {}, shortText);
    QVERIFY(!result.bundle);
    QCOMPARE(result.errors.first().line, 2);

    ImportLimits twoErrors;
    twoErrors.maximumErrors = 2;
    result = AtlasCsv::import(bytes, CsvKind::Events, {}, twoErrors);
    QVERIFY(!result.bundle);
    QCOMPARE(result.errors.size(), 2);
    QCOMPARE(result.errors.at(1).line, 5);
}

void TestAtlasCsv::blankRowsSkipped()
{
    const ImportResult result = AtlasCsv::import(csv("Title,Start\n,\nA,1950\n , \n\n"), CsvKind::Events, {});
    QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
    QCOMPARE(result.bundle->events.size(), 1);
}

// TimelineJS's own test spreadsheets (../shared/data; skipped when absent).
void TestAtlasCsv::realTimelineJsSpreadsheets_data()
{
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(SHARED_DATA_DIR "/timelinejs3-examples/csv");
    if (!QDir(root).exists()) {
        QTest::newRow("no shared data") << QString();
        return;
    }
    QTest::newRow("women_in_computing") << root + QStringLiteral("/women_in_computing.csv");
    QTest::newRow("parser_test") << root + QStringLiteral("/parser_test.csv");
}

void TestAtlasCsv::realTimelineJsSpreadsheets()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("../shared/data is not here");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (path.endsWith(QLatin1String("parser_test.csv"))) {
        // Not a timeline (title, count, description; no dates): the quoting
        // torture test. Mapped by hand with a start from "count" read as a
        // year, its three records import with their quoted commas, doubled
        // quotes and line break intact, and the right lines.
        CsvError error;
        const auto table = CsvReader::read(bytes, &error);
        QVERIFY2(table, qPrintable(error.message));
        CsvColumnMapping mapping;
        mapping.kind = CsvKind::Events;
        mapping.columns = {{CsvField::Title, 0}, {CsvField::Year, 1}, {CsvField::Description, 2}};
        const ImportResult result = AtlasCsv::import(*table, mapping, {});
        QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
        QCOMPARE(result.bundle->events.size(), 3);
        QCOMPARE(result.bundle->events.at(0).description,
                 QStringLiteral("let's just pile it  all in here,  commas, \"quoted strings\" and \nnew lines!"));
        QCOMPARE(result.bundle->events.at(2).title, QStringLiteral("a day, i guess"));
        QCOMPARE(table->recordLines, (QList<int>{1, 2, 4, 5}));
        return;
    }
    const ImportResult result = AtlasCsv::import(bytes, CsvKind::Events, {});
    QVERIFY2(result.ok(), qPrintable(issuesText(result.errors)));
    QCOMPARE(result.bundle->meta.title, QStringLiteral("Women in Computing"));
    QCOMPARE(result.bundle->events.size(), 10);
    QCOMPARE(result.bundle->events.first().title, QStringLiteral("Ada Lovelace"));
    QCOMPARE(result.bundle->events.first().when.start, HistoricalDate::fromCivil(civilAt(1815, 12, 10), Precision::Day));
    QCOMPARE(result.bundle->events.first().when.end, HistoricalDate::fromCivil(civilAt(1852, 11, 27), Precision::Day));
    QVERIFY(!result.bundle->events.first().description.contains(u'<'));
    QVERIFY(!result.bundle->sources.isEmpty());
    QVERIFY(!result.notices.isEmpty());
}

QTEST_GUILESS_MAIN(TestAtlasCsv)
#include "tst_atlascsv.moc"
