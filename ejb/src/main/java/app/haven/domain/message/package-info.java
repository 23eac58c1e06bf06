/**
 * What a message says: its subject and its rich-text body, each valid by construction. The body
 * is sanitised with an allow-list before anything stores it (SPEC R3, R4).
 */
package app.haven.domain.message;
