/**
 * Delivery of the outbox: the application's mail session (from MicroProfile Config), the one
 * e-mail Haven sends, and the dispatcher that claims due notifications and sends them after the
 * message's transaction committed.
 */
package app.haven.infrastructure.mail;
