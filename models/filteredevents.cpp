// SPDX-License-Identifier: GPL-3.0-or-later
#include "filteredevents.h"

#include "viewstate.h"

namespace Annals {

namespace {

// Only what changes which events pass: a change of relation kinds must not
// rebuild the views' events.
ViewFilter eventConditions(const ViewFilter &filter)
{
    ViewFilter conditions = filter;
    conditions.relationKinds = ViewFilter::allRelationKinds();
    return conditions;
}

} // namespace

FilteredEvents::FilteredEvents(ViewState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    if (m_state) {
        m_applied = eventConditions(m_state->filter());
        connect(m_state, &ViewState::filterChanged, this, [this](const ViewFilter &filter) {
            const ViewFilter conditions = eventConditions(filter);
            if (conditions == m_applied)
                return;
            m_applied = conditions;
            recompute();
            Q_EMIT eventsChanged(m_events);
        });
    }
}

void FilteredEvents::setSource(std::shared_ptr<const EventIndex> all)
{
    m_all = std::move(all);
    recompute();
}

void FilteredEvents::recompute()
{
    if (!m_all || !filtersEvents(m_applied))
        m_events = m_all;
    else
        m_events = std::make_shared<const EventIndex>(filteredIndex(*m_all, m_applied));
}

} // namespace Annals
