// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

struct sqlite3;

namespace Annals {

// Every event of an atlas in a compact, read-only form for drawing: parallel
// arrays sorted by start (then id), with no text. Built once per load; the
// views find what is visible by binary search, never by scanning.
//
// Invariants: start(i) <= start(i + 1); end(i) > start(i) (end is exclusive:
// the first second after the event's last period, so a point event known to
// the day ends at midnight after it); category(i) < categories().size();
// the actors of event i are actorIds()[actorOffsets()[i] .. actorOffsets()[i + 1]).
class EventIndex
{
public:
    EventIndex() = default;

    // From data already loaded (the sample, small atlases, tests).
    static EventIndex fromAtlas(const AtlasData &data);

    // Straight from the atlas file, without building Event structs: the path
    // for big atlases. Uses SQLite's C API when it can (see sqlitehandle.h)
    // and Qt SQL otherwise; both give the same index.
    static std::optional<EventIndex> load(const QSqlDatabase &db, QString *error);

    // Which reader load() uses. Automatic is the C API when sqliteHandle()
    // offers it; the other two force one path, so that tests can hold both
    // to the same result.
    enum class Reader : quint8 { Automatic, SqliteApi, QtSql };
    static std::optional<EventIndex> load(const QSqlDatabase &db, Reader reader, QString *error);

    // Equal when every array and the category list are (for tests).
    friend bool operator==(const EventIndex &, const EventIndex &) = default;

    qsizetype size() const { return qsizetype(m_starts.size()); }
    bool isEmpty() const { return m_starts.empty(); }

    qint64 start(qsizetype i) const { return m_starts[std::size_t(i)]; }
    qint64 end(qsizetype i) const { return m_ends[std::size_t(i)]; }
    ItemId id(qsizetype i) const { return m_ids[std::size_t(i)]; }
    int importance(qsizetype i) const { return m_importance[std::size_t(i)]; }
    int category(qsizetype i) const { return m_categories[std::size_t(i)]; }
    Precision startPrecision(qsizetype i) const { return Precision(m_startPrecision[std::size_t(i)]); }
    bool isApproximate(qsizetype i) const { return m_flags[std::size_t(i)] & ApproximateFlag; }
    // True for events given with an end date (drawn as bars), false for
    // moments (drawn as markers), whatever their precision.
    bool isSpan(qsizetype i) const { return m_flags[std::size_t(i)] & SpanFlag; }

    const std::vector<qint64> &starts() const { return m_starts; }
    const std::vector<quint32> &actorOffsets() const { return m_actorOffsets; }
    const std::vector<quint32> &actorIds() const { return m_actorIds; }

    // Category names; an event's category is an index into this list. The
    // empty category, if any events have it, is listed too.
    const QStringList &categories() const { return m_categoryNames; }

    // Row of the event with this id, or -1. A linear scan (about a
    // millisecond at a million events): for selection, never for painting.
    qsizetype rowOf(ItemId id) const;

    // First row whose start is >= t (lower bound).
    qsizetype firstStartingAtOrAfter(qint64 t) const;

    // The longest event, in seconds: events that end after `t` start no
    // earlier than t - maximumDuration(), which bounds the search for spans
    // reaching into a window from its left.
    qint64 maximumDuration() const { return m_maximumDuration; }

    // Rows of events that overlap [from, to), in start order.
    std::vector<quint32> rowsOverlapping(qint64 from, qint64 to) const;

    // The first start and the last end; invalid (0, 0) when empty.
    qint64 earliest() const;
    qint64 latest() const;

    // Bytes held by the index, for the memory budget.
    std::size_t memoryBytes() const;

    // An index of only these rows (ascending, each < size()), in the same
    // order and with the same category list, so that category indices keep
    // their meaning: what a filter hands the views. Linear in the rows kept.
    EventIndex subset(const std::vector<quint32> &rows) const;

private:
    enum Flag : quint8 { ApproximateFlag = 1, SpanFlag = 2 };
    void finish(); // sorts by start and fills the derived fields

    // Appends one event in reading order (before finish()), given where its
    // start's period begins and ends and, for a span, where its end's period
    // ends: what both fromAtlas() and the readers go through, so that they
    // cannot disagree.
    void appendEvent(ItemId id, qint64 start, qint64 startPeriodEnd, Precision precision, bool approximate,
                     std::optional<qint64> endPeriodEnd, qint64 importance, quint16 category);
    bool readWithSqliteApi(sqlite3 *handle, QString *error);
    bool readWithQtSql(const QSqlDatabase &db, QString *error);

    std::vector<qint64> m_starts;
    std::vector<qint64> m_ends;
    std::vector<ItemId> m_ids;
    std::vector<quint8> m_importance;
    std::vector<quint16> m_categories;
    std::vector<quint8> m_startPrecision;
    std::vector<quint8> m_flags;
    std::vector<quint32> m_actorOffsets; // size() + 1 entries
    std::vector<quint32> m_actorIds;     // actor ids (atlases have < 2^32 actors)
    QStringList m_categoryNames;
    qint64 m_maximumDuration = 0;
    qint64 m_latest = 0; // the largest end, which is not the last row's
};

} // namespace Annals
