package org.covenantconnects.council;

import java.time.Instant;

import org.covenantconnects.identity.AccountId;

/**
 * One change to a council's partnership or leads, as kept.
 *
 * @param changedBy {@code null} when the service made it (demo data)
 */
public record PartnershipChange(Instant changedAt, AccountId changedBy, String what) {

}
