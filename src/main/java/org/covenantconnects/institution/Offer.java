package org.covenantconnects.institution;

import java.util.Arrays;
import java.util.Optional;

/** What an institution may offer care leavers, each answered yes, no or not known. */
public enum Offer {

	CARE_LEAVER_CONTACT("A named contact for care leavers", "named-contact"), BURSARY("A bursary", "bursary"),
	YEAR_ROUND_ACCOMMODATION("Accommodation all year round", "accommodation"),
	APPLICATION_HELP("Help with applications", "applications"),
	MENTAL_HEALTH_SUPPORT("Mental-health support", "mental-health"), OTHER("Anything else", "other");

	private final String title;

	private final String slug;

	Offer(String title, String slug) {
		this.title = title;
		this.slug = slug;
	}

	public String title() {
		return this.title;
	}

	/** How the offer is named in addresses and forms. */
	public String slug() {
		return this.slug;
	}

	public static Optional<Offer> bySlug(String slug) {
		return Arrays.stream(values()).filter((offer) -> offer.slug.equals(slug)).findFirst();
	}

}
