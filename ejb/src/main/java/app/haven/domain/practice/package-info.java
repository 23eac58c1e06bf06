/** A practice: the tenant boundary. Nothing crosses from one practice to another. */
package app.haven.domain.practice;
