/** The staff directory of the practice. */
package app.haven.web.people;
