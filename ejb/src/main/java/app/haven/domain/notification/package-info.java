/**
 * E-mail notifications (SPEC R9) as a transactional outbox: a notification is written in the same
 * transaction as the message it announces, and delivered after commit, retried until it goes
 * through. It names its recipient by id only; the e-mail it becomes says nothing but that a
 * secure message is waiting.
 */
package app.haven.domain.notification;
