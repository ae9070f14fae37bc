/**
 * Messages to people: today the email outbox and its delivery; alert preferences and
 * fan-out build on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alerts and email")
package org.covenantconnects.email;
