/**
 * Concerns anyone reports about an opportunity or a signatory organisation.
 * <p>
 * Anyone, signed in or not, reports a concern from an opportunity's page or an
 * organisation's directory page; coordinators are told one arrived, triage it, record an
 * outcome and reply to the reporter, and may take the opportunity down from it. Each
 * concern keeps an append-only history of who did what and when.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Concerns")
package org.covenantconnects.concern;
