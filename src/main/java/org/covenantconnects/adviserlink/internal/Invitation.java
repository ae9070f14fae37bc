package org.covenantconnects.adviserlink.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.LocalAuthorityId;

/**
 * A care leaver registered on their behalf, waiting for them to claim the account.
 *
 * @param invitedBySupporter whether the person who registered them is a supporter, whom
 * they may choose to link with
 * @param institution their college or university, or {@code null}
 */
public record Invitation(UUID id, String fullName, String email, LocalDate dateOfBirth, LocalAuthorityId council,
		String institution, AccountId invitedBy, boolean invitedBySupporter, Instant createdAt, Instant expiresAt) {

}
