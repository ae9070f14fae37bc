package org.covenantconnects.council;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five parts of the Whole Council Approach the Covenant asks every council to adopt.
 */
public enum ApproachPart {

	/**
	 * Everyone who works with care leavers knows the Covenant; every personal adviser is
	 * on Connects.
	 */
	RAISING_AWARENESS(1, "Raising awareness", "raising-awareness"),
	/** Care leavers are exempt from council tax. */
	COUNCIL_TAX_EXEMPTION(2, "Council tax exemption", "council-tax-exemption"),
	/** The council offers care leavers ring-fenced apprenticeships and opportunities. */
	TRAINING_AND_EMPLOYMENT(3, "Training and employment", "training-and-employment"),
	/**
	 * The council's contracts ask suppliers for social value that reaches care leavers.
	 */
	SOCIAL_VALUE_POLICY(4, "Social value policy", "social-value-policy"),
	/** The council brings local employers in to offer care leavers opportunities. */
	ECONOMIC_DEVELOPMENT(5, "Economic development", "economic-development");

	private final int number;

	private final String title;

	private final String slug;

	ApproachPart(int number, String title, String slug) {
		this.number = number;
		this.title = title;
		this.slug = slug;
	}

	public int number() {
		return this.number;
	}

	public String title() {
		return this.title;
	}

	/** How the part is named in addresses. */
	public String slug() {
		return this.slug;
	}

	/** "Part 2: council tax exemption". */
	public String numbered() {
		return "Part " + this.number + ": " + this.title.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
				+ this.title.substring(1);
	}

	public static Optional<ApproachPart> bySlug(String slug) {
		return Arrays.stream(values()).filter((part) -> part.slug.equals(slug)).findFirst();
	}

}
