/**
 * Sends every email the service writes, exactly once, whichever instance wrote it.
 * <p>
 * The outbox and its delivery over SMTP or GOV.UK Notify (or recorded, for
 * {@code /admin/messages}), Notify's delivery receipts, and the addresses that cannot
 * receive email.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Email")
package org.covenantconnects.email;
