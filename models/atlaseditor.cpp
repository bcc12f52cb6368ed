// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlaseditor.h"

#include "atlas.h"
#include "atlasstore.h"

#include <QMetaObject>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace Annals {

// One change to one event, as the states before and after it: no "before"
// is an addition, no "after" a removal. Undo and redo each write the other
// state in one transaction. `m_applied` says which state the file holds, so
// that a step the stack asks for twice (when it is moved back after a failed
// replay) writes nothing the second time.
class EventEditCommand : public QUndoCommand
{
public:
    EventEditCommand(Atlas *atlas, std::optional<Event> before, std::optional<Event> after, const QString &text,
                     EventDependents removedWithIt = {})
        : QUndoCommand(text)
        , m_atlas(atlas)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_removedWithIt(std::move(removedWithIt))
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
        const std::optional<Event> &from = forward ? m_before : m_after;
        const std::optional<Event> &to = forward ? m_after : m_before;
        QString error;
        if (!write(from, to, &error)) {
            moveStackBack(forward, error);
            return;
        }
        m_applied = forward;
        if (!m_atlas->reload(&error))
            Q_EMIT m_atlas->writeFailed(AtlasEditor::tr("The change was stored but could not be read back: %1").arg(error));
    }

    bool write(const std::optional<Event> &from, const std::optional<Event> &to, QString *error)
    {
        AtlasStore &store = m_atlas->store();
        if (from && to)
            return store.updateEvent(*to, error);
        if (to)
            return store.insertEventWithId(*to, m_removedWithIt, error);
        return store.removeEvent(from->id, error);
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
    std::optional<Event> m_before;
    std::optional<Event> m_after;
    EventDependents m_removedWithIt; // empty unless this is a removal
    bool m_applied = true;
};

AtlasEditor::AtlasEditor(Atlas *atlas)
    : m_atlas(atlas)
{
}

namespace {

// Why `event` cannot be written to `atlas`, in a form's words; empty when it can.
QString problemWith(const Atlas &atlas, const Event &event)
{
    if (const QString problem = validateEvent(event); !problem.isEmpty())
        return problem;
    for (const EventActor &actor : event.actors) {
        const bool known = std::any_of(atlas.data().actors.cbegin(), atlas.data().actors.cend(),
                                       [&](const Actor &a) { return a.id == actor.actorId; });
        if (!known)
            return AtlasEditor::tr("There is no actor %1.").arg(actor.actorId);
    }
    return {};
}

} // namespace

std::optional<ItemId> AtlasEditor::addEvent(const Event &event, QString *error)
{
    EventEditCommand::settleFailedReplay(m_atlas);
    if (m_atlas->isReadOnly()) {
        *error = m_atlas->readOnlyReason();
        return std::nullopt;
    }
    if (const QString problem = problemWith(*m_atlas, event); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const std::optional<ItemId> id = m_atlas->store().insertEvent(event, error);
    if (!id)
        return std::nullopt;
    Event added = event;
    added.id = *id;
    // Read back, so that redo writes exactly what the file held (actors in its order).
    QString readError;
    if (std::optional<Event> stored = m_atlas->store().event(*id, &readError))
        added = std::move(*stored);
    m_atlas->undoStack()->push(new EventEditCommand(m_atlas, std::nullopt, added, tr("Add “%1”").arg(added.title)));
    if (!m_atlas->reload(&readError))
        Q_EMIT m_atlas->writeFailed(tr("The change was stored but could not be read back: %1").arg(readError));
    return id;
}

bool AtlasEditor::updateEvent(const Event &event, QString *error)
{
    EventEditCommand::settleFailedReplay(m_atlas);
    if (m_atlas->isReadOnly()) {
        *error = m_atlas->readOnlyReason();
        return false;
    }
    std::optional<Event> before = m_atlas->store().event(event.id, error);
    if (!before)
        return false;
    if (const QString problem = problemWith(*m_atlas, event); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!m_atlas->store().updateEvent(event, error))
        return false;
    QString readError;
    Event after = event;
    if (std::optional<Event> stored = m_atlas->store().event(event.id, &readError))
        after = std::move(*stored);
    m_atlas->undoStack()->push(
        new EventEditCommand(m_atlas, std::move(before), after, tr("Edit “%1”").arg(after.title)));
    if (!m_atlas->reload(&readError))
        Q_EMIT m_atlas->writeFailed(tr("The change was stored but could not be read back: %1").arg(readError));
    return true;
}

bool AtlasEditor::removeEvent(ItemId id, QString *error)
{
    EventEditCommand::settleFailedReplay(m_atlas);
    if (m_atlas->isReadOnly()) {
        *error = m_atlas->readOnlyReason();
        return false;
    }
    std::optional<Event> before = m_atlas->store().event(id, error);
    if (!before)
        return false;
    std::optional<EventDependents> dependents = m_atlas->store().dependentsOf(id, error);
    if (!dependents || !m_atlas->store().removeEvent(id, error))
        return false;
    const QString text = tr("Delete “%1”").arg(before->title);
    m_atlas->undoStack()->push(
        new EventEditCommand(m_atlas, std::move(before), std::nullopt, text, std::move(*dependents)));
    QString readError;
    if (!m_atlas->reload(&readError))
        Q_EMIT m_atlas->writeFailed(tr("The change was stored but could not be read back: %1").arg(readError));
    return true;
}

} // namespace Annals
