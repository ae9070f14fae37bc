package org.covenantconnects.institution;

import java.time.LocalDate;

import org.covenantconnects.identity.AccountId;

import org.springframework.util.Assert;

/**
 * An institution's partnership with the Covenant. The central point of contact is a work
 * contact at the institution, kept by the Covenant team and never shown publicly.
 *
 * @param mouSignedOn when the memorandum of understanding was signed, or {@code null}
 * (not signed, or not a partner)
 * @param mouReviewOn when it is due for review, or {@code null}
 * @param mouLink where the signed memorandum is kept, or {@code null}
 * @param contactName the central point of contact, or {@code null} with its role and
 * email
 * @param coordinator the Covenant coordinator assigned, or {@code null}
 */
public record Partnership(boolean partner, LocalDate mouSignedOn, LocalDate mouReviewOn, String mouLink,
		String contactName, String contactRole, String contactEmail, AccountId coordinator) {

	public Partnership {
		Assert.isTrue(partner || mouSignedOn == null, "only a partner has signed a memorandum");
	}

	public static Partnership none() {
		return new Partnership(false, null, null, null, null, null, null, null);
	}

	public boolean mouSigned() {
		return this.mouSignedOn != null;
	}

}
