// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasconnection.h"
#include "atlasschema.h"
#include "atlasstore.h"
#include "eventindex.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Annals;

Q_DECLARE_METATYPE(Annals::AtlasData)
Q_DECLARE_METATYPE(Annals::EventIndex::Reader)

namespace {

constexpr qint64 day = 86400;
constexpr qint64 year = 31'556'952; // a mean Gregorian year, for spreading random dates

HistoricalDate date(const char *text)
{
    const DateParseResult parsed = DateParser::parse(QString::fromUtf8(text));
    if (!parsed.ok())
        qFatal("Test date \"%s\" does not parse: %s", text, qPrintable(parsed.error));
    return parsed.date;
}

// "1960-01-01" or "1960-01-01 14:30" as seconds, written out so that the
// expected ends do not come from periodEnd(), the code under test.
qint64 instant(const char *text)
{
    const QString s = QString::fromUtf8(text);
    CivilDateTime civil;
    civil.year = s.section(QLatin1Char('-'), 0, 0).toLongLong();
    civil.month = s.mid(5, 2).toInt();
    civil.day = s.mid(8, 2).toInt();
    if (s.size() > 10) {
        civil.hour = s.mid(11, 2).toInt();
        civil.minute = s.mid(14, 2).toInt();
    }
    return secondsFromCivil(civil);
}

Event makeEvent(ItemId id, const HistoricalDate &start, const HistoricalDate &end = {},
                const QString &category = {}, int importance = 3, const QList<EventActor> &actors = {})
{
    Event event;
    event.id = id;
    event.title = QStringLiteral("Event %1").arg(id);
    event.category = category;
    event.importance = importance;
    event.when.start = start;
    event.when.end = end;
    event.actors = actors;
    return event;
}

// Random events the way an atlas has them: mostly recent, a few ancient,
// every precision, a third of them spans from a day to two centuries.
AtlasData randomEvents(int count, quint32 seed, int actorCount = 40)
{
    QRandomGenerator random(seed);
    const QStringList categories = {QStringLiteral("war"), QStringLiteral("diplomacy"), QString(),
                                    QStringLiteral("science")};
    AtlasData data;
    for (int i = 1; i <= count; ++i) {
        const bool ancient = random.bounded(10) == 0;
        const qint64 start = ancient ? -qint64(random.bounded(4000)) * year - 30 * year * 70
                                     : -qint64(random.bounded(220)) * year + qint64(random.bounded(year));
        const auto precision = Precision(random.bounded(int(Precision::Century), int(Precision::Minute) + 1));
        const HistoricalDate startDate(start, precision, random.bounded(8) == 0);
        HistoricalDate endDate;
        if (random.bounded(3) == 0) {
            const double length = std::exp(random.bounded(std::log(200.0 * year / day))) * day;
            const auto endPrecision = Precision(random.bounded(int(Precision::Decade), int(Precision::Minute) + 1));
            endDate = HistoricalDate(startDate.seconds() + qint64(length), endPrecision);
            if (endDate.seconds() < startDate.seconds())
                endDate = startDate;
        }
        QList<EventActor> actors;
        for (int a = int(random.bounded(4)); a > 0; --a) {
            const ItemId actor = 1 + random.bounded(actorCount);
            if (std::none_of(actors.begin(), actors.end(), [actor](const EventActor &e) { return e.actorId == actor; }))
                actors.append(EventActor{actor, QStringLiteral("participant")});
        }
        data.events.append(makeEvent(i, startDate, endDate, categories[int(random.bounded(4))],
                                     1 + int(random.bounded(5)), actors));
    }
    return data;
}

// Writes `data` into a new atlas with plain SQL in one transaction (an
// AtlasStore write per event would be a transaction each), adding every actor
// the events name, then runs `extra` (for rows no Event can describe).
void writeAtlas(const QString &path, const AtlasData &data, const QStringList &extra = {})
{
    AtlasConnection connection;
    QString error;
    if (!connection.open(path, AtlasConnection::Mode::Create, &error)
        || !AtlasSchema::migrate(connection.database(), 0, &error)) {
        qFatal("Could not create %s: %s", qPrintable(path), qPrintable(error));
    }
    QSqlDatabase db = connection.database();
    db.transaction();
    QSqlQuery q(db);
    auto run = [&q](const char *what) {
        if (!q.exec())
            qFatal("Could not insert %s: %s", what, qPrintable(q.lastError().text()));
    };
    QSet<ItemId> actors;
    for (const Event &event : data.events) {
        for (const EventActor &actor : event.actors)
            actors.insert(actor.actorId);
    }
    q.prepare(QStringLiteral("INSERT INTO actors (id, name, kind) VALUES (?, 'Someone', 'person')"));
    for (ItemId actor : std::as_const(actors)) {
        q.addBindValue(actor);
        run("an actor");
    }
    auto bindDate = [&q](const HistoricalDate &d) {
        q.addBindValue(d.isValid() ? QVariant(d.seconds()) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(d.isValid() ? QVariant(precisionKey(d.precision())) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(d.isApproximate() ? 1 : 0);
    };
    QSqlQuery links(db);
    links.prepare(QStringLiteral("INSERT INTO event_actors (event_id, actor_id, role) VALUES (?, ?, ?)"));
    q.prepare(QStringLiteral("INSERT INTO events (id, title, category, importance, start_time, start_precision, "
                             "start_approx, end_time, end_precision, end_approx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Event &event : data.events) {
        q.addBindValue(event.id);
        q.addBindValue(event.title);
        q.addBindValue(event.category.isNull() ? QStringLiteral("") : event.category);
        q.addBindValue(event.importance);
        bindDate(event.when.start);
        bindDate(event.when.end);
        run("an event");
        for (const EventActor &actor : event.actors) {
            links.addBindValue(event.id);
            links.addBindValue(actor.actorId);
            links.addBindValue(actor.role.isNull() ? QStringLiteral("") : actor.role);
            if (!links.exec())
                qFatal("Could not link an actor: %s", qPrintable(links.lastError().text()));
        }
    }
    for (const QString &statement : extra) {
        if (!q.exec(statement))
            qFatal("Could not run %s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    }
    if (!db.commit())
        qFatal("Could not commit: %s", qPrintable(db.lastError().text()));
}

std::optional<EventIndex> loadIndex(const QString &path, EventIndex::Reader reader, QString *error)
{
    AtlasConnection connection;
    if (!connection.open(path, AtlasConnection::Mode::ReadOnly, error))
        return std::nullopt;
    return EventIndex::load(connection.database(), reader, error);
}

AtlasData loadData(const QString &path)
{
    AtlasConnection connection;
    QString error;
    std::optional<AtlasData> data;
    if (connection.open(path, AtlasConnection::Mode::ReadOnly, &error))
        data = AtlasStore(connection.database()).load(&error);
    if (!data)
        qFatal("Could not load %s: %s", qPrintable(path), qPrintable(error));
    return *data;
}

// The first difference between two indexes, in words, for a failing QVERIFY2.
QString difference(const EventIndex &a, const EventIndex &b)
{
    if (a.size() != b.size())
        return QStringLiteral("%1 events against %2").arg(a.size()).arg(b.size());
    if (a.categories() != b.categories())
        return QStringLiteral("categories [%1] against [%2]")
            .arg(a.categories().join(QLatin1Char(',')), b.categories().join(QLatin1Char(',')));
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.id(i) != b.id(i) || a.start(i) != b.start(i) || a.end(i) != b.end(i)
            || a.importance(i) != b.importance(i) || a.category(i) != b.category(i)
            || a.startPrecision(i) != b.startPrecision(i) || a.isApproximate(i) != b.isApproximate(i)
            || a.isSpan(i) != b.isSpan(i)) {
            return QStringLiteral("row %1: event %2 [%3, %4) against event %5 [%6, %7)")
                .arg(i)
                .arg(a.id(i))
                .arg(a.start(i))
                .arg(a.end(i))
                .arg(b.id(i))
                .arg(b.start(i))
                .arg(b.end(i));
        }
    }
    if (a.actorOffsets() != b.actorOffsets() || a.actorIds() != b.actorIds())
        return QStringLiteral("the actors differ");
    return QStringLiteral("only derived fields differ (maximum duration %1 against %2)")
        .arg(a.maximumDuration())
        .arg(b.maximumDuration());
}

} // namespace

class tst_EventIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void fromAtlasAndLoadAgree_data();
    void fromAtlasAndLoadAgree();
    void rowsAreSortedAndConsistent_data();
    void rowsAreSortedAndConsistent();
    void endsAreExclusive_data();
    void endsAreExclusive();
    void rowsOverlappingAgreesWithBruteForce_data();
    void rowsOverlappingAgreesWithBruteForce();
    void rowsOverlappingAtTheEdges_data();
    void rowsOverlappingAtTheEdges();
    void firstStartingAtOrAfter_data();
    void firstStartingAtOrAfter();
    void categoriesAndActorsComeThrough_data();
    void categoriesAndActorsComeThrough();
    void emptyAtlas_data();
    void emptyAtlas();
    void unreadableFileGivesAMessage_data();
    void unreadableFileGivesAMessage();
    void memoryStaysWithinBudget();

private:
    static void addReaderRows();
    QString newPath() const { return m_dir->filePath(QStringLiteral("index-%1.annals").arg(++m_files)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    mutable int m_files = 0;
};

void tst_EventIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_EventIndex::addReaderRows()
{
    QTest::addColumn<EventIndex::Reader>("reader");
    QTest::newRow("through the SQLite C API") << EventIndex::Reader::SqliteApi;
    QTest::newRow("through Qt SQL") << EventIndex::Reader::QtSql;
}

void tst_EventIndex::fromAtlasAndLoadAgree_data()
{
    QTest::addColumn<AtlasData>("data");
    QTest::addColumn<QStringList>("extra");
    // False when the file holds rows no Event can describe, so that only the
    // data loaded back from the file can be compared.
    QTest::addColumn<bool>("dataDescribesFile");

    AtlasData handMade;
    handMade.events = {
        makeEvent(1, date("1959"), {}, QStringLiteral("politics"), 5, {{7, QStringLiteral("leader")}}),
        makeEvent(2, date("27 Jul 1953"), {}, QStringLiteral("war"), 4, {{7, {}}, {8, {}}}),
        makeEvent(3, date("Jun 1950"), date("Jul 1953"), QStringLiteral("war"), 5, {{8, {}}, {9, {}}}),
        makeEvent(4, date("c. 1200"), {}, {}, 1),
        makeEvent(5, date("44 BCE"), date("1950s"), QStringLiteral("culture"), 2),
        makeEvent(6, date("1959-10-01 14:30"), {}, QStringLiteral("politics"), 3),
        makeEvent(7, date("5th century BCE"), {}, QStringLiteral("religion"), 2, {{9, {}}}),
    };
    QTest::newRow("hand-made events of every kind") << handMade << QStringList() << true;
    QTest::newRow("two thousand random events") << randomEvents(2000, 17) << QStringList() << true;

    AtlasData sameMoment;
    for (int id = 30; id > 0; --id)
        sameMoment.events.append(makeEvent(id, date("1 Oct 1959"), {}, QStringLiteral("politics")));
    QTest::newRow("thirty events at the same moment") << sameMoment << QStringList() << true;

    AtlasData twoRoles;
    twoRoles.events = {makeEvent(1, date("1 Oct 1959"), {}, {}, 3,
                                 {{5, QStringLiteral("host")}, {5, QStringLiteral("speaker")}, {2, {}}})};
    QTest::newRow("an actor linked twice in different roles counts once") << twoRoles << QStringList() << true;

    AtlasData farActor;
    farActor.events = {makeEvent(1, date("1959"), {}, {}, 3, {{5'000'000'000LL, {}}, {3, {}}})};
    QTest::newRow("an actor id beyond 32 bits is left out, not wrapped") << farActor << QStringList() << true;

    AtlasData backwards;
    backwards.events = {makeEvent(1, date("1950"), {}, {}, 3, {{1, {}}}), makeEvent(2, date("1960"))};
    QTest::newRow("a span ending before it starts and an unknown precision")
        << backwards
        << QStringList{QStringLiteral("INSERT INTO events (id, title, start_time, start_precision, end_time, "
                                      "end_precision) VALUES (3, 'Backwards', 0, 'year', -315619200, 'year')"),
                       QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                       QStringLiteral("INSERT INTO events (id, title, start_time, start_precision) "
                                      "VALUES (4, 'Fortnightly', 0, 'fortnight')"),
                       QStringLiteral("INSERT INTO events (id, title, importance, start_time, start_precision, "
                                      "end_time, end_precision) VALUES (5, 'Vague end', 9, 0, 'day', 86400, 'soon')"),
                       QStringLiteral("PRAGMA ignore_check_constraints = OFF")}
        << false;

    // Seconds as a file from elsewhere may hold them: inside their periods
    // rather than at their starts, before 1970, in deep time, at the very
    // edges of the range HistoricalDate accepts and past them.
    {
        QStringList raw;
        const qint64 first = secondsFromCivil({earliestYear, 1, 1, 0, 0, 0});
        const qint64 last = secondsFromCivil({latestYear + 1, 1, 1, 0, 0, 0}) - 1;
        const QList<qint64> edges = {first - 1, first, first + 1, last - 1, last, last + 1, -1, 0, 1, 59, 60, -86401};
        QRandomGenerator random(23);
        const QStringList keys = {QStringLiteral("billion_years"), QStringLiteral("million_years"),
                                  QStringLiteral("thousand_years"), QStringLiteral("century"),
                                  QStringLiteral("decade"), QStringLiteral("year"), QStringLiteral("month"),
                                  QStringLiteral("day"), QStringLiteral("hour"), QStringLiteral("minute")};
        for (int id = 1; id <= 600; ++id) {
            qint64 start = 0;
            if (id <= edges.size() * keys.size()) {
                start = edges[(id - 1) / keys.size()];
            } else {
                // Recent history mostly, deep time sometimes; the same few
                // seconds again and again, to make remembered periods collide.
                const int kind = int(random.bounded(4));
                start = kind == 0   ? qint64(random.bounded(-2.0e17)) // to about 6 billion years ago
                    : kind == 1     ? qint64(random.bounded(20)) * 1'000'003 - 7'000'000
                                    : -qint64(random.bounded(3.0e11)) + qint64(random.bounded(2.0e9));
            }
            const QString &startKey = keys[(id - 1) % keys.size()];
            const bool span = random.bounded(2) == 0;
            const qint64 end = start + qint64(random.bounded(1.0e10));
            raw << QStringLiteral("INSERT INTO events (id, title, start_time, start_precision, end_time, end_precision) "
                                  "VALUES (%1, 'Raw', %2, '%3', %4, %5)")
                       .arg(id)
                       .arg(start)
                       .arg(startKey)
                       .arg(span ? QString::number(end) : QStringLiteral("NULL"))
                       .arg(span ? QStringLiteral("'%1'").arg(keys[int(random.bounded(keys.size()))])
                                 : QStringLiteral("NULL"));
        }
        // The same seconds at every coarse precision, in a row: a period
        // the reader remembers for one precision must not answer for another.
        for (int i = 0; i < 300; ++i) {
            const qint64 second = -qint64(random.bounded(6.0e10)) + 2'000'000'000;
            for (int precision = 0; precision <= 6; ++precision) {
                raw << QStringLiteral("INSERT INTO events (title, start_time, start_precision) VALUES ('Same', %1, '%2')")
                           .arg(second)
                           .arg(keys[precision]);
            }
        }
        QTest::newRow("seconds inside their periods, at the range's edges and beyond")
            << AtlasData() << raw << false;
    }

    AtlasData oddCategories;
    oddCategories.events = {makeEvent(1, date("1950"), {}, QStringLiteral("Ωμέγα")),
                            makeEvent(2, date("1951"), {}, QStringLiteral("war"))};
    // Bytes that are not UTF-8 must come out as the same names whichever way
    // they are read, and two spellings that decode alike share a category.
    QTest::newRow("categories in other scripts and in malformed UTF-8")
        << oddCategories
        << QStringList{QStringLiteral("INSERT INTO events (id, title, start_time, start_precision, category) "
                                      "VALUES (3, 'Bad bytes', 0, 'year', CAST(X'77617280' AS TEXT))"),
                       QStringLiteral("INSERT INTO events (id, title, start_time, start_precision, category) "
                                      "VALUES (4, 'Other bad bytes', 0, 'year', CAST(X'776172C0' AS TEXT))"),
                       QStringLiteral("INSERT INTO events (id, title, start_time, start_precision, category) "
                                      "VALUES (5, 'Lone byte', 0, 'year', CAST(X'FF' AS TEXT))")}
        << false;
}

void tst_EventIndex::fromAtlasAndLoadAgree()
{
    QFETCH(AtlasData, data);
    QFETCH(QStringList, extra);
    QFETCH(bool, dataDescribesFile);

    const QString path = newPath();
    writeAtlas(path, data, extra);
    const EventIndex fromStore = EventIndex::fromAtlas(loadData(path));
    if (dataDescribesFile) {
        const EventIndex fromData = EventIndex::fromAtlas(data);
        QVERIFY2(fromData == fromStore, qPrintable(difference(fromData, fromStore)));
    }
    for (const auto reader : {EventIndex::Reader::Automatic, EventIndex::Reader::SqliteApi, EventIndex::Reader::QtSql}) {
        QString error;
        const std::optional<EventIndex> loaded = loadIndex(path, reader, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY2(*loaded == fromStore, qPrintable(QStringLiteral("reader %1: %2").arg(int(reader)).arg(difference(*loaded, fromStore))));
    }
}

void tst_EventIndex::rowsAreSortedAndConsistent_data()
{
    QTest::addColumn<AtlasData>("data");
    QTest::newRow("two thousand random events") << randomEvents(2000, 3);
    AtlasData ties;
    for (int id = 1; id <= 50; ++id)
        ties.events.append(makeEvent((id * 37) % 101, HistoricalDate(qint64(id % 3) * day, Precision::Day)));
    QTest::newRow("many events sharing three moments") << ties;
    AtlasData reversed = randomEvents(300, 5);
    std::sort(reversed.events.begin(), reversed.events.end(),
              [](const Event &a, const Event &b) { return a.when.start.seconds() > b.when.start.seconds(); });
    QTest::newRow("events given latest first") << reversed;
}

void tst_EventIndex::rowsAreSortedAndConsistent()
{
    QFETCH(AtlasData, data);
    const EventIndex index = EventIndex::fromAtlas(data);
    QCOMPARE(index.size(), data.events.size());
    QCOMPARE(index.actorOffsets().size(), std::size_t(index.size()) + 1);
    QCOMPARE(index.actorOffsets().front(), 0u);
    QCOMPARE(index.actorOffsets().back(), quint32(index.actorIds().size()));
    qint64 longest = 0;
    qint64 latest = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < index.size(); ++i) {
        if (i + 1 < index.size()) {
            QVERIFY2(index.start(i) <= index.start(i + 1), qPrintable(QStringLiteral("rows %1 and %2").arg(i).arg(i + 1)));
            if (index.start(i) == index.start(i + 1))
                QVERIFY2(index.id(i) < index.id(i + 1), qPrintable(QStringLiteral("tie at row %1").arg(i)));
        }
        QVERIFY(index.end(i) > index.start(i));
        QVERIFY(index.category(i) >= 0 && index.category(i) < index.categories().size());
        QVERIFY(index.importance(i) >= 1 && index.importance(i) <= 5);
        QVERIFY(index.actorOffsets()[std::size_t(i)] <= index.actorOffsets()[std::size_t(i) + 1]);
        longest = std::max(longest, index.end(i) - index.start(i));
        latest = std::max(latest, index.end(i));
        QCOMPARE(index.rowOf(index.id(i)), i);
    }
    QCOMPARE(index.maximumDuration(), longest);
    QCOMPARE(index.earliest(), index.start(0));
    QCOMPARE(index.latest(), latest);
    QCOMPARE(index.starts().size(), std::size_t(index.size()));
}

void tst_EventIndex::endsAreExclusive_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end"); // empty for a moment
    QTest::addColumn<qint64>("expectedEnd");
    QTest::addColumn<bool>("span");

    QTest::newRow("a moment known to the year 1959 ends on 1 January 1960")
        << "1959" << "" << instant("1960-01-01") << false;
    QTest::newRow("a moment known to the day ends at the next midnight")
        << "27 Jul 1953" << "" << instant("1953-07-28") << false;
    QTest::newRow("a moment known to the month of a leap February ends on 1 March")
        << "Feb 1960" << "" << instant("1960-03-01") << false;
    QTest::newRow("a moment known to the minute ends a minute later")
        << "1959-10-01 14:30" << "" << instant("1959-10-01 14:31") << false;
    QTest::newRow("a moment known to the decade ends when the next decade begins")
        << "1950s" << "" << instant("1960-01-01") << false;
    QTest::newRow("a moment known to the century ends when the next century begins")
        << "20th century" << "" << instant("2001-01-01") << false;
    QTest::newRow("a moment in December ends on 1 January of the next year")
        << "Dec 1999" << "" << instant("2000-01-01") << false;
    QTest::newRow("an approximate year ends like an exact one")
        << "c. 1200" << "" << instant("1201-01-01") << false;
    QTest::newRow("a span ending Jul 1953 ends on 1 August 1953")
        << "25 Jun 1950" << "Jul 1953" << instant("1953-08-01") << true;
    QTest::newRow("a span within one year ending with a month ends with that month")
        << "1953" << "Jul 1953" << instant("1953-08-01") << true;
    QTest::newRow("a span ending on the day it starts lasts that day")
        << "27 Feb 2019" << "27 Feb 2019" << instant("2019-02-28") << true;
    QTest::newRow("a span ending in the 1950s ends on 1 January 1960")
        << "44 BCE" << "1950s" << instant("1960-01-01") << true;
    QTest::newRow("a span ending before it starts is drawn as its start's period")
        << "1960" << "1950" << instant("1961-01-01") << true;
}

void tst_EventIndex::endsAreExclusive()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(qint64, expectedEnd);
    QFETCH(bool, span);

    AtlasData data;
    data.events = {makeEvent(1, date(start.toUtf8().constData()),
                             end.isEmpty() ? HistoricalDate() : date(end.toUtf8().constData()))};
    const EventIndex fromData = EventIndex::fromAtlas(data);
    QCOMPARE(fromData.size(), 1);
    QCOMPARE(fromData.end(0), expectedEnd);
    QCOMPARE(fromData.isSpan(0), span);
    QCOMPARE(fromData.maximumDuration(), expectedEnd - fromData.start(0));

    const QString path = newPath();
    writeAtlas(path, data);
    QString error;
    const auto loaded = loadIndex(path, EventIndex::Reader::Automatic, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->end(0), expectedEnd);
    QCOMPARE(loaded->isSpan(0), span);
}

void tst_EventIndex::rowsOverlappingAgreesWithBruteForce_data()
{
    QTest::addColumn<AtlasData>("data");
    QTest::addColumn<quint32>("windowSeed");

    QTest::newRow("two thousand random events") << randomEvents(2000, 11) << 101u;
    AtlasData withEra = randomEvents(2000, 12);
    // One span over all of recorded history: every window lies inside it.
    withEra.events.append(makeEvent(9999, date("3000 BCE"), date("2025")));
    QTest::newRow("two thousand random events and one span covering them all") << withEra << 102u;
    AtlasData moments = randomEvents(2000, 13);
    for (Event &event : moments.events)
        event.when.end = {};
    QTest::newRow("two thousand moments and no spans") << moments << 103u;
}

void tst_EventIndex::rowsOverlappingAgreesWithBruteForce()
{
    QFETCH(AtlasData, data);
    QFETCH(quint32, windowSeed);

    const EventIndex index = EventIndex::fromAtlas(data);
    QRandomGenerator random(windowSeed);
    const qint64 low = index.earliest() - 10 * year;
    const qint64 high = index.latest() + 10 * year;
    int covering = 0; // windows that some span starts before and ends after
    for (int window = 0; window < 200; ++window) {
        qint64 from = 0;
        qint64 to = 0;
        const int kind = window % 4;
        if (kind == 0) { // anywhere, any width
            from = low + qint64(random.bounded(double(high - low)));
            to = from + qint64(std::exp(random.bounded(std::log(double(high - low)))));
        } else if (kind == 1) { // inside a random span
            const Event &event = data.events[qsizetype(random.bounded(quint32(data.events.size())))];
            const qint64 start = event.when.start.seconds();
            const qint64 end = event.when.endExclusive().value_or(event.when.start.periodEnd());
            from = start + qint64(random.bounded(double(end - start)));
            to = from + 1 + qint64(random.bounded(double(end - from)));
        } else if (kind == 2) { // narrow: a day somewhere in the recent past
            from = -qint64(random.bounded(220)) * year + qint64(random.bounded(year));
            to = from + day;
        } else { // a point in time: an empty window overlaps nothing
            from = low + qint64(random.bounded(double(high - low)));
            to = from;
        }

        QSet<ItemId> expected;
        for (const Event &event : data.events) {
            const qint64 start = event.when.start.seconds();
            const qint64 end = event.when.endExclusive().value_or(event.when.start.periodEnd());
            // [from, to) is empty when from == to, and overlaps nothing.
            if (from < to && start < to && end > from) {
                expected.insert(event.id);
                if (start < from && end > to)
                    ++covering;
            }
        }
        const std::vector<quint32> rows = index.rowsOverlapping(from, to);
        QSet<ItemId> found;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (i > 0)
                QVERIFY2(rows[i - 1] < rows[i], "rows come in start order, each once");
            found.insert(index.id(rows[i]));
        }
        QVERIFY2(found == expected, qPrintable(QStringLiteral("window %1 [%2, %3): %4 found, %5 expected")
                                                   .arg(window)
                                                   .arg(from)
                                                   .arg(to)
                                                   .arg(found.size())
                                                   .arg(expected.size())));
    }
    QVERIFY2(covering > 0, "some windows must lie wholly inside a span that starts before them");
}

void tst_EventIndex::rowsOverlappingAtTheEdges_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QList<ItemId>>("expected");
    // Event 1 is the longest: 1950 to 1959 by the year, so [1950-01-01, 1960-01-01).
    // Event 2 is 1 Jun 1955, [1955-06-01, 1955-06-02).
    const qint64 endOfSpan = instant("1960-01-01");
    QTest::newRow("a window from the second the longest span ends misses it")
        << endOfSpan << instant("1961-01-01") << QList<ItemId>{};
    QTest::newRow("a window from the span's last second catches it")
        << endOfSpan - 1 << instant("1961-01-01") << QList<ItemId>{1};
    QTest::newRow("a window ending as the span starts misses it")
        << instant("1949-01-01") << instant("1950-01-01") << QList<ItemId>{};
    QTest::newRow("a window ending a second after the span starts catches it")
        << instant("1949-01-01") << instant("1950-01-01") + 1 << QList<ItemId>{1};
    QTest::newRow("the day of the moment catches it and the span around it")
        << instant("1955-06-01") << instant("1955-06-02") << QList<ItemId>{1, 2};
    QTest::newRow("the next day catches only the span")
        << instant("1955-06-02") << instant("1955-06-03") << QList<ItemId>{1};
    QTest::newRow("a window the wrong way round overlaps nothing")
        << instant("1956-01-01") << instant("1955-01-01") << QList<ItemId>{};
}

void tst_EventIndex::rowsOverlappingAtTheEdges()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QList<ItemId>, expected);
    AtlasData data;
    data.events = {makeEvent(2, date("1 Jun 1955")), makeEvent(1, date("1950"), date("1959"))};
    const EventIndex index = EventIndex::fromAtlas(data);
    QCOMPARE(index.maximumDuration(), instant("1960-01-01") - instant("1950-01-01"));
    QList<ItemId> found;
    for (quint32 row : index.rowsOverlapping(from, to))
        found.append(index.id(row));
    QCOMPARE(found, expected);
}

void tst_EventIndex::firstStartingAtOrAfter_data()
{
    QTest::addColumn<qint64>("t");
    QTest::addColumn<qsizetype>("expected");
    // Starts, after sorting: 1950, 1959 (three events), 1960.
    QTest::newRow("before everything is row zero") << instant("1900-01-01") << qsizetype(0);
    QTest::newRow("a start shared by several events gives the first of them") << instant("1959-01-01") << qsizetype(1);
    QTest::newRow("a second after that start skips all of them") << instant("1959-01-01") + 1 << qsizetype(4);
    QTest::newRow("after everything is the size") << instant("1961-01-01") << qsizetype(5);
}

void tst_EventIndex::firstStartingAtOrAfter()
{
    QFETCH(qint64, t);
    QFETCH(qsizetype, expected);
    AtlasData data;
    data.events = {makeEvent(5, date("1959")), makeEvent(1, date("1960")), makeEvent(3, date("1959")),
                   makeEvent(4, date("1950")), makeEvent(2, date("1959"))};
    const EventIndex index = EventIndex::fromAtlas(data);
    QCOMPARE(index.firstStartingAtOrAfter(t), expected);
}

void tst_EventIndex::categoriesAndActorsComeThrough_data()
{
    addReaderRows();
}

void tst_EventIndex::categoriesAndActorsComeThrough()
{
    QFETCH(EventIndex::Reader, reader);
    AtlasData data;
    data.events = {
        makeEvent(10, date("1 Oct 1959"), {}, QStringLiteral("politics"), 4, {{3, {}}, {1, {}}}),
        makeEvent(11, date("1950"), date("1953"), QStringLiteral("war"), 5, {{2, {}}}),
        makeEvent(12, date("2019"), {}, {}, 1),
        makeEvent(13, date("Feb 2019"), {}, QStringLiteral("diplomacy"), 2,
                  {{4, QStringLiteral("host")}, {1, {}}, {4, QStringLiteral("guest")}}),
        // An id past 32 bits is left out: truncated, it would name actor 705032704.
        makeEvent(14, date("2020"), {}, QStringLiteral("war"), 3, {{5'000'000'000LL, {}}, {3, {}}}),
    };
    const QString path = newPath();
    writeAtlas(path, data);
    QString error;
    const auto index = loadIndex(path, reader, &error);
    QVERIFY2(index, qPrintable(error));

    // Names in order, the empty one too, since an event has it.
    QCOMPARE(index->categories(),
             QStringList({QString(), QStringLiteral("diplomacy"), QStringLiteral("politics"), QStringLiteral("war")}));
    struct Expected {
        ItemId id;
        QString category;
        int importance;
        std::vector<quint32> actors;
        bool span;
    };
    const std::vector<Expected> expected = {
        {11, QStringLiteral("war"), 5, {2}, true},
        {10, QStringLiteral("politics"), 4, {1, 3}, false},
        {12, QString(), 1, {}, false},
        {13, QStringLiteral("diplomacy"), 2, {1, 4}, false},
        {14, QStringLiteral("war"), 3, {3}, false},
    };
    QCOMPARE(index->size(), qsizetype(expected.size()));
    for (qsizetype row = 0; row < index->size(); ++row) {
        const Expected &e = expected[std::size_t(row)];
        QCOMPARE(index->id(row), e.id);
        QCOMPARE(index->categories().at(index->category(row)), e.category);
        QCOMPARE(index->importance(row), e.importance);
        QCOMPARE(index->isSpan(row), e.span);
        const auto first = index->actorIds().begin() + index->actorOffsets()[std::size_t(row)];
        const auto last = index->actorIds().begin() + index->actorOffsets()[std::size_t(row) + 1];
        QCOMPARE(std::vector<quint32>(first, last), e.actors);
    }
    QCOMPARE(index->rowOf(13), 3);
    QCOMPARE(index->rowOf(99), -1);
    QCOMPARE(index->startPrecision(1), Precision::Day);
}

void tst_EventIndex::emptyAtlas_data()
{
    addReaderRows();
}

void tst_EventIndex::emptyAtlas()
{
    QFETCH(EventIndex::Reader, reader);
    const QString path = newPath();
    writeAtlas(path, AtlasData());
    QString error;
    const auto index = loadIndex(path, reader, &error);
    QVERIFY2(index, qPrintable(error));
    QVERIFY(index->isEmpty());
    QCOMPARE(index->size(), 0);
    QVERIFY(index->categories().isEmpty());
    QCOMPARE(index->actorOffsets(), std::vector<quint32>{0});
    QVERIFY(index->actorIds().empty());
    QCOMPARE(index->earliest(), 0);
    QCOMPARE(index->latest(), 0);
    QCOMPARE(index->maximumDuration(), 0);
    QVERIFY(index->rowsOverlapping(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()).empty());
    QCOMPARE(index->firstStartingAtOrAfter(0), 0);
    QCOMPARE(index->rowOf(1), -1);
    QVERIFY(*index == EventIndex::fromAtlas(AtlasData()));
}

void tst_EventIndex::unreadableFileGivesAMessage_data()
{
    addReaderRows();
}

void tst_EventIndex::unreadableFileGivesAMessage()
{
    QFETCH(EventIndex::Reader, reader);
    // An SQLite file without the atlas tables: load() must say so, not crash
    // or hand back an empty index as if all were well.
    const QString path = newPath();
    {
        AtlasConnection connection;
        QString error;
        QVERIFY2(connection.open(path, AtlasConnection::Mode::Create, &error), qPrintable(error));
        QSqlQuery q(connection.database());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE other (x)")));
    }
    QString error;
    QVERIFY(!loadIndex(path, reader, &error));
    QVERIFY2(error.contains(QStringLiteral("events")), qPrintable(error));
}

void tst_EventIndex::memoryStaysWithinBudget()
{
    // DESIGN.md: at most 64 bytes an event in the index, with about 1.5
    // actors an event, as in the generated benchmark atlases.
    constexpr int count = 100'000;
    AtlasData data = randomEvents(count, 99, 5000);
    qsizetype links = 0;
    QRandomGenerator random(7);
    for (Event &event : data.events) {
        event.actors.clear();
        const int n = random.bounded(10) < 6 ? 1 : (random.bounded(4) < 3 ? 2 : 3);
        for (int a = 1; a <= n; ++a)
            event.actors.append(EventActor{ItemId(a * 1000 + random.bounded(1000)), QString()});
        links += n;
    }
    QVERIFY(double(links) / count > 1.4);
    const QString path = newPath();
    writeAtlas(path, data);
    QString error;
    const auto index = loadIndex(path, EventIndex::Reader::Automatic, &error);
    QVERIFY2(index, qPrintable(error));
    QCOMPARE(index->size(), count);
    QCOMPARE(qsizetype(index->actorIds().size()), links);
    const double perEvent = double(index->memoryBytes()) / double(index->size());
    qInfo("%.1f bytes an event, %.2f actors an event", perEvent, double(links) / count);
    QVERIFY2(perEvent <= 64.0, qPrintable(QStringLiteral("%1 bytes an event").arg(perEvent)));
    // What fromAtlas() builds is as lean.
    QVERIFY(double(EventIndex::fromAtlas(data).memoryBytes()) / count <= 64.0);
}

QTEST_GUILESS_MAIN(tst_EventIndex)
#include "tst_eventindex.moc"
