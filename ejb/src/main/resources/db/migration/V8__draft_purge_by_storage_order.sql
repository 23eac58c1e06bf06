-- Haven schema, version 8: the draft purge walks the table in storage order (page ranges on
-- PostgreSQL, row numbers on H2) and no longer reads draft_purge_idx, which every autosave kept up
-- to date for nothing.

DROP INDEX draft_purge_idx;
