// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QList>
#include <QString>

namespace Annals {

// What an importer hands over: new items for an atlas, written all at once by
// AtlasStore::importBundle (one transaction: everything or nothing).
//
// References between items follow one rule. A reference greater than zero
// names an item already in the atlas (an actor the file called "China" that
// the atlas has); a reference below zero names an item of this bundle, -1 the
// first of its kind, -2 the second (bundleRef(index)). It applies to
// Event::actors[].actorId, ActorName::actorId, Relation::sourceId/targetId/
// beginEventId/endEventId, Citation::sourceId and Citation::itemId (whose kind
// is Citation::itemKind: "event", "actor", "relation", "era" or "atlas" with
// itemId 0). The items' own ids are ignored.
struct ImportBundle {
    // Only used when the import makes a new atlas; empty fields are left alone.
    AtlasMeta meta;
    QList<Actor> actors;
    QList<ActorName> actorNames;
    QList<Event> events;
    QList<Relation> relations;
    QList<Era> eras;
    QList<Source> sources;
    QList<Citation> citations;

    bool isEmpty() const
    {
        return actors.isEmpty() && actorNames.isEmpty() && events.isEmpty() && relations.isEmpty()
            && eras.isEmpty() && sources.isEmpty() && citations.isEmpty();
    }
    qsizetype itemCount() const
    {
        return actors.size() + actorNames.size() + events.size() + relations.size() + eras.size()
            + sources.size() + citations.size();
    }
};

// The reference to the `index`th (0-based) item of its kind in a bundle.
constexpr ItemId bundleRef(qsizetype index)
{
    return -ItemId(index) - 1;
}
// The bundle index a reference below zero names.
constexpr qsizetype bundleIndex(ItemId reference)
{
    return qsizetype(-reference - 1);
}

// The ids the atlas gave to a bundle's items, parallel to its lists; what
// undo removes and redo writes again.
struct ImportedIds {
    QList<ItemId> actors;
    QList<ItemId> actorNames;
    QList<ItemId> events;
    QList<ItemId> relations;
    QList<ItemId> eras;
    QList<ItemId> sources;
    QList<ItemId> citations;
};

// One thing an importer has to say about its input, placed as precisely as
// the format allows: line and column count from 1 (0 when unknown); `field`
// names the field ("events[3].start_date.month", "End Year", "edge e12").
struct ImportIssue {
    int line = 0;
    int column = 0;
    QString field;
    QString message;

    // "file.json:12:5: events[3].start_date.month: 13 is not a month (1–12)",
    // leaving out what is unknown.
    QString toString(const QString &fileName) const;
};

// What an importer returns. Any error means no bundle: an import is all or
// nothing. Notices say what was read but not kept ("12 backgrounds are not
// kept: Annals has no slide backgrounds") and never stop the import.
struct ImportResult {
    std::optional<ImportBundle> bundle;
    QList<ImportIssue> errors;
    QList<ImportIssue> notices;

    bool ok() const { return bundle.has_value() && errors.isEmpty(); }
};

// Limits every importer keeps, so that a huge or hostile file fails with a
// message instead of running out of memory.
struct ImportLimits {
    qsizetype maximumBytes = 64 * 1024 * 1024;
    // Of each kind the file holds (events, eras, rows of a CSV file, nodes,
    // edges): what bounds the work is the longest list, not their sum.
    qsizetype maximumItems = 1'000'000;
    qsizetype maximumTextLength = 1024 * 1024;
    // Errors listed before the importer stops looking for more.
    qsizetype maximumErrors = 200;
};

} // namespace Annals
