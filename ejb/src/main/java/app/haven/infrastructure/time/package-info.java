/** The clock: one UTC source of "now" that tests can reason about. */
package app.haven.infrastructure.time;
