// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "viewfilter.h"

#include <QObject>

namespace Annals {

// What the views have in common, and the only thing they share: the visible
// time window, the time cursor and the selection. Each view listens to it and
// writes to it; no view calls another. Setters that change nothing emit
// nothing, so views that echo each other's changes cannot loop.
class ViewState : public QObject
{
    Q_OBJECT

public:
    explicit ViewState(QObject *parent = nullptr);

    qint64 windowStart() const { return m_windowStart; }
    qint64 windowEnd() const { return m_windowEnd; }
    void setWindow(qint64 start, qint64 end);

    qint64 cursor() const { return m_cursor; }
    void setCursor(qint64 time);

    ItemId selectedEvent() const { return m_selectedEvent; }
    void setSelectedEvent(ItemId id); // 0 clears

    ItemId selectedActor() const { return m_selectedActor; }
    void setSelectedActor(ItemId id); // 0 clears

    // A relation picked in the graph; the timeline shows its span.
    ItemId selectedRelation() const { return m_selectedRelation; }
    void setSelectedRelation(ItemId id); // 0 clears

    // What the views show of the atlas; stored normalized (ViewFilter::normalized).
    const ViewFilter &filter() const { return m_filter; }
    void setFilter(const ViewFilter &filter);

Q_SIGNALS:
    void windowChanged(qint64 start, qint64 end);
    void cursorChanged(qint64 time);
    void selectedEventChanged(ItemId id);
    void selectedActorChanged(ItemId id);
    void selectedRelationChanged(ItemId id);
    void filterChanged(const Annals::ViewFilter &filter);

private:
    qint64 m_windowStart = 0;
    qint64 m_windowEnd = 0;
    qint64 m_cursor = 0;
    ItemId m_selectedEvent = 0;
    ItemId m_selectedActor = 0;
    ItemId m_selectedRelation = 0;
    ViewFilter m_filter;
};

} // namespace Annals
