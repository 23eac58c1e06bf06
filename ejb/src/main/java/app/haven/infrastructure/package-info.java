/** Technology behind the domain's interfaces: persistence, security, time, demo data. */
package app.haven.infrastructure;
