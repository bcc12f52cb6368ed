// SPDX-License-Identifier: GPL-3.0-or-later
#include "tours.h"

#include "viewstate.h"

#include <QCoreApplication>

#include <algorithm>

namespace Annals {

namespace {


template<typename Item>
const Item *findById(const QList<Item> &items, ItemId id)
{
    if (id == 0)
        return nullptr;
    const auto found = std::find_if(items.cbegin(), items.cend(), [id](const Item &item) { return item.id == id; });
    return found != items.cend() ? &*found : nullptr;
}

// Long enough to recognise a step by, short enough for a narrow dock.
constexpr qsizetype labelCaptionLength = 60;

} // namespace

TourView tourViewOf(const ViewState &state, ItemId graphFocusActor)
{
    return {state.windowStart(),   state.windowEnd(),     state.cursor(),
            state.selectedEvent(), state.selectedActor(), graphFocusActor};
}

TourStep stepFromView(const TourView &view, const AtlasData &data)
{
    TourStep step;
    if (view.windowEnd > view.windowStart) {
        step.windowStart = view.windowStart;
        step.windowEnd = view.windowEnd;
        step.cursorTime = view.cursor;
    }
    if (const Event *event = findById(data.events, view.selectedEvent)) {
        step.eventId = event->id;
        const QString when = event->when.hasEnd()
            ? QCoreApplication::translate("Annals::Tours", "%1 – %2", "start, end").arg(event->when.start.toDisplayString(), event->when.end.toDisplayString())
            : event->when.start.toDisplayString();
        step.caption = QCoreApplication::translate("Annals::Tours", "%1 (%2)", "event title, date").arg(event->title, when);
    }
    for (ItemId actor : {view.selectedActor, view.graphFocusActor}) {
        if (findById(data.actors, actor)) {
            step.focusActorId = actor;
            break;
        }
    }
    return step;
}

void showStepInView(const TourStep &step, ViewState &state)
{
    if (step.windowStart && step.windowEnd)
        state.setWindow(*step.windowStart, *step.windowEnd);
    if (step.cursorTime)
        state.setCursor(*step.cursorTime);
    state.setSelectedEvent(step.eventId);
    state.setSelectedActor(step.focusActorId);
}

QString tourStepYear(const AtlasData &data, const TourStep &step)
{
    std::optional<qint64> time = step.cursorTime ? step.cursorTime : step.windowStart;
    const Event *event = findById(data.events, step.eventId);
    if (!time && event)
        time = event->when.start.seconds();
    if (!time)
        return {};
    return HistoricalDate(*time, Precision::Year).toDisplayString();
}

QString tourStepLabel(const AtlasData &data, const TourStep &step, int index)
{
    QString text = step.caption.section(QLatin1Char('\n'), 0, 0).trimmed();
    const bool cut = text.size() > labelCaptionLength || step.caption.trimmed().contains(QLatin1Char('\n'));
    if (text.size() > labelCaptionLength)
        text = text.left(labelCaptionLength).trimmed();
    if (cut)
        text += QChar(0x2026);
    if (text.isEmpty()) {
        const Event *event = findById(data.events, step.eventId);
        text = event ? event->title : QCoreApplication::translate("Annals::Tours", "(no caption)");
    }
    const QString year = tourStepYear(data, step);
    const QString number = QString::number(index + 1);
    return year.isEmpty() ? QCoreApplication::translate("Annals::Tours", "%1. %2", "number, caption").arg(number, text)
                          : QCoreApplication::translate("Annals::Tours", "%1. %2 — %3", "number, year, caption").arg(number, year, text);
}

} // namespace Annals
