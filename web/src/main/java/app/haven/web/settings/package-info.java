/** Web settings taken from MicroProfile Config at start-up (session timeout, cookie, Faces stage). */
package app.haven.web.settings;
