// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Annals {

namespace {

constexpr double lanePadding = 6;
constexpr double densityLabelSpacing = 160; // px between the important events named over a density strip
constexpr std::size_t maximumLabelCandidates = 250;

// The occupied stretches of one row of a lane, so that nothing placed later
// covers what was placed before.
class RowOccupancy
{
public:
    static constexpr quint32 noOwner = std::numeric_limits<quint32>::max();

    // Free for something belonging to `owner`: what that same event occupies
    // (a bar under its own label) does not count. Spans are kept sorted by
    // their left edge, so only those that can reach [left, right) are looked at.
    bool isFree(double left, double right, quint32 owner = noOwner) const
    {
        auto it = std::lower_bound(m_spans.begin(), m_spans.end(), left - m_widest,
                                   [](const Span &span, double x) { return span.left < x; });
        for (; it != m_spans.end() && it->left < right; ++it) {
            if (left < it->right && (owner == noOwner || it->owner != owner))
                return false;
        }
        return true;
    }
    void occupy(double left, double right, quint32 owner = noOwner)
    {
        const auto at = std::upper_bound(m_spans.begin(), m_spans.end(), left,
                                         [](double x, const Span &span) { return x < span.left; });
        m_spans.insert(at, {left, right, owner});
        m_widest = std::max(m_widest, right - left);
    }
    double lastRight() const { return m_lastRight; }
    void extendTo(double right) { m_lastRight = std::max(m_lastRight, right); }

private:
    struct Span {
        double left;
        double right;
        quint32 owner;
    };
    std::vector<Span> m_spans; // sorted by left
    double m_widest = 0;
    double m_lastRight = -std::numeric_limits<double>::infinity();
};

struct LaneFrame {
    int laneIndex = 0;
    double top = 0;
    int rows = 1;
    double rowHeight = 22;
    double rowCentre(int row) const { return top + lanePadding / 2 + (row + 0.5) * rowHeight; }
};

// First row whose last item ends before `left`, or -1.
int freeRow(const std::vector<RowOccupancy> &rows, double left)
{
    for (std::size_t row = 0; row < rows.size(); ++row) {
        if (rows[row].lastRight() < left)
            return int(row);
    }
    return -1;
}

// First row whose last item ends before `left`; the last row when none does.
int firstFitRow(std::vector<RowOccupancy> &rows, double left)
{
    const int row = freeRow(rows, left);
    return row >= 0 ? row : int(rows.size()) - 1;
}

// The lane's sticky title covers the start of its first row: no label there.
void reserveHeader(std::vector<RowOccupancy> &rows, const TimelineLanes::Lane &lane, const TimelineLayoutParameters &p)
{
    const double titleWidth = p.textWidth ? p.textWidth(lane.title) : 7.0 * lane.title.size();
    rows[0].occupy(0, std::min(titleWidth, p.maximumHeaderWidth) + 16);
}

const TimelineHighlight *activeHighlight(const TimelineLayoutParameters &p)
{
    return p.highlight && p.highlight->isActive() ? p.highlight : nullptr;
}

// An item with the selection and the highlight applied.
TimelineScene::Item makeItem(quint32 row, int lane, double x1, double x2, double y, bool bar, bool softEdges,
                             const EventIndex &index, const TimelineLayoutParameters &p)
{
    TimelineScene::Item item{row, lane, x1, x2, y, bar, softEdges, index.isApproximate(row),
                             index.id(row) == p.selectedEvent, false, false};
    if (const TimelineHighlight *highlight = activeHighlight(p)) {
        item.emphasised = highlight->isEmphasisedRow(row);
        item.dimmed = highlight->dims(index, row, p.selectedEvent);
    }
    return item;
}

bool precisionShowsAsPeriod(Precision precision)
{
    // A moment known to the day or finer is a point at any zoom where its
    // period is narrower than a marker; coarser ones may show their period.
    return precision < Precision::Hour;
}

void placeLabels(TimelineScene &scene, qsizetype firstItem, const LaneFrame &frame, std::vector<RowOccupancy> &rows,
                 const EventIndex &index, const TimeScale &scale, const TimelineLayoutParameters &p)
{
    std::vector<qsizetype> candidates;
    for (qsizetype i = firstItem; i < scene.items.size(); ++i)
        candidates.push_back(i);
    // The selection first, then what the highlight marks out, then the rest
    // of its events, so that a highlighted actor's events keep their names
    // where the dimmed ones would have crowded them out.
    const auto rank = [](const TimelineScene::Item &item) {
        return item.selected ? 3 : item.emphasised ? 2 : item.dimmed ? 0 : 1;
    };
    std::stable_sort(candidates.begin(), candidates.end(), [&](qsizetype a, qsizetype b) {
        const auto &ia = scene.items.at(a);
        const auto &ib = scene.items.at(b);
        if (rank(ia) != rank(ib))
            return rank(ia) > rank(ib);
        return index.importance(ia.row) > index.importance(ib.row);
    });
    if (candidates.size() > maximumLabelCandidates)
        candidates.resize(maximumLabelCandidates);

    const double width = scale.width();
    for (qsizetype i : candidates) {
        const TimelineScene::Item &item = scene.items.at(i);
        const QString text = p.title ? p.title(index.id(item.row)) : QString();
        if (text.isEmpty())
            continue;
        const double textWidth = p.textWidth ? p.textWidth(text) : 7.0 * text.size();
        const int row = int(std::lround((item.y - frame.top - lanePadding / 2) / frame.rowHeight - 0.5));
        if (row < 0 || row >= int(rows.size()))
            continue;
        // Right of a marker, or from the visible start of a bar; the left side
        // of a marker when the right runs out of view.
        std::vector<double> lefts;
        if (item.bar) {
            // On the bar when it fits there, else after it, else before it.
            const double visibleLeft = std::max(item.x1, 0.0);
            if (std::min(item.x2, width) - visibleLeft >= textWidth + 2 * p.labelGap)
                lefts.push_back(visibleLeft + p.labelGap);
            lefts.push_back(item.x2 + p.labelGap);
            lefts.push_back(item.x1 - p.labelGap - textWidth);
        } else {
            lefts.push_back(item.x1 + p.markerSize / 2 + p.labelGap);
            lefts.push_back(item.x1 - p.markerSize / 2 - p.labelGap - textWidth);
        }
        for (double left : lefts) {
            const double right = left + textWidth;
            if (left < 0 || right > width)
                continue;
            // Nothing may lie under a label but its own bar; the selection's
            // label, placed first, may cover neighbouring markers.
            if (!item.selected && !rows[std::size_t(row)].isFree(left, right, item.row))
                continue;
            rows[std::size_t(row)].occupy(left, right);
            scene.labels.append({item.row, frame.laneIndex,
                                 QRectF(left, item.y - p.labelHeight / 2, textWidth, p.labelHeight), text,
                                 item.dimmed});
            break;
        }
    }
}

// `columnStarts` holds timeForX(c) for c = 0 .. width: where each column's
// time begins, shared by the dense lanes of a frame.
void layoutDense(TimelineScene &scene, const TimelineLanes::Lane &lane, const LaneFrame &frame,
                 const EventIndex &index, const TimeScale &scale, const std::vector<qint64> &columnStarts,
                 const TimelineLayoutParameters &p)
{
    const int width = scale.width();
    TimelineScene::Density density;
    density.lane = frame.laneIndex;
    density.top = frame.top + lanePadding / 2;
    density.height = frame.rows * frame.rowHeight;
    density.counts.assign(std::size_t(std::max(width, 0)), 0);
    // Events are counted in the column where they start: one binary search
    // per column, so the cost follows the pixels, not the events.
    // Columns advance left to right, so each search gallops forward from the
    // last: a few comparisons in memory just read, instead of a binary search
    // over the whole lane.
    const auto end = lane.starts.end();
    auto gallop = [end](std::vector<qint64>::const_iterator from, qint64 t) {
        std::ptrdiff_t step = 1;
        auto low = from;
        while (std::distance(low, end) > step && *(low + step) < t) {
            low += step;
            step *= 2;
        }
        const auto high = std::distance(low, end) > step ? low + step + 1 : end;
        return std::lower_bound(low, high, t);
    };
    auto previous = std::lower_bound(lane.starts.begin(), end, columnStarts[0]);
    for (int column = 0; column < width; ++column) {
        const auto next = gallop(previous, columnStarts[std::size_t(column) + 1]);
        const auto count = quint32(next - previous);
        density.counts[std::size_t(column)] = count;
        density.maximum = std::max(density.maximum, count);
        previous = next;
    }
    const TimelineHighlight *highlight = activeHighlight(p);
    if (highlight) {
        // Each of the highlight's events goes in the column whose
        // [columnStarts[c], columnStarts[c + 1]) holds its start, as the
        // counts above do (its x alone may round across that edge); in start
        // order, each search begins where the last one ended.
        density.dimmed = true;
        density.highlightedCounts.assign(density.counts.size(), 0);
        const auto starts = highlight->laneStarts(frame.laneIndex);
        const qint64 last = columnStarts.back();
        auto boundary = columnStarts.begin() + 1;
        for (auto it = std::lower_bound(starts.begin(), starts.end(), columnStarts[0]);
             it != starts.end() && *it < last; ++it) {
            boundary = std::upper_bound(boundary, columnStarts.end(), *it);
            const auto column = std::size_t(boundary - columnStarts.begin()) - 1;
            const quint32 count = ++density.highlightedCounts[column];
            density.highlightedMaximum = std::max(density.highlightedMaximum, count);
        }
    }
    scene.densities.append(std::move(density));

    // The most important event of each stretch keeps its marker and label,
    // so the busiest lane still says what happened; with a highlight, the
    // most important of its events there, whatever their importance.
    std::vector<RowOccupancy> rows(std::size_t(frame.rows));
    reserveHeader(rows, lane, p);
    const qsizetype firstItem = scene.items.size();
    const auto &important = lane.importantRows;
    const auto highlightedRows = highlight ? highlight->laneRows(frame.laneIndex) : std::span<const quint32>();
    const auto highlightedStarts = highlight ? highlight->laneStarts(frame.laneIndex) : std::span<const qint64>();
    const auto highlightedImportance =
        highlight ? highlight->laneImportance(frame.laneIndex) : std::span<const quint8>();
    // The selection beats what the highlight marks out, which beats the rest
    // of its events, which beat the lane's other important events.
    const auto selectionBonus = [&](quint32 row) {
        return p.selectedEvent != 0 && index.id(row) == p.selectedEvent ? 40 : 0;
    };
    for (double binLeft = 0; binLeft < width; binLeft += densityLabelSpacing) {
        const qint64 binStart = scale.timeForX(binLeft);
        const qint64 binEnd = scale.timeForX(binLeft + densityLabelSpacing);
        quint32 best = 0;
        int bestScore = 0;
        auto consider = [&](quint32 row, int score) {
            if (score > bestScore) {
                best = row;
                bestScore = score;
            }
        };
        // The highlight's importance lies beside its rows, so this reads the
        // index's arrays only for the selection.
        const auto first = std::lower_bound(highlightedStarts.begin(), highlightedStarts.end(), binStart);
        auto k = std::size_t(first - highlightedStarts.begin());
        for (int looked = 0; k < highlightedStarts.size() && highlightedStarts[k] < binEnd && looked < 64; ++k, ++looked) {
            const quint32 row = highlightedRows[k];
            consider(row, highlightedImportance[k] + 10 + (highlight->isEmphasisedRow(row) ? 20 : 0) + selectionBonus(row));
        }
        if (bestScore == 0 || p.selectedEvent != 0) {
            auto it = std::lower_bound(important.begin(), important.end(), binStart,
                                       [&index](quint32 row, qint64 t) { return index.start(row) < t; });
            for (int looked = 0; it != important.end() && index.start(*it) < binEnd && looked < 64; ++it, ++looked)
                consider(*it, index.importance(*it) + selectionBonus(*it));
        }
        if (bestScore == 0)
            continue;
        const double x = scale.xForTime(index.start(best));
        scene.items.append(makeItem(best, frame.laneIndex, x, x, frame.rowCentre(0), false, false, index, p));
        rows[0].occupy(x - p.markerSize / 2, x + p.markerSize / 2);
    }
    placeLabels(scene, firstItem, frame, rows, index, scale, p);
}

void layoutDetailed(TimelineScene &scene, const TimelineLanes::Lane &lane, const LaneFrame &frame,
                    const EventIndex &index, const TimeScale &scale, const TimelineLayoutParameters &p,
                    bool packLabels)
{
    const qint64 from = scale.start();
    std::vector<RowOccupancy> rows(std::size_t(frame.rows));
    reserveHeader(rows, lane, p);
    const qsizetype firstItem = scene.items.size();

    struct Marker {
        double x;
        quint32 row;
    };
    std::vector<Marker> markers;

    std::vector<quint32> visible;
    lane.overlapping(index, from, scale.end(), &visible);
    // Rows are the index's start order, which first-fit packing relies on.
    std::sort(visible.begin(), visible.end());
    for (const quint32 row : visible) {
        const double x1 = scale.xForTime(index.start(row));
        const double x2 = scale.xForTime(index.end(row));
        const bool span = index.isSpan(row);
        const bool periodVisible = !span && precisionShowsAsPeriod(index.startPrecision(row))
            && x2 - x1 >= 2 * p.markerSize;
        if ((span && x2 - x1 >= p.minimumBarWidth) || periodVisible) {
            double extentRight = x2;
            if (packLabels && p.title && p.textWidth)
                extentRight = std::max(x2, std::max(x1, 0.0) + p.labelGap + p.textWidth(p.title(index.id(row))));
            const int fit = freeRow(rows, x1);
            if (fit < 0) {
                // No row has room: bars would only pile on each other, so the
                // span joins the markers at its visible start and is counted
                // in a cluster there. This bounds the cost of a frame in an
                // era of thousands of overlapping spans.
                markers.push_back({std::max(x1, p.markerSize), row});
                continue;
            }
            rows[std::size_t(fit)].extendTo(extentRight + p.labelGap);
            scene.items.append(makeItem(row, frame.laneIndex, x1, x2, frame.rowCentre(fit), true, periodVisible, index, p));
        } else {
            markers.push_back({(x1 + x2) / 2, row});
        }
    }

    std::stable_sort(markers.begin(), markers.end(), [](const Marker &a, const Marker &b) { return a.x < b.x; });
    for (std::size_t i = 0; i < markers.size();) {
        std::size_t j = i + 1;
        while (j < markers.size() && markers[j].x - markers[i].x <= p.clusterDistance)
            ++j;
        const double x = j - i == 1 ? markers[i].x : (markers[i].x + markers[j - 1].x) / 2;
        const double radius = j - i == 1 ? p.markerSize / 2 : p.markerSize * 0.8;
        double extentRight = x + radius;
        if (packLabels && j - i == 1 && p.title && p.textWidth)
            extentRight += p.labelGap + p.textWidth(p.title(index.id(markers[i].row)));
        const int fit = firstFitRow(rows, x - radius);
        rows[std::size_t(fit)].extendTo(extentRight + p.labelGap);
        if (j - i == 1) {
            const quint32 row = markers[i].row;
            scene.items.append(makeItem(row, frame.laneIndex, x, x, frame.rowCentre(fit), false, false, index, p));
        } else {
            TimelineScene::Cluster cluster{frame.laneIndex, x, frame.rowCentre(fit), quint32(j - i),
                                           std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), 0, false};
            const TimelineHighlight *highlight = activeHighlight(p);
            for (std::size_t m = i; m < j; ++m) {
                cluster.from = std::min(cluster.from, index.start(markers[m].row));
                cluster.to = std::max(cluster.to, index.end(markers[m].row));
                if (highlight && highlight->contains(markers[m].row))
                    ++cluster.highlighted;
            }
            cluster.dimmed = highlight && cluster.highlighted == 0;
            scene.clusters.append(cluster);
        }
        i = j;
    }

    // Markers, clusters and bars block the labels of everything else.
    for (qsizetype i = firstItem; i < scene.items.size(); ++i) {
        const auto &item = scene.items.at(i);
        const int row = int(std::lround((item.y - frame.top - lanePadding / 2) / frame.rowHeight - 0.5));
        const double left = item.bar ? item.x1 : item.x1 - p.markerSize / 2;
        const double right = item.bar ? item.x2 : item.x1 + p.markerSize / 2;
        rows[std::size_t(std::clamp(row, 0, frame.rows - 1))].occupy(left, right, item.row);
    }
    for (const auto &cluster : std::as_const(scene.clusters)) {
        if (cluster.lane != frame.laneIndex)
            continue;
        const int row = int(std::lround((cluster.y - frame.top - lanePadding / 2) / frame.rowHeight - 0.5));
        rows[std::size_t(std::clamp(row, 0, frame.rows - 1))].occupy(cluster.x - p.markerSize, cluster.x + p.markerSize);
    }
    placeLabels(scene, firstItem, frame, rows, index, scale, p);
}

} // namespace

TimelineScene TimelineLayout::layout(const EventIndex &index, const TimelineLanes &lanes, const TimeScale &scale,
                                     const TimelineLayoutParameters &p)
{
    TimelineScene scene;
    const bool packed = lanes.mode() == LaneMode::Packed;
    double y = p.top - p.verticalOffset;
    const auto &all = lanes.lanes();
    // Few lanes on a tall view share out the height (up to twice the rows),
    // rather than leaving the bottom of the window empty.
    int rowsPerLane = p.rowsPerLane;
    if (!all.isEmpty()) {
        const double perLane = (p.viewHeight - p.top) / all.size();
        rowsPerLane = std::clamp(int((perLane - lanePadding) / p.rowHeight), p.rowsPerLane, 2 * p.rowsPerLane);
    }
    std::vector<qint64> columnStarts; // for the dense lanes, made with the first
    for (int laneIndex = 0; laneIndex < all.size(); ++laneIndex) {
        const TimelineLanes::Lane &lane = all.at(laneIndex);
        LaneFrame frame;
        frame.laneIndex = laneIndex;
        frame.top = y;
        frame.rowHeight = p.rowHeight;
        frame.rows = packed ? std::max(1, int((p.viewHeight - p.top - lanePadding) / p.rowHeight)) : rowsPerLane;
        const double height = frame.rows * p.rowHeight + lanePadding;
        scene.lanes.append({laneIndex, lane.title, y, height});
        y += height;
        if (frame.top + height < p.top || frame.top > p.viewHeight)
            continue; // scrolled out of sight: nothing to lay out
        // Decided on the events starting in view (exact and cheap); spans
        // reaching in from the left add a few more to a lane drawn in detail.
        const double perColumn = double(lane.startingWithin(scale.start(), scale.end())) / std::max(1, scale.width());
        if (perColumn > p.densityPerColumn) {
            if (columnStarts.empty()) {
                columnStarts.resize(std::size_t(std::max(scale.width(), 0)) + 1);
                for (std::size_t column = 0; column < columnStarts.size(); ++column)
                    columnStarts[column] = scale.timeForX(double(column));
            }
            layoutDense(scene, lane, frame, index, scale, columnStarts, p);
        }
        else
            layoutDetailed(scene, lane, frame, index, scale, p, packed);
    }
    scene.contentHeight = y + p.verticalOffset - p.top;
    return scene;
}

TimelineScene::Hit TimelineScene::hitTest(const QPointF &point, double tolerance) const
{
    Hit best;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        double distance = 0;
        if (item.bar) {
            const double dx = point.x() < item.x1 ? item.x1 - point.x() : (point.x() > item.x2 ? point.x() - item.x2 : 0);
            distance = std::hypot(dx, std::max(0.0, std::abs(point.y() - item.y) - 5));
        } else {
            distance = std::max(0.0, std::hypot(point.x() - item.x1, point.y() - item.y) - 5);
        }
        if (distance <= tolerance && distance < bestDistance) {
            bestDistance = distance;
            best = {Hit::Kind::Item, i};
        }
    }
    for (int i = 0; i < labels.size(); ++i) {
        if (labels.at(i).rect.adjusted(-tolerance, 0, tolerance, 0).contains(point) && bestDistance > 0) {
            for (int k = 0; k < items.size(); ++k) {
                if (items.at(k).row == labels.at(i).row && items.at(k).lane == labels.at(i).lane) {
                    bestDistance = 0;
                    best = {Hit::Kind::Item, k};
                    break;
                }
            }
        }
    }
    for (int i = 0; i < clusters.size(); ++i) {
        const double distance = std::max(0.0, std::hypot(point.x() - clusters.at(i).x, point.y() - clusters.at(i).y) - 8);
        if (distance <= tolerance && distance < bestDistance) {
            bestDistance = distance;
            best = {Hit::Kind::Cluster, i};
        }
    }
    return best;
}

} // namespace Annals
