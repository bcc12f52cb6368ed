// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QString>

namespace Annals {

class ViewState;

// What the views show at one moment, as much of it as a tour step records.
struct TourView {
    qint64 windowStart = 0;
    qint64 windowEnd = 0; // not after windowStart: no window is shown
    qint64 cursor = 0;
    ItemId selectedEvent = 0;
    ItemId selectedActor = 0;
    ItemId graphFocusActor = 0; // the graph's neighbourhood focus, 0 when none
};

TourView tourViewOf(const ViewState &state, ItemId graphFocusActor);

// The step that brings the views back to `view`: its window and cursor, the
// selected event, and the selected actor (or else the graph's focus) to
// focus. The caption starts as the selected event's title and date, so a
// step added while reading an event says what it shows; empty otherwise.
// Events and actors `data` does not hold are left out.
TourStep stepFromView(const TourView &view, const AtlasData &data);

// Moves the views to `step`: its window and cursor (when it has them), its
// event selected (or none), its actor selected (or none). A step with no
// window leaves the window where it is.
void showStepInView(const TourStep &step, ViewState &state);

// How a step's list entry reads: "3. 1961 — First line of the caption…",
// the event's title when there is no caption. `index` is 0-based.
QString tourStepLabel(const AtlasData &data, const TourStep &step, int index);

// The moment a step is about (its cursor, else its window's start, else its
// event's start), as a year; empty when it names none.
QString tourStepYear(const AtlasData &data, const TourStep &step);

} // namespace Annals
