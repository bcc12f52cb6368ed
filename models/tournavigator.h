// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Annals {

// Where a presentation stands in its tour, moved by the keys a teacher's
// presentation clicker sends. Only state and keys, no widgets, so that every
// path a clicker can take is tested by keys alone.
//
// Forward: Right, Down, Page Down, Space, Enter, N. Back: Left, Up, Page Up,
// Backspace, P. Home and End: the first and last step. Digits then Enter:
// that step (counted from 1), as in presentation programs; Backspace takes
// the last digit back. B or "." blanks the screen and brings it back (what a
// clicker's "blank" button sends); while blank, a forward or back key only
// brings the picture back, so nobody skips a step they never saw. Esc brings
// the picture back or drops a typed number first, and otherwise asks to
// leave.
class TourNavigator : public QObject
{
    Q_OBJECT

public:
    enum class KeyResult { Ignored, Handled, Leave };

    explicit TourNavigator(QObject *parent = nullptr);

    // Starts over with `count` steps at step `start` (clamped); -1 when there
    // are no steps.
    void reset(int count, int start = 0);

    int stepCount() const { return m_count; }
    int currentStep() const { return m_current; }
    bool isBlanked() const { return m_blanked; }
    // The digits typed so far towards a jump, empty when none.
    QString typedNumber() const { return m_typed; }

    KeyResult handleKey(int key, Qt::KeyboardModifiers modifiers, const QString &text);

    void next();
    void previous();
    void first();
    void last();
    // `index` counted from 0; false (and nothing moves) when out of range.
    bool goTo(int index);
    void setBlanked(bool blanked);

Q_SIGNALS:
    void currentStepChanged(int index);
    void blankedChanged(bool blanked);
    void typedNumberChanged(const QString &digits);

private:
    void setTyped(const QString &digits);

    int m_count = 0;
    int m_current = -1;
    bool m_blanked = false;
    QString m_typed;
};

} // namespace Annals
