/**
 * The application's own data source (defined from MicroProfile Config, so PostgreSQL needs only
 * settings) and its Flyway-managed schema.
 */
package app.haven.infrastructure.persistence;
