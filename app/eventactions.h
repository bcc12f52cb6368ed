// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "historicaldate.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Annals {

class Atlas;
class EventEditor;
class ViewState;

// New, Edit and Delete for events, from the Edit menu, their keys (Insert,
// F2, Delete) and a double-click on empty timeline: opens the EventEditor,
// hands what it returns to AtlasEditor (one transaction, one undo step),
// selects the event made or changed, and says in one line what happened
// (`message`, for the status bar) or, when the write fails, why (`failed`).
//
// The actions are disabled, with the reason in their tooltips, while no
// atlas is open, the atlas is read-only (the sample, another window has
// it, …) or, for Edit and Delete, no event is selected.
class EventActions : public QObject
{
    Q_OBJECT
public:
    EventActions(ViewState *state, QWidget *dialogParent);

    void setAtlas(Atlas *atlas);

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }

    // Opens the editor (non-modal to the event loop, modal to the window) and
    // returns it, so that tests can fill it in; it applies itself when
    // accepted and deletes itself when closed.
    EventEditor *createAt(const HistoricalDate &when);
    EventEditor *editEvent(ItemId id);
    bool deleteEvent(ItemId id);
    // Gives the event new dates (a drag on the timeline, Alt+arrows): one
    // undo step, the event kept selected; false, with `failed`, when refused.
    bool retimeEvent(ItemId id, const TimeSpan &when);

Q_SIGNALS:
    void message(const QString &text);
    void failed(const QString &reason);

private:
    void updateActions();
    EventEditor *openEditor(const Event &event);
    void apply(const Event &event);
    const Event *findEvent(ItemId id) const;

    QPointer<ViewState> m_state;
    QWidget *m_dialogParent;
    QPointer<Atlas> m_atlas;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace Annals
