// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain.h"

#include <array>
#include <utility>

namespace Annals {

namespace {

// Keys as stored in the atlas file; their order follows the enums.
template<typename Enum, std::size_t N>
QString keyOf(Enum value, const std::array<const char16_t *, N> &keys)
{
    return QString::fromUtf16(keys.at(std::size_t(value)));
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(QStringView key, const std::array<const char16_t *, N> &keys)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QStringView(keys[i]))
            return Enum(i);
    }
    return std::nullopt;
}

constexpr std::array<const char16_t *, 4> actorKindKeys = {u"person", u"state", u"organisation", u"group"};
constexpr std::array<const char16_t *, 11> relationKindKeys = {
    u"alliance", u"treaty", u"family", u"rivalry", u"sanctions", u"aid",
    u"summit", u"membership", u"leadership", u"war", u"other"};
constexpr std::array<const char16_t *, 3> eventLinkKindKeys = {u"causes", u"leads_to", u"responds_to"};

} // namespace

QString actorKindKey(ActorKind kind)
{
    return keyOf(kind, actorKindKeys);
}

std::optional<ActorKind> actorKindFromKey(QStringView key)
{
    return fromKey<ActorKind>(key, actorKindKeys);
}

QString relationKindKey(RelationKind kind)
{
    return keyOf(kind, relationKindKeys);
}

std::optional<RelationKind> relationKindFromKey(QStringView key)
{
    return fromKey<RelationKind>(key, relationKindKeys);
}

QString eventLinkKindKey(EventLinkKind kind)
{
    return keyOf(kind, eventLinkKindKeys);
}

std::optional<EventLinkKind> eventLinkKindFromKey(QStringView key)
{
    return fromKey<EventLinkKind>(key, eventLinkKindKeys);
}

} // namespace Annals
