/**
 * The Jakarta Batch job {@code purge-expired-drafts} (SPEC R6): deletes drafts last saved before a
 * cutoff (a job parameter, so a restart keeps it), with the bytes of their files, in checkpointed
 * chunks; started daily by a timer or by a practice admin; one audit event with the counts.
 */
package app.haven.batch.purge;
