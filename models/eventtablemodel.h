// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actornames.h"
#include "domain.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Annals {

// The events of an atlas as a table, one row per event, in time order.
// Dates show what is known ("Oct 1959"); SortRole gives numbers that sort in
// time, so a proxy sorts dates by when they were, not alphabetically. Actors
// are named as they were called at the event (the Soviet Union in 1961).
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, WhenColumn, ImportanceColumn, CategoryColumn, PlaceColumn, ActorsColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, EventIdRole };

    explicit EventTableModel(QObject *parent = nullptr);

    void setAtlasData(const AtlasData &data);
    const Event *eventAt(int row) const;
    int rowOfEvent(ItemId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "1 Oct 1959", "27 Feb 2019 – 28 Feb 2019"
    static QString whenText(const TimeSpan &when);

private:
    QString actorNames(const Event &event) const;

    QList<Event> m_events;
    ActorNames m_actorNames;
};

} // namespace Annals
