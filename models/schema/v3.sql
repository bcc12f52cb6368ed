-- Schema version 3: an event may say how its date is written when that says
-- more than the date itself ("Summer 1950", "early 1953"), as TimelineJS's
-- display_date does, so that an imported timeline keeps its wording.
ALTER TABLE events ADD COLUMN display_date TEXT NOT NULL DEFAULT ''
