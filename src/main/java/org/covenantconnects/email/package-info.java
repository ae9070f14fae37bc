/**
 * Sends every email the service writes, exactly once, whichever instance wrote it.
 * <p>
 * The outbox and its delivery over SMTP or GOV.UK Notify (or recorded, read at
 * {@code /admin/messages} while the database holds demo data), the delivery log
 * administrators read, Notify's delivery receipts, and the addresses that cannot receive
 * email. The token of a link an email carries is kept only until the email is delivered.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Email")
package org.covenantconnects.email;
