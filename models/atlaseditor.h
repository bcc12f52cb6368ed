// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Annals {

class Atlas;

// The one way the app changes an atlas: each call checks the change first
// (validateEvent's words, or why the atlas cannot be written), writes it in
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

private:
    Atlas *m_atlas;
};

} // namespace Annals
