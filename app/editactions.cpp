// SPDX-License-Identifier: GPL-3.0-or-later
#include "editactions.h"

#include "actoreditor.h"
#include "atlas.h"
#include "atlaseditor.h"
#include "citationsdialog.h"
#include "eraeditor.h"
#include "eventactions.h"
#include "eventlinksdialog.h"
#include "itemlistdialog.h"
#include "relationeditor.h"
#include "seriespointeditor.h"
#include "sourceeditor.h"
#include "viewstate.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QWidget>

#include <algorithm>

namespace Annals {

namespace {

template<typename Item>
const Item *findIn(const QList<Item> &items, ItemId id)
{
    if (id == 0)
        return nullptr;
    const auto found = std::find_if(items.cbegin(), items.cend(), [id](const Item &item) { return item.id == id; });
    return found != items.cend() ? &*found : nullptr;
}

} // namespace

EditActions::EditActions(ViewState *state, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_state(state)
    , m_dialogParent(dialogParent)
    , m_newActor(new QAction(tr("New &Actor…"), this))
    , m_editActor(new QAction(tr("Edit A&ctor…"), this))
    , m_deleteActor(new QAction(tr("Delete Ac&tor"), this))
    , m_newRelation(new QAction(tr("New Relat&ion…"), this))
    , m_editRelation(new QAction(tr("Edit Re&lation…"), this))
    , m_deleteRelation(new QAction(tr("Delete Relati&on"), this))
    , m_newSource(new QAction(tr("New &Source…"), this))
    , m_citations(new QAction(tr("Sources Cite&d…"), this))
    , m_manageSources(new QAction(tr("&Manage Sources…"), this))
    , m_newEra(new QAction(tr("Ne&w Era…"), this))
    , m_manageEras(new QAction(tr("Mana&ge Eras…"), this))
    , m_eventLinks(new QAction(tr("Lin&ked Events…"), this))
    , m_seriesValues(new QAction(tr("Num&ber Series Values…"), this))
{
    m_manageSources->setStatusTip(tr("The atlas's sources: find, add, change or delete them"));
    m_newEra->setStatusTip(tr("Add a named period shown as a band on the timeline"));
    m_manageEras->setStatusTip(tr("The atlas's eras: find, add, change or delete them"));
    m_eventLinks->setStatusTip(tr("What the selected event causes, leads to or responds to: add or remove links"));
    m_seriesValues->setStatusTip(tr("The values of a series: add, change or delete them"));
    m_manageSources->setObjectName(QStringLiteral("manageSourcesAction"));
    m_newEra->setObjectName(QStringLiteral("newEraAction"));
    m_manageEras->setObjectName(QStringLiteral("manageErasAction"));
    m_eventLinks->setObjectName(QStringLiteral("eventLinksAction"));
    m_seriesValues->setObjectName(QStringLiteral("seriesValuesAction"));
    connect(m_manageSources, &QAction::triggered, this, [this] { openSources(); });
    connect(m_newEra, &QAction::triggered, this, [this] { newEra(); });
    connect(m_manageEras, &QAction::triggered, this, [this] { openEras(); });
    connect(m_eventLinks, &QAction::triggered, this, [this] {
        if (m_state)
            openEventLinks(m_state->selectedEvent());
    });
    connect(m_seriesValues, &QAction::triggered, this, [this] {
        if (m_atlas && !m_atlas->data().series.isEmpty())
            openSeriesValues(m_atlas->data().series.constFirst().id);
    });
    m_citations->setStatusTip(tr("The sources the selected item cites: add or remove citations"));
    m_citations->setObjectName(QStringLiteral("citationsAction"));
    connect(m_citations, &QAction::triggered, this, [this] {
        const auto [kind, id] = citable();
        if (!kind.isEmpty())
            openCitations(kind, id);
    });
    m_newActor->setStatusTip(tr("Add a person, state, organisation or group"));
    m_editActor->setStatusTip(tr("Change the selected actor"));
    m_deleteActor->setStatusTip(tr("Delete the selected actor with its relations (Undo brings them back)"));
    m_newRelation->setStatusTip(tr("Add a relation between two actors"));
    m_editRelation->setStatusTip(tr("Change the selected relation"));
    m_deleteRelation->setStatusTip(tr("Delete the selected relation (Undo brings it back)"));
    m_newSource->setStatusTip(tr("Add a book, article or web page to cite"));
    m_newActor->setObjectName(QStringLiteral("newActorAction"));
    m_editActor->setObjectName(QStringLiteral("editActorAction"));
    m_deleteActor->setObjectName(QStringLiteral("deleteActorAction"));
    m_newRelation->setObjectName(QStringLiteral("newRelationAction"));
    m_editRelation->setObjectName(QStringLiteral("editRelationAction"));
    m_deleteRelation->setObjectName(QStringLiteral("deleteRelationAction"));
    m_newSource->setObjectName(QStringLiteral("newSourceAction"));

    connect(m_newActor, &QAction::triggered, this, [this] { newActor(); });
    connect(m_editActor, &QAction::triggered, this, [this] {
        if (m_state)
            editActor(m_state->selectedActor());
    });
    connect(m_deleteActor, &QAction::triggered, this, [this] {
        if (m_state)
            deleteActor(m_state->selectedActor());
    });
    connect(m_newRelation, &QAction::triggered, this, [this] {
        openNewRelation(m_state ? m_state->selectedActor() : 0, 0);
    });
    connect(m_editRelation, &QAction::triggered, this, [this] {
        if (m_state)
            editRelation(m_state->selectedRelation());
    });
    connect(m_deleteRelation, &QAction::triggered, this, [this] {
        if (m_state)
            deleteRelation(m_state->selectedRelation());
    });
    connect(m_newSource, &QAction::triggered, this, [this] { newSource(); });

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(m_dialogParent, tr("Delete"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    if (m_state) {
        connect(m_state, &ViewState::selectedActorChanged, this, &EditActions::updateActions);
        connect(m_state, &ViewState::selectedRelationChanged, this, &EditActions::updateActions);
        connect(m_state, &ViewState::selectedEventChanged, this, &EditActions::updateActions);
    }
    connect(qApp, &QApplication::focusChanged, this, &EditActions::routeKeys);
    updateActions();
}

QList<QAction *> EditActions::actions() const
{
    return {m_newActor,      m_editActor,      m_deleteActor, m_newRelation,  m_editRelation,
            m_deleteRelation, m_newSource,     m_manageSources, m_citations, m_newEra,
            m_manageEras,    m_eventLinks,     m_seriesValues};
}

void EditActions::setAtlas(Atlas *atlas)
{
    if (m_atlas)
        disconnect(m_atlas, nullptr, this, nullptr);
    m_atlas = atlas;
    if (m_atlas) {
        connect(m_atlas, &Atlas::writeFailed, this, &EditActions::failed);
        connect(m_atlas, &Atlas::dataChanged, this, &EditActions::updateActions);
    }
    updateActions();
}

void EditActions::setGraphWidgets(const QList<QWidget *> &widgets, EventActions *events)
{
    m_graphWidgets.clear();
    for (QWidget *widget : widgets)
        m_graphWidgets << widget;
    m_events = events;
    routeKeys();
}

const Actor *EditActions::findActor(ItemId id) const
{
    return m_atlas ? findIn(m_atlas->data().actors, id) : nullptr;
}

const Relation *EditActions::findRelation(ItemId id) const
{
    return m_atlas ? findIn(m_atlas->data().relations, id) : nullptr;
}

const Source *EditActions::findSource(ItemId id) const
{
    return m_atlas ? findIn(m_atlas->data().sources, id) : nullptr;
}

const Era *EditActions::findEra(ItemId id) const
{
    return m_atlas ? findIn(m_atlas->data().eras, id) : nullptr;
}

const SeriesPoint *EditActions::findSeriesPoint(ItemId id, const Series **series) const
{
    if (!m_atlas)
        return nullptr;
    for (const Series &candidate : m_atlas->data().series) {
        if (const SeriesPoint *point = findIn(candidate.points, id)) {
            *series = &candidate;
            return point;
        }
    }
    return nullptr;
}

void EditActions::updateActions()
{
    const QString reason = AtlasEditor::whyUnwritable(m_atlas);
    const bool writable = reason.isEmpty();
    const bool actorSelected = m_state && findActor(m_state->selectedActor());
    const bool relationSelected = m_state && findRelation(m_state->selectedRelation());
    const bool twoActors = m_atlas && m_atlas->data().actors.size() >= 2;
    m_newActor->setEnabled(writable);
    m_editActor->setEnabled(writable && actorSelected);
    m_deleteActor->setEnabled(writable && actorSelected);
    m_newRelation->setEnabled(writable && twoActors);
    m_editRelation->setEnabled(writable && relationSelected);
    m_deleteRelation->setEnabled(writable && relationSelected);
    m_newSource->setEnabled(writable);
    m_citations->setEnabled(writable && !citable().first.isEmpty());
    m_manageSources->setEnabled(writable);
    m_newEra->setEnabled(writable);
    m_manageEras->setEnabled(writable);
    const bool eventSelected = m_state && m_atlas && findIn(m_atlas->data().events, m_state->selectedEvent());
    m_eventLinks->setEnabled(writable && eventSelected);
    const bool hasSeries = m_atlas && !m_atlas->data().series.isEmpty();
    m_seriesValues->setEnabled(writable && hasSeries);
    for (QAction *action : actions()) {
        QString tip = writable ? action->statusTip() : reason;
        if (writable && action == m_newRelation && !twoActors)
            tip = tr("A relation needs two actors; add them first.");
        if (writable && action == m_citations && !m_citations->isEnabled())
            tip = tr("Select an event, actor or relation first.");
        if (writable && action == m_eventLinks && !eventSelected)
            tip = tr("Select an event first.");
        if (writable && action == m_seriesValues && !hasSeries)
            tip = tr("The atlas has no series.");
        action->setToolTip(tip);
    }
    routeKeys();
}

std::pair<QString, ItemId> EditActions::citable() const
{
    if (!m_state || !m_atlas)
        return {};
    const ItemId relation = findRelation(m_state->selectedRelation()) ? m_state->selectedRelation() : 0;
    const ItemId actor = findActor(m_state->selectedActor()) ? m_state->selectedActor() : 0;
    const ItemId event = findIn(m_atlas->data().events, m_state->selectedEvent()) ? m_state->selectedEvent() : 0;
    const std::pair<QString, ItemId> graphFirst[] = {
        {QStringLiteral("relation"), relation}, {QStringLiteral("actor"), actor}, {QStringLiteral("event"), event}};
    const std::pair<QString, ItemId> eventFirst[] = {
        {QStringLiteral("event"), event}, {QStringLiteral("actor"), actor}, {QStringLiteral("relation"), relation}};
    for (const auto &candidate : focusInGraph() ? graphFirst : eventFirst) {
        if (candidate.second != 0)
            return candidate;
    }
    return {};
}

bool EditActions::focusInGraph() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return false;
    return std::any_of(m_graphWidgets.cbegin(), m_graphWidgets.cend(), [focus](const QPointer<QWidget> &widget) {
        return widget && (widget == focus || widget->isAncestorOf(focus));
    });
}

void EditActions::routeKeys()
{
    const bool graph = focusInGraph();
    const bool relation = m_state && findRelation(m_state->selectedRelation());
    // One action holds each key at a time: two would make it ambiguous and neither would fire.
    const QKeySequence insert(Qt::Key_Insert);
    const QKeySequence edit(Qt::Key_F2);
    const QKeySequence remove(QKeySequence::Delete);
    m_newActor->setShortcut(graph ? insert : QKeySequence());
    m_editActor->setShortcut(graph && !relation ? edit : QKeySequence());
    m_deleteActor->setShortcut(graph && !relation ? remove : QKeySequence());
    m_editRelation->setShortcut(graph && relation ? edit : QKeySequence());
    m_deleteRelation->setShortcut(graph && relation ? remove : QKeySequence());
    if (m_events) {
        m_events->newAction()->setShortcut(graph ? QKeySequence() : insert);
        m_events->editAction()->setShortcut(graph ? QKeySequence() : edit);
        m_events->deleteAction()->setShortcut(graph ? QKeySequence() : remove);
    }
}

bool EditActions::write(const std::function<bool(AtlasEditor &, QString *)> &change)
{
    if (!m_atlas)
        return false;
    AtlasEditor editor(m_atlas);
    QString error;
    if (change(editor, &error))
        return true;
    Q_EMIT failed(error);
    return false;
}

template<typename Editor, typename Apply>
Editor *EditActions::open(Editor *editor, Apply apply)
{
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &QDialog::accepted, this, [this, editor, apply] {
        write([editor, apply](AtlasEditor &atlasEditor, QString *error) { return apply(atlasEditor, editor, error); });
    });
    editor->open();
    return editor;
}

ActorEditor *EditActions::newActor()
{
    if (!m_newActor->isEnabled())
        return nullptr;
    return open(new ActorEditor(Actor{}, m_dialogParent), [this](AtlasEditor &atlas, ActorEditor *form, QString *error) {
        const Actor actor = form->actor();
        const std::optional<ItemId> id = atlas.addActor(actor, error);
        if (!id)
            return false;
        if (m_state)
            m_state->setSelectedActor(*id);
        Q_EMIT message(tr("Added “%1”.").arg(actor.name));
        return true;
    });
}

ActorEditor *EditActions::editActor(ItemId id)
{
    const Actor *actor = findActor(id);
    if (!actor || !m_editActor->isEnabled())
        return nullptr;
    return open(new ActorEditor(*actor, m_dialogParent), [this](AtlasEditor &atlas, ActorEditor *form, QString *error) {
        const Actor edited = form->actor();
        if (!atlas.updateActor(edited, error))
            return false;
        Q_EMIT message(tr("Changed “%1”.").arg(edited.name));
        return true;
    });
}

bool EditActions::deleteActor(ItemId id)
{
    const Actor *found = findActor(id);
    if (!found || !m_deleteActor->isEnabled())
        return false;
    const Actor actor = *found;
    QString error;
    const std::optional<ActorDependents> dependents = m_atlas->store().actorDependentsOf(id, &error);
    if (!dependents) {
        Q_EMIT failed(error);
        return false;
    }
    if (!m_confirm(AtlasEditor::describeActorRemoval(actor, *dependents)))
        return false;
    if (!write([id](AtlasEditor &editor, QString *e) { return editor.removeActor(id, e); }))
        return false;
    if (m_state && m_state->selectedActor() == id)
        m_state->setSelectedActor(0);
    if (m_state && m_state->selectedRelation() != 0 && !findRelation(m_state->selectedRelation()))
        m_state->setSelectedRelation(0);
    Q_EMIT message(tr("Deleted “%1” — Ctrl+Z brings it back.").arg(actor.name));
    return true;
}

RelationEditor *EditActions::openNewRelation(ItemId sourceActor, ItemId targetActor)
{
    // A line drawn on a graph that cannot be written says why nothing opens.
    if (!m_newRelation->isEnabled()) {
        Q_EMIT message(m_newRelation->toolTip());
        return nullptr;
    }
    Relation relation;
    relation.sourceId = findActor(sourceActor) ? sourceActor : 0;
    relation.targetId = findActor(targetActor) ? targetActor : 0;
    relation.when.start = HistoricalDate(m_state ? m_state->cursor() : 0, Precision::Year);
    return open(new RelationEditor(m_atlas->data(), relation, m_dialogParent),
                [this](AtlasEditor &atlas, RelationEditor *form, QString *error) {
                    const Relation made = form->relation();
                    const std::optional<ItemId> id = atlas.addRelation(made, error);
                    if (!id)
                        return false;
                    if (m_state)
                        m_state->setSelectedRelation(*id);
                    Q_EMIT message(tr("Added “%1”.").arg(AtlasEditor::relationName(m_atlas->data(), made)));
                    return true;
                });
}

RelationEditor *EditActions::editRelation(ItemId id)
{
    const Relation *relation = findRelation(id);
    if (!relation || !m_editRelation->isEnabled())
        return nullptr;
    return open(new RelationEditor(m_atlas->data(), *relation, m_dialogParent),
                [this](AtlasEditor &atlas, RelationEditor *form, QString *error) {
                    const Relation edited = form->relation();
                    if (!atlas.updateRelation(edited, error))
                        return false;
                    Q_EMIT message(tr("Changed “%1”.").arg(AtlasEditor::relationName(m_atlas->data(), edited)));
                    return true;
                });
}

bool EditActions::deleteRelation(ItemId id)
{
    const Relation *relation = findRelation(id);
    if (!relation || !m_deleteRelation->isEnabled())
        return false;
    const QString name = AtlasEditor::relationName(m_atlas->data(), *relation);
    if (!write([id](AtlasEditor &editor, QString *e) { return editor.removeRelation(id, e); }))
        return false;
    if (m_state && m_state->selectedRelation() == id)
        m_state->setSelectedRelation(0);
    Q_EMIT message(tr("Deleted “%1” — Ctrl+Z brings it back.").arg(name));
    return true;
}

SourceEditor *EditActions::newSource()
{
    if (!m_newSource->isEnabled())
        return nullptr;
    return open(new SourceEditor(Source{}, m_dialogParent),
                [this](AtlasEditor &atlas, SourceEditor *form, QString *error) {
                    const Source source = form->source();
                    if (!atlas.addSource(source, error))
                        return false;
                    Q_EMIT message(tr("Added “%1”.").arg(source.title));
                    return true;
                });
}

SourceEditor *EditActions::editSource(ItemId id)
{
    const Source *source = findSource(id);
    if (!source || !m_newSource->isEnabled())
        return nullptr;
    return open(new SourceEditor(*source, m_dialogParent),
                [this](AtlasEditor &atlas, SourceEditor *form, QString *error) {
                    const Source edited = form->source();
                    if (!atlas.updateSource(edited, error))
                        return false;
                    Q_EMIT message(tr("Changed “%1”.").arg(edited.title));
                    return true;
                });
}

CitationsDialog *EditActions::openCitations(const QString &itemKind, ItemId id)
{
    if (!m_atlas || m_atlas->isReadOnly())
        return nullptr;
    QString name;
    if (itemKind == QLatin1String("event")) {
        if (const Event *event = findIn(m_atlas->data().events, id))
            name = event->title;
    } else if (itemKind == QLatin1String("actor")) {
        if (const Actor *actor = findActor(id))
            name = actor->name;
    } else if (itemKind == QLatin1String("relation")) {
        if (const Relation *relation = findRelation(id))
            name = AtlasEditor::relationName(m_atlas->data(), *relation);
    }
    if (name.isEmpty())
        return nullptr;
    auto *dialog = new CitationsDialog(m_atlas, itemKind, id, name, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &CitationsDialog::failed, this, &EditActions::failed);
    dialog->open();
    return dialog;
}

bool EditActions::deleteSource(ItemId id)
{
    const Source *found = findSource(id);
    if (!found || !m_newSource->isEnabled())
        return false;
    const Source source = *found;
    QString error;
    const std::optional<QList<Citation>> citations = m_atlas->store().citationsOfSource(id, &error);
    if (!citations) {
        Q_EMIT failed(error);
        return false;
    }
    if (!m_confirm(AtlasEditor::describeSourceRemoval(source, citations->size())))
        return false;
    if (!write([id](AtlasEditor &editor, QString *e) { return editor.removeSource(id, e); }))
        return false;
    Q_EMIT message(tr("Deleted “%1” and its citations — Ctrl+Z brings them back.").arg(source.title));
    return true;
}

ItemListDialog *EditActions::openList(ItemListDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

ItemListDialog *EditActions::openSources()
{
    if (!m_manageSources->isEnabled())
        return nullptr;
    ItemListDialog::Texts texts{tr("Sources"), tr("Sources"), tr("Add a source (book, article, web page)"),
                                tr("Change the selected source"),
                                tr("Delete the selected source with its citations (Undo brings them back)")};
    ItemListDialog::Callbacks callbacks{
        [](const AtlasData &data) {
            QHash<ItemId, int> cited;
            for (const Citation &citation : data.citations)
                ++cited[citation.sourceId];
            QList<ItemListDialog::Row> rows;
            for (const Source &source : data.sources)
                rows.append({source.id, {source.title, source.author, QString::number(cited.value(source.id))}});
            return rows;
        },
        [this] { newSource(); },
        [this](ItemId id) { editSource(id); },
        [this](ItemId id) { deleteSource(id); },
    };
    auto *dialog = new ItemListDialog(m_atlas, {tr("Title"), tr("Author"), tr("Citations")}, texts,
                                      std::move(callbacks), m_dialogParent);
    dialog->setObjectName(QStringLiteral("sourcesDialog"));
    return openList(dialog);
}

EraEditor *EditActions::newEra()
{
    if (!m_newEra->isEnabled())
        return nullptr;
    Era era;
    // A start where the user is looking, so that only the end must be typed.
    era.when.start = HistoricalDate(m_state ? m_state->cursor() : 0, Precision::Year);
    return open(new EraEditor(era, m_dialogParent), [this](AtlasEditor &atlas, EraEditor *form, QString *error) {
        const Era made = form->era();
        if (!atlas.addEra(made, error))
            return false;
        Q_EMIT message(tr("Added “%1”.").arg(made.title));
        return true;
    });
}

EraEditor *EditActions::editEra(ItemId id)
{
    const Era *era = findEra(id);
    if (!era || !m_newEra->isEnabled())
        return nullptr;
    return open(new EraEditor(*era, m_dialogParent), [this](AtlasEditor &atlas, EraEditor *form, QString *error) {
        const Era edited = form->era();
        if (!atlas.updateEra(edited, error))
            return false;
        Q_EMIT message(tr("Changed “%1”.").arg(edited.title));
        return true;
    });
}

bool EditActions::deleteEra(ItemId id)
{
    const Era *era = findEra(id);
    if (!era || !m_newEra->isEnabled())
        return false;
    const QString title = era->title;
    if (!write([id](AtlasEditor &editor, QString *e) { return editor.removeEra(id, e); }))
        return false;
    Q_EMIT message(tr("Deleted “%1” — Ctrl+Z brings it back.").arg(title));
    return true;
}

ItemListDialog *EditActions::openEras()
{
    if (!m_manageEras->isEnabled())
        return nullptr;
    ItemListDialog::Texts texts{tr("Eras"), tr("Eras"), tr("Add an era"), tr("Change the selected era"),
                                tr("Delete the selected era with its citations (Undo brings them back)")};
    ItemListDialog::Callbacks callbacks{
        [](const AtlasData &data) {
            QList<ItemListDialog::Row> rows;
            for (const Era &era : data.eras)
                rows.append({era.id, {era.title, era.when.start.toDisplayString(), era.when.end.toDisplayString()}});
            return rows;
        },
        [this] { newEra(); },
        [this](ItemId id) { editEra(id); },
        [this](ItemId id) { deleteEra(id); },
    };
    // By start, as the timeline shows them.
    texts.sortable = false;
    auto *dialog = new ItemListDialog(m_atlas, {tr("Title"), tr("Start"), tr("End")}, texts, std::move(callbacks),
                                      m_dialogParent);
    dialog->setObjectName(QStringLiteral("erasDialog"));
    return openList(dialog);
}

EventLinksDialog *EditActions::openEventLinks(ItemId eventId)
{
    const Event *event = m_atlas ? findIn(m_atlas->data().events, eventId) : nullptr;
    if (!event || !m_eventLinks->isEnabled())
        return nullptr;
    auto *dialog = new EventLinksDialog(m_atlas, eventId, event->title, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &EventLinksDialog::failed, this, &EditActions::failed);
    dialog->open();
    return dialog;
}

ItemListDialog *EditActions::openSeriesValues(ItemId seriesId)
{
    if (!m_seriesValues->isEnabled() || !findIn(m_atlas->data().series, seriesId))
        return nullptr;
    auto *chooser = new QComboBox;
    chooser->setObjectName(QStringLiteral("series"));
    chooser->setAccessibleName(tr("Series"));
    for (const Series &series : m_atlas->data().series)
        chooser->addItem(series.unit.isEmpty() ? series.name : tr("%1 (%2)", "series, unit").arg(series.name, series.unit),
                         series.id);
    chooser->setCurrentIndex(chooser->findData(seriesId));
    const QPointer<QComboBox> chosen(chooser);
    ItemListDialog::Texts texts{tr("Series Values"), tr("Values"), tr("Add a value to the series"),
                                tr("Change the selected value"),
                                tr("Delete the selected value with its citations (Undo brings it back)")};
    texts.sortable = false; // by date, as stored
    const auto current = [chosen] { return chosen ? chosen->currentData().toLongLong() : ItemId(0); };
    ItemListDialog::Callbacks callbacks{
        [current](const AtlasData &data) {
            QList<ItemListDialog::Row> rows;
            const ItemId id = current();
            const auto series = std::find_if(data.series.cbegin(), data.series.cend(),
                                             [id](const Series &s) { return s.id == id; });
            if (series == data.series.cend())
                return rows;
            const auto number = &SeriesPointEditor::numberText;
            for (const SeriesPoint &point : series->points)
                rows.append({point.id,
                             {point.time.toDisplayString(), number(point.value), number(point.low), number(point.high),
                              point.note}});
            return rows;
        },
        [this, current] { newSeriesPoint(current()); },
        [this](ItemId id) { editSeriesPoint(id); },
        [this](ItemId id) { deleteSeriesPoint(id); },
    };
    auto *dialog = new ItemListDialog(m_atlas, {tr("Date"), tr("Value"), tr("Low"), tr("High"), tr("Note")}, texts,
                                      std::move(callbacks), m_dialogParent);
    dialog->setObjectName(QStringLiteral("seriesValuesDialog"));
    dialog->addScopeWidget(tr("&Series:"), chooser);
    connect(chooser, &QComboBox::currentIndexChanged, dialog, &ItemListDialog::refresh);
    dialog->refresh();
    return openList(dialog);
}

SeriesPointEditor *EditActions::newSeriesPoint(ItemId seriesId)
{
    const Series *series = m_atlas ? findIn(m_atlas->data().series, seriesId) : nullptr;
    if (!series || !m_seriesValues->isEnabled())
        return nullptr;
    SeriesPointEntry point;
    point.seriesId = seriesId;
    return open(new SeriesPointEditor(point, series->name, series->unit, m_dialogParent),
                [this](AtlasEditor &atlas, SeriesPointEditor *form, QString *error) {
                    if (!atlas.addSeriesPoint(form->point(), error))
                        return false;
                    Q_EMIT message(tr("Added a value for %1.").arg(form->point().time.toDisplayString()));
                    return true;
                });
}

SeriesPointEditor *EditActions::editSeriesPoint(ItemId id)
{
    const Series *series = nullptr;
    const SeriesPoint *found = findSeriesPoint(id, &series);
    if (!found || !m_seriesValues->isEnabled())
        return nullptr;
    SeriesPointEntry point;
    static_cast<SeriesPoint &>(point) = *found;
    point.seriesId = series->id;
    return open(new SeriesPointEditor(point, series->name, series->unit, m_dialogParent),
                [this](AtlasEditor &atlas, SeriesPointEditor *form, QString *error) {
                    if (!atlas.updateSeriesPoint(form->point(), error))
                        return false;
                    Q_EMIT message(tr("Changed the value for %1.").arg(form->point().time.toDisplayString()));
                    return true;
                });
}

bool EditActions::deleteSeriesPoint(ItemId id)
{
    const Series *series = nullptr;
    const SeriesPoint *point = findSeriesPoint(id, &series);
    if (!point || !m_seriesValues->isEnabled())
        return false;
    const QString when = point->time.toDisplayString();
    if (!write([id](AtlasEditor &editor, QString *e) { return editor.removeSeriesPoint(id, e); }))
        return false;
    Q_EMIT message(tr("Deleted the value for %1 — Ctrl+Z brings it back.").arg(when));
    return true;
}

} // namespace Annals
