// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasstore.h"

#include "searchindex.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace Annals {

namespace {


// Rolls back unless committed, so that every early return leaves the file as it was.
// Nests: inside another Transaction on the same connection it is a savepoint,
// so that one change (an import) can be made of many single-item writes and
// still land whole or not at all.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        int &depth = depthOf(m_db);
        if (depth == 0) {
            m_active = m_db.transaction();
        } else {
            m_savepoint = QStringLiteral("annals_%1").arg(depth);
            m_active = exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
        }
        if (m_active)
            ++depth;
    }
    ~Transaction()
    {
        if (!m_active)
            return;
        --depthOf(m_db);
        if (m_savepoint.isEmpty()) {
            m_db.rollback();
        } else {
            exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
            exec(QStringLiteral("RELEASE ") + m_savepoint);
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        const bool committed = m_savepoint.isEmpty() ? m_db.commit() : exec(QStringLiteral("RELEASE ") + m_savepoint);
        if (committed) {
            --depthOf(m_db);
            m_active = false;
        }
        return committed;
    }

private:
    // Open transactions per connection; connections belong to one thread.
    static int &depthOf(const QSqlDatabase &db)
    {
        thread_local QHash<QString, int> depths;
        return depths[db.connectionName()];
    }
    bool exec(const QString &statement)
    {
        QSqlQuery q(m_db);
        return q.exec(statement);
    }

    QSqlDatabase m_db;
    QString m_savepoint;
    bool m_active = false;
};

QVariant secondsOf(const HistoricalDate &date)
{
    return date.isValid() ? QVariant(date.seconds()) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant precisionOf(const HistoricalDate &date)
{
    return date.isValid() ? QVariant(precisionKey(date.precision())) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// Qt binds a null QString as SQL NULL; text columns hold '' instead.
QString text(const QString &value)
{
    return value.isNull() ? QLatin1String("") : value;
}

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool run(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

// The columns eventFromRow reads. Schema 3 added display_date; an older file
// opened read-only (so never migrated) reads as having none.
QString eventColumns(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    const bool hasDisplayDate = q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() >= 3;
    return QStringLiteral("id, title, description, category, place, importance, start_time, start_precision, "
                          "start_approx, end_time, end_precision, end_approx, %1")
        .arg(hasDisplayDate ? QStringLiteral("display_date") : QStringLiteral("'' AS display_date"));
}

// An event, without its actors, from a row that selects eventColumns().
Event eventFromRow(const QSqlQuery &q)
{
    Event event;
    event.id = q.value(0).toLongLong();
    event.title = q.value(1).toString();
    event.description = q.value(2).toString();
    event.category = q.value(3).toString();
    event.place = q.value(4).toString();
    event.importance = q.value(5).toInt();
    event.when.start = dateFromColumns(q.value(6), q.value(7), q.value(8));
    event.when.end = dateFromColumns(q.value(9), q.value(10), q.value(11));
    event.displayDate = q.value(12).toString();
    return event;
}

// The event's own columns, in the order the INSERT and UPDATE below list them.
void bindEventColumns(QSqlQuery &q, const Event &event)
{
    q.addBindValue(text(event.title));
    q.addBindValue(text(event.description));
    q.addBindValue(text(event.category));
    q.addBindValue(text(event.place));
    q.addBindValue(event.importance);
    q.addBindValue(secondsOf(event.when.start));
    q.addBindValue(precisionOf(event.when.start));
    q.addBindValue(int(event.when.start.isApproximate()));
    q.addBindValue(secondsOf(event.when.end));
    q.addBindValue(precisionOf(event.when.end));
    q.addBindValue(int(event.when.end.isApproximate()));
    q.addBindValue(text(event.displayDate.trimmed()));
}

bool insertEventActors(QSqlQuery &q, ItemId eventId, const QList<EventActor> &actors, QString *error)
{
    q.prepare(QStringLiteral("INSERT INTO event_actors (event_id, actor_id, role) VALUES (?, ?, ?)"));
    for (const EventActor &actor : actors) {
        q.addBindValue(eventId);
        q.addBindValue(actor.actorId);
        q.addBindValue(text(actor.role));
        if (!run(q, error))
            return false;
    }
    return true;
}

} // namespace

HistoricalDate dateFromColumns(const QVariant &seconds, const QVariant &precision, const QVariant &approximate)
{
    if (seconds.isNull())
        return {};
    const auto parsed = precisionFromKey(precision.toString());
    if (!parsed)
        return {};
    return HistoricalDate(seconds.toLongLong(), *parsed, approximate.toInt() != 0);
}

namespace {

// Runs `body` on one query inside one transaction, committing only when it
// succeeds; every early return rolls back.
template<typename Body>
bool inTransaction(const QSqlDatabase &db, QString *error, Body body)
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    if (!body(q))
        return false;
    if (!transaction.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

// NULL for 0: no reference, or a new row whose id SQLite picks.
// "INSERT INTO table (columns) VALUES (?, …)" with one placeholder a column.
QString insertStatement(const QString &table, const QString &columns)
{
    QStringList placeholders;
    for (qsizetype i = columns.count(QLatin1Char(',')); i >= 0; --i)
        placeholders << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, placeholders.join(QLatin1String(", ")));
}

// "UPDATE table SET column = ?, … WHERE id = ?" for every column after the id.
QString updateStatement(const QString &table, const QString &columns)
{
    QStringList assignments = columns.split(QLatin1String(", "));
    assignments.removeFirst(); // the id
    return QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, assignments.join(QLatin1String(" = ?, ")));
}

// Checks `problem`, then updates one row by id with `bind` and runs `then`
// on the same query, in one transaction.
template<typename Bind, typename Then>
bool updateOneRow(const QSqlDatabase &db, const QString &problem, const QString &statement, Bind bind, ItemId id,
                  const QString &missing, QString *error, Then then)
{
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return inTransaction(db, error, [&](QSqlQuery &q) {
        q.prepare(statement);
        bind(q);
        q.addBindValue(id);
        if (!run(q, error))
            return false;
        if (q.numRowsAffected() != 1) {
            *error = missing.arg(id);
            return false;
        }
        return then(q);
    });
}

// The same, replacing the row's search entry.
template<typename Bind>
bool updateRow(const QSqlDatabase &db, const QString &problem, const QString &statement, Bind bind, ItemId id,
               const QString &missing, SearchKind kind, const QString &title, const QString &body, QString *error)
{
    return updateOneRow(db, problem, statement, bind, id, missing, error,
                        [&](QSqlQuery &q) { return writeSearchEntry(q, kind, id, title, body, error); });
}

QVariant idOrNull(ItemId id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

Citation citationFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toString(),    q.value(5).toString()};
}

const QString citationColumns = QStringLiteral("id, source_id, item_kind, item_id, locator, note");

bool insertCitations(QSqlQuery &q, const QList<Citation> &citations, QString *error, ItemId *newId = nullptr)
{
    q.prepare(insertStatement(QStringLiteral("citations"), citationColumns));
    for (const Citation &citation : citations) {
        q.addBindValue(idOrNull(citation.id));
        q.addBindValue(citation.sourceId);
        q.addBindValue(citation.itemKind);
        q.addBindValue(citation.itemId);
        q.addBindValue(text(citation.locator));
        q.addBindValue(text(citation.note));
        if (!run(q, error))
            return false;
        if (newId)
            *newId = q.lastInsertId().toLongLong();
    }
    return true;
}

// Citations selected by `where`, with `id` bound to each of its `?`.
bool selectCitations(QSqlQuery &q, const QString &where, ItemId id, QList<Citation> *citations, QString *error)
{
    q.prepare(QStringLiteral("SELECT %1 FROM citations WHERE %2 ORDER BY id").arg(citationColumns, where));
    for (int i = where.count(QLatin1Char('?')); i > 0; --i)
        q.addBindValue(id);
    if (!run(q, error))
        return false;
    while (q.next())
        citations->append(citationFromRow(q));
    return true;
}

const QString actorColumns = QStringLiteral("id, name, native_name, kind, colour, description, start_time, "
                                            "start_precision, start_approx, end_time, end_precision, end_approx");

Actor actorFromRow(const QSqlQuery &q)
{
    Actor actor;
    actor.id = q.value(0).toLongLong();
    actor.name = q.value(1).toString();
    actor.nativeName = q.value(2).toString();
    actor.kind = actorKindFromKey(q.value(3).toString()).value_or(ActorKind::Group);
    actor.colour = q.value(4).toString();
    actor.description = q.value(5).toString();
    actor.start = dateFromColumns(q.value(6), q.value(7), q.value(8));
    actor.end = dateFromColumns(q.value(9), q.value(10), q.value(11));
    return actor;
}

// The actor's columns after its id, in actorColumns' order.
void bindActorColumns(QSqlQuery &q, const Actor &actor)
{
    q.addBindValue(text(actor.name));
    q.addBindValue(text(actor.nativeName));
    q.addBindValue(actorKindKey(actor.kind));
    q.addBindValue(text(actor.colour));
    q.addBindValue(text(actor.description));
    q.addBindValue(secondsOf(actor.start));
    q.addBindValue(precisionOf(actor.start));
    q.addBindValue(int(actor.start.isApproximate()));
    q.addBindValue(secondsOf(actor.end));
    q.addBindValue(precisionOf(actor.end));
    q.addBindValue(int(actor.end.isApproximate()));
}

const QString actorNameColumns = QStringLiteral("id, actor_id, name, native_name, start_time, start_precision, "
                                                "start_approx, end_time, end_precision, end_approx");

ActorName actorNameFromRow(const QSqlQuery &q)
{
    ActorName name;
    name.id = q.value(0).toLongLong();
    name.actorId = q.value(1).toLongLong();
    name.name = q.value(2).toString();
    name.nativeName = q.value(3).toString();
    name.start = dateFromColumns(q.value(4), q.value(5), q.value(6));
    name.end = dateFromColumns(q.value(7), q.value(8), q.value(9));
    return name;
}

// Inserts each name (with its id when it has one) and its index entry; the
// last new id in `newId`.
bool insertActorNames(QSqlQuery &q, const QList<ActorName> &names, QString *error, ItemId *newId = nullptr)
{
    for (const ActorName &name : names) {
        q.prepare(insertStatement(QStringLiteral("actor_names"), actorNameColumns));
        q.addBindValue(idOrNull(name.id));
        q.addBindValue(name.actorId);
        q.addBindValue(text(name.name));
        q.addBindValue(text(name.nativeName));
        q.addBindValue(secondsOf(name.start));
        q.addBindValue(precisionOf(name.start));
        q.addBindValue(int(name.start.isApproximate()));
        q.addBindValue(secondsOf(name.end));
        q.addBindValue(precisionOf(name.end));
        q.addBindValue(int(name.end.isApproximate()));
        if (!run(q, error))
            return false;
        const ItemId id = name.id != 0 ? name.id : q.lastInsertId().toLongLong();
        if (!writeSearchEntry(q, SearchKind::ActorName, id, name.name, searchBody(name), error))
            return false;
        if (newId)
            *newId = id;
    }
    return true;
}

const QString relationColumns = QStringLiteral("id, source_id, target_id, kind, stance, directed, label, description, "
                                               "start_time, start_precision, start_approx, end_time, end_precision, "
                                               "end_approx, begin_event_id, end_event_id");

Relation relationFromRow(const QSqlQuery &q)
{
    Relation relation;
    relation.id = q.value(0).toLongLong();
    relation.sourceId = q.value(1).toLongLong();
    relation.targetId = q.value(2).toLongLong();
    relation.kind = relationKindFromKey(q.value(3).toString()).value_or(RelationKind::Other);
    relation.stance = q.value(4).toInt();
    relation.directed = q.value(5).toInt() != 0;
    relation.label = q.value(6).toString();
    relation.description = q.value(7).toString();
    relation.when.start = dateFromColumns(q.value(8), q.value(9), q.value(10));
    relation.when.end = dateFromColumns(q.value(11), q.value(12), q.value(13));
    relation.beginEventId = q.value(14).toLongLong();
    relation.endEventId = q.value(15).toLongLong();
    return relation;
}

void bindRelationColumns(QSqlQuery &q, const Relation &relation)
{
    q.addBindValue(relation.sourceId);
    q.addBindValue(relation.targetId);
    q.addBindValue(relationKindKey(relation.kind));
    q.addBindValue(relation.stance);
    q.addBindValue(int(relation.directed));
    q.addBindValue(text(relation.label));
    q.addBindValue(text(relation.description));
    q.addBindValue(secondsOf(relation.when.start));
    q.addBindValue(precisionOf(relation.when.start));
    q.addBindValue(int(relation.when.start.isApproximate()));
    q.addBindValue(secondsOf(relation.when.end));
    q.addBindValue(precisionOf(relation.when.end));
    q.addBindValue(int(relation.when.end.isApproximate()));
    q.addBindValue(idOrNull(relation.beginEventId));
    q.addBindValue(idOrNull(relation.endEventId));
}

// Inserts each relation (with its id when it has one) and its index entry;
// the last new id in `newId`.
bool insertRelations(QSqlQuery &q, const QList<Relation> &relations, QString *error, ItemId *newId = nullptr)
{
    for (const Relation &relation : relations) {
        q.prepare(insertStatement(QStringLiteral("relations"), relationColumns));
        q.addBindValue(idOrNull(relation.id));
        bindRelationColumns(q, relation);
        if (!run(q, error))
            return false;
        const ItemId id = relation.id != 0 ? relation.id : q.lastInsertId().toLongLong();
        if (!writeSearchEntry(q, SearchKind::Relation, id, relation.label, searchBody(relation), error))
            return false;
        if (newId)
            *newId = id;
    }
    return true;
}

const QString sourceColumns = QStringLiteral("id, title, author, publisher, published, url, licence, accessed, notes");

Source sourceFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toString(), q.value(8).toString()};
}

void bindSourceColumns(QSqlQuery &q, const Source &source)
{
    for (const QString *value : {&source.title, &source.author, &source.publisher, &source.published, &source.url,
                                 &source.licence, &source.accessed, &source.notes})
        q.addBindValue(text(value->trimmed()));
}

// Reads one row of `table` by id through `fromRow`; "There is no <what> <id>." when absent.
template<typename Item, typename FromRow>
std::optional<Item> oneRow(const QSqlDatabase &db, const QString &columns, const QString &table, ItemId id,
                           const QString &missing, FromRow fromRow, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns, table));
    q.addBindValue(id);
    if (!run(q, error))
        return std::nullopt;
    if (!q.next()) {
        *error = missing.arg(id);
        return std::nullopt;
    }
    return fromRow(q);
}

// Runs `statement` with `id` bound; fails with `missing` unless it changed exactly one row.
bool changeOneRow(QSqlQuery &q, const QString &statement, ItemId id, const QString &missing, QString *error)
{
    q.prepare(statement);
    q.addBindValue(id);
    if (!run(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = missing.arg(id);
        return false;
    }
    return true;
}

QString noActor()
{
    return QCoreApplication::translate("Annals::AtlasStore", "There is no actor %1.");
}

QString noRelation()
{
    return QCoreApplication::translate("Annals::AtlasStore", "There is no relation %1.");
}

QString noSource()
{
    return QCoreApplication::translate("Annals::AtlasStore", "There is no source %1.");
}

// Optional numbers are NULL when absent.
QVariant doubleOrNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

const QString eraColumns = QStringLiteral("id, title, description, colour, start_time, start_precision, start_approx, "
                                          "end_time, end_precision, end_approx");

Era eraFromRow(const QSqlQuery &q)
{
    Era era;
    era.id = q.value(0).toLongLong();
    era.title = q.value(1).toString();
    era.description = q.value(2).toString();
    era.colour = q.value(3).toString();
    era.when.start = dateFromColumns(q.value(4), q.value(5), q.value(6));
    era.when.end = dateFromColumns(q.value(7), q.value(8), q.value(9));
    return era;
}

void bindEraColumns(QSqlQuery &q, const Era &era)
{
    q.addBindValue(text(era.title.trimmed()));
    q.addBindValue(text(era.description));
    q.addBindValue(text(era.colour.trimmed()));
    q.addBindValue(secondsOf(era.when.start));
    q.addBindValue(precisionOf(era.when.start));
    q.addBindValue(int(era.when.start.isApproximate()));
    q.addBindValue(secondsOf(era.when.end));
    q.addBindValue(precisionOf(era.when.end));
    q.addBindValue(int(era.when.end.isApproximate()));
}

QString noEra()
{
    return QCoreApplication::translate("Annals::AtlasStore", "There is no era %1.");
}

const QString eventLinkColumns = QStringLiteral("id, from_event_id, to_event_id, kind");

EventLink eventLinkFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            eventLinkKindFromKey(q.value(3).toString()).value_or(EventLinkKind::LeadsTo)};
}

void bindEventLinkColumns(QSqlQuery &q, const EventLink &link)
{
    q.addBindValue(link.fromEventId);
    q.addBindValue(link.toEventId);
    q.addBindValue(eventLinkKindKey(link.kind));
}

QString noEventLink()
{
    return QCoreApplication::translate("Annals::AtlasStore", "There is no link %1 between events.");
}

const QString seriesPointColumns = QStringLiteral("id, series_id, time, precision, value, low, high, note");

SeriesPointEntry seriesPointFromRow(const QSqlQuery &q)
{
    SeriesPointEntry point;
    point.id = q.value(0).toLongLong();
    point.seriesId = q.value(1).toLongLong();
    point.time = dateFromColumns(q.value(2), q.value(3), 0);
    point.value = q.value(4).toDouble();
    point.low = optionalDouble(q.value(5));
    point.high = optionalDouble(q.value(6));
    point.note = q.value(7).toString();
    return point;
}

void bindSeriesPointColumns(QSqlQuery &q, const SeriesPointEntry &point)
{
    q.addBindValue(point.seriesId);
    q.addBindValue(secondsOf(point.time));
    q.addBindValue(precisionOf(point.time));
    q.addBindValue(point.value);
    q.addBindValue(doubleOrNull(point.low));
    q.addBindValue(doubleOrNull(point.high));
    q.addBindValue(text(point.note));
}

QString noSeriesPoint()
{
    return QCoreApplication::translate("Annals::AtlasStore", "There is no series value %1.");
}

// A kind without a search entry (eras, links, series values): one row of
// one table, cited as `itemKind`, whose citations go when it goes.
template<typename Item>
struct PlainTable {
    QString table;
    QString columns;
    QString itemKind;
    QString (*missing)();
    QString (*validate)(const Item &);
    void (*bind)(QSqlQuery &, const Item &);
    Item (*fromRow)(const QSqlQuery &);
};

const PlainTable<Era> &eraTable()
{
    static const PlainTable<Era> table{QStringLiteral("eras"), eraColumns, QStringLiteral("era"), noEra,
                                       validateEra, bindEraColumns, eraFromRow};
    return table;
}

const PlainTable<EventLink> &eventLinkTable()
{
    static const PlainTable<EventLink> table{QStringLiteral("event_links"), eventLinkColumns,
                                             QStringLiteral("event_link"), noEventLink, validateEventLink,
                                             bindEventLinkColumns, eventLinkFromRow};
    return table;
}

const PlainTable<SeriesPointEntry> &seriesPointTable()
{
    static const PlainTable<SeriesPointEntry> table{QStringLiteral("series_points"), seriesPointColumns,
                                                    QStringLiteral("series_point"), noSeriesPoint,
                                                    validateSeriesPoint, bindSeriesPointColumns, seriesPointFromRow};
    return table;
}

template<typename Item>
std::optional<Item> readPlain(const QSqlDatabase &db, const PlainTable<Item> &table, ItemId id, QString *error)
{
    return oneRow<Item>(db, table.columns, table.table, id, table.missing(), table.fromRow, error);
}

// Checks the item, then inserts its row (with its id and the citations its
// removal took when `citations` is given, for undo) in one transaction.
template<typename Item>
bool writePlain(const QSqlDatabase &db, const PlainTable<Item> &table, const Item &item,
                const QList<Citation> *citations, ItemId *newId, QString *error)
{
    if (const QString problem = table.validate(item); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return inTransaction(db, error, [&](QSqlQuery &q) {
        q.prepare(insertStatement(table.table, table.columns));
        q.addBindValue(idOrNull(citations ? item.id : 0));
        table.bind(q, item);
        if (!run(q, error))
            return false;
        if (newId)
            *newId = citations ? item.id : q.lastInsertId().toLongLong();
        return !citations || insertCitations(q, *citations, error);
    });
}

template<typename Item>
std::optional<ItemId> insertPlain(const QSqlDatabase &db, const PlainTable<Item> &table, const Item &item,
                                  QString *error)
{
    ItemId id = 0;
    if (!writePlain(db, table, item, nullptr, &id, error))
        return std::nullopt;
    return id;
}

template<typename Item>
bool updatePlain(const QSqlDatabase &db, const PlainTable<Item> &table, const Item &item, QString *error)
{
    return updateOneRow(
        db, table.validate(item), updateStatement(table.table, table.columns),
        [&](QSqlQuery &q) { table.bind(q, item); }, item.id, table.missing(), error, [](QSqlQuery &) { return true; });
}

template<typename Item>
bool removePlain(const QSqlDatabase &db, const PlainTable<Item> &table, ItemId id, QString *error)
{
    return inTransaction(db, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM citations WHERE item_kind = ? AND item_id = ?"));
        q.addBindValue(table.itemKind);
        q.addBindValue(id);
        return run(q, error)
            && changeOneRow(q, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table.table), id, table.missing(),
                            error);
    });
}

const QString tourStepColumns =
    QStringLiteral("id, tour_id, position, event_id, window_start, window_end, cursor_time, focus_actor_id, caption");

TourStep tourStepFromRow(const QSqlQuery &q)
{
    TourStep step;
    step.id = q.value(0).toLongLong();
    step.position = q.value(2).toInt();
    step.eventId = q.value(3).toLongLong();
    step.windowStart = optionalInt(q.value(4));
    step.windowEnd = optionalInt(q.value(5));
    step.cursorTime = optionalInt(q.value(6));
    step.focusActorId = q.value(7).toLongLong();
    step.caption = q.value(8).toString();
    return step;
}

QVariant timeOrNull(const std::optional<qint64> &time)
{
    return time ? QVariant(*time) : QVariant(QMetaType(QMetaType::LongLong));
}

QString noTour()
{
    return QCoreApplication::translate("Annals::AtlasStore", "There is no tour %1.");
}

// Replaces every step of the tour by `steps`, numbered 1..n, on a query
// already inside a transaction.
bool writeTourSteps(QSqlQuery &q, ItemId tourId, const QList<TourStep> &steps, QString *error)
{
    for (const TourStep &step : steps) {
        if (const QString problem = validateTourStep(step); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    q.prepare(QStringLiteral("DELETE FROM tour_steps WHERE tour_id = ?"));
    q.addBindValue(tourId);
    if (!run(q, error))
        return false;
    q.prepare(insertStatement(QStringLiteral("tour_steps"), tourStepColumns));
    // Steps that keep their ids first: a new step's id, picked by SQLite from
    // the rows already there, must not be one a later kept step still needs.
    QList<qsizetype> order;
    for (bool kept : {true, false}) {
        for (qsizetype i = 0; i < steps.size(); ++i) {
            if ((steps.at(i).id != 0) == kept)
                order.append(i);
        }
    }
    for (qsizetype i : order) {
        const TourStep &step = steps.at(i);
        q.addBindValue(idOrNull(step.id));
        q.addBindValue(tourId);
        q.addBindValue(int(i + 1));
        q.addBindValue(idOrNull(step.eventId));
        q.addBindValue(timeOrNull(step.windowStart));
        q.addBindValue(timeOrNull(step.windowEnd));
        q.addBindValue(timeOrNull(step.cursorTime));
        q.addBindValue(idOrNull(step.focusActorId));
        q.addBindValue(text(step.caption));
        if (!run(q, error))
            return false;
    }
    return true;
}

// Inserts the tour's row (with its id when `citations` is given, for undo),
// its steps and those citations, in one transaction.
bool writeTour(const QSqlDatabase &db, const Tour &tour, const QList<Citation> *citations, ItemId *newId,
               QString *error)
{
    if (const QString problem = validateTour(tour); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return inTransaction(db, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("INSERT INTO tours (id, title, description) VALUES (?, ?, ?)"));
        q.addBindValue(idOrNull(citations ? tour.id : 0));
        q.addBindValue(text(tour.title.trimmed()));
        q.addBindValue(text(tour.description));
        if (!run(q, error))
            return false;
        const ItemId id = citations ? tour.id : q.lastInsertId().toLongLong();
        if (newId)
            *newId = id;
        return writeTourSteps(q, id, tour.steps, error) && (!citations || insertCitations(q, *citations, error));
    });
}

// The citations that go with an actor: its own, its names' and its relations'.
const QString actorCitationsWhere = QStringLiteral(
    "(item_kind = 'actor' AND item_id = ?) "
    "OR (item_kind = 'actor_name' AND item_id IN (SELECT id FROM actor_names WHERE actor_id = ?)) "
    "OR (item_kind = 'relation' AND item_id IN (SELECT id FROM relations WHERE ? IN (source_id, target_id)))");

} // namespace

QString validateEvent(const Event &event)
{
    if (event.title.trimmed().isEmpty())
        return QCoreApplication::translate("Annals::AtlasStore", "An event needs a title.");
    if (!event.when.start.isValid())
        return QCoreApplication::translate("Annals::AtlasStore", "An event needs a start date.");
    if (event.importance < 1 || event.importance > 5)
        return QCoreApplication::translate("Annals::AtlasStore", "Importance runs from 1 to 5.");
    if (event.when.hasEnd() && event.when.end.seconds() < event.when.start.seconds())
        return QCoreApplication::translate("Annals::AtlasStore", "The end (%1) is before the start (%2).")
            .arg(event.when.end.toDisplayString(), event.when.start.toDisplayString());
    return {};
}

namespace {

QString spanProblem(const HistoricalDate &start, const HistoricalDate &end)
{
    if (start.isValid() && end.isValid() && end.seconds() < start.seconds())
        return QCoreApplication::translate("Annals::AtlasStore", "The end (%1) is before the start (%2).").arg(end.toDisplayString(), start.toDisplayString());
    return {};
}

} // namespace

QString validateActor(const Actor &actor)
{
    if (actor.name.trimmed().isEmpty())
        return QCoreApplication::translate("Annals::AtlasStore", "An actor needs a name.");
    return spanProblem(actor.start, actor.end);
}

QString validateRelation(const Relation &relation)
{
    if (relation.sourceId == 0 || relation.targetId == 0)
        return QCoreApplication::translate("Annals::AtlasStore", "A relation needs two actors.");
    if (relation.sourceId == relation.targetId)
        return QCoreApplication::translate("Annals::AtlasStore", "A relation joins two different actors.");
    if (!relation.when.start.isValid())
        return QCoreApplication::translate("Annals::AtlasStore", "A relation needs a start date.");
    if (relation.stance < -1 || relation.stance > 1)
        return QCoreApplication::translate("Annals::AtlasStore", "The stance is hostile, neutral or cooperative.");
    return spanProblem(relation.when.start, relation.when.end);
}

QString validateSource(const Source &source)
{
    if (source.title.trimmed().isEmpty())
        return QCoreApplication::translate("Annals::AtlasStore", "A source needs a title.");
    if (!source.url.trimmed().isEmpty()) {
        const QUrl url(source.url.trimmed(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || url.host().isEmpty())
            return QCoreApplication::translate("Annals::AtlasStore", "The address must be a web address starting with http:// or https://.");
    }
    return {};
}

QString validateEra(const Era &era)
{
    if (era.title.trimmed().isEmpty())
        return QCoreApplication::translate("Annals::AtlasStore", "An era needs a title.");
    if (!era.when.start.isValid())
        return QCoreApplication::translate("Annals::AtlasStore", "An era needs a start date.");
    if (!era.when.end.isValid())
        return QCoreApplication::translate("Annals::AtlasStore", "An era needs an end date.");
    return spanProblem(era.when.start, era.when.end);
}

QString validateEventLink(const EventLink &link)
{
    if (link.fromEventId == 0 || link.toEventId == 0)
        return QCoreApplication::translate("Annals::AtlasStore", "A link needs two events.");
    if (link.fromEventId == link.toEventId)
        return QCoreApplication::translate("Annals::AtlasStore", "An event cannot be linked to itself.");
    return {};
}

QString validateSeriesPoint(const SeriesPointEntry &point)
{
    if (point.seriesId == 0)
        return QCoreApplication::translate("Annals::AtlasStore", "A value belongs to a series.");
    if (!point.time.isValid())
        return QCoreApplication::translate("Annals::AtlasStore", "A value needs a date.");
    if (!std::isfinite(point.value) || (point.low && !std::isfinite(*point.low))
        || (point.high && !std::isfinite(*point.high)))
        return QCoreApplication::translate("Annals::AtlasStore", "A value must be a finite number.");
    if (point.low && *point.low > point.value)
        return QCoreApplication::translate("Annals::AtlasStore", "The low estimate (%1) is above the value (%2).").arg(*point.low).arg(point.value);
    if (point.high && *point.high < point.value)
        return QCoreApplication::translate("Annals::AtlasStore", "The high estimate (%1) is below the value (%2).").arg(*point.high).arg(point.value);
    return {};
}

QString validateTour(const Tour &tour)
{
    if (tour.title.trimmed().isEmpty())
        return QCoreApplication::translate("Annals::AtlasStore", "A tour needs a title.");
    for (const TourStep &step : tour.steps) {
        if (const QString problem = validateTourStep(step); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString validateTourStep(const TourStep &step)
{
    if (step.windowStart.has_value() != step.windowEnd.has_value())
        return QCoreApplication::translate("Annals::AtlasStore", "A step's time window needs both a start and an end, or neither.");
    if (step.windowStart && *step.windowEnd <= *step.windowStart)
        return QCoreApplication::translate("Annals::AtlasStore", "A step's time window must end after it starts.");
    if (step.caption.size() > maxTourCaptionLength)
        return QCoreApplication::translate("Annals::AtlasStore", "A caption can be at most %1 characters long; this one has %2.")
            .arg(maxTourCaptionLength)
            .arg(step.caption.size());
    return {};
}

AtlasStore::AtlasStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<AtlasData> AtlasStore::load(QString *error) const
{
    AtlasData data;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);

    if (!run(q, QStringLiteral("SELECT key, value FROM meta"), error))
        return std::nullopt;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("title"))
            data.meta.title = value;
        else if (key == QLatin1String("description"))
            data.meta.description = value;
        else if (key == QLatin1String("author"))
            data.meta.author = value;
        else if (key == QLatin1String("licence"))
            data.meta.licence = value;
        else
            data.meta.other.insert(key, value);
    }

    if (!run(q, QStringLiteral("SELECT %1 FROM actors ORDER BY id").arg(actorColumns), error))
        return std::nullopt;
    while (q.next())
        data.actors.append(actorFromRow(q));

    if (!run(q, QStringLiteral("SELECT %1 FROM actor_names ORDER BY actor_id, start_time").arg(actorNameColumns), error))
        return std::nullopt;
    while (q.next())
        data.actorNames.append(actorNameFromRow(q));

    if (!run(q, QStringLiteral("SELECT %1 FROM events ORDER BY start_time, id").arg(eventColumns(m_db)), error))
        return std::nullopt;
    QHash<ItemId, qsizetype> eventRows;
    while (q.next()) {
        Event event = eventFromRow(q);
        eventRows.insert(event.id, data.events.size());
        data.events.append(event);
    }
    if (!run(q, QStringLiteral("SELECT event_id, actor_id, role FROM event_actors ORDER BY event_id, actor_id"), error))
        return std::nullopt;
    while (q.next()) {
        const auto row = eventRows.constFind(q.value(0).toLongLong());
        if (row != eventRows.constEnd())
            data.events[*row].actors.append({q.value(1).toLongLong(), q.value(2).toString()});
    }

    if (!run(q, QStringLiteral("SELECT %1 FROM relations ORDER BY id").arg(relationColumns), error))
        return std::nullopt;
    while (q.next())
        data.relations.append(relationFromRow(q));

    if (!run(q, QStringLiteral("SELECT %1 FROM event_links ORDER BY id").arg(eventLinkColumns), error))
        return std::nullopt;
    while (q.next())
        data.eventLinks.append(eventLinkFromRow(q));

    if (!run(q, QStringLiteral("SELECT %1 FROM eras ORDER BY start_time, id").arg(eraColumns), error))
        return std::nullopt;
    while (q.next())
        data.eras.append(eraFromRow(q));

    if (!run(q, QStringLiteral("SELECT %1 FROM sources ORDER BY id").arg(sourceColumns), error))
        return std::nullopt;
    while (q.next())
        data.sources.append(sourceFromRow(q));

    if (!run(q, QStringLiteral("SELECT %1 FROM citations ORDER BY id").arg(citationColumns), error))
        return std::nullopt;
    while (q.next())
        data.citations.append(citationFromRow(q));

    if (!run(q, QStringLiteral("SELECT id, name, unit, description, actor_id FROM series ORDER BY id"), error))
        return std::nullopt;
    QHash<ItemId, qsizetype> seriesRows;
    while (q.next()) {
        Series series;
        series.id = q.value(0).toLongLong();
        series.name = q.value(1).toString();
        series.unit = q.value(2).toString();
        series.description = q.value(3).toString();
        series.actorId = q.value(4).toLongLong();
        seriesRows.insert(series.id, data.series.size());
        data.series.append(series);
    }
    if (!run(q, QStringLiteral("SELECT %1 FROM series_points ORDER BY series_id, time").arg(seriesPointColumns), error))
        return std::nullopt;
    while (q.next()) {
        const SeriesPointEntry point = seriesPointFromRow(q);
        const auto row = seriesRows.constFind(point.seriesId);
        if (row != seriesRows.constEnd())
            data.series[*row].points.append(point);
    }

    if (!run(q, QStringLiteral("SELECT id, title, description FROM tours ORDER BY id"), error))
        return std::nullopt;
    QHash<ItemId, qsizetype> tourRows;
    while (q.next()) {
        tourRows.insert(q.value(0).toLongLong(), data.tours.size());
        data.tours.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}});
    }
    if (!run(q, QStringLiteral("SELECT %1 FROM tour_steps ORDER BY tour_id, position").arg(tourStepColumns), error))
        return std::nullopt;
    while (q.next()) {
        const auto row = tourRows.constFind(q.value(1).toLongLong());
        if (row == tourRows.constEnd())
            continue;
        data.tours[*row].steps.append(tourStepFromRow(q));
    }
    return data;
}

std::optional<Event> AtlasStore::event(ItemId id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE id = ?").arg(eventColumns(m_db)));
    q.addBindValue(id);
    if (!run(q, error))
        return std::nullopt;
    if (!q.next()) {
        *error = QCoreApplication::translate("Annals::AtlasStore", "There is no event %1.").arg(id);
        return std::nullopt;
    }
    Event event = eventFromRow(q);
    q.prepare(QStringLiteral("SELECT actor_id, role FROM event_actors WHERE event_id = ? ORDER BY actor_id"));
    q.addBindValue(id);
    if (!run(q, error))
        return std::nullopt;
    while (q.next())
        event.actors.append({q.value(0).toLongLong(), q.value(1).toString()});
    return event;
}

namespace {

bool restoreDependents(QSqlQuery &q, ItemId eventId, const EventDependents &dependents, QString *error)
{
    if (!insertCitations(q, dependents.citations, error))
        return false;
    q.prepare(QStringLiteral("INSERT INTO event_links (id, from_event_id, to_event_id, kind) VALUES (?, ?, ?, ?)"));
    for (const EventLink &link : dependents.links) {
        q.addBindValue(link.id);
        q.addBindValue(link.fromEventId);
        q.addBindValue(link.toEventId);
        q.addBindValue(eventLinkKindKey(link.kind));
        if (!run(q, error))
            return false;
    }
    const std::pair<QString, const QList<ItemId> *> references[] = {
        {QStringLiteral("UPDATE relations SET begin_event_id = ? WHERE id = ?"), &dependents.relationsBegunBy},
        {QStringLiteral("UPDATE relations SET end_event_id = ? WHERE id = ?"), &dependents.relationsEndedBy},
        {QStringLiteral("UPDATE tour_steps SET event_id = ? WHERE id = ?"), &dependents.tourStepsShowing},
    };
    for (const auto &[statement, ids] : references) {
        q.prepare(statement);
        for (ItemId id : *ids) {
            q.addBindValue(eventId);
            q.addBindValue(id);
            if (!run(q, error))
                return false;
        }
    }
    return true;
}

// Runs `sql` with `id` bound and collects the first column of every row.
bool idsOf(QSqlQuery &q, const QString &sql, ItemId id, QList<ItemId> *ids, QString *error)
{
    q.prepare(sql);
    q.addBindValue(id);
    if (!run(q, error))
        return false;
    while (q.next())
        ids->append(q.value(0).toLongLong());
    return true;
}

} // namespace

std::optional<EventDependents> AtlasStore::dependentsOf(ItemId eventId, QString *error) const
{
    EventDependents dependents;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, source_id, item_kind, item_id, locator, note FROM citations "
                             "WHERE (item_kind = 'event' AND item_id = ?) OR (item_kind = 'event_link' AND item_id IN "
                             "(SELECT id FROM event_links WHERE ? IN (from_event_id, to_event_id))) ORDER BY id"));
    q.addBindValue(eventId);
    q.addBindValue(eventId);
    if (!run(q, error))
        return std::nullopt;
    while (q.next()) {
        dependents.citations.append(citationFromRow(q));
    }
    q.prepare(QStringLiteral("SELECT id, from_event_id, to_event_id, kind FROM event_links "
                             "WHERE from_event_id = ? OR to_event_id = ? ORDER BY id"));
    q.addBindValue(eventId);
    q.addBindValue(eventId);
    if (!run(q, error))
        return std::nullopt;
    while (q.next())
        dependents.links.append(eventLinkFromRow(q));
    if (!idsOf(q, QStringLiteral("SELECT id FROM relations WHERE begin_event_id = ? ORDER BY id"), eventId,
               &dependents.relationsBegunBy, error)
        || !idsOf(q, QStringLiteral("SELECT id FROM relations WHERE end_event_id = ? ORDER BY id"), eventId,
                  &dependents.relationsEndedBy, error)
        || !idsOf(q, QStringLiteral("SELECT id FROM tour_steps WHERE event_id = ? ORDER BY id"), eventId,
                  &dependents.tourStepsShowing, error)) {
        return std::nullopt;
    }
    return dependents;
}

bool AtlasStore::writeEvent(const Event &event, bool withId, const EventDependents *dependents, ItemId *newId,
                            QString *error)
{
    if (const QString problem = validateEvent(event); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(withId ? QStringLiteral("INSERT INTO events (id, title, description, category, place, importance, "
                                      "start_time, start_precision, start_approx, end_time, end_precision, end_approx, "
                                      "display_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     : QStringLiteral("INSERT INTO events (title, description, category, place, importance, "
                                      "start_time, start_precision, start_approx, end_time, end_precision, end_approx, "
                                      "display_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (withId)
        q.addBindValue(event.id);
    bindEventColumns(q, event);
    if (!run(q, error))
        return false;
    const ItemId id = withId ? event.id : q.lastInsertId().toLongLong();
    if (!insertEventActors(q, id, event.actors, error))
        return false;
    if (!writeSearchEntry(q, SearchKind::Event, id, event.title, searchBody(event), error))
        return false;
    if (dependents && !restoreDependents(q, id, *dependents, error))
        return false;
    if (!transaction.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    if (newId)
        *newId = id;
    return true;
}

std::optional<ItemId> AtlasStore::insertEvent(const Event &event, QString *error)
{
    ItemId id = 0;
    if (!writeEvent(event, false, nullptr, &id, error))
        return std::nullopt;
    return id;
}

bool AtlasStore::insertEventWithId(const Event &event, QString *error)
{
    return writeEvent(event, true, nullptr, nullptr, error);
}

bool AtlasStore::insertEventWithId(const Event &event, const EventDependents &dependents, QString *error)
{
    return writeEvent(event, true, &dependents, nullptr, error);
}

bool AtlasStore::updateEvent(const Event &event, QString *error)
{
    if (const QString problem = validateEvent(event); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE events SET title = ?, description = ?, category = ?, place = ?, importance = ?, "
                             "start_time = ?, start_precision = ?, start_approx = ?, end_time = ?, end_precision = ?, "
                             "end_approx = ?, display_date = ? WHERE id = ?"));
    bindEventColumns(q, event);
    q.addBindValue(event.id);
    if (!run(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("Annals::AtlasStore", "There is no event %1.").arg(event.id);
        return false;
    }
    q.prepare(QStringLiteral("DELETE FROM event_actors WHERE event_id = ?"));
    q.addBindValue(event.id);
    if (!run(q, error) || !insertEventActors(q, event.id, event.actors, error))
        return false;
    // Replaced rather than updated, so that an event the index lacks (a file
    // written by other tools) is found again after its first edit.
    if (!writeSearchEntry(q, SearchKind::Event, event.id, event.title, searchBody(event), error))
        return false;
    if (!transaction.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

bool AtlasStore::removeEvent(ItemId id, QString *error)
{
    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    // The event's links go with it (ON DELETE CASCADE); their citations must
    // go too, or they would cite links that no longer exist.
    const QStringList statements = {
        QStringLiteral("DELETE FROM citations WHERE item_kind = 'event' AND item_id = ?"),
        QStringLiteral("DELETE FROM citations WHERE item_kind = 'event_link' AND item_id IN "
                       "(SELECT id FROM event_links WHERE ? IN (from_event_id, to_event_id))"),
        QStringLiteral("DELETE FROM events WHERE id = ?"),
    };
    if (!removeSearchEntry(q, SearchKind::Event, id, error))
        return false;
    for (const QString &statement : statements) {
        q.prepare(statement);
        q.addBindValue(id);
        if (!run(q, error))
            return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("Annals::AtlasStore", "There is no event %1.").arg(id);
        return false;
    }
    if (!transaction.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

std::optional<Actor> AtlasStore::actor(ItemId id, QString *error) const
{
    return oneRow<Actor>(m_db, actorColumns, QStringLiteral("actors"), id, noActor(), actorFromRow, error);
}

std::optional<ActorDependents> AtlasStore::actorDependentsOf(ItemId actorId, QString *error) const
{
    ActorDependents dependents;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM actor_names WHERE actor_id = ? ORDER BY id").arg(actorNameColumns));
    q.addBindValue(actorId);
    if (!run(q, error))
        return std::nullopt;
    while (q.next())
        dependents.names.append(actorNameFromRow(q));
    q.prepare(QStringLiteral("SELECT event_id, role FROM event_actors WHERE actor_id = ? ORDER BY event_id, role"));
    q.addBindValue(actorId);
    if (!run(q, error))
        return std::nullopt;
    while (q.next())
        dependents.parts.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.prepare(QStringLiteral("SELECT %1 FROM relations WHERE source_id = ? OR target_id = ? ORDER BY id")
                  .arg(relationColumns));
    q.addBindValue(actorId);
    q.addBindValue(actorId);
    if (!run(q, error))
        return std::nullopt;
    while (q.next())
        dependents.relations.append(relationFromRow(q));
    if (!selectCitations(q, actorCitationsWhere, actorId, &dependents.citations, error)
        || !idsOf(q, QStringLiteral("SELECT id FROM series WHERE actor_id = ? ORDER BY id"), actorId,
                  &dependents.seriesFollowing, error)
        || !idsOf(q, QStringLiteral("SELECT id FROM tour_steps WHERE focus_actor_id = ? ORDER BY id"), actorId,
                  &dependents.tourStepsFocusing, error)) {
        return std::nullopt;
    }
    return dependents;
}

bool AtlasStore::writeActor(const Actor &actor, const ActorDependents *dependents, ItemId *newId, QString *error)
{
    if (const QString problem = validateActor(actor); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return inTransaction(m_db, error, [&](QSqlQuery &q) {
        q.prepare(insertStatement(QStringLiteral("actors"), actorColumns));
        q.addBindValue(idOrNull(dependents ? actor.id : 0));
        bindActorColumns(q, actor);
        if (!run(q, error))
            return false;
        const ItemId id = dependents ? actor.id : q.lastInsertId().toLongLong();
        if (!writeSearchEntry(q, SearchKind::Actor, id, actor.name, searchBody(actor), error))
            return false;
        if (newId)
            *newId = id;
        if (!dependents)
            return true;
        if (!insertActorNames(q, dependents->names, error) || !insertRelations(q, dependents->relations, error))
            return false;
        q.prepare(QStringLiteral("INSERT INTO event_actors (event_id, actor_id, role) VALUES (?, ?, ?)"));
        for (const ActorPart &part : dependents->parts) {
            q.addBindValue(part.eventId);
            q.addBindValue(id);
            q.addBindValue(text(part.role));
            if (!run(q, error))
                return false;
        }
        if (!insertCitations(q, dependents->citations, error))
            return false;
        const std::pair<QString, const QList<ItemId> *> references[] = {
            {QStringLiteral("UPDATE series SET actor_id = ? WHERE id = ?"), &dependents->seriesFollowing},
            {QStringLiteral("UPDATE tour_steps SET focus_actor_id = ? WHERE id = ?"), &dependents->tourStepsFocusing},
        };
        for (const auto &[statement, ids] : references) {
            q.prepare(statement);
            for (ItemId following : *ids) {
                q.addBindValue(id);
                q.addBindValue(following);
                if (!run(q, error))
                    return false;
            }
        }
        return true;
    });
}

std::optional<ItemId> AtlasStore::insertActor(const Actor &actor, QString *error)
{
    ItemId id = 0;
    if (!writeActor(actor, nullptr, &id, error))
        return std::nullopt;
    return id;
}

bool AtlasStore::insertActorWithId(const Actor &actor, const ActorDependents &dependents, QString *error)
{
    return writeActor(actor, &dependents, nullptr, error);
}

bool AtlasStore::updateActor(const Actor &actor, QString *error)
{
    return updateRow(
        m_db, validateActor(actor), updateStatement(QStringLiteral("actors"), actorColumns),
        [&](QSqlQuery &q) { bindActorColumns(q, actor); }, actor.id, noActor(), SearchKind::Actor, actor.name,
        searchBody(actor), error);
}

bool AtlasStore::removeActor(ItemId id, QString *error)
{
    const std::optional<ActorDependents> dependents = actorDependentsOf(id, error);
    if (!dependents)
        return false;
    return inTransaction(m_db, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM citations WHERE ") + actorCitationsWhere);
        for (int i = 0; i < 3; ++i)
            q.addBindValue(id);
        if (!run(q, error))
            return false;
        for (const ActorName &name : dependents->names) {
            if (!removeSearchEntry(q, SearchKind::ActorName, name.id, error))
                return false;
        }
        for (const Relation &relation : dependents->relations) {
            if (!removeSearchEntry(q, SearchKind::Relation, relation.id, error))
                return false;
        }
        // Names, parts and relations cascade; series and tour steps forget it.
        return removeSearchEntry(q, SearchKind::Actor, id, error)
            && changeOneRow(q, QStringLiteral("DELETE FROM actors WHERE id = ?"), id, noActor(), error);
    });
}

std::optional<Relation> AtlasStore::relation(ItemId id, QString *error) const
{
    return oneRow<Relation>(m_db, relationColumns, QStringLiteral("relations"), id, noRelation(), relationFromRow,
                            error);
}

std::optional<QList<Citation>> AtlasStore::citationsOf(const QString &itemKind, ItemId itemId, QString *error) const
{
    QList<Citation> citations;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM citations WHERE item_kind = ? AND item_id = ? ORDER BY id")
                  .arg(citationColumns));
    q.addBindValue(itemKind);
    q.addBindValue(itemId);
    if (!run(q, error))
        return std::nullopt;
    while (q.next())
        citations.append(citationFromRow(q));
    return citations;
}

bool AtlasStore::writeRelation(const Relation &relation, const QList<Citation> *citations, ItemId *newId,
                               QString *error)
{
    if (const QString problem = validateRelation(relation); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return inTransaction(m_db, error, [&](QSqlQuery &q) {
        Relation row = relation;
        if (!citations)
            row.id = 0;
        return insertRelations(q, {row}, error, newId) && (!citations || insertCitations(q, *citations, error));
    });
}

std::optional<ItemId> AtlasStore::insertRelation(const Relation &relation, QString *error)
{
    ItemId id = 0;
    if (!writeRelation(relation, nullptr, &id, error))
        return std::nullopt;
    return id;
}

bool AtlasStore::insertRelationWithId(const Relation &relation, const QList<Citation> &citations, QString *error)
{
    return writeRelation(relation, &citations, nullptr, error);
}

bool AtlasStore::updateRelation(const Relation &relation, QString *error)
{
    return updateRow(
        m_db, validateRelation(relation), updateStatement(QStringLiteral("relations"), relationColumns),
        [&](QSqlQuery &q) { bindRelationColumns(q, relation); }, relation.id, noRelation(), SearchKind::Relation,
        relation.label, searchBody(relation), error);
}

bool AtlasStore::removeRelation(ItemId id, QString *error)
{
    return inTransaction(m_db, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM citations WHERE item_kind = 'relation' AND item_id = ?"));
        q.addBindValue(id);
        return run(q, error) && removeSearchEntry(q, SearchKind::Relation, id, error)
            && changeOneRow(q, QStringLiteral("DELETE FROM relations WHERE id = ?"), id, noRelation(), error);
    });
}

std::optional<Source> AtlasStore::source(ItemId id, QString *error) const
{
    return oneRow<Source>(m_db, sourceColumns, QStringLiteral("sources"), id, noSource(), sourceFromRow, error);
}

std::optional<QList<Citation>> AtlasStore::citationsOfSource(ItemId sourceId, QString *error) const
{
    QList<Citation> citations;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!selectCitations(q, QStringLiteral("source_id = ?"), sourceId, &citations, error))
        return std::nullopt;
    return citations;
}

bool AtlasStore::writeSource(const Source &source, const QList<Citation> *citations, ItemId *newId, QString *error)
{
    if (const QString problem = validateSource(source); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return inTransaction(m_db, error, [&](QSqlQuery &q) {
        q.prepare(insertStatement(QStringLiteral("sources"), sourceColumns));
        q.addBindValue(idOrNull(citations ? source.id : 0));
        bindSourceColumns(q, source);
        if (!run(q, error))
            return false;
        const ItemId id = citations ? source.id : q.lastInsertId().toLongLong();
        if (newId)
            *newId = id;
        return writeSearchEntry(q, SearchKind::Source, id, source.title.trimmed(), searchBody(source), error)
            && (!citations || insertCitations(q, *citations, error));
    });
}

std::optional<ItemId> AtlasStore::insertSource(const Source &source, QString *error)
{
    ItemId id = 0;
    if (!writeSource(source, nullptr, &id, error))
        return std::nullopt;
    return id;
}

bool AtlasStore::insertSourceWithId(const Source &source, const QList<Citation> &citations, QString *error)
{
    return writeSource(source, &citations, nullptr, error);
}

bool AtlasStore::updateSource(const Source &source, QString *error)
{
    return updateRow(
        m_db, validateSource(source), updateStatement(QStringLiteral("sources"), sourceColumns),
        [&](QSqlQuery &q) { bindSourceColumns(q, source); }, source.id, noSource(), SearchKind::Source,
        source.title.trimmed(), searchBody(source), error);
}

bool AtlasStore::removeSource(ItemId id, QString *error)
{
    // Its citations cascade.
    return inTransaction(m_db, error, [&](QSqlQuery &q) {
        return removeSearchEntry(q, SearchKind::Source, id, error)
            && changeOneRow(q, QStringLiteral("DELETE FROM sources WHERE id = ?"), id, noSource(), error);
    });
}

std::optional<Citation> AtlasStore::citation(ItemId id, QString *error) const
{
    return oneRow<Citation>(m_db, citationColumns, QStringLiteral("citations"), id, QCoreApplication::translate("Annals::AtlasStore", "There is no citation %1."),
                            citationFromRow, error);
}

std::optional<ItemId> AtlasStore::insertCitation(const Citation &citation, QString *error)
{
    ItemId id = citation.id;
    if (!inTransaction(m_db, error, [&](QSqlQuery &q) { return insertCitations(q, {citation}, error, &id); }))
        return std::nullopt;
    return id;
}

bool AtlasStore::removeCitation(ItemId id, QString *error)
{
    return inTransaction(m_db, error, [&](QSqlQuery &q) {
        return changeOneRow(q, QStringLiteral("DELETE FROM citations WHERE id = ?"), id,
                            QCoreApplication::translate("Annals::AtlasStore", "There is no citation %1."), error);
    });
}

std::optional<Era> AtlasStore::era(ItemId id, QString *error) const
{
    return readPlain(m_db, eraTable(), id, error);
}

std::optional<ItemId> AtlasStore::insertEra(const Era &era, QString *error)
{
    return insertPlain(m_db, eraTable(), era, error);
}

bool AtlasStore::insertEraWithId(const Era &era, const QList<Citation> &citations, QString *error)
{
    return writePlain(m_db, eraTable(), era, &citations, nullptr, error);
}

bool AtlasStore::updateEra(const Era &era, QString *error)
{
    return updatePlain(m_db, eraTable(), era, error);
}

bool AtlasStore::removeEra(ItemId id, QString *error)
{
    return removePlain(m_db, eraTable(), id, error);
}

std::optional<EventLink> AtlasStore::eventLink(ItemId id, QString *error) const
{
    return readPlain(m_db, eventLinkTable(), id, error);
}

std::optional<ItemId> AtlasStore::insertEventLink(const EventLink &link, QString *error)
{
    return insertPlain(m_db, eventLinkTable(), link, error);
}

bool AtlasStore::insertEventLinkWithId(const EventLink &link, const QList<Citation> &citations, QString *error)
{
    return writePlain(m_db, eventLinkTable(), link, &citations, nullptr, error);
}

bool AtlasStore::removeEventLink(ItemId id, QString *error)
{
    return removePlain(m_db, eventLinkTable(), id, error);
}

std::optional<SeriesPointEntry> AtlasStore::seriesPoint(ItemId id, QString *error) const
{
    return readPlain(m_db, seriesPointTable(), id, error);
}

std::optional<ItemId> AtlasStore::insertSeriesPoint(const SeriesPointEntry &point, QString *error)
{
    return insertPlain(m_db, seriesPointTable(), point, error);
}

bool AtlasStore::insertSeriesPointWithId(const SeriesPointEntry &point, const QList<Citation> &citations,
                                         QString *error)
{
    return writePlain(m_db, seriesPointTable(), point, &citations, nullptr, error);
}

bool AtlasStore::updateSeriesPoint(const SeriesPointEntry &point, QString *error)
{
    return updatePlain(m_db, seriesPointTable(), point, error);
}

bool AtlasStore::removeSeriesPoint(ItemId id, QString *error)
{
    return removePlain(m_db, seriesPointTable(), id, error);
}

std::optional<Tour> AtlasStore::tour(ItemId id, QString *error) const
{
    std::optional<Tour> tour = oneRow<Tour>(
        m_db, QStringLiteral("id, title, description"), QStringLiteral("tours"), id, noTour(),
        [](const QSqlQuery &q) { return Tour{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}}; },
        error);
    if (!tour)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM tour_steps WHERE tour_id = ? ORDER BY position").arg(tourStepColumns));
    q.addBindValue(id);
    if (!run(q, error))
        return std::nullopt;
    while (q.next())
        tour->steps.append(tourStepFromRow(q));
    return tour;
}

std::optional<ItemId> AtlasStore::insertTour(const Tour &tour, QString *error)
{
    ItemId id = 0;
    if (!writeTour(m_db, tour, nullptr, &id, error))
        return std::nullopt;
    return id;
}

bool AtlasStore::insertTourWithId(const Tour &tour, const QList<Citation> &citations, QString *error)
{
    return writeTour(m_db, tour, &citations, nullptr, error);
}

bool AtlasStore::updateTour(const Tour &tour, QString *error)
{
    return updateOneRow(
        m_db, tour.title.trimmed().isEmpty() ? QCoreApplication::translate("Annals::AtlasStore", "A tour needs a title.") : QString(),
        QStringLiteral("UPDATE tours SET title = ?, description = ? WHERE id = ?"),
        [&](QSqlQuery &q) {
            q.addBindValue(text(tour.title.trimmed()));
            q.addBindValue(text(tour.description));
        },
        tour.id, noTour(), error, [](QSqlQuery &) { return true; });
}

bool AtlasStore::removeTour(ItemId id, QString *error)
{
    return inTransaction(m_db, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM citations WHERE item_kind = 'tour' AND item_id = ?"));
        q.addBindValue(id);
        if (!run(q, error))
            return false;
        // Deleted here rather than by ON DELETE CASCADE, which only works while
        // the connection has foreign keys switched on.
        q.prepare(QStringLiteral("DELETE FROM tour_steps WHERE tour_id = ?"));
        q.addBindValue(id);
        return run(q, error) && changeOneRow(q, QStringLiteral("DELETE FROM tours WHERE id = ?"), id, noTour(), error);
    });
}

bool AtlasStore::setTourSteps(ItemId tourId, const QList<TourStep> &steps, QString *error)
{
    return inTransaction(m_db, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("SELECT 1 FROM tours WHERE id = ?"));
        q.addBindValue(tourId);
        if (!run(q, error))
            return false;
        if (!q.next()) {
            *error = noTour().arg(tourId);
            return false;
        }
        return writeTourSteps(q, tourId, steps, error);
    });
}

bool AtlasStore::setMetaValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return run(q, error);
}

bool AtlasStore::rebuildSearchIndex(QString *error)
{
    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    const QStringList statements = searchIndexRebuildStatements();
    for (const QString &statement : statements) {
        if (!run(q, statement, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

QList<AtlasStore::SearchHit> AtlasStore::search(const QString &text, int limit, QString *error) const
{
    QList<SearchHit> hits;
    // Each word becomes a quoted FTS5 string, so what the user types is only
    // ever matched, never read as FTS syntax.
    QStringList terms;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.remove(QChar(u'\0'));
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QLatin1String("\"*");
    }
    if (terms.isEmpty())
        return hits;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT item_kind, item_id FROM search_index WHERE search_index MATCH ? "
                             "ORDER BY rank LIMIT ?"));
    q.addBindValue(terms.join(QLatin1Char(' ')));
    q.addBindValue(limit);
    if (!run(q, error))
        return hits;
    while (q.next())
        hits.append({q.value(0).toString(), q.value(1).toLongLong()});
    return hits;
}

} // namespace Annals

namespace Annals {

namespace {

// "Event 3 “Armistice”" for messages about the bundle's third event.
QString bundleItemName(const QString &kind, qsizetype index, const QString &title)
{
    return title.isEmpty() ? QStringLiteral("%1 %2").arg(kind).arg(index + 1)
                           : QStringLiteral("%1 %2 “%3”").arg(kind).arg(index + 1).arg(title.left(80));
}

bool rowExists(const QSqlDatabase &db, const QString &table, ItemId id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return q.exec() && q.next();
}

} // namespace

bool AtlasStore::writeBundle(const ImportBundle &bundle, const ImportedIds *fixedIds, ImportMeta meta,
                             ImportedIds *ids, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.lastError().text();
        return false;
    }
    QString problem;
    // A reference of a bundle item: to the atlas (> 0, which must exist), to
    // an item made earlier in this import (< 0), or none (0) when `optional`.
    auto resolve = [&](ItemId reference, const QList<ItemId> &made, const QString &table, bool optional,
                       ItemId *resolved) {
        if (reference == 0) {
            *resolved = 0;
            if (!optional)
                problem = QCoreApplication::translate("Annals::AtlasStore", "It names nothing where it must name an item.");
            return optional;
        }
        if (reference > 0) {
            *resolved = reference;
            if (!rowExists(m_db, table, reference)) {
                problem = QCoreApplication::translate("Annals::AtlasStore", "It names item %1, which the atlas does not hold.").arg(reference);
                return false;
            }
            return true;
        }
        const qsizetype index = bundleIndex(reference);
        if (index < 0 || index >= made.size()) {
            problem = QCoreApplication::translate("Annals::AtlasStore", "It names item %1 of the import, which does not exist.").arg(index + 1);
            return false;
        }
        *resolved = made[index];
        return true;
    };
    auto fixedId = [&](const QList<ItemId> ImportedIds::*list, qsizetype index) -> ItemId {
        return fixedIds && index < (fixedIds->*list).size() ? (fixedIds->*list)[index] : 0;
    };
    auto fail = [&](const QString &item, const QString &why) {
        *error = QCoreApplication::translate("Annals::AtlasStore", "%1: %2").arg(item, why);
        return false;
    };
    const QList<Citation> noCitations;

    if (meta == ImportMeta::Write) {
        const std::pair<QString, const QString *> fields[] = {
            {QStringLiteral("title"), &bundle.meta.title},
            {QStringLiteral("description"), &bundle.meta.description},
            {QStringLiteral("author"), &bundle.meta.author},
            {QStringLiteral("licence"), &bundle.meta.licence},
        };
        for (const auto &[key, value] : fields) {
            if (!value->trimmed().isEmpty() && !setMetaValue(key, value->trimmed(), error))
                return false;
        }
    }
    for (qsizetype i = 0; i < bundle.sources.size(); ++i) {
        Source source = bundle.sources[i];
        source.id = fixedId(&ImportedIds::sources, i);
        ItemId id = 0;
        QString why;
        if (!writeSource(source, source.id ? &noCitations : nullptr, &id, &why))
            return fail(bundleItemName(QCoreApplication::translate("Annals::AtlasStore", "Source"), i, source.title), why);
        ids->sources << id;
    }
    for (qsizetype i = 0; i < bundle.actors.size(); ++i) {
        Actor actor = bundle.actors[i];
        actor.id = fixedId(&ImportedIds::actors, i);
        const ActorDependents none;
        ItemId id = 0;
        QString why;
        if (!writeActor(actor, actor.id ? &none : nullptr, &id, &why))
            return fail(bundleItemName(QCoreApplication::translate("Annals::AtlasStore", "Actor"), i, actor.name), why);
        ids->actors << id;
    }
    for (qsizetype i = 0; i < bundle.actorNames.size(); ++i) {
        ActorName name = bundle.actorNames[i];
        const QString item = bundleItemName(QCoreApplication::translate("Annals::AtlasStore", "Other name"), i, name.name);
        name.id = fixedId(&ImportedIds::actorNames, i);
        if (!resolve(name.actorId, ids->actors, QStringLiteral("actors"), false, &name.actorId))
            return fail(item, problem);
        if (name.name.trimmed().isEmpty())
            return fail(item, QCoreApplication::translate("Annals::AtlasStore", "A name cannot be empty."));
        if (name.start.isValid() && name.end.isValid() && name.end.periodEnd() <= name.start.seconds())
            return fail(item, QCoreApplication::translate("Annals::AtlasStore", "The name’s period ends before it starts."));
        ItemId id = 0;
        QString why;
        if (!inTransaction(m_db, &why, [&](QSqlQuery &q) { return insertActorNames(q, {name}, &why, &id); }))
            return fail(item, why);
        ids->actorNames << id;
    }
    for (qsizetype i = 0; i < bundle.events.size(); ++i) {
        Event event = bundle.events[i];
        const QString item = bundleItemName(QCoreApplication::translate("Annals::AtlasStore", "Event"), i, event.title);
        event.id = fixedId(&ImportedIds::events, i);
        for (EventActor &part : event.actors) {
            if (!resolve(part.actorId, ids->actors, QStringLiteral("actors"), false, &part.actorId))
                return fail(item, problem);
        }
        ItemId id = 0;
        QString why;
        if (!writeEvent(event, event.id != 0, nullptr, &id, &why))
            return fail(item, why);
        ids->events << id;
    }
    for (qsizetype i = 0; i < bundle.relations.size(); ++i) {
        Relation relation = bundle.relations[i];
        const QString item = bundleItemName(QCoreApplication::translate("Annals::AtlasStore", "Relation"), i, relation.label);
        relation.id = fixedId(&ImportedIds::relations, i);
        if (!resolve(relation.sourceId, ids->actors, QStringLiteral("actors"), false, &relation.sourceId)
            || !resolve(relation.targetId, ids->actors, QStringLiteral("actors"), false, &relation.targetId)
            || !resolve(relation.beginEventId, ids->events, QStringLiteral("events"), true, &relation.beginEventId)
            || !resolve(relation.endEventId, ids->events, QStringLiteral("events"), true, &relation.endEventId)) {
            return fail(item, problem);
        }
        ItemId id = 0;
        QString why;
        if (!writeRelation(relation, relation.id ? &noCitations : nullptr, &id, &why))
            return fail(item, why);
        ids->relations << id;
    }
    for (qsizetype i = 0; i < bundle.eras.size(); ++i) {
        Era era = bundle.eras[i];
        const QString item = bundleItemName(QCoreApplication::translate("Annals::AtlasStore", "Era"), i, era.title);
        era.id = fixedId(&ImportedIds::eras, i);
        QString why;
        if (era.id != 0) {
            if (!insertEraWithId(era, noCitations, &why))
                return fail(item, why);
            ids->eras << era.id;
        } else if (const std::optional<ItemId> id = insertEra(era, &why)) {
            ids->eras << *id;
        } else {
            return fail(item, why);
        }
    }
    for (qsizetype i = 0; i < bundle.citations.size(); ++i) {
        Citation citation = bundle.citations[i];
        const QString item = bundleItemName(QCoreApplication::translate("Annals::AtlasStore", "Citation"), i, {});
        citation.id = fixedId(&ImportedIds::citations, i);
        if (!resolve(citation.sourceId, ids->sources, QStringLiteral("sources"), false, &citation.sourceId))
            return fail(item, problem);
        static const QHash<QString, std::pair<QString, QList<ItemId> ImportedIds::*>> kinds = {
            {QStringLiteral("event"), {QStringLiteral("events"), &ImportedIds::events}},
            {QStringLiteral("actor"), {QStringLiteral("actors"), &ImportedIds::actors}},
            {QStringLiteral("actor_name"), {QStringLiteral("actor_names"), &ImportedIds::actorNames}},
            {QStringLiteral("relation"), {QStringLiteral("relations"), &ImportedIds::relations}},
            {QStringLiteral("era"), {QStringLiteral("eras"), &ImportedIds::eras}},
        };
        if (citation.itemKind == QLatin1String("atlas")) {
            citation.itemId = 0;
        } else if (const auto kind = kinds.constFind(citation.itemKind); kind != kinds.constEnd()) {
            if (!resolve(citation.itemId, (*ids).*(kind->second), kind->first, false, &citation.itemId))
                return fail(item, problem);
        } else {
            return fail(item, QCoreApplication::translate("Annals::AtlasStore", "An import cannot cite “%1” items.").arg(citation.itemKind));
        }
        QString why;
        const std::optional<ItemId> id = insertCitation(citation, &why);
        if (!id)
            return fail(item, why);
        ids->citations << *id;
    }
    if (!transaction.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

std::optional<ImportedIds> AtlasStore::importBundle(const ImportBundle &bundle, QString *error, ImportMeta meta)
{
    ImportedIds ids;
    if (!writeBundle(bundle, nullptr, meta, &ids, error))
        return std::nullopt;
    return ids;
}

bool AtlasStore::importBundleWithIds(const ImportBundle &bundle, const ImportedIds &ids, QString *error)
{
    ImportedIds written;
    return writeBundle(bundle, &ids, ImportMeta::Ignore, &written, error);
}

bool AtlasStore::removeImported(const ImportedIds &ids, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.lastError().text();
        return false;
    }
    // The reverse of the order they were written in, so nothing is removed
    // while something of the import still names it.
    const auto removeEach = [&](const QList<ItemId> &list, bool (AtlasStore::*remove)(ItemId, QString *)) {
        for (auto it = list.crbegin(); it != list.crend(); ++it) {
            if (!(this->*remove)(*it, error))
                return false;
        }
        return true;
    };
    if (!removeEach(ids.citations, &AtlasStore::removeCitation) || !removeEach(ids.eras, &AtlasStore::removeEra)
        || !removeEach(ids.relations, &AtlasStore::removeRelation) || !removeEach(ids.events, &AtlasStore::removeEvent)) {
        return false;
    }
    if (!inTransaction(m_db, error, [&](QSqlQuery &q) {
            for (auto it = ids.actorNames.crbegin(); it != ids.actorNames.crend(); ++it) {
                if (!removeSearchEntry(q, SearchKind::ActorName, *it, error)
                    || !run(q, QStringLiteral("DELETE FROM citations WHERE item_kind = 'actor_name' AND item_id = %1").arg(*it), error)
                    || !run(q, QStringLiteral("DELETE FROM actor_names WHERE id = %1").arg(*it), error))
                    return false;
            }
            return true;
        })) {
        return false;
    }
    if (!removeEach(ids.actors, &AtlasStore::removeActor) || !removeEach(ids.sources, &AtlasStore::removeSource))
        return false;
    if (!transaction.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

} // namespace Annals
