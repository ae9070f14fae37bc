/**
 * Registers and verifies the people who support care leavers, and lets them pass
 * opportunities on.
 * <p>
 * Personal advisers, virtual school heads, leaving-care teams, college staff and charity
 * workers register with their work email and organisation, and are verified by a
 * coordinator, or at once when their email's domain is on their council's allowed list. A
 * verified supporter sees the opportunities of their region and sends them to young
 * people by email.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supporters")
package org.covenantconnects.supporter;
