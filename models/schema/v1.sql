-- SPDX-License-Identifier: GPL-3.0-or-later
-- Annals atlas schema, version 1.
--
-- Conventions:
-- * A date is three columns: <x>_time (seconds since 1970-01-01T00:00Z, proleptic
--   Gregorian, the first second of the period), <x>_precision (one of the keys
--   below) and <x>_approx (0 or 1). An open end is NULL in all three.
-- * Precision keys: billion_years, million_years, thousand_years, century, decade,
--   year, month, day, hour, minute.
-- * No triggers and no views: a file that holds either is refused, so that opening
--   an atlas from elsewhere never runs code that came with it.
-- * The full-text index is kept by the application, in the same transaction as the
--   edit it follows.
-- Statements are separated by a line holding only ";;".

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID
;;
CREATE TABLE actors (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(name) > 0),
    native_name     TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL CHECK (kind IN ('person', 'state', 'organisation', 'group')),
    colour          TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    start_time      INTEGER,
    start_precision TEXT CHECK (start_precision IN ('billion_years', 'million_years', 'thousand_years', 'century', 'decade', 'year', 'month', 'day', 'hour', 'minute')),
    start_approx    INTEGER NOT NULL DEFAULT 0 CHECK (start_approx IN (0, 1)),
    end_time        INTEGER,
    end_precision   TEXT CHECK (end_precision IN ('billion_years', 'million_years', 'thousand_years', 'century', 'decade', 'year', 'month', 'day', 'hour', 'minute')),
    end_approx      INTEGER NOT NULL DEFAULT 0 CHECK (end_approx IN (0, 1)),
    CHECK ((start_time IS NULL) = (start_precision IS NULL)),
    CHECK ((end_time IS NULL) = (end_precision IS NULL))
)
;;
CREATE TABLE actor_names (
    id              INTEGER PRIMARY KEY,
    actor_id        INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    name            TEXT NOT NULL CHECK (length(name) > 0),
    native_name     TEXT NOT NULL DEFAULT '',
    start_time      INTEGER,
    start_precision TEXT CHECK (start_precision IN ('billion_years', 'million_years', 'thousand_years', 'century', 'decade', 'year', 'month', 'day', 'hour', 'minute')),
    start_approx    INTEGER NOT NULL DEFAULT 0 CHECK (start_approx IN (0, 1)),
    end_time        INTEGER,
    end_precision   TEXT CHECK (end_precision IN ('billion_years', 'million_years', 'thousand_years', 'century', 'decade', 'year', 'month', 'day', 'hour', 'minute')),
    end_approx      INTEGER NOT NULL DEFAULT 0 CHECK (end_approx IN (0, 1)),
    CHECK ((start_time IS NULL) = (start_precision IS NULL)),
    CHECK ((end_time IS NULL) = (end_precision IS NULL))
)
;;
CREATE INDEX actor_names_by_actor ON actor_names (actor_id)
;;
CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL CHECK (length(title) > 0),
    description     TEXT NOT NULL DEFAULT '',
    category        TEXT NOT NULL DEFAULT '',
    place           TEXT NOT NULL DEFAULT '',
    importance      INTEGER NOT NULL DEFAULT 3 CHECK (importance BETWEEN 1 AND 5),
    start_time      INTEGER NOT NULL,
    start_precision TEXT NOT NULL CHECK (start_precision IN ('billion_years', 'million_years', 'thousand_years', 'century', 'decade', 'year', 'month', 'day', 'hour', 'minute')),
    start_approx    INTEGER NOT NULL DEFAULT 0 CHECK (start_approx IN (0, 1)),
    end_time        INTEGER,
    end_precision   TEXT CHECK (end_precision IN ('billion_years', 'million_years', 'thousand_years', 'century', 'decade', 'year', 'month', 'day', 'hour', 'minute')),
    end_approx      INTEGER NOT NULL DEFAULT 0 CHECK (end_approx IN (0, 1)),
    CHECK ((end_time IS NULL) = (end_precision IS NULL))
)
;;
CREATE INDEX events_by_start ON events (start_time)
;;
CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    role     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, actor_id, role)
) WITHOUT ROWID
;;
CREATE INDEX event_actors_by_actor ON event_actors (actor_id)
;;
CREATE TABLE relations (
    id              INTEGER PRIMARY KEY,
    source_id       INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    target_id       INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('alliance', 'treaty', 'family', 'rivalry', 'sanctions', 'aid', 'summit', 'membership', 'leadership', 'war', 'other')),
    stance          INTEGER NOT NULL DEFAULT 0 CHECK (stance IN (-1, 0, 1)),
    directed        INTEGER NOT NULL DEFAULT 0 CHECK (directed IN (0, 1)),
    label           TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    start_time      INTEGER NOT NULL,
    start_precision TEXT NOT NULL CHECK (start_precision IN ('billion_years', 'million_years', 'thousand_years', 'century', 'decade', 'year', 'month', 'day', 'hour', 'minute')),
    start_approx    INTEGER NOT NULL DEFAULT 0 CHECK (start_approx IN (0, 1)),
    end_time        INTEGER,
    end_precision   TEXT CHECK (end_precision IN ('billion_years', 'million_years', 'thousand_years', 'century', 'decade', 'year', 'month', 'day', 'hour', 'minute')),
    end_approx      INTEGER NOT NULL DEFAULT 0 CHECK (end_approx IN (0, 1)),
    begin_event_id  INTEGER REFERENCES events (id) ON DELETE SET NULL,
    end_event_id    INTEGER REFERENCES events (id) ON DELETE SET NULL,
    CHECK (source_id <> target_id),
    CHECK ((end_time IS NULL) = (end_precision IS NULL))
)
;;
CREATE INDEX relations_by_source ON relations (source_id)
;;
CREATE INDEX relations_by_target ON relations (target_id)
;;
CREATE TABLE event_links (
    id            INTEGER PRIMARY KEY,
    from_event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    to_event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('causes', 'leads_to', 'responds_to')),
    CHECK (from_event_id <> to_event_id)
)
;;
CREATE TABLE eras (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL CHECK (length(title) > 0),
    description     TEXT NOT NULL DEFAULT '',
    colour          TEXT NOT NULL DEFAULT '',
    start_time      INTEGER NOT NULL,
    start_precision TEXT NOT NULL CHECK (start_precision IN ('billion_years', 'million_years', 'thousand_years', 'century', 'decade', 'year', 'month', 'day', 'hour', 'minute')),
    start_approx    INTEGER NOT NULL DEFAULT 0 CHECK (start_approx IN (0, 1)),
    end_time        INTEGER NOT NULL,
    end_precision   TEXT NOT NULL CHECK (end_precision IN ('billion_years', 'million_years', 'thousand_years', 'century', 'decade', 'year', 'month', 'day', 'hour', 'minute')),
    end_approx      INTEGER NOT NULL DEFAULT 0 CHECK (end_approx IN (0, 1))
)
;;
CREATE TABLE sources (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL CHECK (length(title) > 0),
    author    TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    url       TEXT NOT NULL DEFAULT '',
    licence   TEXT NOT NULL DEFAULT '',
    accessed  TEXT NOT NULL DEFAULT '',
    notes     TEXT NOT NULL DEFAULT ''
)
;;
CREATE TABLE citations (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    item_kind TEXT NOT NULL CHECK (item_kind IN ('atlas', 'event', 'actor', 'actor_name', 'relation', 'event_link', 'era', 'series', 'series_point', 'tour')),
    item_id   INTEGER NOT NULL,
    locator   TEXT NOT NULL DEFAULT '',
    note      TEXT NOT NULL DEFAULT ''
)
;;
CREATE INDEX citations_by_item ON citations (item_kind, item_id)
;;
CREATE TABLE series (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    unit        TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    actor_id    INTEGER REFERENCES actors (id) ON DELETE SET NULL
)
;;
CREATE TABLE series_points (
    id         INTEGER PRIMARY KEY,
    series_id  INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    time       INTEGER NOT NULL,
    precision  TEXT NOT NULL CHECK (precision IN ('billion_years', 'million_years', 'thousand_years', 'century', 'decade', 'year', 'month', 'day', 'hour', 'minute')),
    value      REAL NOT NULL,
    low        REAL,
    high       REAL,
    note       TEXT NOT NULL DEFAULT '',
    CHECK (low IS NULL OR low <= value),
    CHECK (high IS NULL OR high >= value)
)
;;
CREATE INDEX series_points_by_series ON series_points (series_id, time)
;;
CREATE TABLE tours (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(title) > 0),
    description TEXT NOT NULL DEFAULT ''
)
;;
CREATE TABLE tour_steps (
    id             INTEGER PRIMARY KEY,
    tour_id        INTEGER NOT NULL REFERENCES tours (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    event_id       INTEGER REFERENCES events (id) ON DELETE SET NULL,
    window_start   INTEGER,
    window_end     INTEGER,
    cursor_time    INTEGER,
    focus_actor_id INTEGER REFERENCES actors (id) ON DELETE SET NULL,
    caption        TEXT NOT NULL DEFAULT '',
    UNIQUE (tour_id, position),
    CHECK ((window_start IS NULL) = (window_end IS NULL))
)
;;
CREATE VIRTUAL TABLE search_index USING fts5 (
    item_kind UNINDEXED,
    item_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
)
