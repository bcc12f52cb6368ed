// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemView;

namespace Annals {

// Letters and digits typed in `view` go to its type-ahead search (jump to the
// row that starts so) instead of the window's one-key shortcuts, such as Z for
// Zoom to Selection. Keys with Ctrl or Alt, and signs like + and −, still
// reach the shortcuts. The filter is a child of the view.
void preferTypeAhead(QAbstractItemView *view);

} // namespace Annals
