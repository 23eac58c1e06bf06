-- Haven schema, version 7: the purge's pages (one practice's expired drafts in id order) read from
-- one index in id order, with saved_at in the index so that expired ones are picked out there.
-- Replaces draft_expiry_idx (saved_at, id), from which each page had to sort every expired draft.

CREATE INDEX draft_purge_idx ON draft (practice_id, id, saved_at);
DROP INDEX draft_expiry_idx;
