package org.covenantconnects.institution;

import java.time.Instant;

import org.covenantconnects.identity.AccountId;

/**
 * One change to an institution, its partnership, its action plans or its offers, as kept.
 *
 * @param changedBy {@code null} when the service made it (demo data)
 */
public record InstitutionChange(Instant changedAt, AccountId changedBy, String what) {

}
