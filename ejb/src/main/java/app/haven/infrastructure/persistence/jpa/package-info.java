/** JPA (EclipseLink) implementations of the domain repositories. */
package app.haven.infrastructure.persistence.jpa;
