package org.covenantconnects.supporter;

import java.time.Instant;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.LocalAuthorityId;

/**
 * A supporter as the pages show them. Their name and email address are the account's.
 *
 * @param organisationName the college's or charity's name; {@code null} for a council
 * @param council the council they work for, or the council area of their college or
 * charity
 * @param declinedReason why a coordinator declined them; {@code null} unless declined
 * @param emailConfirmed whether they have confirmed their email address
 */
public record SupporterProfile(AccountId account, SupporterRole role, OrganisationType organisationType,
		String organisationName, LocalAuthorityId council, String emailDomain, Verification verification,
		boolean verifiedByDomain, String declinedReason, boolean emailConfirmed, Instant registeredAt) {

	public boolean isVerified() {
		return this.verification == Verification.VERIFIED;
	}

	public boolean isPending() {
		return this.verification == Verification.PENDING;
	}

}
