/**
 * Browser tests: real Chromium (Debian's, never downloaded) against the real server and database.
 * They run in the {@code browser} Maven profile, on wherever /usr/bin/chromium exists.
 */
package app.haven.web.browser;
