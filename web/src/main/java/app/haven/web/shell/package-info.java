/** The frame around every signed-in page: top bar, badge slot, folder menu, sign-out. */
package app.haven.web.shell;
