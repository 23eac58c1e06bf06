/** MicroProfile Health: Haven is ready when its database answers (SMTP outages are the outbox's job). */
package app.haven.infrastructure.health;
