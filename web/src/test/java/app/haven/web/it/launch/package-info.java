/**
 * How the integration tests start Payara Micro: Payara's managed connector, wrapped so that a start
 * that did not report its deployment is tried once more and each instance has ended before the next
 * starts. Kept out of the test deployment ({@code HavenDeployment} adds only its own package).
 */
package app.haven.web.it.launch;
