/**
 * Attachment bytes: encrypted at rest (AES-GCM, streaming, with a key from
 * configuration) in a storage folder under generated ids, typed by their content (Apache Tika),
 * written and deleted in step with the transaction that records them.
 */
package app.haven.infrastructure.storage;
