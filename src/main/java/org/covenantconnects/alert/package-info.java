/**
 * Tells care leavers and supporters about new opportunities, the way each of them chose.
 * <p>
 * Alert preferences, the alerts made for everyone an opportunity fits when it is
 * published, notifications in the service, instant emails, weekly and monthly digests,
 * closing-soon reminders, and one-click unsubscribe. Emails go through the {@code email}
 * module's outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alerts")
package org.covenantconnects.alert;
