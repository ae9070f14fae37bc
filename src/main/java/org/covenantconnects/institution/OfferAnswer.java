package org.covenantconnects.institution;

import org.springframework.util.Assert;

/**
 * An institution's answer about one offer, with a sentence for the public.
 *
 * @param sentence what it means in practice, or {@code null}
 * @param amountPence the bursary a year in pence, for {@link Offer#BURSARY} only, or
 * {@code null}
 * @param contactName the published contact for care leavers, for
 * {@link Offer#CARE_LEAVER_CONTACT} only, or {@code null}
 * @param contactEmail that contact's work address, or {@code null}
 */
public record OfferAnswer(Offer offer, Answer answer, String sentence, Long amountPence, String contactName,
		String contactEmail) {

	public OfferAnswer {
		Assert.notNull(offer, "offer must not be null");
		Assert.notNull(answer, "answer must not be null");
		Assert.isTrue(offer == Offer.BURSARY || amountPence == null, "only a bursary has an amount");
		Assert.isTrue(offer == Offer.CARE_LEAVER_CONTACT || (contactName == null && contactEmail == null),
				"only the named contact has a name");
	}

	public static OfferAnswer notKnown(Offer offer) {
		return new OfferAnswer(offer, Answer.NOT_KNOWN, null, null, null, null);
	}

	public boolean yes() {
		return this.answer == Answer.YES;
	}

	/** The bursary's amount in pounds and pence, such as "£1,200", or empty. */
	public String amount() {
		if (this.amountPence == null) {
			return "";
		}
		long pounds = this.amountPence / 100;
		long pence = this.amountPence % 100;
		return "£" + String.format(java.util.Locale.UK, "%,d", pounds)
				+ ((pence != 0) ? "." + "%02d".formatted(pence) : "");
	}

}
