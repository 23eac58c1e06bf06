/**
 * Haven's Faces screens: one package per screen or use case, one named bean per page. Screens
 * hold no business rules; they call the EJBs of {@code app.haven.application}.
 */
package app.haven.web;
