// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewstate.h"

namespace Annals {

ViewState::ViewState(QObject *parent)
    : QObject(parent)
{
}

void ViewState::setWindow(qint64 start, qint64 end)
{
    if (end < start)
        std::swap(start, end);
    if (start == m_windowStart && end == m_windowEnd)
        return;
    m_windowStart = start;
    m_windowEnd = end;
    Q_EMIT windowChanged(start, end);
}

void ViewState::setCursor(qint64 time)
{
    if (time == m_cursor)
        return;
    m_cursor = time;
    Q_EMIT cursorChanged(time);
}

void ViewState::setSelectedEvent(ItemId id)
{
    if (id == m_selectedEvent)
        return;
    m_selectedEvent = id;
    Q_EMIT selectedEventChanged(id);
}

void ViewState::setSelectedActor(ItemId id)
{
    if (id == m_selectedActor)
        return;
    m_selectedActor = id;
    Q_EMIT selectedActorChanged(id);
}

void ViewState::setSelectedRelation(ItemId id)
{
    if (id == m_selectedRelation)
        return;
    m_selectedRelation = id;
    Q_EMIT selectedRelationChanged(id);
}

void ViewState::setFilter(const ViewFilter &filter)
{
    ViewFilter normalized = filter.normalized();
    if (normalized == m_filter)
        return;
    m_filter = std::move(normalized);
    Q_EMIT filterChanged(m_filter);
}

} // namespace Annals
