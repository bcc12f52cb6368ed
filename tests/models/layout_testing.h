// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Comparing layouts in tests: how far a picture moved, and whether two runs
// gave the very same one.

#include <QPointF>

#include <cmath>
#include <cstring>
#include <vector>

namespace Annals {

// Over the nodes both have; `from` and `to` are the same size in every use.
inline double meanDisplacement(const std::vector<QPointF> &from, const std::vector<QPointF> &to)
{
    double sum = 0;
    for (std::size_t i = 0; i < from.size(); ++i) {
        const QPointF d = to[i] - from[i];
        sum += std::sqrt(d.x() * d.x() + d.y() * d.y());
    }
    return sum / double(from.size());
}

// To the bit, so that -0.0 and 0.0 differ and NaN equals itself: the
// promise is the same bits, not nearly the same numbers.
inline bool bitIdentical(const std::vector<QPointF> &a, const std::vector<QPointF> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double left[2] = {a[i].x(), a[i].y()};
        const double right[2] = {b[i].x(), b[i].y()};
        if (std::memcmp(left, right, sizeof left) != 0)
            return false;
    }
    return true;
}

} // namespace Annals
