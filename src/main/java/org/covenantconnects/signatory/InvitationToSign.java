package org.covenantconnects.signatory;

import org.covenantconnects.places.RegionCode;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What the Covenant team knows of an organisation it invites to sign: the form to sign
 * starts filled in with it, and the organisation's signatory is made with {@code id}.
 *
 * @param website may be {@code null}
 * @param sector may be {@code null} when the team did not record it
 * @param region the one region it works in, or {@code null} when not recorded
 */
public record InvitationToSign(SignatoryId id, String name, @Nullable String website, @Nullable Sector sector,
		@Nullable RegionCode region, String contactName, String contactEmail) {

	public InvitationToSign {
		Assert.notNull(id, "id must not be null");
		Assert.hasText(name, "name must not be empty");
		Assert.hasText(contactName, "contactName must not be empty");
		Assert.hasText(contactEmail, "contactEmail must not be empty");
	}

}
