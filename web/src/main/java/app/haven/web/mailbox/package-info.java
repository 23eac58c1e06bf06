/** The mailbox screen: a folder of threads. */
package app.haven.web.mailbox;
