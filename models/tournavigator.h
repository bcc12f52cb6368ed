// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

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

// What the views show at one step of a tour.
struct TourStepView {
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    qint64 cursor = 0;
    ItemId eventId = 0;      // the step's event, when it still exists
    ItemId focusActorId = 0; // the actor to focus, when it still exists
};

// Turns a step into what to show: its own window, else its event with some
// time either side, else `current` (a step that is only a caption keeps the
// view). The cursor is the step's, else the event's start, else the middle of
// the window. An event or actor deleted since the step was made is dropped.
TourStepView viewForStep(const TourStep &step, const AtlasData &data, std::pair<qint64, qint64> current);

} // namespace Annals
