// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>
#include <vector>

namespace Annals {

// Puts names beside points (graph nodes) so that no two names overlap and
// no name covers a node: the caller offers labels in order of importance
// and each takes the first free place among below, above, right and left of
// its point, or none. Greedy is what a reader expects: the important names
// always show, the rest fill the gaps, and a name never jumps to a far place
// where it would be read as another node's.
//
// Occupied rectangles sit in a uniform grid of buckets, so each test looks
// at the few rectangles near it: placing n labels costs about O(n) when the
// labels are roughly the cell size.
class LabelPlacer
{
public:
    // Labels must fit inside `bounds`; `cellSize` is about a label's height.
    explicit LabelPlacer(const QRectF &bounds, double cellSize = 48);

    // Something names must not cover.
    void addObstacle(const QRectF &rect);
    // A point that may carry a name: its box is an obstacle, and a name is
    // never placed nearer to another point than to its own (a name between
    // two nodes would be read as the wrong one's).
    void addPoint(const QPointF &point, double radius);
    // The first free place for a label of `size` next to a point drawn with
    // `radius` (below, above, right, left, then the corners, `gap` away),
    // now taken; or none.
    std::optional<QRectF> place(const QPointF &point, double radius, const QSizeF &size, double gap = 2);
    // Whether `rect` lies inside the bounds and overlaps nothing taken.
    bool isFree(const QRectF &rect) const;
    void occupy(const QRectF &rect);

private:
    template<typename Visit>
    void forEachCell(const QRectF &rect, Visit visit) const;

    QRectF m_bounds;
    double m_cellSize;
    int m_columns = 1;
    int m_rows = 1;
    bool nearerToAnother(const QRectF &rect, const QPointF &own) const;
    std::size_t cellOf(const QPointF &point) const;

    std::vector<QRectF> m_taken;
    std::vector<std::vector<int>> m_cells; // indices into m_taken
    std::vector<QPointF> m_points;
    std::vector<std::vector<int>> m_pointCells; // indices into m_points
};

} // namespace Annals
