/** The compose screen: recipients, subject, rich-text body. */
package app.haven.web.compose;
