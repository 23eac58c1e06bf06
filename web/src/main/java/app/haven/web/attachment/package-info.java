/** Files: the authorised download, uploads read as they arrive, the upload list of the composer, and how sizes read. */
package app.haven.web.attachment;
