package org.covenantconnects.contactlog;

import org.springframework.util.Assert;

/**
 * One partner, named by its kind and its id as text (a council's number, an
 * organisation's UUID).
 */
public record PartnerRef(PartnerKind kind, String id) {

	public PartnerRef {
		Assert.notNull(kind, "kind must not be null");
		Assert.hasText(id, "id must not be empty");
		Assert.isTrue(id.length() <= 64, "id must be 64 characters or fewer");
	}

	public static PartnerRef council(int localAuthorityId) {
		return new PartnerRef(PartnerKind.COUNCIL, Integer.toString(localAuthorityId));
	}

	/** A college or university, by its id. */
	public static PartnerRef institution(java.util.UUID id) {
		return new PartnerRef(PartnerKind.INSTITUTION, id.toString());
	}

	/**
	 * An organisation, by the id it keeps from prospect to signatory.
	 */
	public static PartnerRef organisation(java.util.UUID id) {
		return new PartnerRef(PartnerKind.ORGANISATION, id.toString());
	}

}
