// SPDX-License-Identifier: GPL-3.0-or-later
#include "typeahead.h"

#include <QAbstractItemView>
#include <QKeyEvent>

namespace Annals {

namespace {

class TypeAheadFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const Qt::KeyboardModifiers chord = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
            const QString text = key->text();
            // Accepting the override turns the key back into a key press for the view.
            if (chord == Qt::NoModifier && text.size() == 1 && text.at(0).isLetterOrNumber()) {
                event->accept();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void preferTypeAhead(QAbstractItemView *view)
{
    view->installEventFilter(new TypeAheadFilter(view));
}

} // namespace Annals
