/** The thread screen: messages oldest first, reply, delete. */
package app.haven.web.thread;
