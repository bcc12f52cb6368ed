// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventactions.h"

#include "atlas.h"
#include "atlaseditor.h"
#include "eventeditor.h"
#include "eventtablemodel.h"
#include "viewstate.h"

#include <QAction>
#include <QWidget>

namespace Annals {

EventActions::EventActions(ViewState *state, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_state(state)
    , m_dialogParent(dialogParent)
    , m_new(new QAction(tr("&New Event…"), this))
    , m_edit(new QAction(tr("&Edit Event…"), this))
    , m_delete(new QAction(tr("Delete E&vent"), this))
{
    m_new->setShortcut(QKeySequence(Qt::Key_Insert));
    m_new->setStatusTip(tr("Add an event at the time cursor (or double-click empty space on the timeline)"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setStatusTip(tr("Change the selected event"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setStatusTip(tr("Delete the selected event (Undo brings it back)"));
    connect(m_new, &QAction::triggered, this, [this] {
        createAt(HistoricalDate(m_state ? m_state->cursor() : 0, Precision::Day));
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (m_state)
            editEvent(m_state->selectedEvent());
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (m_state)
            deleteEvent(m_state->selectedEvent());
    });
    if (m_state)
        connect(m_state, &ViewState::selectedEventChanged, this, &EventActions::updateActions);
    updateActions();
}

void EventActions::setAtlas(Atlas *atlas)
{
    if (m_atlas)
        disconnect(m_atlas, nullptr, this, nullptr);
    m_atlas = atlas;
    if (m_atlas) {
        connect(m_atlas, &Atlas::writeFailed, this, &EventActions::failed);
        connect(m_atlas, &Atlas::dataChanged, this, &EventActions::updateActions);
    }
    updateActions();
}

void EventActions::updateActions()
{
    const QString reason = AtlasEditor::whyUnwritable(m_atlas);
    const bool writable = reason.isEmpty();
    const bool selected = m_state && findEvent(m_state->selectedEvent());
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && selected);
    m_delete->setEnabled(writable && selected);
    for (QAction *action : {m_new, m_edit, m_delete})
        action->setToolTip(writable ? action->statusTip() : reason);
}

const Event *EventActions::findEvent(ItemId id) const
{
    if (!m_atlas || id == 0)
        return nullptr;
    for (const Event &event : m_atlas->data().events) {
        if (event.id == id)
            return &event;
    }
    return nullptr;
}

EventEditor *EventActions::createAt(const HistoricalDate &when)
{
    if (!m_new->isEnabled())
        return nullptr;
    Event event;
    event.when.start = when;
    return openEditor(event);
}

EventEditor *EventActions::editEvent(ItemId id)
{
    const Event *event = findEvent(id);
    if (!event || !m_edit->isEnabled())
        return nullptr;
    return openEditor(*event);
}

EventEditor *EventActions::openEditor(const Event &event)
{
    auto *editor = new EventEditor(m_atlas->data(), event, m_dialogParent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &QDialog::accepted, this, [this, editor] { apply(editor->event()); });
    editor->open();
    return editor;
}

void EventActions::apply(const Event &event)
{
    if (!m_atlas)
        return;
    AtlasEditor editor(m_atlas);
    QString error;
    if (event.id == 0) {
        if (const std::optional<ItemId> id = editor.addEvent(event, &error)) {
            if (m_state)
                m_state->setSelectedEvent(*id);
            Q_EMIT message(tr("Added “%1”.").arg(event.title));
            return;
        }
    } else if (editor.updateEvent(event, &error)) {
        Q_EMIT message(tr("Changed “%1”.").arg(event.title));
        return;
    }
    Q_EMIT failed(error);
}

bool EventActions::retimeEvent(ItemId id, const TimeSpan &when)
{
    const Event *found = findEvent(id);
    if (!found)
        return false;
    // Checked as New is: the timeline may still have offered the drag when
    // the atlas went read-only under it.
    if (!m_new->isEnabled()) {
        Q_EMIT failed(m_new->toolTip());
        return false;
    }
    Event event = *found;
    event.when = when;
    AtlasEditor editor(m_atlas);
    QString error;
    if (!editor.updateEvent(event, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    Q_EMIT message(tr("Moved “%1” to %2 — Ctrl+Z moves it back.").arg(event.title, EventTableModel::whenText(when)));
    return true;
}

bool EventActions::deleteEvent(ItemId id)
{
    const Event *event = findEvent(id);
    if (!event || !m_delete->isEnabled())
        return false;
    const QString title = event->title;
    AtlasEditor editor(m_atlas);
    QString error;
    if (!editor.removeEvent(id, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    if (m_state && m_state->selectedEvent() == id)
        m_state->setSelectedEvent(0);
    Q_EMIT message(tr("Deleted “%1” — Ctrl+Z brings it back.").arg(title));
    return true;
}

} // namespace Annals
