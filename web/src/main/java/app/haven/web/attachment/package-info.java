/** Files: the authorised download, the upload list of the composer, and how sizes read. */
package app.haven.web.attachment;
