// SPDX-License-Identifier: GPL-3.0-or-later
#include "tooltip.h"

#include <QHelpEvent>
#include <QToolTip>

namespace Annals {

bool answerToolTip(QWidget *owner, QEvent *event, const std::function<QString(QPoint)> &textAt)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    const auto *help = static_cast<QHelpEvent *>(event);
    const QString text = textAt(help->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, owner);
    return true;
}

} // namespace Annals
