// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPoint>
#include <QString>

#include <functional>

class QEvent;
class QWidget;

namespace Annals {

// The views that name what lies under the mouse answer a tooltip request the
// same way; this is that answer, so that they cannot drift apart.
//
// If `event` is a QEvent::ToolTip, shows textAt(the event's position in
// `owner`) at the mouse, or hides any tooltip when that text is empty, and
// returns true: the event is handled. Any other event is left alone (false).
bool answerToolTip(QWidget *owner, QEvent *event, const std::function<QString(QPoint)> &textAt);

} // namespace Annals
