// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QHash>

namespace Annals {

// What an actor was called at a given time: the Soviet Union in 1961, the
// Russian Federation in 2024. Falls back on the actor's own name outside the
// spans its names cover.
class ActorNames
{
public:
    ActorNames() = default;
    explicit ActorNames(const AtlasData &data);

    QString nameAt(ItemId actorId, qint64 seconds) const;
    QString nativeNameAt(ItemId actorId, qint64 seconds) const;
    QString name(ItemId actorId) const { return m_defaults.value(actorId).name; }

private:
    struct Named {
        QString name;
        QString nativeName;
    };
    const ActorName *periodAt(ItemId actorId, qint64 seconds) const;

    QHash<ItemId, Named> m_defaults;
    QHash<ItemId, QList<ActorName>> m_periods;
};

} // namespace Annals
