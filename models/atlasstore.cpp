// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasstore.h"

#include "searchindex.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Annals {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Annals::AtlasStore", text);
}

// Rolls back unless committed, so that every early return leaves the file as it was.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(m_db.transaction())
    {
    }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        m_active = !m_db.commit();
        return !m_active;
    }

private:
    QSqlDatabase m_db;
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

// An event, without its actors, from a row that selects id, title, description,
// category, place, importance and the six date columns, in that order.
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

QString validateEvent(const Event &event)
{
    if (event.title.trimmed().isEmpty())
        return tr("An event needs a title.");
    if (!event.when.start.isValid())
        return tr("An event needs a start date.");
    if (event.importance < 1 || event.importance > 5)
        return tr("Importance runs from 1 to 5.");
    if (event.when.hasEnd() && event.when.end.seconds() < event.when.start.seconds())
        return tr("The end (%1) is before the start (%2).")
            .arg(event.when.end.toDisplayString(), event.when.start.toDisplayString());
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

    if (!run(q, QStringLiteral("SELECT id, name, native_name, kind, colour, description, start_time, start_precision, "
                               "start_approx, end_time, end_precision, end_approx FROM actors ORDER BY id"), error))
        return std::nullopt;
    while (q.next()) {
        Actor actor;
        actor.id = q.value(0).toLongLong();
        actor.name = q.value(1).toString();
        actor.nativeName = q.value(2).toString();
        actor.kind = actorKindFromKey(q.value(3).toString()).value_or(ActorKind::Group);
        actor.colour = q.value(4).toString();
        actor.description = q.value(5).toString();
        actor.start = dateFromColumns(q.value(6), q.value(7), q.value(8));
        actor.end = dateFromColumns(q.value(9), q.value(10), q.value(11));
        data.actors.append(actor);
    }

    if (!run(q, QStringLiteral("SELECT id, actor_id, name, native_name, start_time, start_precision, start_approx, "
                               "end_time, end_precision, end_approx FROM actor_names ORDER BY actor_id, start_time"), error))
        return std::nullopt;
    while (q.next()) {
        ActorName name;
        name.id = q.value(0).toLongLong();
        name.actorId = q.value(1).toLongLong();
        name.name = q.value(2).toString();
        name.nativeName = q.value(3).toString();
        name.start = dateFromColumns(q.value(4), q.value(5), q.value(6));
        name.end = dateFromColumns(q.value(7), q.value(8), q.value(9));
        data.actorNames.append(name);
    }

    if (!run(q, QStringLiteral("SELECT id, title, description, category, place, importance, start_time, start_precision, "
                               "start_approx, end_time, end_precision, end_approx FROM events ORDER BY start_time, id"), error))
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

    if (!run(q, QStringLiteral("SELECT id, source_id, target_id, kind, stance, directed, label, description, start_time, "
                               "start_precision, start_approx, end_time, end_precision, end_approx, begin_event_id, "
                               "end_event_id FROM relations ORDER BY id"), error))
        return std::nullopt;
    while (q.next()) {
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
        data.relations.append(relation);
    }

    if (!run(q, QStringLiteral("SELECT id, from_event_id, to_event_id, kind FROM event_links ORDER BY id"), error))
        return std::nullopt;
    while (q.next()) {
        data.eventLinks.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                eventLinkKindFromKey(q.value(3).toString()).value_or(EventLinkKind::LeadsTo)});
    }

    if (!run(q, QStringLiteral("SELECT id, title, description, colour, start_time, start_precision, start_approx, "
                               "end_time, end_precision, end_approx FROM eras ORDER BY start_time, id"), error))
        return std::nullopt;
    while (q.next()) {
        Era era;
        era.id = q.value(0).toLongLong();
        era.title = q.value(1).toString();
        era.description = q.value(2).toString();
        era.colour = q.value(3).toString();
        era.when.start = dateFromColumns(q.value(4), q.value(5), q.value(6));
        era.when.end = dateFromColumns(q.value(7), q.value(8), q.value(9));
        data.eras.append(era);
    }

    if (!run(q, QStringLiteral("SELECT id, title, author, publisher, published, url, licence, accessed, notes "
                               "FROM sources ORDER BY id"), error))
        return std::nullopt;
    while (q.next()) {
        data.sources.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                             q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    }

    if (!run(q, QStringLiteral("SELECT id, source_id, item_kind, item_id, locator, note FROM citations ORDER BY id"), error))
        return std::nullopt;
    while (q.next()) {
        data.citations.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                               q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString()});
    }

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
    if (!run(q, QStringLiteral("SELECT id, series_id, time, precision, value, low, high, note FROM series_points "
                               "ORDER BY series_id, time"), error))
        return std::nullopt;
    while (q.next()) {
        const auto row = seriesRows.constFind(q.value(1).toLongLong());
        if (row == seriesRows.constEnd())
            continue;
        SeriesPoint point;
        point.id = q.value(0).toLongLong();
        point.time = dateFromColumns(q.value(2), q.value(3), 0);
        point.value = q.value(4).toDouble();
        point.low = optionalDouble(q.value(5));
        point.high = optionalDouble(q.value(6));
        point.note = q.value(7).toString();
        data.series[*row].points.append(point);
    }

    if (!run(q, QStringLiteral("SELECT id, title, description FROM tours ORDER BY id"), error))
        return std::nullopt;
    QHash<ItemId, qsizetype> tourRows;
    while (q.next()) {
        tourRows.insert(q.value(0).toLongLong(), data.tours.size());
        data.tours.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}});
    }
    if (!run(q, QStringLiteral("SELECT id, tour_id, position, event_id, window_start, window_end, cursor_time, "
                               "focus_actor_id, caption FROM tour_steps ORDER BY tour_id, position"), error))
        return std::nullopt;
    while (q.next()) {
        const auto row = tourRows.constFind(q.value(1).toLongLong());
        if (row == tourRows.constEnd())
            continue;
        TourStep step;
        step.id = q.value(0).toLongLong();
        step.position = q.value(2).toInt();
        step.eventId = q.value(3).toLongLong();
        step.windowStart = optionalInt(q.value(4));
        step.windowEnd = optionalInt(q.value(5));
        step.cursorTime = optionalInt(q.value(6));
        step.focusActorId = q.value(7).toLongLong();
        step.caption = q.value(8).toString();
        data.tours[*row].steps.append(step);
    }
    return data;
}

std::optional<Event> AtlasStore::event(ItemId id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, title, description, category, place, importance, start_time, start_precision, "
                             "start_approx, end_time, end_precision, end_approx FROM events WHERE id = ?"));
    q.addBindValue(id);
    if (!run(q, error))
        return std::nullopt;
    if (!q.next()) {
        *error = tr("There is no event %1.").arg(id);
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
    q.prepare(QStringLiteral("INSERT INTO citations (id, source_id, item_kind, item_id, locator, note) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Citation &citation : dependents.citations) {
        q.addBindValue(citation.id);
        q.addBindValue(citation.sourceId);
        q.addBindValue(citation.itemKind);
        q.addBindValue(citation.itemId);
        q.addBindValue(text(citation.locator));
        q.addBindValue(text(citation.note));
        if (!run(q, error))
            return false;
    }
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
        dependents.citations.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                     q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString()});
    }
    q.prepare(QStringLiteral("SELECT id, from_event_id, to_event_id, kind FROM event_links "
                             "WHERE from_event_id = ? OR to_event_id = ? ORDER BY id"));
    q.addBindValue(eventId);
    q.addBindValue(eventId);
    if (!run(q, error))
        return std::nullopt;
    while (q.next()) {
        EventLink link;
        link.id = q.value(0).toLongLong();
        link.fromEventId = q.value(1).toLongLong();
        link.toEventId = q.value(2).toLongLong();
        link.kind = eventLinkKindFromKey(q.value(3).toString()).value_or(EventLinkKind::LeadsTo);
        dependents.links.append(link);
    }
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
                                      "start_time, start_precision, start_approx, end_time, end_precision, end_approx) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     : QStringLiteral("INSERT INTO events (title, description, category, place, importance, "
                                      "start_time, start_precision, start_approx, end_time, end_precision, end_approx) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
                             "end_approx = ? WHERE id = ?"));
    bindEventColumns(q, event);
    q.addBindValue(event.id);
    if (!run(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = tr("There is no event %1.").arg(event.id);
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
        QStringLiteral("DELETE FROM search_index WHERE rowid = %1 + ?").arg(firstSearchRowId(SearchKind::Event)),
        QStringLiteral("DELETE FROM events WHERE id = ?"),
    };
    for (const QString &statement : statements) {
        q.prepare(statement);
        q.addBindValue(id);
        if (!run(q, error))
            return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = tr("There is no event %1.").arg(id);
        return false;
    }
    if (!transaction.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
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
