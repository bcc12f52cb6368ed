// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlaseditor.h"

#include "atlas.h"
#include "atlasstore.h"

#include <QMetaObject>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <functional>

namespace Annals {

// One change, as the two writes that take the file from the state before it
// to the state after it (redo) and back (undo), each in one transaction.
// `m_applied` says which state the file holds, so that a step the stack asks
// for twice (when it is moved back after a failed replay) writes nothing the
// second time.
class StoreEditCommand : public QUndoCommand
{
public:
    using Write = std::function<bool(AtlasStore &, QString *)>;

    StoreEditCommand(Atlas *atlas, const QString &text, Write forward, Write backward)
        : QUndoCommand(text)
        , m_atlas(atlas)
        , m_forward(std::move(forward))
        , m_backward(std::move(backward))
    {
    }

    // The first redo() comes from QUndoStack::push, after the editor has
    // already stored the change; m_applied starts true so it writes nothing.
    void redo() override { replay(true); }
    void undo() override { replay(false); }

    // Moves the stack back after a failed replay now rather than on the next
    // turn of the event loop: before a new change is pushed, which would
    // otherwise drop commands whose changes are still in the file.
    static void settleFailedReplay(Atlas *atlas)
    {
        const int index = atlas->m_failedReplayIndex;
        if (index < 0)
            return;
        atlas->undoStack()->setIndex(index);
        atlas->m_failedReplayIndex = -1;
    }

private:
    void replay(bool forward)
    {
        if (m_applied == forward)
            return;
        if (m_atlas->m_failedReplayIndex >= 0)
            return; // An earlier step of this undo or redo failed; the stack is being moved back.
        QString error;
        if (!(forward ? m_forward : m_backward)(m_atlas->store(), &error)) {
            moveStackBack(forward, error);
            return;
        }
        m_applied = forward;
        if (!m_atlas->reload(&error))
            Q_EMIT m_atlas->writeFailed(AtlasEditor::tr("The change was stored but could not be read back: %1").arg(error));
    }

    // QUndoStack moves its index whatever a command does; it is moved back,
    // once the stack has finished this step, to just before (undo) or after
    // (redo) this command, where the file is.
    void moveStackBack(bool forward, const QString &error)
    {
        QUndoStack *stack = m_atlas->undoStack();
        int position = 0;
        while (position < stack->count() && stack->command(position) != this)
            ++position;
        m_atlas->m_failedReplayIndex = forward ? position : position + 1;
        Atlas *atlas = m_atlas;
        QMetaObject::invokeMethod(stack, [atlas] { settleFailedReplay(atlas); }, Qt::QueuedConnection);
        Q_EMIT m_atlas->writeFailed(error);
    }

    Atlas *m_atlas;
    Write m_forward;
    Write m_backward;
    bool m_applied = true;
};

AtlasEditor::AtlasEditor(Atlas *atlas)
    : m_atlas(atlas)
{
}

// How the editor reads and writes one kind of item through the store, so
// that adding, changing and removing work alike for every kind.
template<typename Item, typename Dependents>
struct ItemKind {
    std::function<std::optional<Item>(AtlasStore &, ItemId, QString *)> read;
    std::function<std::optional<ItemId>(AtlasStore &, const Item &, QString *)> insert;
    std::function<bool(AtlasStore &, const Item &, const Dependents &, QString *)> insertWithId;
    std::function<std::optional<Dependents>(AtlasStore &, ItemId, QString *)> dependents;
    std::function<bool(AtlasStore &, const Item &, QString *)> update;
    std::function<bool(AtlasStore &, ItemId, QString *)> remove;
    // What the undo history calls the item.
    std::function<QString(const Atlas &, const Item &)> name;
};

namespace {

const ItemKind<Event, EventDependents> &eventKind()
{
    static const ItemKind<Event, EventDependents> kind{
        &AtlasStore::event,
        &AtlasStore::insertEvent,
        [](AtlasStore &store, const Event &event, const EventDependents &dependents, QString *error) {
            return store.insertEventWithId(event, dependents, error);
        },
        &AtlasStore::dependentsOf,
        &AtlasStore::updateEvent,
        &AtlasStore::removeEvent,
        [](const Atlas &, const Event &event) { return event.title; },
    };
    return kind;
}

const ItemKind<Actor, ActorDependents> &actorKind()
{
    static const ItemKind<Actor, ActorDependents> kind{
        &AtlasStore::actor,
        &AtlasStore::insertActor,
        &AtlasStore::insertActorWithId,
        &AtlasStore::actorDependentsOf,
        &AtlasStore::updateActor,
        &AtlasStore::removeActor,
        [](const Atlas &, const Actor &actor) { return actor.name; },
    };
    return kind;
}

const Actor *findActor(const AtlasData &data, ItemId id)
{
    const auto found = std::find_if(data.actors.cbegin(), data.actors.cend(), [id](const Actor &a) { return a.id == id; });
    return found != data.actors.cend() ? &*found : nullptr;
}

// The citations of one item of `itemKind`: what removing it takes.
std::function<std::optional<QList<Citation>>(AtlasStore &, ItemId, QString *)> citationsOfKind(const QString &itemKind)
{
    return [itemKind](AtlasStore &store, ItemId id, QString *error) { return store.citationsOf(itemKind, id, error); };
}

const ItemKind<Relation, QList<Citation>> &relationKind()
{
    static const ItemKind<Relation, QList<Citation>> kind{
        &AtlasStore::relation,
        &AtlasStore::insertRelation,
        &AtlasStore::insertRelationWithId,
        citationsOfKind(QStringLiteral("relation")),
        &AtlasStore::updateRelation,
        &AtlasStore::removeRelation,
        [](const Atlas &atlas, const Relation &relation) { return AtlasEditor::relationName(atlas.data(), relation); },
    };
    return kind;
}

const ItemKind<Era, QList<Citation>> &eraKind()
{
    static const ItemKind<Era, QList<Citation>> kind{
        &AtlasStore::era,
        &AtlasStore::insertEra,
        &AtlasStore::insertEraWithId,
        citationsOfKind(QStringLiteral("era")),
        &AtlasStore::updateEra,
        &AtlasStore::removeEra,
        [](const Atlas &, const Era &era) { return era.title; },
    };
    return kind;
}

const ItemKind<EventLink, QList<Citation>> &eventLinkKind()
{
    static const ItemKind<EventLink, QList<Citation>> kind{
        &AtlasStore::eventLink,
        &AtlasStore::insertEventLink,
        &AtlasStore::insertEventLinkWithId,
        citationsOfKind(QStringLiteral("event_link")),
        {},
        &AtlasStore::removeEventLink,
        [](const Atlas &atlas, const EventLink &link) { return AtlasEditor::eventLinkName(atlas.data(), link); },
    };
    return kind;
}

const Series *findSeries(const AtlasData &data, ItemId id)
{
    const auto found = std::find_if(data.series.cbegin(), data.series.cend(), [id](const Series &s) { return s.id == id; });
    return found != data.series.cend() ? &*found : nullptr;
}

const ItemKind<SeriesPointEntry, QList<Citation>> &seriesPointKind()
{
    static const ItemKind<SeriesPointEntry, QList<Citation>> kind{
        &AtlasStore::seriesPoint,
        &AtlasStore::insertSeriesPoint,
        &AtlasStore::insertSeriesPointWithId,
        citationsOfKind(QStringLiteral("series_point")),
        &AtlasStore::updateSeriesPoint,
        &AtlasStore::removeSeriesPoint,
        [](const Atlas &atlas, const SeriesPointEntry &point) {
            const Series *series = findSeries(atlas.data(), point.seriesId);
            return AtlasEditor::tr("%1 in %2", "series, date")
                .arg(series ? series->name : QString::number(point.seriesId), point.time.toDisplayString());
        },
    };
    return kind;
}

const ItemKind<Source, QList<Citation>> &sourceKind()
{
    static const ItemKind<Source, QList<Citation>> kind{
        &AtlasStore::source,
        &AtlasStore::insertSource,
        &AtlasStore::insertSourceWithId,
        &AtlasStore::citationsOfSource,
        &AtlasStore::updateSource,
        &AtlasStore::removeSource,
        [](const Atlas &, const Source &source) { return source.title; },
    };
    return kind;
}

// Citations have no dependents and are never changed in place, only added
// and removed.
struct NoDependents {
};

const ItemKind<Citation, NoDependents> &citationKind()
{
    static const ItemKind<Citation, NoDependents> kind{
        &AtlasStore::citation,
        &AtlasStore::insertCitation,
        [](AtlasStore &store, const Citation &citation, const NoDependents &, QString *error) {
            return store.insertCitation(citation, error).has_value();
        },
        [](AtlasStore &, ItemId, QString *) { return std::optional<NoDependents>(NoDependents{}); },
        {},
        &AtlasStore::removeCitation,
        [](const Atlas &atlas, const Citation &citation) {
            const auto source = std::find_if(atlas.data().sources.cbegin(), atlas.data().sources.cend(),
                                             [&](const Source &s) { return s.id == citation.sourceId; });
            return source != atlas.data().sources.cend() ? source->title : QString();
        },
    };
    return kind;
}

const ItemKind<Tour, QList<Citation>> &tourKind()
{
    static const ItemKind<Tour, QList<Citation>> kind{
        &AtlasStore::tour,
        &AtlasStore::insertTour,
        &AtlasStore::insertTourWithId,
        citationsOfKind(QStringLiteral("tour")),
        &AtlasStore::updateTour,
        &AtlasStore::removeTour,
        [](const Atlas &, const Tour &tour) { return tour.title; },
    };
    return kind;
}

bool sameStep(const TourStep &a, const TourStep &b)
{
    return a.id == b.id && a.eventId == b.eventId && a.windowStart == b.windowStart && a.windowEnd == b.windowEnd
        && a.cursorTime == b.cursorTime && a.focusActorId == b.focusActorId && a.caption == b.caption;
}

bool sameSteps(const QList<TourStep> &a, const QList<TourStep> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), sameStep);
}

// Why `event` cannot be written to `atlas`, in a form's words; empty when it can.
QString problemWith(const Atlas &atlas, const Event &event)
{
    if (const QString problem = validateEvent(event); !problem.isEmpty())
        return problem;
    for (const EventActor &actor : event.actors) {
        if (!findActor(atlas.data(), actor.actorId))
            return AtlasEditor::tr("There is no actor %1.").arg(actor.actorId);
    }
    return {};
}

QString problemWith(const Atlas &, const Actor &actor)
{
    return validateActor(actor);
}

const Event *findEvent(const AtlasData &data, ItemId id)
{
    const auto found = std::find_if(data.events.cbegin(), data.events.cend(), [id](const Event &e) { return e.id == id; });
    return found != data.events.cend() ? &*found : nullptr;
}

QString problemWith(const Atlas &atlas, const Relation &relation)
{
    if (const QString problem = validateRelation(relation); !problem.isEmpty())
        return problem;
    for (ItemId actor : {relation.sourceId, relation.targetId}) {
        if (!findActor(atlas.data(), actor))
            return AtlasEditor::tr("There is no actor %1.").arg(actor);
    }
    for (ItemId event : {relation.beginEventId, relation.endEventId}) {
        if (event != 0 && !findEvent(atlas.data(), event))
            return AtlasEditor::tr("There is no event %1.").arg(event);
    }
    return {};
}

QString problemWith(const Atlas &, const Era &era)
{
    return validateEra(era);
}

QString problemWith(const Atlas &atlas, const EventLink &link)
{
    if (const QString problem = validateEventLink(link); !problem.isEmpty())
        return problem;
    for (ItemId event : {link.fromEventId, link.toEventId}) {
        if (!findEvent(atlas.data(), event))
            return AtlasEditor::tr("There is no event %1.").arg(event);
    }
    const bool twice = std::any_of(atlas.data().eventLinks.cbegin(), atlas.data().eventLinks.cend(), [&](const EventLink &l) {
        return l.id != link.id && l.fromEventId == link.fromEventId && l.toEventId == link.toEventId && l.kind == link.kind;
    });
    if (twice)
        return AtlasEditor::tr("“%1” is already recorded.").arg(AtlasEditor::eventLinkName(atlas.data(), link));
    return {};
}

QString problemWith(const Atlas &atlas, const SeriesPointEntry &point)
{
    if (const QString problem = validateSeriesPoint(point); !problem.isEmpty())
        return problem;
    if (!findSeries(atlas.data(), point.seriesId))
        return AtlasEditor::tr("There is no series %1.").arg(point.seriesId);
    return {};
}

QString problemWith(const Atlas &, const Source &source)
{
    return validateSource(source);
}

QString problemWith(const Atlas &atlas, const Citation &citation)
{
    const bool known = std::any_of(atlas.data().sources.cbegin(), atlas.data().sources.cend(),
                                   [&](const Source &s) { return s.id == citation.sourceId; });
    if (!known)
        return AtlasEditor::tr("There is no source %1.").arg(citation.sourceId);
    // Items of the kinds the app lets one cite must exist; the file's other
    // kinds (eras, series, …) are not checked here.
    const AtlasData &data = atlas.data();
    const auto has = [&citation](const auto &items) {
        return std::any_of(items.cbegin(), items.cend(), [&](const auto &item) { return item.id == citation.itemId; });
    };
    const bool missing = (citation.itemKind == QLatin1String("event") && !has(data.events))
        || (citation.itemKind == QLatin1String("actor") && !has(data.actors))
        || (citation.itemKind == QLatin1String("relation") && !has(data.relations))
        || (citation.itemKind == QLatin1String("era") && !has(data.eras))
        || (citation.itemKind == QLatin1String("event_link") && !has(data.eventLinks));
    if (missing)
        return AtlasEditor::tr("There is no %1 %2 to cite a source for.").arg(citation.itemKind).arg(citation.itemId);
    return {};
}

QString problemWith(const Atlas &atlas, const TourStep &step)
{
    if (const QString problem = validateTourStep(step); !problem.isEmpty())
        return problem;
    if (step.eventId != 0 && !findEvent(atlas.data(), step.eventId))
        return AtlasEditor::tr("There is no event %1.").arg(step.eventId);
    if (step.focusActorId != 0 && !findActor(atlas.data(), step.focusActorId))
        return AtlasEditor::tr("There is no actor %1.").arg(step.focusActorId);
    return {};
}

QString problemWith(const Atlas &atlas, const Tour &tour)
{
    if (const QString problem = validateTour(tour); !problem.isEmpty())
        return problem;
    for (const TourStep &step : tour.steps) {
        if (const QString problem = problemWith(atlas, step); !problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace

bool AtlasEditor::mayWrite(QString *error)
{
    StoreEditCommand::settleFailedReplay(m_atlas);
    if (m_atlas->isReadOnly()) {
        *error = m_atlas->readOnlyReason();
        return false;
    }
    return true;
}

std::optional<ImportedIds> AtlasEditor::importBundle(const ImportBundle &bundle, const QString &fileName,
                                                     QString *error)
{
    if (!mayWrite(error))
        return std::nullopt;
    if (bundle.isEmpty()) {
        *error = tr("There is nothing to import.");
        return std::nullopt;
    }
    std::optional<ImportedIds> ids = m_atlas->store().importBundle(bundle, error);
    if (!ids)
        return std::nullopt;
    const QString text = fileName.isEmpty() ? tr("Import %1").arg(importSummary(bundle))
                                            : tr("Import %1 from “%2”").arg(importSummary(bundle), fileName);
    record(text, [bundle, ids = *ids](AtlasStore &store, QString *e) { return store.importBundleWithIds(bundle, ids, e); },
           [ids = *ids](AtlasStore &store, QString *e) { return store.removeImported(ids, e); });
    return ids;
}

QString AtlasEditor::importSummary(const ImportBundle &bundle)
{
    // Singular and plural spelled out, as in describeActorRemoval.
    QStringList parts;
    const auto add = [&parts](qsizetype count, const QString &one, const QString &many) {
        if (count > 0)
            parts << (count == 1 ? one : many).arg(count);
    };
    add(bundle.events.size(), tr("%1 event"), tr("%1 events"));
    add(bundle.actors.size(), tr("%1 actor"), tr("%1 actors"));
    add(bundle.actorNames.size(), tr("%1 other name"), tr("%1 other names"));
    add(bundle.relations.size(), tr("%1 relation"), tr("%1 relations"));
    add(bundle.eras.size(), tr("%1 era"), tr("%1 eras"));
    add(bundle.sources.size(), tr("%1 source"), tr("%1 sources"));
    add(bundle.citations.size(), tr("%1 citation"), tr("%1 citations"));
    if (parts.size() < 2)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return tr("%1 and %2").arg(parts.join(tr(", ")), last);
}

void AtlasEditor::record(const QString &text, StoreWrite forward, StoreWrite backward)
{
    m_atlas->undoStack()->push(new StoreEditCommand(m_atlas, text, std::move(forward), std::move(backward)));
    QString readError;
    if (!m_atlas->reload(&readError))
        Q_EMIT m_atlas->writeFailed(tr("The change was stored but could not be read back: %1").arg(readError));
}

template<typename Item, typename Dependents>
std::optional<ItemId> AtlasEditor::add(const ItemKind<Item, Dependents> &kind, const Item &item, QString *error)
{
    if (!mayWrite(error))
        return std::nullopt;
    if (const QString problem = problemWith(*m_atlas, item); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const std::optional<ItemId> id = kind.insert(m_atlas->store(), item, error);
    if (!id)
        return std::nullopt;
    // Read back, so that redo writes exactly what the file holds.
    Item added = item;
    added.id = *id;
    QString readError;
    if (std::optional<Item> stored = kind.read(m_atlas->store(), *id, &readError))
        added = std::move(*stored);
    const ItemId addedId = *id;
    record(tr("Add “%1”").arg(kind.name(*m_atlas, added)),
           [kind, added](AtlasStore &store, QString *e) { return kind.insertWithId(store, added, Dependents{}, e); },
           [kind, addedId](AtlasStore &store, QString *e) { return kind.remove(store, addedId, e); });
    return id;
}

template<typename Item, typename Dependents>
bool AtlasEditor::update(const ItemKind<Item, Dependents> &kind, const Item &item, QString *error)
{
    if (!mayWrite(error))
        return false;
    std::optional<Item> before = kind.read(m_atlas->store(), item.id, error);
    if (!before)
        return false;
    if (const QString problem = problemWith(*m_atlas, item); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!kind.update(m_atlas->store(), item, error))
        return false;
    Item after = item;
    QString readError;
    if (std::optional<Item> stored = kind.read(m_atlas->store(), item.id, &readError))
        after = std::move(*stored);
    record(tr("Edit “%1”").arg(kind.name(*m_atlas, after)),
           [kind, after](AtlasStore &store, QString *e) { return kind.update(store, after, e); },
           [kind, before = *before](AtlasStore &store, QString *e) { return kind.update(store, before, e); });
    return true;
}

template<typename Item, typename Dependents>
bool AtlasEditor::remove(const ItemKind<Item, Dependents> &kind, ItemId id, QString *error)
{
    if (!mayWrite(error))
        return false;
    std::optional<Item> before = kind.read(m_atlas->store(), id, error);
    if (!before)
        return false;
    std::optional<Dependents> dependents = kind.dependents(m_atlas->store(), id, error);
    // Named before the removal: a relation's name needs its actors.
    const QString text = tr("Delete “%1”").arg(kind.name(*m_atlas, *before));
    if (!dependents || !kind.remove(m_atlas->store(), id, error))
        return false;
    record(text, [kind, id](AtlasStore &store, QString *e) { return kind.remove(store, id, e); },
           [kind, before = *before, dependents = *dependents](AtlasStore &store, QString *e) {
               return kind.insertWithId(store, before, dependents, e);
           });
    return true;
}

std::optional<ItemId> AtlasEditor::addEvent(const Event &event, QString *error)
{
    return add(eventKind(), event, error);
}

bool AtlasEditor::updateEvent(const Event &event, QString *error)
{
    return update(eventKind(), event, error);
}

bool AtlasEditor::removeEvent(ItemId id, QString *error)
{
    return remove(eventKind(), id, error);
}

std::optional<ItemId> AtlasEditor::addActor(const Actor &actor, QString *error)
{
    return add(actorKind(), actor, error);
}

bool AtlasEditor::updateActor(const Actor &actor, QString *error)
{
    return update(actorKind(), actor, error);
}

bool AtlasEditor::removeActor(ItemId id, QString *error)
{
    return remove(actorKind(), id, error);
}

std::optional<ItemId> AtlasEditor::addRelation(const Relation &relation, QString *error)
{
    return add(relationKind(), relation, error);
}

bool AtlasEditor::updateRelation(const Relation &relation, QString *error)
{
    return update(relationKind(), relation, error);
}

bool AtlasEditor::removeRelation(ItemId id, QString *error)
{
    return remove(relationKind(), id, error);
}

std::optional<ItemId> AtlasEditor::addSource(const Source &source, QString *error)
{
    return add(sourceKind(), source, error);
}

bool AtlasEditor::updateSource(const Source &source, QString *error)
{
    return update(sourceKind(), source, error);
}

bool AtlasEditor::removeSource(ItemId id, QString *error)
{
    return remove(sourceKind(), id, error);
}

std::optional<ItemId> AtlasEditor::addCitation(const Citation &citation, QString *error)
{
    return add(citationKind(), citation, error);
}

bool AtlasEditor::removeCitation(ItemId id, QString *error)
{
    return remove(citationKind(), id, error);
}

std::optional<ItemId> AtlasEditor::addEra(const Era &era, QString *error)
{
    return add(eraKind(), era, error);
}

bool AtlasEditor::updateEra(const Era &era, QString *error)
{
    return update(eraKind(), era, error);
}

bool AtlasEditor::removeEra(ItemId id, QString *error)
{
    return remove(eraKind(), id, error);
}

std::optional<ItemId> AtlasEditor::addEventLink(const EventLink &link, QString *error)
{
    return add(eventLinkKind(), link, error);
}

bool AtlasEditor::removeEventLink(ItemId id, QString *error)
{
    return remove(eventLinkKind(), id, error);
}

std::optional<ItemId> AtlasEditor::addSeriesPoint(const SeriesPointEntry &point, QString *error)
{
    return add(seriesPointKind(), point, error);
}

bool AtlasEditor::updateSeriesPoint(const SeriesPointEntry &point, QString *error)
{
    return update(seriesPointKind(), point, error);
}

bool AtlasEditor::removeSeriesPoint(ItemId id, QString *error)
{
    return remove(seriesPointKind(), id, error);
}

std::optional<ItemId> AtlasEditor::addTour(const Tour &tour, QString *error)
{
    return add(tourKind(), tour, error);
}

bool AtlasEditor::updateTour(const Tour &tour, QString *error)
{
    return update(tourKind(), tour, error);
}

bool AtlasEditor::removeTour(ItemId id, QString *error)
{
    return remove(tourKind(), id, error);
}

bool AtlasEditor::changeTourSteps(ItemId tourId, const StepsChange &change, QString *error)
{
    if (!mayWrite(error))
        return false;
    std::optional<Tour> before = m_atlas->store().tour(tourId, error);
    if (!before)
        return false;
    QList<TourStep> steps = before->steps;
    QString text;
    if (const QString problem = change(steps, &text); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (sameSteps(steps, before->steps))
        return true;
    if (!m_atlas->store().setTourSteps(tourId, steps, error))
        return false;
    // Read back, so that redo writes the ids the file gave new steps.
    QString readError;
    if (std::optional<Tour> stored = m_atlas->store().tour(tourId, &readError))
        steps = std::move(stored->steps);
    record(text, [tourId, steps](AtlasStore &store, QString *e) { return store.setTourSteps(tourId, steps, e); },
           [tourId, old = before->steps](AtlasStore &store, QString *e) { return store.setTourSteps(tourId, old, e); });
    return true;
}

const Tour *AtlasEditor::tourOfStep(ItemId stepId, int *index) const
{
    for (const Tour &tour : m_atlas->data().tours) {
        for (qsizetype i = 0; i < tour.steps.size(); ++i) {
            if (tour.steps.at(i).id == stepId) {
                *index = int(i);
                return &tour;
            }
        }
    }
    return nullptr;
}

std::optional<ItemId> AtlasEditor::insertTourStep(ItemId tourId, int index, const TourStep &step, QString *error)
{
    const bool changed = changeTourSteps(
        tourId,
        [&](QList<TourStep> &steps, QString *text) {
            if (const QString problem = problemWith(*m_atlas, step); !problem.isEmpty())
                return problem;
            if (index < 0 || index > steps.size())
                return tr("A step can go at places 1 to %1, not %2.").arg(steps.size() + 1).arg(index + 1);
            TourStep added = step;
            added.id = 0;
            steps.insert(index, added);
            *text = tr("Add Step %1", "step number").arg(index + 1);
            return QString();
        },
        error);
    if (!changed)
        return std::nullopt;
    const Tour *tour = nullptr;
    for (const Tour &t : m_atlas->data().tours) {
        if (t.id == tourId)
            tour = &t;
    }
    if (!tour || index >= tour->steps.size()) {
        *error = tr("The new step could not be read back.");
        return std::nullopt;
    }
    return tour->steps.at(index).id;
}

bool AtlasEditor::updateTourStep(const TourStep &step, QString *error)
{
    int index = 0;
    const Tour *tour = tourOfStep(step.id, &index);
    if (!tour) {
        *error = tr("There is no tour step %1.").arg(step.id);
        return false;
    }
    return changeTourSteps(
        tour->id,
        [&](QList<TourStep> &steps, QString *text) {
            if (const QString problem = problemWith(*m_atlas, step); !problem.isEmpty())
                return problem;
            steps[index] = step;
            *text = tr("Edit Step %1", "step number").arg(index + 1);
            return QString();
        },
        error);
}

bool AtlasEditor::removeTourStep(ItemId stepId, QString *error)
{
    int index = 0;
    const Tour *tour = tourOfStep(stepId, &index);
    if (!tour) {
        *error = tr("There is no tour step %1.").arg(stepId);
        return false;
    }
    return changeTourSteps(
        tour->id,
        [&](QList<TourStep> &steps, QString *text) {
            steps.removeAt(index);
            *text = tr("Delete Step %1", "step number").arg(index + 1);
            return QString();
        },
        error);
}

bool AtlasEditor::moveTourStep(ItemId tourId, int from, int to, QString *error)
{
    return changeTourSteps(
        tourId,
        [&](QList<TourStep> &steps, QString *text) {
            const auto places = steps.size();
            if (from < 0 || from >= places || to < 0 || to >= places)
                return tr("The tour has steps 1 to %1; there is no moving step %2 to %3.")
                    .arg(places)
                    .arg(from + 1)
                    .arg(to + 1);
            steps.move(from, to);
            *text = tr("Move Step %1 to %2").arg(from + 1).arg(to + 1);
            return QString();
        },
        error);
}

QString AtlasEditor::eventLinkKindName(EventLinkKind kind)
{
    switch (kind) {
    case EventLinkKind::Causes:
        return tr("causes");
    case EventLinkKind::LeadsTo:
        return tr("leads to");
    case EventLinkKind::RespondsTo:
        return tr("responds to");
    }
    return {};
}

QString AtlasEditor::eventLinkName(const AtlasData &data, const EventLink &link)
{
    const Event *from = findEvent(data, link.fromEventId);
    const Event *to = findEvent(data, link.toEventId);
    return tr("%1 %2 %3", "event, link kind, event")
        .arg(from ? from->title : QString::number(link.fromEventId), eventLinkKindName(link.kind),
             to ? to->title : QString::number(link.toEventId));
}

QString AtlasEditor::describeSourceRemoval(const Source &source, qsizetype citations)
{
    // Singular and plural spelled out, as in describeActorRemoval.
    if (citations == 0)
        return tr("Delete “%1”? Nothing cites it.").arg(source.title);
    const QString count = citations == 1 ? tr("Its 1 citation goes with it.")
                                         : tr("Its %1 citations go with it.").arg(citations);
    return tr("Delete “%1”? %2 Undo brings it all back.").arg(source.title, count);
}

QString AtlasEditor::whyUnwritable(const Atlas *atlas)
{
    if (!atlas)
        return tr("No atlas is open.");
    return atlas->isReadOnly() ? atlas->readOnlyReason() : QString();
}

QString AtlasEditor::relationName(const AtlasData &data, const Relation &relation)
{
    if (!relation.label.trimmed().isEmpty())
        return relation.label;
    const Actor *source = findActor(data, relation.sourceId);
    const Actor *target = findActor(data, relation.targetId);
    return tr("%1 between %2 and %3", "relation kind, actor, actor")
        .arg(relationKindName(relation.kind), source ? source->name : QString::number(relation.sourceId),
             target ? target->name : QString::number(relation.targetId));
}

QString AtlasEditor::describeActorRemoval(const Actor &actor, const ActorDependents &dependents)
{
    // No translation is loaded for English, so "%n relation(s)" would show
    // as written: the singular and the plural are spelled out.
    const auto counted = [](qsizetype count, const QString &one, const QString &many) {
        return (count == 1 ? one : many).arg(count);
    };
    QStringList parts;
    if (!dependents.relations.isEmpty())
        parts << counted(dependents.relations.size(), tr("%1 relation"), tr("%1 relations"));
    if (!dependents.parts.isEmpty())
        parts << counted(dependents.parts.size(), tr("its part in %1 event"), tr("its part in %1 events"));
    if (!dependents.names.isEmpty())
        parts << counted(dependents.names.size(), tr("%1 other name"), tr("%1 other names"));
    if (!dependents.citations.isEmpty())
        parts << counted(dependents.citations.size(), tr("%1 citation"), tr("%1 citations"));
    QString text;
    if (parts.isEmpty()) {
        text = tr("Delete “%1”?").arg(actor.name);
    } else {
        const QString last = parts.takeLast();
        const QString list = parts.isEmpty() ? last : tr("%1 and %2", "list, last item").arg(parts.join(tr(", ")), last);
        text = tr("Deleting “%1” also removes %2.").arg(actor.name, list);
    }
    const qsizetype following = dependents.seriesFollowing.size() + dependents.tourStepsFocusing.size();
    if (following > 0)
        text += QLatin1Char(' ')
            + counted(following, tr("%1 series or tour step will no longer follow it."),
                      tr("%1 series or tour steps will no longer follow it."));
    return text + QLatin1Char(' ') + tr("Undo brings all of it back.");
}

} // namespace Annals
