/** The demo clinic group seeded for evaluation and tests when {@code haven.demo.seed=true}. */
package app.haven.infrastructure.demo;
