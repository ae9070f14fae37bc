/**
 * Alerts: what each care leaver and verified supporter wants to hear about, the alerts
 * made when an opportunity is published, in-app notifications, instant emails, digests,
 * closing-soon reminders and one-click unsubscribe. Emails go through the outbox of the
 * {@code alert} module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alert subscriptions")
package org.covenantconnects.alert;
