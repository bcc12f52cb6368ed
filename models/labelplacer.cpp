// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelplacer.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Annals {

namespace {

// Grids beyond this many cells a side cost more to clear than they save.
constexpr int maximumCellsPerSide = 256;

} // namespace

LabelPlacer::LabelPlacer(const QRectF &bounds, double cellSize)
    : m_bounds(bounds.normalized())
    , m_cellSize(std::max(cellSize, 1.0))
{
    m_columns = std::clamp(int(std::ceil(m_bounds.width() / m_cellSize)), 1, maximumCellsPerSide);
    m_rows = std::clamp(int(std::ceil(m_bounds.height() / m_cellSize)), 1, maximumCellsPerSide);
    m_cells.resize(std::size_t(m_columns) * std::size_t(m_rows));
    m_pointCells.resize(m_cells.size());
}

std::size_t LabelPlacer::cellOf(const QPointF &point) const
{
    std::size_t cell = 0;
    forEachCell(QRectF(point, QSizeF(0, 0)), [&cell](std::size_t found) {
        cell = found;
        return false;
    });
    return cell;
}

void LabelPlacer::addPoint(const QPointF &point, double radius)
{
    addObstacle(QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius));
    if (!m_bounds.contains(point))
        return;
    m_pointCells[cellOf(point)].push_back(int(m_points.size()));
    m_points.push_back(point);
}

bool LabelPlacer::nearerToAnother(const QRectF &rect, const QPointF &own) const
{
    auto distance = [&rect](const QPointF &p) {
        const double dx = std::max({rect.left() - p.x(), 0.0, p.x() - rect.right()});
        const double dy = std::max({rect.top() - p.y(), 0.0, p.y() - rect.bottom()});
        return std::hypot(dx, dy);
    };
    // Another point must be clearly farther: a name centred between two
    // points is as ambiguous as one nearer to the wrong one.
    const double reach = distance(own) + 2;
    bool nearer = false;
    forEachCell(rect.adjusted(-reach, -reach, reach, reach), [&](std::size_t cell) {
        for (int index : m_pointCells[cell]) {
            const QPointF &other = m_points[std::size_t(index)];
            if (other != own && distance(other) < reach) {
                nearer = true;
                return false;
            }
        }
        return true;
    });
    return nearer;
}

template<typename Visit>
void LabelPlacer::forEachCell(const QRectF &rect, Visit visit) const
{
    const double cellWidth = m_bounds.width() / m_columns;
    const double cellHeight = m_bounds.height() / m_rows;
    auto column = [&](double x) { return std::clamp(int(std::floor((x - m_bounds.left()) / std::max(cellWidth, 1e-9))), 0, m_columns - 1); };
    auto row = [&](double y) { return std::clamp(int(std::floor((y - m_bounds.top()) / std::max(cellHeight, 1e-9))), 0, m_rows - 1); };
    const int firstColumn = column(rect.left());
    const int lastColumn = column(rect.right());
    const int firstRow = row(rect.top());
    const int lastRow = row(rect.bottom());
    for (int r = firstRow; r <= lastRow; ++r) {
        for (int c = firstColumn; c <= lastColumn; ++c) {
            if (!visit(std::size_t(r) * std::size_t(m_columns) + std::size_t(c)))
                return;
        }
    }
}

bool LabelPlacer::isFree(const QRectF &rect) const
{
    if (!m_bounds.contains(rect))
        return false;
    bool free = true;
    forEachCell(rect, [&](std::size_t cell) {
        for (int index : m_cells[cell]) {
            if (m_taken[std::size_t(index)].intersects(rect)) {
                free = false;
                return false;
            }
        }
        return true;
    });
    return free;
}

void LabelPlacer::occupy(const QRectF &rect)
{
    const int index = int(m_taken.size());
    m_taken.push_back(rect);
    forEachCell(rect, [&](std::size_t cell) {
        m_cells[cell].push_back(index);
        return true;
    });
}

void LabelPlacer::addObstacle(const QRectF &rect)
{
    // An obstacle partly outside the bounds still blocks the part inside.
    const QRectF inside = rect.intersected(m_bounds);
    if (!inside.isEmpty())
        occupy(inside);
}

std::optional<QRectF> LabelPlacer::place(const QPointF &point, double radius, const QSizeF &size, double gap)
{
    const double w = size.width();
    const double h = size.height();
    const double away = radius + gap;
    // The four sides first; then the four corners, still touching the point,
    // so that a name squeezed between neighbours is still read as its own.
    const double corner = away; // clear of a square node too
    const std::array<QRectF, 8> candidates = {
        QRectF(point.x() - w / 2, point.y() + away, w, h),              // below
        QRectF(point.x() - w / 2, point.y() - away - h, w, h),          // above
        QRectF(point.x() + away + gap, point.y() - h / 2, w, h),        // right
        QRectF(point.x() - away - gap - w, point.y() - h / 2, w, h),    // left
        QRectF(point.x() + corner, point.y() + corner, w, h),           // below right
        QRectF(point.x() - corner - w, point.y() + corner, w, h),       // below left
        QRectF(point.x() + corner, point.y() - corner - h, w, h),       // above right
        QRectF(point.x() - corner - w, point.y() - corner - h, w, h),   // above left
    };
    for (const QRectF &candidate : candidates) {
        if (isFree(candidate) && !nearerToAnother(candidate, point)) {
            occupy(candidate);
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace Annals
