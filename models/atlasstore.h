// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Annals {

// What removing an event takes with it (its citations, its links and their
// citations are deleted; relations and tour steps that name it forget it), so
// that undoing the removal can put all of it back.
struct EventDependents {
    QList<Citation> citations;
    QList<EventLink> links;
    QList<ItemId> relationsBegunBy;
    QList<ItemId> relationsEndedBy;
    QList<ItemId> tourStepsShowing;
};

// Reads an atlas into plain structs and writes changes back, each change in
// one transaction: a change either lands whole with its search-index entry
// or not at all. Knows SQL; knows nothing of widgets or undo.
class AtlasStore
{
public:
    explicit AtlasStore(QSqlDatabase db);

    std::optional<AtlasData> load(QString *error) const;

    std::optional<Event> event(ItemId id, QString *error) const;

    // Inserts `event` (its id is ignored) with its actors; returns the new id.
    std::optional<ItemId> insertEvent(const Event &event, QString *error);
    // Inserts with a given id, for undoing a removal.
    bool insertEventWithId(const Event &event, QString *error);
    // The same, putting back in the same transaction what the removal took.
    bool insertEventWithId(const Event &event, const EventDependents &dependents, QString *error);
    std::optional<EventDependents> dependentsOf(ItemId eventId, QString *error) const;
    bool updateEvent(const Event &event, QString *error);
    bool removeEvent(ItemId id, QString *error);

    bool setMetaValue(const QString &key, const QString &value, QString *error);

    // Rebuilds the full-text index from the tables, in one transaction.
    bool rebuildSearchIndex(QString *error);

    // Item ids of full-text matches for a query, best first.
    struct SearchHit {
        QString itemKind;
        ItemId itemId = 0;
    };
    QList<SearchHit> search(const QString &text, int limit, QString *error) const;

private:
    bool writeEvent(const Event &event, bool withId, const EventDependents *dependents, ItemId *newId,
                    QString *error);

    QSqlDatabase m_db;
};

// A date from its three columns (seconds, precision key, approximate flag);
// invalid when the seconds are NULL or the precision is unknown.
HistoricalDate dateFromColumns(const QVariant &seconds, const QVariant &precision, const QVariant &approximate);

// Checks an event before it is written, in the words a form would show.
// Returns an empty string when the event is fine.
QString validateEvent(const Event &event);

} // namespace Annals
