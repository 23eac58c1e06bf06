-- Haven schema, version 9: the People and Clients pages read a practice's accounts a page at a time,
-- staff first, then by name (then id); this index hands them over in that order, so the first page
-- reads 25 entries instead of sorting the whole practice (15,000 clients at the benchmark's scale).
-- It starts with practice_id, so it replaces account_practice_idx.

CREATE INDEX account_directory_idx ON account (practice_id, kind DESC, display_name, id);
DROP INDEX account_practice_idx;
