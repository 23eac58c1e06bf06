/**
 * Sign-in and sign-out: Haven's form authentication mechanism, its identity store (backed by the
 * {@code SignIn} EJB) and the pages' beans.
 */
package app.haven.web.security;
