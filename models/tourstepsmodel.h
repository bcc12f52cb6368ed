// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Annals {

class Atlas;

// The steps of one tour of an atlas, in order, as a list: "3. 1961 — caption".
// Dragging a step to another place (moveRows, or the mime data and drop API
// that views without moveRows use) moves it in the file through AtlasEditor,
// one undo step; the list follows the atlas whenever its data changes.
class TourStepsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        StepIdRole = Qt::UserRole + 1,
        PositionRole,
        EventIdRole,
        WindowStartRole, // null when the step has no window
        WindowEndRole,
        CursorTimeRole, // null when none
        FocusActorRole,
        CaptionRole,
    };

    explicit TourStepsModel(QObject *parent = nullptr);

    void setAtlas(Atlas *atlas);
    Atlas *atlas() const { return m_atlas; }
    // The tour shown; 0 or an unknown id shows none.
    void setTourId(ItemId tourId);
    ItemId tourId() const { return m_tourId; }

    const Tour *tour() const;
    TourStep step(int row) const;
    int rowOfStep(ItemId stepId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // `destinationChild` is the row the step goes before, as Qt counts it.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    // Why the last move was refused; empty after one that worked.
    QString lastError() const { return m_lastError; }

    static QString mimeType();

Q_SIGNALS:
    // A move was refused (a read-only atlas, say); the list is as it was.
    void moveFailed(const QString &reason);

private:
    bool moveStep(int from, int before);
    void reload();

    QPointer<Atlas> m_atlas;
    QMetaObject::Connection m_atlasConnection;
    ItemId m_tourId = 0;
    QString m_lastError;
};

} // namespace Annals
