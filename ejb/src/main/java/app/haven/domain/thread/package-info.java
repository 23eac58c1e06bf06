/**
 * Threads: the conversation aggregate. A thread holds its messages (oldest first) and one
 * participation per person, which is that person's own view of it (folder, read state). The rules
 * of addressing (R1, R2, R15), replying (R11) and deleting (R14) live here.
 */
package app.haven.domain.thread;
