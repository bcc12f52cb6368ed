// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourstepsmodel.h"

#include "atlas.h"
#include "atlaseditor.h"
#include "tours.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

namespace Annals {

TourStepsModel::TourStepsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QString TourStepsModel::mimeType()
{
    return QStringLiteral("application/x-annals-tour-step");
}

void TourStepsModel::setAtlas(Atlas *atlas)
{
    beginResetModel();
    disconnect(m_atlasConnection);
    m_atlas = atlas;
    if (atlas)
        m_atlasConnection = connect(atlas, &Atlas::dataChanged, this, &TourStepsModel::reload);
    endResetModel();
}

void TourStepsModel::setTourId(ItemId tourId)
{
    if (tourId == m_tourId)
        return;
    beginResetModel();
    m_tourId = tourId;
    endResetModel();
}

void TourStepsModel::reload()
{
    beginResetModel();
    endResetModel();
}

const Tour *TourStepsModel::tour() const
{
    if (!m_atlas || m_tourId == 0)
        return nullptr;
    const QList<Tour> &tours = m_atlas->data().tours;
    const auto found = std::find_if(tours.cbegin(), tours.cend(), [this](const Tour &t) { return t.id == m_tourId; });
    return found != tours.cend() ? &*found : nullptr;
}

TourStep TourStepsModel::step(int row) const
{
    const Tour *shown = tour();
    if (!shown || row < 0 || row >= shown->steps.size())
        return {};
    return shown->steps.at(row);
}

int TourStepsModel::rowOfStep(ItemId stepId) const
{
    const Tour *shown = tour();
    if (!shown)
        return -1;
    for (qsizetype row = 0; row < shown->steps.size(); ++row) {
        if (shown->steps.at(row).id == stepId)
            return int(row);
    }
    return -1;
}

int TourStepsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const Tour *shown = tour();
    return shown ? int(shown->steps.size()) : 0;
}

namespace {

QVariant timeOrNull(const std::optional<qint64> &time)
{
    return time ? QVariant(*time) : QVariant();
}

} // namespace

QVariant TourStepsModel::data(const QModelIndex &index, int role) const
{
    const Tour *shown = tour();
    if (!shown || !index.isValid() || index.row() >= shown->steps.size())
        return {};
    const TourStep &s = shown->steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tourStepLabel(m_atlas->data(), s, index.row());
    case Qt::ToolTipRole:
        return s.caption.isEmpty() ? tourStepLabel(m_atlas->data(), s, index.row()) : s.caption;
    case StepIdRole:
        return s.id;
    case PositionRole:
        return s.position;
    case EventIdRole:
        return s.eventId;
    case WindowStartRole:
        return timeOrNull(s.windowStart);
    case WindowEndRole:
        return timeOrNull(s.windowEnd);
    case CursorTimeRole:
        return timeOrNull(s.cursorTime);
    case FocusActorRole:
        return s.focusActorId;
    case CaptionRole:
        return s.caption;
    default:
        return {};
    }
}

Qt::ItemFlags TourStepsModel::flags(const QModelIndex &index) const
{
    const bool writable = m_atlas && !m_atlas->isReadOnly();
    if (!index.isValid())
        return writable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags itemFlags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (writable)
        itemFlags |= Qt::ItemIsDragEnabled;
    return itemFlags;
}

Qt::DropActions TourStepsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions TourStepsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList TourStepsModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *TourStepsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    // The tour travels along, so that a drop into another tour's list is refused.
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << m_tourId << indexes.first().row();
    auto *mime = new QMimeData;
    mime->setData(mimeType(), encoded);
    return mime;
}

namespace {

// The tour and row a drag carries, or nothing when it is not a step.
std::optional<std::pair<ItemId, int>> draggedStep(const QMimeData *data)
{
    if (!data || !data->hasFormat(TourStepsModel::mimeType()))
        return std::nullopt;
    QDataStream stream(data->data(TourStepsModel::mimeType()));
    ItemId tourId = 0;
    int row = -1;
    stream >> tourId >> row;
    if (stream.status() != QDataStream::Ok)
        return std::nullopt;
    return std::pair{tourId, row};
}

} // namespace

bool TourStepsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    const auto dragged = draggedStep(data);
    return action == Qt::MoveAction && dragged && dragged->first == m_tourId;
}

bool TourStepsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on a step: it takes that step's place.
    const int before = parent.isValid() ? parent.row() : (row < 0 ? rowCount() : row);
    return moveStep(draggedStep(data)->second, before);
}

bool TourStepsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    return moveStep(sourceRow, destinationChild);
}

bool TourStepsModel::moveStep(int from, int before)
{
    if (!m_atlas || from < 0 || from >= rowCount())
        return false;
    const int to = std::clamp(before > from ? before - 1 : before, 0, rowCount() - 1);
    if (to == from)
        return true; // Dropped where it was: nothing to store.
    AtlasEditor editor(m_atlas);
    if (!editor.moveTourStep(m_tourId, from, to, &m_lastError)) {
        Q_EMIT moveFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    return true;
}

} // namespace Annals
