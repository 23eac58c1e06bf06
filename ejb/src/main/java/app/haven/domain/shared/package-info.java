/** Small building blocks shared by every aggregate: opaque ids and the root of all refusals. */
package app.haven.domain.shared;
