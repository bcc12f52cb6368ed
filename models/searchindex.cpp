// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "atlasschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Annals {

qint64 searchRowId(SearchKind kind, ItemId id)
{
    return (qint64(kind) << searchRowIdShift) + id;
}

qint64 firstSearchRowId(SearchKind kind)
{
    return searchRowId(kind, 0);
}

qint64 lastSearchRowId(SearchKind kind)
{
    return searchRowId(kind, searchMaximumId);
}

QString searchKindKey(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Event:
        return QStringLiteral("event");
    case SearchKind::Actor:
        return QStringLiteral("actor");
    case SearchKind::ActorName:
        return QStringLiteral("actor_name");
    case SearchKind::Relation:
        return QStringLiteral("relation");
    case SearchKind::Source:
        return QStringLiteral("source");
    }
    return {};
}

namespace {

QString lines(std::initializer_list<QString> parts)
{
    QString body;
    bool first = true;
    for (const QString &part : parts) {
        if (!first)
            body += QLatin1Char('\n');
        body += part;
        first = false;
    }
    return body;
}

} // namespace

QString searchBody(const Event &event)
{
    return lines({event.description, event.place, event.category});
}

QString searchBody(const Actor &actor)
{
    return lines({actor.nativeName, actor.description});
}

QString searchBody(const ActorName &name)
{
    return name.nativeName.isNull() ? QLatin1String("") : name.nativeName;
}

QString searchBody(const Relation &relation)
{
    return lines({relationKindKey(relation.kind), relation.description});
}

QString searchBody(const Source &source)
{
    return lines({source.author, source.publisher, source.notes});
}

bool writeSearchEntry(QSqlQuery &query, SearchKind kind, ItemId id, const QString &title, const QString &body,
                      QString *error)
{
    if (!removeSearchEntry(query, kind, id, error))
        return false;
    if (id < 0 || id > searchMaximumId)
        return true;
    query.prepare(QStringLiteral("INSERT INTO search_index (rowid, item_kind, item_id, title, body) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(searchRowId(kind, id));
    query.addBindValue(searchKindKey(kind));
    query.addBindValue(id);
    query.addBindValue(title.isNull() ? QLatin1String("") : title);
    query.addBindValue(body.isNull() ? QLatin1String("") : body);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool removeSearchEntry(QSqlQuery &query, SearchKind kind, ItemId id, QString *error)
{
    if (id < 0 || id > searchMaximumId)
        return true;
    query.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid = ?"));
    query.addBindValue(searchRowId(kind, id));
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

QStringList searchIndexRebuildStatements()
{
    return AtlasSchema::statementsFromResource(QStringLiteral(":/annals/schema/search_index.sql"));
}

} // namespace Annals
