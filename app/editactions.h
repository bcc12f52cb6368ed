// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace Annals {

class ActorEditor;
class CitationsDialog;
class AtlasEditor;
class Atlas;
class EraEditor;
class EventActions;
class EventLinksDialog;
class ItemListDialog;
class RelationEditor;
class SeriesPointEditor;
class SourceEditor;
class ViewState;

// New, Edit and Delete for actors and relations, New Source and New Era,
// Manage Sources… and Manage Eras… (lists to find, edit and delete in), an
// event's Linked Events… and a series' Values…, from the Edit menu: opens
// the form, hands what it returns to AtlasEditor (one transaction, one undo
// step), selects what was made and says in one line what happened
// (`message`) or why not (`failed`), as EventActions does for
// events. Deleting an actor or a source first asks, saying what goes with it.
//
// Insert, F2 and Delete belong to EventActions, except while the keyboard
// focus is in one of the widgets given to setGraphWidgets (the graph, the
// actor panel): there they make an actor, and edit or delete the selected
// relation or, when none is selected, the selected actor.
//
// Disabled, with the reason in the tooltip, while no atlas is open, it is
// read-only or nothing fitting is selected.
class EditActions : public QObject
{
    Q_OBJECT
public:
    EditActions(ViewState *state, QWidget *dialogParent);

    void setAtlas(Atlas *atlas);
    // Where Insert, F2 and Delete act on actors and relations; `events` gives
    // its keys up while the focus is there.
    void setGraphWidgets(const QList<QWidget *> &widgets, EventActions *events);

    QAction *newActorAction() const { return m_newActor; }
    QAction *editActorAction() const { return m_editActor; }
    QAction *deleteActorAction() const { return m_deleteActor; }
    QAction *newRelationAction() const { return m_newRelation; }
    QAction *editRelationAction() const { return m_editRelation; }
    QAction *deleteRelationAction() const { return m_deleteRelation; }
    QAction *newSourceAction() const { return m_newSource; }
    QAction *citationsAction() const { return m_citations; }
    QAction *manageSourcesAction() const { return m_manageSources; }
    QAction *newEraAction() const { return m_newEra; }
    QAction *manageErasAction() const { return m_manageEras; }
    QAction *eventLinksAction() const { return m_eventLinks; }
    QAction *seriesValuesAction() const { return m_seriesValues; }
    // In menu order.
    QList<QAction *> actions() const;

    // Each opens its form (modal to the window) and returns it, so that tests
    // can fill it in; it applies itself when accepted and deletes itself when
    // closed. Null when the action is disabled or the item unknown.
    ActorEditor *newActor();
    ActorEditor *editActor(ItemId id);
    bool deleteActor(ItemId id);
    // A new relation with its two actors filled in (either may be 0), as a
    // gesture on the graph asks for.
    RelationEditor *openNewRelation(ItemId sourceActor, ItemId targetActor);
    RelationEditor *editRelation(ItemId id);
    bool deleteRelation(ItemId id);
    SourceEditor *newSource();
    SourceEditor *editSource(ItemId id);
    bool deleteSource(ItemId id);
    // The sources an item cites, to add and remove citations: `itemKind` is
    // "event", "actor" or "relation". citationsAction opens it for the
    // selected relation or actor while the graph has focus, else for the
    // selected event (or, with none, the actor or relation).
    CitationsDialog *openCitations(const QString &itemKind, ItemId id);
    // The atlas's sources, filtered, with New…, Edit… and Delete.
    ItemListDialog *openSources();

    EraEditor *newEra();
    EraEditor *editEra(ItemId id);
    // Takes the era's citations with it; Undo brings them back.
    bool deleteEra(ItemId id);
    // The atlas's eras, as openSources lists the sources.
    ItemListDialog *openEras();

    // The links between the event and others (eventLinksAction: the selected event).
    EventLinksDialog *openEventLinks(ItemId eventId);

    // The values of a series (seriesValuesAction: the first, or the one
    // chosen in the dialog), by date, with New…, Edit… and Delete.
    ItemListDialog *openSeriesValues(ItemId seriesId);
    SeriesPointEditor *newSeriesPoint(ItemId seriesId);
    SeriesPointEditor *editSeriesPoint(ItemId id);
    bool deleteSeriesPoint(ItemId id);

    // Asks before an actor or a source is deleted; true goes ahead. A message box unless
    // replaced (tests answer without a dialog).
    using Confirmation = std::function<bool(const QString &question)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

Q_SIGNALS:
    void message(const QString &text);
    void failed(const QString &reason);

private:
    void updateActions();
    void routeKeys();
    bool focusInGraph() const;
    // Runs one change through AtlasEditor; says why through `failed` when it is refused.
    bool write(const std::function<bool(AtlasEditor &, QString *)> &change);
    template<typename Editor, typename Apply>
    Editor *open(Editor *editor, Apply apply);
    const Actor *findActor(ItemId id) const;
    const Relation *findRelation(ItemId id) const;
    const Source *findSource(ItemId id) const;
    const Era *findEra(ItemId id) const;
    // The value of `id` and, in `series`, the series it belongs to.
    const SeriesPoint *findSeriesPoint(ItemId id, const Series **series) const;
    // Opens a list dialog (modal to the window) that says why through `failed`.
    ItemListDialog *openList(ItemListDialog *dialog);
    // What citationsAction acts on: a kind and an id, or an empty kind.
    std::pair<QString, ItemId> citable() const;

    QPointer<ViewState> m_state;
    QWidget *m_dialogParent;
    QPointer<Atlas> m_atlas;
    QList<QPointer<QWidget>> m_graphWidgets;
    QPointer<EventActions> m_events;
    Confirmation m_confirm;
    QAction *m_newActor;
    QAction *m_editActor;
    QAction *m_deleteActor;
    QAction *m_newRelation;
    QAction *m_editRelation;
    QAction *m_deleteRelation;
    QAction *m_newSource;
    QAction *m_citations;
    QAction *m_manageSources;
    QAction *m_newEra;
    QAction *m_manageEras;
    QAction *m_eventLinks;
    QAction *m_seriesValues;
};

} // namespace Annals
