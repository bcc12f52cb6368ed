// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain.h"

#include <QCoreApplication>

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

namespace {

struct KindName {
    const char *heading;
    const char *inText;
};

// In the order of RelationKind.
constexpr std::array<KindName, 11> relationKindNames = {{
    {QT_TRANSLATE_NOOP("Annals::RelationKind", "Alliance"), QT_TRANSLATE_NOOP("Annals::RelationKind", "alliance")},
    {QT_TRANSLATE_NOOP("Annals::RelationKind", "Treaty"), QT_TRANSLATE_NOOP("Annals::RelationKind", "treaty")},
    {QT_TRANSLATE_NOOP("Annals::RelationKind", "Family"), QT_TRANSLATE_NOOP("Annals::RelationKind", "family")},
    {QT_TRANSLATE_NOOP("Annals::RelationKind", "Rivalry"), QT_TRANSLATE_NOOP("Annals::RelationKind", "rivalry")},
    {QT_TRANSLATE_NOOP("Annals::RelationKind", "Sanctions"), QT_TRANSLATE_NOOP("Annals::RelationKind", "sanctions")},
    {QT_TRANSLATE_NOOP("Annals::RelationKind", "Aid"), QT_TRANSLATE_NOOP("Annals::RelationKind", "aid")},
    {QT_TRANSLATE_NOOP("Annals::RelationKind", "Summit"), QT_TRANSLATE_NOOP("Annals::RelationKind", "summit")},
    {QT_TRANSLATE_NOOP("Annals::RelationKind", "Membership"), QT_TRANSLATE_NOOP("Annals::RelationKind", "membership")},
    {QT_TRANSLATE_NOOP("Annals::RelationKind", "Leadership"), QT_TRANSLATE_NOOP("Annals::RelationKind", "leadership")},
    {QT_TRANSLATE_NOOP("Annals::RelationKind", "War"), QT_TRANSLATE_NOOP("Annals::RelationKind", "war")},
    {QT_TRANSLATE_NOOP("Annals::RelationKind", "Other"), QT_TRANSLATE_NOOP("Annals::RelationKind", "other")},
}};

// In the order of ActorKind.
constexpr std::array<KindName, 4> actorKindNames = {{
    {QT_TRANSLATE_NOOP("Annals::ActorKind", "Person"), QT_TRANSLATE_NOOP("Annals::ActorKind", "person")},
    {QT_TRANSLATE_NOOP("Annals::ActorKind", "State"), QT_TRANSLATE_NOOP("Annals::ActorKind", "state")},
    {QT_TRANSLATE_NOOP("Annals::ActorKind", "Organisation"), QT_TRANSLATE_NOOP("Annals::ActorKind", "organisation")},
    {QT_TRANSLATE_NOOP("Annals::ActorKind", "Group"), QT_TRANSLATE_NOOP("Annals::ActorKind", "group")},
}};

template<std::size_t N>
QString kindName(const char *context, const std::array<KindName, N> &names, std::size_t index, KindNameForm form)
{
    const KindName &name = names.at(std::min(index, N - 1)); // an unknown value reads as the last ("other")
    return QCoreApplication::translate(context, form == KindNameForm::Heading ? name.heading : name.inText);
}

} // namespace

QString relationKindName(RelationKind kind, KindNameForm form)
{
    return kindName("Annals::RelationKind", relationKindNames, std::size_t(kind), form);
}

QString actorKindName(ActorKind kind, KindNameForm form)
{
    return kindName("Annals::ActorKind", actorKindNames, std::size_t(kind), form);
}

} // namespace Annals
