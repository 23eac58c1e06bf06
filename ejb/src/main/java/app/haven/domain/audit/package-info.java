/**
 * The append-only audit trail: who did what to which id, and when. An audit event carries ids and
 * an action only, never message text, subjects, names, e-mail addresses or file names.
 */
package app.haven.domain.audit;
