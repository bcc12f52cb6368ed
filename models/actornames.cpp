// SPDX-License-Identifier: GPL-3.0-or-later
#include "actornames.h"

namespace Annals {

ActorNames::ActorNames(const AtlasData &data)
{
    for (const Actor &actor : data.actors)
        m_defaults.insert(actor.id, {actor.name, actor.nativeName});
    for (const ActorName &name : data.actorNames)
        m_periods[name.actorId].append(name);
}

const ActorName *ActorNames::periodAt(ItemId actorId, qint64 seconds) const
{
    const auto found = m_periods.constFind(actorId);
    if (found == m_periods.constEnd())
        return nullptr;
    // Latest first, so that on a handover day the new name wins.
    for (auto it = found->crbegin(); it != found->crend(); ++it) {
        const ActorName &period = *it;
        const bool started = !period.start.isValid() || period.start.seconds() <= seconds;
        // An end date names the period in which the name was last used: a
        // name ending "26 Dec 1991" still holds on that day.
        const bool ended = period.end.isValid() && period.end.periodEnd() <= seconds;
        if (started && !ended)
            return &period;
    }
    return nullptr;
}

QString ActorNames::nameAt(ItemId actorId, qint64 seconds) const
{
    if (const ActorName *period = periodAt(actorId, seconds))
        return period->name;
    return m_defaults.value(actorId).name;
}

QString ActorNames::nativeNameAt(ItemId actorId, qint64 seconds) const
{
    if (const ActorName *period = periodAt(actorId, seconds))
        return period->nativeName;
    return m_defaults.value(actorId).nativeName;
}

} // namespace Annals
