// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventindex.h"
#include "viewfilter.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Annals {

class ViewState;

// The atlas's events as the views should show them: the whole index, run
// through ViewState's filter whenever either changes. The views are handed
// events() and never see the filter's event conditions themselves, so the
// timeline, the overview and the actor charts cannot disagree.
class FilteredEvents : public QObject
{
    Q_OBJECT

public:
    explicit FilteredEvents(ViewState *state, QObject *parent = nullptr);

    // Every event of the open atlas (null when none is open).
    void setSource(std::shared_ptr<const EventIndex> all);
    const std::shared_ptr<const EventIndex> &source() const { return m_all; }

    // The events that pass: the source itself when the filter narrows no
    // event, so that an unfiltered atlas costs no copy.
    const std::shared_ptr<const EventIndex> &events() const { return m_events; }
    bool isFiltering() const { return m_events != m_all; }

Q_SIGNALS:
    // After a change of the filter's event conditions (not after setSource(),
    // whose caller hands events() on itself).
    void eventsChanged(const std::shared_ptr<const Annals::EventIndex> &events);

private:
    void recompute();

    QPointer<ViewState> m_state;
    ViewFilter m_applied; // the event conditions events() reflects
    std::shared_ptr<const EventIndex> m_all;
    std::shared_ptr<const EventIndex> m_events;
};

} // namespace Annals
