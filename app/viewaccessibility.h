// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QAccessibleEvent;
class QWidget;

namespace Annals {

class ViewState;

// The timeline and the graph paint everything themselves: to a screen reader
// each is one widget with nothing inside. Their accessible interfaces (made by
// a factory installed when this library loads) say what a sighted user sees at
// a glance instead: the name tells the period shown ("Timeline, 1950 – 1953"),
// the description and value what is selected ("Korean War, 25 Jun 1950 –
// 27 Jul 1953", or that nothing is); the help, the view's own description of
// how to use it.

// Called by the timeline and the graph whenever they are given a view state
// (null lets go of it): their interface reads the selection from `state`, and
// each change of selection is announced (DescriptionChanged, which screen
// readers speak for the focused widget) so that it is heard as it is made.
void announceSelectionChanges(QWidget *view, ViewState *state);

// Where those announcements go: QAccessible::updateAccessibility unless
// replaced. Qt drops them while no assistive technology listens (always, on
// the offscreen platform), so tests put a recorder here. Returns the one
// replaced; null puts Qt's back.
using Announce = void (*)(QAccessibleEvent *event);
Announce setAnnounce(Announce announce);

// What the window's F6 and Shift+F6 do (a desktop convention): moves the
// keyboard focus to the next (`step` 1) or previous (-1) of `areas` that is
// visible, starting after the one that holds the focus now. Inside an area the
// focus goes to the area itself if it takes focus, else to its first child
// that does. Returns the area given the focus, or null when none could take it.
QWidget *focusNextArea(const QList<QWidget *> &areas, int step);

// `text` as a menu entry whose mnemonic is the first letter not in `taken`
// (lower case; it is added there), a word's first letter before any other, and
// with its own "&" kept as one. For entries made from a list (the relation
// kinds) that cannot be given one by hand. With every letter taken, none.
QString withMnemonic(const QString &text, QString *taken);

} // namespace Annals
