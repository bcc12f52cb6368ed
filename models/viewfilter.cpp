// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewfilter.h"

#include <algorithm>

namespace Annals {

bool ViewFilter::isEmpty() const
{
    return normalized() == ViewFilter{};
}

ViewFilter ViewFilter::normalized() const
{
    ViewFilter result = *this;
    std::sort(result.actors.begin(), result.actors.end());
    result.actors.erase(std::unique(result.actors.begin(), result.actors.end()), result.actors.end());
    result.categories.sort();
    result.categories.removeDuplicates();
    result.minimumImportance = std::clamp(minimumImportance, 1, 5);
    if (!result.hasRange())
        result.rangeStart = result.rangeEnd = 0;
    return result;
}

} // namespace Annals
