/** Practice administration screens. */
package app.haven.web.admin;
