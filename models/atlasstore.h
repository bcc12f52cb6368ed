// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasimport.h"
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

// An actor's part in one event, as event_actors holds it.
struct ActorPart {
    ItemId eventId = 0;
    QString role;
};

// What removing an actor takes with it: its other names, its parts in events,
// the relations it is either end of, the citations of all of these and of the
// actor, and the series and tour steps that follow it (which forget it), so
// that undoing the removal can put all of it back.
struct ActorDependents {
    QList<ActorName> names;
    QList<ActorPart> parts;
    QList<Relation> relations;
    QList<Citation> citations;
    QList<ItemId> seriesFollowing;
    QList<ItemId> tourStepsFocusing;
};

// One value of a series, with the series it belongs to: what the editor
// adds, changes and removes (SeriesPoint alone does not say its series).
struct SeriesPointEntry : SeriesPoint {
    ItemId seriesId = 0;
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

    std::optional<Actor> actor(ItemId id, QString *error) const;
    // Inserts `actor` (its id is ignored); returns the new id.
    std::optional<ItemId> insertActor(const Actor &actor, QString *error);
    // Inserts with the given id and puts back what its removal took, for undo.
    bool insertActorWithId(const Actor &actor, const ActorDependents &dependents, QString *error);
    std::optional<ActorDependents> actorDependentsOf(ItemId actorId, QString *error) const;
    // The actor's own columns; its names, parts and relations are left alone.
    bool updateActor(const Actor &actor, QString *error);
    bool removeActor(ItemId id, QString *error);

    std::optional<Relation> relation(ItemId id, QString *error) const;
    std::optional<ItemId> insertRelation(const Relation &relation, QString *error);
    // With the given id and the citations its removal took, for undo.
    bool insertRelationWithId(const Relation &relation, const QList<Citation> &citations, QString *error);
    // The citations that go when the relation goes.
    std::optional<QList<Citation>> citationsOf(const QString &itemKind, ItemId itemId, QString *error) const;
    bool updateRelation(const Relation &relation, QString *error);
    bool removeRelation(ItemId id, QString *error);

    std::optional<Source> source(ItemId id, QString *error) const;
    std::optional<ItemId> insertSource(const Source &source, QString *error);
    // With the given id and the citations of it its removal took, for undo.
    bool insertSourceWithId(const Source &source, const QList<Citation> &citations, QString *error);
    std::optional<QList<Citation>> citationsOfSource(ItemId sourceId, QString *error) const;
    bool updateSource(const Source &source, QString *error);
    bool removeSource(ItemId id, QString *error);

    std::optional<Citation> citation(ItemId id, QString *error) const;
    // `citation.id` 0 inserts with a new id; otherwise with that id (undo).
    std::optional<ItemId> insertCitation(const Citation &citation, QString *error);
    bool removeCitation(ItemId id, QString *error);

    // Eras, links between events and series values keep no search entry;
    // removing one takes its citations, which the WithId inserts put back.
    std::optional<Era> era(ItemId id, QString *error) const;
    std::optional<ItemId> insertEra(const Era &era, QString *error);
    bool insertEraWithId(const Era &era, const QList<Citation> &citations, QString *error);
    bool updateEra(const Era &era, QString *error);
    bool removeEra(ItemId id, QString *error);

    std::optional<EventLink> eventLink(ItemId id, QString *error) const;
    std::optional<ItemId> insertEventLink(const EventLink &link, QString *error);
    bool insertEventLinkWithId(const EventLink &link, const QList<Citation> &citations, QString *error);
    bool removeEventLink(ItemId id, QString *error);

    std::optional<SeriesPointEntry> seriesPoint(ItemId id, QString *error) const;
    std::optional<ItemId> insertSeriesPoint(const SeriesPointEntry &point, QString *error);
    bool insertSeriesPointWithId(const SeriesPointEntry &point, const QList<Citation> &citations, QString *error);
    bool updateSeriesPoint(const SeriesPointEntry &point, QString *error);
    bool removeSeriesPoint(ItemId id, QString *error);

    // Tours keep no search entry. A tour is read with its steps; insertTour
    // writes its steps too (positions 1..n in list order), updateTour only its
    // own columns. Removing a tour takes its steps and citations, which
    // insertTourWithId puts back.
    std::optional<Tour> tour(ItemId id, QString *error) const;
    std::optional<ItemId> insertTour(const Tour &tour, QString *error);
    bool insertTourWithId(const Tour &tour, const QList<Citation> &citations, QString *error);
    bool updateTour(const Tour &tour, QString *error);
    bool removeTour(ItemId id, QString *error);
    // Makes `steps` the tour's steps, in that order, in one transaction: the
    // old rows go and the new ones are written with positions 1..n, keeping
    // their ids (0 takes a new one). Rewriting the whole list is what keeps
    // UNIQUE (tour_id, position) from tripping over a half-renumbered tour.
    bool setTourSteps(ItemId tourId, const QList<TourStep> &steps, QString *error);

    bool setMetaValue(const QString &key, const QString &value, QString *error);

    // Writes every item of `bundle` (atlasimport.h says how its references
    // work) in one transaction and returns the ids they got; on any error
    // nothing is written and `error` names the item ("Event 3 “Armistice”:
    // An event needs a title."). The bundle's meta (its non-empty fields) is
    // written only when asked, for an atlas made for the import.
    enum class ImportMeta { Ignore, Write };
    std::optional<ImportedIds> importBundle(const ImportBundle &bundle, QString *error,
                                            ImportMeta meta = ImportMeta::Ignore);
    // The same with the ids a first import gave, for redo.
    bool importBundleWithIds(const ImportBundle &bundle, const ImportedIds &ids, QString *error);
    // Removes what an import added, in one transaction, for undo.
    bool removeImported(const ImportedIds &ids, QString *error);

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
    bool writeActor(const Actor &actor, const ActorDependents *dependents, ItemId *newId, QString *error);
    bool writeRelation(const Relation &relation, const QList<Citation> *citations, ItemId *newId, QString *error);
    bool writeSource(const Source &source, const QList<Citation> *citations, ItemId *newId, QString *error);
    bool writeBundle(const ImportBundle &bundle, const ImportedIds *fixedIds, ImportMeta meta, ImportedIds *ids,
                     QString *error);

    QSqlDatabase m_db;
};

// A date from its three columns (seconds, precision key, approximate flag);
// invalid when the seconds are NULL or the precision is unknown.
HistoricalDate dateFromColumns(const QVariant &seconds, const QVariant &precision, const QVariant &approximate);

// Checks an event before it is written, in the words a form would show.
// Returns an empty string when the event is fine.
QString validateEvent(const Event &event);
// The same for the other kinds: a name or title is required, no span ends
// before it starts, a relation joins two different actors and a source's
// address is a web address (http or https) or nothing.
QString validateActor(const Actor &actor);
QString validateRelation(const Relation &relation);
QString validateSource(const Source &source);
// An era needs a title and both dates; a link joins two different events; a
// series value needs its series and a date, and lies within its range
// (low ≤ value ≤ high) when one is given.
QString validateEra(const Era &era);
QString validateEventLink(const EventLink &link);
QString validateSeriesPoint(const SeriesPointEntry &point);
// A tour needs a title; a step's window has both ends or neither, ends after
// it starts, and its caption is at most maxTourCaptionLength characters.
// Whether the event and actor a step names exist is the editor's to check.
inline constexpr qsizetype maxTourCaptionLength = 10000;
QString validateTour(const Tour &tour);
QString validateTourStep(const TourStep &step);

} // namespace Annals
