// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasimport.h"
#include "domain.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace Annals {

class Atlas;
class AtlasStore;
struct ActorDependents;
struct SeriesPointEntry;
template<typename Item, typename Dependents>
struct ItemKind;

// The one way the app changes an atlas: each call checks the change first
// (validateEvent's words and its siblings', or why the atlas cannot be written), writes it in
// one SQLite transaction through the atlas's store, pushes one QUndoCommand
// onto the atlas's undo stack and has the atlas show the new data
// (dataChanged). A change that is refused or fails stores nothing, pushes
// nothing and says why in `error`; the file is exactly as before.
//
// Undo and redo replay the same writes, each again in one transaction; a
// replay that fails (the disk is full, the file went read-only) leaves the
// atlas as it was and reports through Atlas::writeFailed, and the stack is
// left where it was (QUndoCommand::setObsolete is not used: the user may try
// again).
//
// Read-only atlases refuse every change with Atlas::readOnlyReason().
class AtlasEditor
{
    Q_DECLARE_TR_FUNCTIONS(Annals::AtlasEditor)
public:
    explicit AtlasEditor(Atlas *atlas);

    // The new event's id.
    std::optional<ItemId> addEvent(const Event &event, QString *error);
    // `event.id` names the event to change; everything else is its new state.
    bool updateEvent(const Event &event, QString *error);
    bool removeEvent(ItemId id, QString *error);

    // The same for the other kinds. Removing an actor takes its names, its
    // parts in events, its relations and all their citations with it, and
    // series and tour steps forget it; undo brings all of it back.
    std::optional<ItemId> addActor(const Actor &actor, QString *error);
    bool updateActor(const Actor &actor, QString *error);
    bool removeActor(ItemId id, QString *error);

    std::optional<ItemId> addRelation(const Relation &relation, QString *error);
    bool updateRelation(const Relation &relation, QString *error);
    bool removeRelation(ItemId id, QString *error);

    // Removing a source removes its citations.
    std::optional<ItemId> addSource(const Source &source, QString *error);
    bool updateSource(const Source &source, QString *error);
    bool removeSource(ItemId id, QString *error);

    std::optional<ItemId> addCitation(const Citation &citation, QString *error);
    bool removeCitation(ItemId id, QString *error);

    // Removing an era, a link between events or a series value takes its
    // citations with it; undo brings them back. A link joins two known,
    // different events, and not twice in the same way; a value belongs to a
    // known series. Links are only added and removed.
    std::optional<ItemId> addEra(const Era &era, QString *error);
    bool updateEra(const Era &era, QString *error);
    bool removeEra(ItemId id, QString *error);

    std::optional<ItemId> addEventLink(const EventLink &link, QString *error);
    bool removeEventLink(ItemId id, QString *error);

    std::optional<ItemId> addSeriesPoint(const SeriesPointEntry &point, QString *error);
    bool updateSeriesPoint(const SeriesPointEntry &point, QString *error);
    bool removeSeriesPoint(ItemId id, QString *error);

    // Tours: adding takes the title and description (and any steps given);
    // updating changes only those two; removing takes the steps and the
    // tour's citations with it, which undo brings back.
    std::optional<ItemId> addTour(const Tour &tour, QString *error);
    bool updateTour(const Tour &tour, QString *error);
    bool removeTour(ItemId id, QString *error);

    // A tour's steps, by index (0-based) in its list; the file numbers them
    // 1..n without gaps after every change. `index` runs from 0 to the number
    // of steps (the end); the step's own position is ignored. A step names
    // known events and actors only. Changes that leave the steps as they
    // were store nothing, push nothing and succeed. Undo texts say "Step 3"
    // as the list shows it.
    std::optional<ItemId> insertTourStep(ItemId tourId, int index, const TourStep &step, QString *error);
    // `step.id` names the step to change; everything else is its new state.
    bool updateTourStep(const TourStep &step, QString *error);
    bool removeTourStep(ItemId stepId, QString *error);
    // "Move Step 3 to 5": the step at `from` ends up at `to`.
    bool moveTourStep(ItemId tourId, int from, int to, QString *error);

    // Adds everything in `bundle` (atlasimport.h) as one change and one undo
    // step called "Import 24 events and 3 sources from “x.json”"; all or
    // nothing, like every change. Returns the ids the items got.
    std::optional<ImportedIds> importBundle(const ImportBundle &bundle, const QString &fileName, QString *error);
    // "24 events, 3 actors and 5 sources" (nothing listed when empty).
    static QString importSummary(const ImportBundle &bundle);

    // Why nothing can be changed in `atlas` (none is open, or it is
    // read-only), for disabled actions' tooltips; empty when it can.
    static QString whyUnwritable(const Atlas *atlas);

    // What the undo history and the status bar call a relation: its label,
    // or "Alliance between A and B".
    static QString relationName(const AtlasData &data, const Relation &relation);
    // "causes", "leads to", "responds to".
    static QString eventLinkKindName(EventLinkKind kind);
    // What the undo history calls a link: "Fall of the Wall leads to German reunification".
    static QString eventLinkName(const AtlasData &data, const EventLink &link);
    // What a confirmation says before a source goes: "Delete “X”? Its 3 citations go with it. …"
    static QString describeSourceRemoval(const Source &source, qsizetype citations);
    // What a confirmation says before an actor goes: "Deleting “China” also
    // removes 12 relations and its part in 85 events. …"
    static QString describeActorRemoval(const Actor &actor, const ActorDependents &dependents);

private:
    using StoreWrite = std::function<bool(AtlasStore &, QString *)>;

    // Settles a failed replay, then refuses a read-only atlas.
    bool mayWrite(QString *error);
    // Pushes the change already stored as one undo step and shows it.
    void record(const QString &text, StoreWrite forward, StoreWrite backward);

    // Rewrites the tour's steps as `change` leaves them (it returns why not,
    // or nothing) and records that as one step called `text`.
    using StepsChange = std::function<QString(QList<TourStep> &steps, QString *text)>;
    bool changeTourSteps(ItemId tourId, const StepsChange &change, QString *error);
    // The tour holding step `stepId`, from the loaded data.
    const Tour *tourOfStep(ItemId stepId, int *index) const;

    template<typename Item, typename Dependents>
    std::optional<ItemId> add(const ItemKind<Item, Dependents> &kind, const Item &item, QString *error);
    template<typename Item, typename Dependents>
    bool update(const ItemKind<Item, Dependents> &kind, const Item &item, QString *error);
    template<typename Item, typename Dependents>
    bool remove(const ItemKind<Item, Dependents> &kind, ItemId id, QString *error);

    Atlas *m_atlas;
};

} // namespace Annals
