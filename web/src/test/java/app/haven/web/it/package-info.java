/**
 * Arquillian integration tests on Payara Micro (managed, loopback only) and their shared helpers:
 * one deployment builder, the demo people, an HTTP client that signs in like a browser.
 */
package app.haven.web.it;
