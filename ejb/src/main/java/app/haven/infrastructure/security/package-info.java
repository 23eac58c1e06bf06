/** Password hashing (PBKDF2-HMAC-SHA256, 600,000 iterations) behind the sign-in use case. */
package app.haven.infrastructure.security;
