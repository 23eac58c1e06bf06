/**
 * Haven's domain model: one package per aggregate, with its entities, value objects, repository
 * interface and refusals. Rules live here, not in services or screens.
 */
package app.haven.domain;
