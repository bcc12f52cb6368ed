-- Fills the full-text index from the tables: schema version 2, and what
-- AtlasStore::rebuildSearchIndex runs. Each entry's rowid is its kind's code
-- times 2^40 plus the item's id (see models/searchindex.h), so that one
-- kind's matches are a rowid range FTS5 can seek to, and an item's entry is
-- found by rowid instead of by a scan. The bodies must match searchindex.cpp.
DELETE FROM search_index
;;
INSERT INTO search_index (rowid, item_kind, item_id, title, body)
SELECT (1 << 40) + id, 'event', id, title, description || char(10) || place || char(10) || category FROM events
;;
INSERT INTO search_index (rowid, item_kind, item_id, title, body)
SELECT (2 << 40) + id, 'actor', id, name, native_name || char(10) || description FROM actors
;;
INSERT INTO search_index (rowid, item_kind, item_id, title, body)
SELECT (3 << 40) + id, 'actor_name', id, name, native_name FROM actor_names
;;
INSERT INTO search_index (rowid, item_kind, item_id, title, body)
SELECT (4 << 40) + id, 'relation', id, label, kind || char(10) || description FROM relations
;;
INSERT INTO search_index (rowid, item_kind, item_id, title, body)
SELECT (5 << 40) + id, 'source', id, title, author || char(10) || publisher || char(10) || notes FROM sources
