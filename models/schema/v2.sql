-- Schema version 2: the full-text index gains prefix indexes for two to
-- eight characters, so that a word being typed ("kor", "trea", "armist")
-- is matched without first merging the lists of every word it begins (50-170
-- ms for a prefix of a word in every event at a million events; under 1 ms
-- with them). They cost space: the index grew from 71 to 111 MB on the
-- generated million-event atlas. search_index.sql then fills the index again,
-- with rowids that encode each entry's kind.
DROP TABLE search_index
;;
CREATE VIRTUAL TABLE search_index USING fts5 (
    item_kind UNINDEXED,
    item_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4 5 6 7 8'
)
