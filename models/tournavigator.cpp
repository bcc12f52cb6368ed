// SPDX-License-Identifier: GPL-3.0-or-later
#include "tournavigator.h"

#include <algorithm>

namespace Annals {

namespace {

// Enough for any tour a class sits through; more digits are ignored rather
// than turned into a number nobody meant.
constexpr qsizetype maximumTypedDigits = 4;

enum class Move { None, Forward, Back, First, Last };

Move moveFor(int key)
{
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_N:
        return Move::Forward;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_P:
        return Move::Back;
    case Qt::Key_Home:
        return Move::First;
    case Qt::Key_End:
        return Move::Last;
    default:
        return Move::None;
    }
}

} // namespace

TourNavigator::TourNavigator(QObject *parent)
    : QObject(parent)
{
}

void TourNavigator::reset(int count, int start)
{
    m_count = std::max(0, count);
    setTyped({});
    setBlanked(false);
    const int current = m_count == 0 ? -1 : std::clamp(start, 0, m_count - 1);
    if (current != m_current) {
        m_current = current;
        Q_EMIT currentStepChanged(m_current);
    }
}

TourNavigator::KeyResult TourNavigator::handleKey(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    // Shortcuts with Ctrl or Alt belong to whoever hosts the presentation.
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return KeyResult::Ignored;

    if (key == Qt::Key_Escape) {
        if (m_blanked) {
            setBlanked(false);
            return KeyResult::Handled;
        }
        if (!m_typed.isEmpty()) {
            setTyped({});
            return KeyResult::Handled;
        }
        return KeyResult::Leave;
    }
    if (key == Qt::Key_B || key == Qt::Key_Period || text == QLatin1String(".")) {
        setBlanked(!m_blanked);
        return KeyResult::Handled;
    }
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        if (m_typed.size() < maximumTypedDigits)
            setTyped(m_typed + QChar(u'0' + (key - Qt::Key_0)));
        return KeyResult::Handled;
    }
    if (key == Qt::Key_Backspace && !m_typed.isEmpty()) {
        setTyped(m_typed.chopped(1));
        return KeyResult::Handled;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_typed.isEmpty()) {
        const int number = m_typed.toInt();
        setTyped({});
        setBlanked(false);
        goTo(number - 1);
        return KeyResult::Handled;
    }

    Move move = moveFor(key);
    if (key == Qt::Key_Return || key == Qt::Key_Enter)
        move = Move::Forward;
    else if (key == Qt::Key_Backspace)
        move = Move::Back;
    if (move == Move::None)
        return KeyResult::Ignored;

    setTyped({});
    if (m_blanked) {
        setBlanked(false);
        return KeyResult::Handled;
    }
    switch (move) {
    case Move::Forward:
        next();
        break;
    case Move::Back:
        previous();
        break;
    case Move::First:
        first();
        break;
    case Move::Last:
        last();
        break;
    case Move::None:
        break;
    }
    return KeyResult::Handled;
}

void TourNavigator::next()
{
    goTo(m_current + 1);
}

void TourNavigator::previous()
{
    goTo(m_current - 1);
}

void TourNavigator::first()
{
    goTo(0);
}

void TourNavigator::last()
{
    goTo(m_count - 1);
}

bool TourNavigator::goTo(int index)
{
    if (index < 0 || index >= m_count)
        return false;
    if (index != m_current) {
        m_current = index;
        Q_EMIT currentStepChanged(m_current);
    }
    return true;
}

void TourNavigator::setBlanked(bool blanked)
{
    if (blanked == m_blanked)
        return;
    m_blanked = blanked;
    Q_EMIT blankedChanged(m_blanked);
}

TourStepView viewForStep(const TourStep &step, const AtlasData &data, std::pair<qint64, qint64> current)
{
    TourStepView view;
    view.windowStart = current.first;
    view.windowEnd = current.second;
    const Event *event = nullptr;
    if (step.eventId != 0) {
        const auto found = std::find_if(data.events.cbegin(), data.events.cend(),
                                        [&](const Event &candidate) { return candidate.id == step.eventId; });
        if (found != data.events.cend()) {
            event = &*found;
            view.eventId = event->id;
        }
    }
    if (step.windowStart && step.windowEnd && *step.windowEnd > *step.windowStart) {
        view.windowStart = *step.windowStart;
        view.windowEnd = *step.windowEnd;
    } else if (event) {
        // A year either side at least, so the event is seen among its neighbours.
        constexpr qint64 year = 31'556'952;
        const qint64 start = event->when.start.seconds();
        const qint64 end = event->when.endExclusive().value_or(event->when.start.periodEnd());
        const qint64 margin = std::max(year, (end - start) / 2);
        view.windowStart = start - margin;
        view.windowEnd = end + margin;
    }
    if (step.cursorTime)
        view.cursor = *step.cursorTime;
    else if (event)
        view.cursor = event->when.start.seconds();
    else
        view.cursor = view.windowStart + (view.windowEnd - view.windowStart) / 2;
    if (step.focusActorId != 0
        && std::any_of(data.actors.cbegin(), data.actors.cend(), [&](const Actor &actor) { return actor.id == step.focusActorId; }))
        view.focusActorId = step.focusActorId;
    return view;
}

void TourNavigator::setTyped(const QString &digits)
{
    if (digits == m_typed)
        return;
    m_typed = digits;
    Q_EMIT typedNumberChanged(m_typed);
}

} // namespace Annals
