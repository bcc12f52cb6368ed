// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtablemodel.h"

#include <QStringList>

namespace Annals {

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventTableModel::setAtlasData(const AtlasData &data)
{
    beginResetModel();
    m_events = data.events;
    m_actorNames = ActorNames(data);
    endResetModel();
}

const Event *EventTableModel::eventAt(int row) const
{
    if (row < 0 || row >= m_events.size())
        return nullptr;
    return &m_events.at(row);
}

int EventTableModel::rowOfEvent(ItemId id) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).id == id)
            return row;
    }
    return -1;
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::whenText(const TimeSpan &when)
{
    if (!when.hasEnd() || when.end == when.start)
        return when.start.toDisplayString();
    return tr("%1 – %2").arg(when.start.toDisplayString(), when.end.toDisplayString());
}

QString EventTableModel::actorNames(const Event &event) const
{
    QStringList names;
    for (const EventActor &actor : event.actors) {
        const QString name = m_actorNames.nameAt(actor.actorId, event.when.start.seconds());
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names.join(tr(", "));
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events.at(index.row());
    if (role == EventIdRole)
        return event.id;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case TitleColumn:
            return event.title;
        case WhenColumn:
            return role == SortRole ? QVariant(event.when.start.seconds()) : QVariant(whenText(event.when));
        case CategoryColumn:
            return event.category;
        case PlaceColumn:
            return event.place;
        case ActorsColumn:
            return actorNames(event);
        case ImportanceColumn:
            return event.importance;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        // The whole text of cells too narrow for it; the description on titles.
        if (index.column() == TitleColumn && !event.description.isEmpty())
            return QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(event.title.toHtmlEscaped(), event.description.toHtmlEscaped());
        if (index.column() == ActorsColumn || index.column() == PlaceColumn)
            return data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole && index.column() == ImportanceColumn)
        return int(Qt::AlignCenter);
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn:
        return tr("Event");
    case WhenColumn:
        return tr("When");
    case CategoryColumn:
        return tr("Category");
    case PlaceColumn:
        return tr("Place");
    case ActorsColumn:
        return tr("Actors");
    case ImportanceColumn:
        return tr("Importance");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Annals
