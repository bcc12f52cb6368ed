// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventindex.h"

#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <memory>
#include <numeric>
#include <utility>

namespace Annals {

namespace {


// The two statements load() runs. Reading `events` in table order (no ORDER
// BY) is a straight walk of its b-tree; sorting a million rows by start in
// memory is far cheaper than SQLite visiting the table through
// events_by_start, one random lookup per row (the sqlite3 shell takes three
// to four times as long for a million events with ORDER BY start_time, id).
constexpr const char eventsSql[] = "SELECT id, start_time, start_precision, start_approx, end_time, "
                                   "end_precision, importance, category FROM events";
constexpr const char eventActorsSql[] = "SELECT event_id, actor_id FROM event_actors ORDER BY event_id";

constexpr qsizetype maximumCategories = qsizetype(std::numeric_limits<quint16>::max()) + 1;

// Precision keys as the UTF-8 bytes the atlas stores, made from
// precisionKey() so that the two can never drift apart. The C API reader
// compares bytes, so that no row costs a QString.
class PrecisionKeys
{
public:
    PrecisionKeys()
    {
        for (std::size_t i = 0; i < m_keys.size(); ++i)
            m_keys[i] = precisionKey(Precision(i)).toUtf8();
    }

    std::optional<Precision> find(const unsigned char *text, int size) const
    {
        if (!text)
            return std::nullopt;
        for (std::size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i].size() == size && std::memcmp(m_keys[i].constData(), text, std::size_t(size)) == 0)
                return Precision(i);
        }
        return std::nullopt;
    }

private:
    std::array<QByteArray, std::size_t(Precision::Minute) + 1> m_keys;
};

const PrecisionKeys &precisionKeys()
{
    static const PrecisionKeys keys;
    return keys;
}

// Category names in the order first seen; finish() sorts them. Knows a name
// either as a QString (fromAtlas, Qt SQL) or as UTF-8 bytes (the C API),
// and looks bytes up without decoding them. Past 65,536 names (only a
// hostile file has that many) further names share the empty category, so
// that an index always fits its quint16.
class CategoryTable
{
public:
    explicit CategoryTable(QStringList *names)
        : m_names(names)
    {
    }

    quint16 indexOf(const QString &name)
    {
        const auto found = m_byName.constFind(name);
        if (found != m_byName.constEnd())
            return *found;
        return add(name, name.toUtf8());
    }

    // `decode` gives the name as Qt SQL would read it; it is called only for
    // bytes not seen before, so a row costs no decoding.
    template<typename Decode>
    quint16 indexOf(const unsigned char *text, int size, const Decode &decode)
    {
        const char *bytes = text ? reinterpret_cast<const char *>(text) : "";
        // A view of SQLite's own bytes: a lookup copies nothing.
        const QByteArray key = QByteArray::fromRawData(bytes, text ? size : 0);
        const auto found = m_byBytes.constFind(key);
        if (found != m_byBytes.constEnd())
            return *found;
        // New bytes may still name a known category: malformed UTF-8 decodes
        // in many ways to the same replacement characters, and must then
        // share that category's index, as it does when read through Qt SQL.
        const QByteArray owned(key.constData(), key.size());
        const quint16 index = indexOf(decode());
        m_byBytes.insert(owned, index);
        return index;
    }

private:
    quint16 add(const QString &name, const QByteArray &utf8)
    {
        if (m_names->size() >= maximumCategories - 1 && !name.isEmpty())
            return indexOf(QString());
        const auto index = quint16(m_names->size());
        m_names->append(name);
        m_byName.insert(name, index);
        m_byBytes.insert(utf8, index);
        return index;
    }

    QStringList *m_names;
    QHash<QString, quint16> m_byName;
    QHash<QByteArray, quint16> m_byBytes;
};

// Finds the reading-order row of an event id. The events come in id order
// when SQLite walks the table, and the actor links in event-id order, so a
// cursor that only moves forward answers almost every question; anything
// else falls back to a binary search over the ids sorted once.
class RowFinder
{
public:
    explicit RowFinder(const std::vector<ItemId> &ids)
        : m_ids(ids)
        , m_ascending(std::is_sorted(ids.begin(), ids.end()))
    {
        if (!m_ascending) {
            m_sorted.reserve(ids.size());
            for (std::size_t row = 0; row < ids.size(); ++row)
                m_sorted.push_back({ids[row], quint32(row)});
            std::sort(m_sorted.begin(), m_sorted.end(),
                      [](const Entry &a, const Entry &b) { return a.id < b.id; });
        }
    }

    // The row, or -1 when no (readable) event has this id.
    qint64 find(ItemId id)
    {
        if (!m_ascending) {
            const auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), id,
                                             [](const Entry &e, ItemId value) { return e.id < value; });
            return it != m_sorted.end() && it->id == id ? qint64(it->row) : -1;
        }
        if (m_cursor < m_ids.size() && m_ids[m_cursor] == id)
            return qint64(m_cursor);
        if (m_cursor < m_ids.size() && m_ids[m_cursor] < id) {
            // A few steps forward is the common case; a long skip is a gap in
            // the links, for which a search is cheaper.
            std::size_t steps = 0;
            while (m_cursor < m_ids.size() && m_ids[m_cursor] < id && steps < 8) {
                ++m_cursor;
                ++steps;
            }
            if (m_cursor < m_ids.size() && m_ids[m_cursor] < id)
                m_cursor = std::size_t(std::lower_bound(m_ids.begin() + qptrdiff(m_cursor), m_ids.end(), id)
                                       - m_ids.begin());
        } else {
            m_cursor = std::size_t(std::lower_bound(m_ids.begin(), m_ids.end(), id) - m_ids.begin());
        }
        return m_cursor < m_ids.size() && m_ids[m_cursor] == id ? qint64(m_cursor) : -1;
    }

private:
    struct Entry {
        ItemId id;
        quint32 row;
    };
    const std::vector<ItemId> &m_ids;
    const bool m_ascending;
    std::vector<Entry> m_sorted;
    std::size_t m_cursor = 0;
};

// Actor ids are kept in 32 bits (see the header). An id outside that range
// is legal SQLite, but would silently name another actor if truncated; such a
// link is left out of the index instead (the store still has it).
bool fitsActorId(qint64 actorId)
{
    return actorId >= 0 && actorId <= qint64(std::numeric_limits<quint32>::max());
}

// One link from an event (by reading-order row) to an actor.
struct ActorLink {
    quint32 row;
    quint32 actorId;
};

// Turns links in any order into compressed rows (offsets + ids) in reading
// order: a counting sort, linear in the number of links.
void buildReadingOrderLinks(std::size_t rowCount, const std::vector<ActorLink> &links,
                            std::vector<quint32> *offsets, std::vector<quint32> *actorIds)
{
    offsets->assign(rowCount + 1, 0);
    for (const ActorLink &link : links)
        ++(*offsets)[link.row + 1];
    std::partial_sum(offsets->begin(), offsets->end(), offsets->begin());
    actorIds->resize(links.size());
    std::vector<quint32> next(offsets->begin(), offsets->end() - 1);
    for (const ActorLink &link : links)
        (*actorIds)[next[link.row]++] = link.actorId;
}

struct StatementDeleter {
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

// `failure` is the message with a %1 for SQLite's own words.
Statement prepare(sqlite3 *handle, const char *sql, const QString &failure, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = failure.arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return Statement(statement);
}

// Where a date's period begins, and where the next one does.
struct Period {
    qint64 start;
    qint64 end;
    Precision precision;
};

std::optional<Period> periodOf(const HistoricalDate &date)
{
    if (!date.isValid())
        return std::nullopt;
    return Period{date.seconds(), date.periodEnd(), date.precision()};
}

// The period of a date as the file stores it, exactly as HistoricalDate
// computes it, but without building one per row: a date is turned into a
// calendar date and back twice (once to find the period's start, once for
// its end), a tenth of the load time at a million events. Minutes, hours and
// days are whole multiples of seconds since 1970, so their periods are plain
// arithmetic; coarser periods repeat a great deal (every event of "1942"
// starts at the same second) and are remembered in a small table.
class PeriodCache
{
public:
    PeriodCache()
        : m_entries(slotCount)
    {
    }

    std::optional<Period> periodOf(qint64 seconds, Precision precision)
    {
        switch (precision) {
        case Precision::Minute:
            return fixedLength(seconds, 60, precision);
        case Precision::Hour:
            return fixedLength(seconds, 60 * 60, precision);
        case Precision::Day:
            return fixedLength(seconds, 24 * 60 * 60, precision);
        default:
            break;
        }
        const auto slot = std::size_t(((quint64(seconds) ^ quint64(precision)) * 0x9E37'79B9'7F4A'7C15ULL)
                                      >> (64 - slotBits));
        Entry &entry = m_entries[slot];
        if (!entry.used || entry.seconds != seconds || entry.precision != precision) {
            const HistoricalDate date(seconds, precision);
            entry = {seconds, date.seconds(), date.periodEnd(), precision, true, date.isValid()};
        }
        if (!entry.valid)
            return std::nullopt;
        return Period{entry.start, entry.end, precision};
    }

private:
    // HistoricalDate's range: from the first second of earliestYear to the
    // last of latestYear.
    static std::optional<Period> fixedLength(qint64 seconds, qint64 length, Precision precision)
    {
        static const qint64 first = secondsFromCivil({earliestYear, 1, 1, 0, 0, 0});
        static const qint64 last = secondsFromCivil({latestYear + 1, 1, 1, 0, 0, 0}) - 1;
        if (seconds < first || seconds > last)
            return std::nullopt;
        // Rounded down, also before 1970 (C++ division rounds toward zero).
        const qint64 start = seconds - ((seconds % length) + length) % length;
        return Period{start, start + length, precision};
    }

    struct Entry {
        qint64 seconds = 0;
        qint64 start = 0;
        qint64 end = 0;
        Precision precision = Precision::Year;
        bool used = false;
        bool valid = false;
    };
    static constexpr int slotBits = 12;
    static constexpr std::size_t slotCount = std::size_t(1) << slotBits;
    std::vector<Entry> m_entries;
};

std::optional<Period> periodFromColumns(sqlite3_stmt *statement, int timeColumn, int precisionColumn,
                                        const PrecisionKeys &keys, PeriodCache &periods)
{
    if (sqlite3_column_type(statement, timeColumn) == SQLITE_NULL)
        return std::nullopt;
    const qint64 seconds = sqlite3_column_int64(statement, timeColumn);
    const unsigned char *key = sqlite3_column_text(statement, precisionColumn);
    const auto precision = keys.find(key, sqlite3_column_bytes(statement, precisionColumn));
    if (!precision)
        return std::nullopt;
    return periods.periodOf(seconds, *precision);
}

std::optional<Period> periodFromValues(const QVariant &seconds, const QVariant &precision, PeriodCache &periods)
{
    if (seconds.isNull())
        return std::nullopt;
    const auto parsed = precisionFromKey(precision.toString());
    if (!parsed)
        return std::nullopt;
    return periods.periodOf(seconds.toLongLong(), *parsed);
}

// The rows in index order: by start, then id. Reading order is id order
// whenever SQLite walks the table (and in every atlas written by Annals), so
// a stable sort by start alone gives the same order; that is an LSD radix
// sort of start - earliest in 11-bit digits: a few linear passes where a
// comparison sort of a million keys costs several times as much. Anything
// else (ids out of order, as fromAtlas() may be given) takes std::sort.
std::vector<quint32> sortedOrder(const std::vector<qint64> &starts, const std::vector<ItemId> &ids)
{
    const std::size_t count = starts.size();
    std::vector<quint32> order(count);
    std::iota(order.begin(), order.end(), quint32(0));
    if (count < 2)
        return order;
    if (!std::is_sorted(ids.begin(), ids.end())) {
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            if (starts[a] != starts[b])
                return starts[a] < starts[b];
            if (ids[a] != ids[b])
                return ids[a] < ids[b];
            return a < b;
        });
        return order;
    }
    if (std::is_sorted(starts.begin(), starts.end()))
        return order;

    const auto [lowest, highest] = std::minmax_element(starts.begin(), starts.end());
    const quint64 range = quint64(*highest) - quint64(*lowest); // wraps correctly for any two qint64
    constexpr int digitBits = 11;
    constexpr std::size_t buckets = std::size_t(1) << digitBits;
    const int passes = (std::bit_width(range) + digitBits - 1) / digitBits;

    struct Item {
        quint64 key;
        quint32 row;
    };
    std::vector<Item> items(count);
    std::vector<Item> scratch(count);
    // All the digits' histograms in one read of the keys.
    std::vector<std::size_t> histograms(std::size_t(passes) * buckets, 0);
    for (std::size_t row = 0; row < count; ++row) {
        const quint64 key = quint64(starts[row]) - quint64(*lowest);
        items[row] = {key, quint32(row)};
        for (int pass = 0; pass < passes; ++pass)
            ++histograms[std::size_t(pass) * buckets + ((key >> (pass * digitBits)) & (buckets - 1))];
    }
    for (int pass = 0; pass < passes; ++pass) {
        std::size_t *histogram = histograms.data() + std::size_t(pass) * buckets;
        // A digit every key shares moves nothing.
        if (std::find(histogram, histogram + buckets, count) != histogram + buckets)
            continue;
        std::size_t offset = 0;
        for (std::size_t bucket = 0; bucket < buckets; ++bucket)
            offset += std::exchange(histogram[bucket], offset);
        for (const Item &item : items)
            scratch[histogram[(item.key >> (pass * digitBits)) & (buckets - 1)]++] = item;
        items.swap(scratch);
    }
    for (std::size_t i = 0; i < count; ++i)
        order[i] = items[i].row;
    return order;
}

} // namespace

void EventIndex::appendEvent(ItemId id, qint64 start, qint64 startPeriodEnd, Precision precision,
                             bool approximate, std::optional<qint64> endPeriodEnd, qint64 importance,
                             quint16 category)
{
    // The end is exclusive: the first second after the last period the event
    // covers. A file may hold an end before the start (the inspector reports
    // it); the event is then drawn as its start's period, so that every row
    // keeps end > start.
    qint64 exclusiveEnd = endPeriodEnd.value_or(startPeriodEnd);
    if (exclusiveEnd <= start)
        exclusiveEnd = startPeriodEnd;
    m_ids.push_back(id);
    m_starts.push_back(start);
    m_ends.push_back(exclusiveEnd);
    // 1..5 by the schema; a file that says otherwise is read as the nearest.
    m_importance.push_back(quint8(std::clamp<qint64>(importance, 1, 5)));
    m_categories.push_back(category);
    m_startPrecision.push_back(quint8(precision));
    m_flags.push_back(quint8((approximate ? ApproximateFlag : 0) | (endPeriodEnd ? SpanFlag : 0)));
}

EventIndex EventIndex::fromAtlas(const AtlasData &data)
{
    EventIndex index;
    CategoryTable categories(&index.m_categoryNames);
    std::vector<quint32> &offsets = index.m_actorOffsets;
    offsets.reserve(std::size_t(data.events.size()) + 1);
    offsets.push_back(0);
    for (const Event &event : data.events) {
        // An event without a readable start cannot be placed; the readers
        // skip it too.
        const std::optional<Period> start = periodOf(event.when.start);
        if (!start)
            continue;
        const std::optional<Period> end = periodOf(event.when.end);
        index.appendEvent(event.id, start->start, start->end, start->precision, event.when.start.isApproximate(),
                          end ? std::optional<qint64>(end->end) : std::nullopt, event.importance,
                          categories.indexOf(event.category));
        for (const EventActor &actor : event.actors) {
            if (fitsActorId(actor.actorId))
                index.m_actorIds.push_back(quint32(actor.actorId));
        }
        offsets.push_back(quint32(index.m_actorIds.size()));
    }
    index.finish();
    return index;
}

std::optional<EventIndex> EventIndex::load(const QSqlDatabase &db, QString *error)
{
    return load(db, Reader::Automatic, error);
}

std::optional<EventIndex> EventIndex::load(const QSqlDatabase &db, Reader reader, QString *error)
{
    EventIndex index;
    sqlite3 *handle = reader == Reader::QtSql ? nullptr : sqliteHandle(db);
    if (reader == Reader::SqliteApi && !handle) {
        *error = QCoreApplication::translate("Annals::EventIndex", "Annals cannot reach the SQLite library behind Qt's SQLite driver.");
        return std::nullopt;
    }
    const bool read = handle ? index.readWithSqliteApi(handle, error) : index.readWithQtSql(db, error);
    if (!read)
        return std::nullopt;
    index.finish();
    return index;
}

bool EventIndex::readWithSqliteApi(sqlite3 *handle, QString *error)
{
    const PrecisionKeys &keys = precisionKeys();
    CategoryTable categories(&m_categoryNames);
    PeriodCache periods;
    const QString eventsFailure = QCoreApplication::translate("Annals::EventIndex", "Could not read the events: %1");
    const QString actorsFailure = QCoreApplication::translate("Annals::EventIndex", "Could not read the actors of the events: %1");
    {
        const Statement statement = prepare(handle, eventsSql, eventsFailure, error);
        if (!statement)
            return false;
        sqlite3_stmt *const s = statement.get();
        int result = SQLITE_ROW;
        while ((result = sqlite3_step(s)) == SQLITE_ROW) {
            const std::optional<Period> start = periodFromColumns(s, 1, 2, keys, periods);
            if (!start)
                continue;
            const std::optional<Period> end = periodFromColumns(s, 4, 5, keys, periods);
            // Qt's driver reads text as UTF-16 from SQLite, so a new name is
            // decoded the same way, to the same characters even when the
            // bytes are not valid UTF-8.
            const quint16 category
                = categories.indexOf(sqlite3_column_text(s, 7), sqlite3_column_bytes(s, 7), [s] {
                      const void *utf16 = sqlite3_column_text16(s, 7);
                      return utf16 ? QString(static_cast<const QChar *>(utf16), sqlite3_column_bytes16(s, 7) / 2)
                                   : QString();
                  });
            appendEvent(sqlite3_column_int64(s, 0), start->start, start->end, start->precision,
                        sqlite3_column_int64(s, 3) != 0, end ? std::optional<qint64>(end->end) : std::nullopt,
                        sqlite3_column_int64(s, 6), category);
        }
        if (result != SQLITE_DONE) {
            *error = eventsFailure.arg(QString::fromUtf8(sqlite3_errmsg(handle)));
            return false;
        }
    }

    RowFinder rows(m_ids);
    std::vector<ActorLink> links;
    links.reserve(m_ids.size() * 2);
    const Statement statement = prepare(handle, eventActorsSql, actorsFailure, error);
    if (!statement)
        return false;
    sqlite3_stmt *const s = statement.get();
    int result = SQLITE_ROW;
    while ((result = sqlite3_step(s)) == SQLITE_ROW) {
        const qint64 actorId = sqlite3_column_int64(s, 1);
        const qint64 row = rows.find(sqlite3_column_int64(s, 0));
        if (row >= 0 && fitsActorId(actorId))
            links.push_back({quint32(row), quint32(actorId)});
    }
    if (result != SQLITE_DONE) {
        *error = actorsFailure.arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        return false;
    }
    buildReadingOrderLinks(m_ids.size(), links, &m_actorOffsets, &m_actorIds);
    return true;
}

bool EventIndex::readWithQtSql(const QSqlDatabase &db, QString *error)
{
    CategoryTable categories(&m_categoryNames);
    PeriodCache periods;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QString::fromLatin1(eventsSql))) {
        *error = QCoreApplication::translate("Annals::EventIndex", "Could not read the events: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        const std::optional<Period> start = periodFromValues(query.value(1), query.value(2), periods);
        if (!start)
            continue;
        const std::optional<Period> end = periodFromValues(query.value(4), query.value(5), periods);
        appendEvent(query.value(0).toLongLong(), start->start, start->end, start->precision,
                    query.value(3).toLongLong() != 0, end ? std::optional<qint64>(end->end) : std::nullopt,
                    query.value(6).toLongLong(), categories.indexOf(query.value(7).toString()));
    }
    if (query.lastError().isValid()) {
        *error = QCoreApplication::translate("Annals::EventIndex", "Could not read the events: %1").arg(query.lastError().text());
        return false;
    }

    RowFinder rows(m_ids);
    std::vector<ActorLink> links;
    if (!query.exec(QString::fromLatin1(eventActorsSql))) {
        *error = QCoreApplication::translate("Annals::EventIndex", "Could not read the actors of the events: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        const qint64 actorId = query.value(1).toLongLong();
        const qint64 row = rows.find(query.value(0).toLongLong());
        if (row >= 0 && fitsActorId(actorId))
            links.push_back({quint32(row), quint32(actorId)});
    }
    if (query.lastError().isValid()) {
        *error = QCoreApplication::translate("Annals::EventIndex", "Could not read the actors of the events: %1").arg(query.lastError().text());
        return false;
    }
    buildReadingOrderLinks(m_ids.size(), links, &m_actorOffsets, &m_actorIds);
    return true;
}

void EventIndex::finish()
{
    const std::size_t count = m_starts.size();

    // Categories in name order, so that the index does not depend on the
    // order events were read in.
    {
        std::vector<quint16> byName(std::size_t(m_categoryNames.size()));
        std::iota(byName.begin(), byName.end(), quint16(0));
        std::sort(byName.begin(), byName.end(),
                  [this](quint16 a, quint16 b) { return m_categoryNames[a] < m_categoryNames[b]; });
        std::vector<quint16> newIndex(byName.size());
        QStringList sortedNames;
        sortedNames.reserve(m_categoryNames.size());
        for (std::size_t i = 0; i < byName.size(); ++i) {
            newIndex[byName[i]] = quint16(i);
            sortedNames.append(m_categoryNames[byName[i]]);
        }
        m_categoryNames = std::move(sortedNames);
        for (quint16 &category : m_categories)
            category = newIndex[category];
    }

    const std::vector<quint32> order = sortedOrder(m_starts, m_ids);

    // Gathering into new arrays of exactly the right size also drops the
    // slack that push_back left, which the memory budget counts.
    auto gather = [&order, count](const auto &source) {
        std::remove_cvref_t<decltype(source)> sorted(count);
        for (std::size_t i = 0; i < count; ++i)
            sorted[i] = source[order[i]];
        return sorted;
    };
    m_starts = gather(m_starts);
    m_ids = gather(m_ids);
    m_ends = gather(m_ends);
    m_importance = gather(m_importance);
    m_categories = gather(m_categories);
    m_startPrecision = gather(m_startPrecision);
    m_flags = gather(m_flags);

    // Actors: each event's ids sorted and without repeats (a person may be
    // linked twice, in different roles), then laid out in the new row order.
    if (m_actorOffsets.size() != count + 1) // an empty atlas, or fromAtlas() of nothing
        m_actorOffsets.assign(count + 1, 0);
    std::vector<quint32> uniqueCounts(count);
    std::size_t linkCount = 0;
    for (std::size_t row = 0; row < count; ++row) {
        const auto first = m_actorIds.begin() + qptrdiff(m_actorOffsets[row]);
        const auto last = m_actorIds.begin() + qptrdiff(m_actorOffsets[row + 1]);
        if (last - first > 1)
            std::sort(first, last);
        uniqueCounts[row] = quint32(std::unique(first, last) - first);
        linkCount += uniqueCounts[row];
    }
    std::vector<quint32> offsets(count + 1);
    std::vector<quint32> actorIds(linkCount);
    offsets[0] = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const quint32 row = order[i];
        const auto first = m_actorIds.begin() + qptrdiff(m_actorOffsets[row]);
        std::copy(first, first + qptrdiff(uniqueCounts[row]), actorIds.begin() + qptrdiff(offsets[i]));
        offsets[i + 1] = offsets[i] + uniqueCounts[row];
    }
    m_actorOffsets = std::move(offsets);
    m_actorIds = std::move(actorIds);

    m_maximumDuration = 0;
    m_latest = count ? m_ends[0] : 0;
    for (std::size_t row = 0; row < count; ++row) {
        m_maximumDuration = std::max(m_maximumDuration, m_ends[row] - m_starts[row]);
        m_latest = std::max(m_latest, m_ends[row]);
    }
    m_categoryNames.squeeze();
}

EventIndex EventIndex::subset(const std::vector<quint32> &rows) const
{
    EventIndex result;
    const std::size_t count = rows.size();
    auto pick = [&rows, count](const auto &source) {
        std::remove_cvref_t<decltype(source)> picked(count);
        for (std::size_t i = 0; i < count; ++i)
            picked[i] = source[rows[i]];
        return picked;
    };
    result.m_starts = pick(m_starts);
    result.m_ends = pick(m_ends);
    result.m_ids = pick(m_ids);
    result.m_importance = pick(m_importance);
    result.m_categories = pick(m_categories);
    result.m_startPrecision = pick(m_startPrecision);
    result.m_flags = pick(m_flags);

    std::size_t linkCount = 0;
    for (const quint32 row : rows)
        linkCount += m_actorOffsets[row + 1] - m_actorOffsets[row];
    result.m_actorOffsets.resize(count + 1);
    result.m_actorIds.resize(linkCount);
    result.m_actorOffsets[0] = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const auto first = m_actorIds.begin() + qptrdiff(m_actorOffsets[rows[i]]);
        const auto last = m_actorIds.begin() + qptrdiff(m_actorOffsets[rows[i] + 1]);
        std::copy(first, last, result.m_actorIds.begin() + qptrdiff(result.m_actorOffsets[i]));
        result.m_actorOffsets[i + 1] = result.m_actorOffsets[i] + quint32(last - first);
    }

    result.m_categoryNames = m_categoryNames;
    result.m_latest = count ? result.m_ends[0] : 0;
    for (std::size_t row = 0; row < count; ++row) {
        result.m_maximumDuration = std::max(result.m_maximumDuration, result.m_ends[row] - result.m_starts[row]);
        result.m_latest = std::max(result.m_latest, result.m_ends[row]);
    }
    return result;
}

qsizetype EventIndex::rowOf(ItemId id) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : qsizetype(it - m_ids.begin());
}

qsizetype EventIndex::firstStartingAtOrAfter(qint64 t) const
{
    return qsizetype(std::lower_bound(m_starts.begin(), m_starts.end(), t) - m_starts.begin());
}

std::vector<quint32> EventIndex::rowsOverlapping(qint64 from, qint64 to) const
{
    std::vector<quint32> rows;
    if (from >= to || m_starts.empty())
        return rows;
    // An event overlapping [from, to) ends after `from`, so it starts after
    // from - maximumDuration(); everything before that is skipped unread.
    const qint64 lowest = std::numeric_limits<qint64>::min();
    const qint64 firstPossibleStart = from < lowest + m_maximumDuration + 1 ? lowest : from - m_maximumDuration + 1;
    const auto first = std::size_t(firstStartingAtOrAfter(firstPossibleStart));
    const auto last = std::size_t(firstStartingAtOrAfter(to));
    for (std::size_t row = first; row < last; ++row) {
        if (m_ends[row] > from)
            rows.push_back(quint32(row));
    }
    return rows;
}

qint64 EventIndex::earliest() const
{
    return m_starts.empty() ? 0 : m_starts.front();
}

qint64 EventIndex::latest() const
{
    return m_starts.empty() ? 0 : m_latest;
}

std::size_t EventIndex::memoryBytes() const
{
    auto bytesOf = [](const auto &vector) { return vector.capacity() * sizeof(vector[0]); };
    std::size_t bytes = sizeof(*this) + bytesOf(m_starts) + bytesOf(m_ends) + bytesOf(m_ids)
        + bytesOf(m_importance) + bytesOf(m_categories) + bytesOf(m_startPrecision) + bytesOf(m_flags)
        + bytesOf(m_actorOffsets) + bytesOf(m_actorIds);
    bytes += std::size_t(m_categoryNames.capacity()) * sizeof(QString);
    for (const QString &name : m_categoryNames)
        bytes += std::size_t(name.capacity()) * sizeof(QChar);
    return bytes;
}

} // namespace Annals
