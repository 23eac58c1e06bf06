/**
 * Drafts (SPEC R6): a message being written, private to its author, saved by hand or every few
 * seconds while the author types, kept for a retention period after its last save and then purged.
 */
package app.haven.domain.draft;
