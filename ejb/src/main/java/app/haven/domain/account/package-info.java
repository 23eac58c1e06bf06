/**
 * People: staff members with one or more roles, and clients with a status, assigned providers and
 * possibly a portal account. An account is the identity a person signs in with.
 */
package app.haven.domain.account;
