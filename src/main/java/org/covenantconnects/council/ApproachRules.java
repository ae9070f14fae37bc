package org.covenantconnects.council;

/**
 * The two rules that judge a council's Whole Council Approach, in words the pages show
 * and in code, kept together so that the words and the code cannot drift apart (ADR 028).
 */
public final class ApproachRules {

	/**
	 * The share of a council's personal advisers who must be verified on Connects for
	 * part 1's minimum.
	 */
	public static final int MINIMUM_COVERAGE_PERCENT = 90;

	/** Part 1's minimum, in words. */
	public static final String MINIMUM = "The minimum is met when the council has told us how many personal advisers "
			+ "it employs and at least " + MINIMUM_COVERAGE_PERCENT + "% of them are verified on Connects.";

	/** What counts as embedded for the Covenant's yearly goal, in words. */
	public static final String EMBEDDED = "A council has embedded the Whole Council Approach when parts 1, 2 and 3 "
			+ "(raising awareness, council tax exemption, training and employment) are in place and part 1's minimum "
			+ "is met.";

	private ApproachRules() {
	}

	/** Part 1's minimum: {@link #MINIMUM}. */
	public static boolean minimumMet(WholeCouncilApproach approach) {
		return approach.coveragePercent().map((coverage) -> coverage >= MINIMUM_COVERAGE_PERCENT).orElse(false);
	}

	/** Embedded: {@link #EMBEDDED}. */
	public static boolean embedded(WholeCouncilApproach approach) {
		return approach.progressOf(ApproachPart.RAISING_AWARENESS).inPlace()
				&& approach.progressOf(ApproachPart.COUNCIL_TAX_EXEMPTION).inPlace()
				&& approach.progressOf(ApproachPart.TRAINING_AND_EMPLOYMENT).inPlace() && minimumMet(approach);
	}

}
