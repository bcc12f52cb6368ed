// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historicaldate.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Plain value types for what an atlas holds. Every item is addressed by its
// stable id (the row id in the atlas file), never by its position in a list.
namespace Annals {

using ItemId = qint64;

enum class ActorKind : quint8 { Person, State, Organisation, Group };
QString actorKindKey(ActorKind kind);
std::optional<ActorKind> actorKindFromKey(QStringView key);

enum class RelationKind : quint8 {
    Alliance,
    Treaty,
    Family,
    Rivalry,
    Sanctions,
    Aid,
    Summit,
    Membership,
    Leadership,
    War,
    Other,
};
QString relationKindKey(RelationKind kind);
std::optional<RelationKind> relationKindFromKey(QStringView key);
// Every kind, in the order menus and legends list them: ties of cooperation
// first, then family, then hostility, then the rest.
inline constexpr RelationKind relationKindsInMenuOrder[] = {
    RelationKind::Alliance,   RelationKind::Treaty,     RelationKind::Aid,     RelationKind::Summit,
    RelationKind::Family,     RelationKind::Rivalry,    RelationKind::Sanctions, RelationKind::War,
    RelationKind::Membership, RelationKind::Leadership, RelationKind::Other,
};

enum class EventLinkKind : quint8 { Causes, LeadsTo, RespondsTo };
QString eventLinkKindKey(EventLinkKind kind);
std::optional<EventLinkKind> eventLinkKindFromKey(QStringView key);

// The time an item holds: a start and, for spans, an end. An open end means
// "still so" for actors and relations and "a single moment" for events.
struct TimeSpan {
    HistoricalDate start;
    HistoricalDate end; // invalid when open

    bool hasEnd() const { return end.isValid(); }
    // The first second after the span, at the end's precision: a relation
    // ending "1991" lasts until 1992-01-01.
    std::optional<qint64> endExclusive() const
    {
        if (hasEnd())
            return end.periodEnd();
        return std::nullopt;
    }
};

struct AtlasMeta {
    QString title;
    QString description;
    QString author;
    QString licence;
    QHash<QString, QString> other;
};

struct ActorName {
    ItemId id = 0;
    ItemId actorId = 0;
    QString name;
    QString nativeName;
    HistoricalDate start; // invalid when it held from the actor's start
    HistoricalDate end;   // invalid when it still holds
};

struct Actor {
    ItemId id = 0;
    QString name;
    QString nativeName;
    ActorKind kind = ActorKind::Person;
    QString colour;
    QString description;
    HistoricalDate start; // invalid when unknown
    HistoricalDate end;   // invalid when still existing or unknown
};

struct EventActor {
    ItemId actorId = 0;
    QString role;
};

// What kinds are called, in one translatable place for every view: as a
// heading or at the start of a caption ("Alliance", "State") or inside a
// sentence ("an alliance", "a state").
enum class KindNameForm : quint8 { Heading, InText };
QString relationKindName(RelationKind kind, KindNameForm form = KindNameForm::Heading);
QString actorKindName(ActorKind kind, KindNameForm form = KindNameForm::Heading);

struct Event {
    ItemId id = 0;
    QString title;
    QString description;
    QString category;
    QString place;
    int importance = 3; // 1..5
    TimeSpan when;
    QList<EventActor> actors;
    // How the event's date is written when that says more than the date
    // ("Summer 1950", "early 1953"), as TimelineJS's display_date; empty
    // when the date speaks for itself.
    QString displayDate;
};

struct Relation {
    ItemId id = 0;
    ItemId sourceId = 0;
    ItemId targetId = 0;
    RelationKind kind = RelationKind::Other;
    int stance = 0; // -1 hostile, 0 neutral, +1 cooperative
    bool directed = false;
    QString label;
    QString description;
    TimeSpan when;
    ItemId beginEventId = 0; // 0 when none
    ItemId endEventId = 0;   // 0 when none
};

struct EventLink {
    ItemId id = 0;
    ItemId fromEventId = 0;
    ItemId toEventId = 0;
    EventLinkKind kind = EventLinkKind::LeadsTo;
};

struct Era {
    ItemId id = 0;
    QString title;
    QString description;
    QString colour;
    TimeSpan when;
};

struct Source {
    ItemId id = 0;
    QString title;
    QString author;
    QString publisher;
    QString published;
    QString url;
    QString licence;
    QString accessed;
    QString notes;
};

struct Citation {
    ItemId id = 0;
    ItemId sourceId = 0;
    QString itemKind; // "event", "actor", ... as in the atlas file
    ItemId itemId = 0;
    QString locator;
    QString note;
};

struct SeriesPoint {
    ItemId id = 0;
    HistoricalDate time;
    double value = 0;
    std::optional<double> low;
    std::optional<double> high;
    QString note;
};

struct Series {
    ItemId id = 0;
    QString name;
    QString unit;
    QString description;
    ItemId actorId = 0; // 0 when none
    QList<SeriesPoint> points; // ordered by time
};

struct TourStep {
    ItemId id = 0;
    int position = 0;
    ItemId eventId = 0; // 0 when none
    std::optional<qint64> windowStart;
    std::optional<qint64> windowEnd;
    std::optional<qint64> cursorTime;
    ItemId focusActorId = 0; // 0 when none
    QString caption;
};

struct Tour {
    ItemId id = 0;
    QString title;
    QString description;
    QList<TourStep> steps; // ordered by position
};

// Everything the views need, loaded in one go.
struct AtlasData {
    AtlasMeta meta;
    QList<Actor> actors;
    QList<ActorName> actorNames;
    QList<Event> events; // ordered by start
    QList<Relation> relations;
    QList<EventLink> eventLinks;
    QList<Era> eras;
    QList<Source> sources;
    QList<Citation> citations;
    QList<Series> series;
    QList<Tour> tours;
};

} // namespace Annals
