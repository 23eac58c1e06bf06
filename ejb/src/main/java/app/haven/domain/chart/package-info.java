/**
 * The client's chart, where a message becomes part of the record (SPEC R12, R13): Docs &amp; Forms
 * (message attachments shared to the client) and chart notes (a provider's Quick Note of a
 * thread), and who may see and change them.
 */
package app.haven.domain.chart;
