/**
 * Attachments (SPEC R5): a file's safe name, the policy that decides which files are accepted
 * (size, type by content, name agreeing with content), and the attachment itself, staged for its
 * uploader until it is sent with a message.
 */
package app.haven.domain.attachment;
