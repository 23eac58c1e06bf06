/**
 * The benchmark (issue 9): {@code config/bench/run} seeds a clinic group at scale on PostgreSQL
 * and measures Haven against baselines on the same database; report under
 * {@code web/target/bench/}. Not part of {@code mvn verify}: no class here ends in IT or Test.
 */
package app.haven.web.bench;
