package org.covenantconnects.council;

import java.util.List;

/**
 * What a council's own staff see of it on Connects: its partnership, its figures with
 * small numbers hidden ({@link SmallNumbers}), and what the Covenant asks of it next.
 * Every figure here is already in words, so that no exact small count leaves this module.
 *
 * @param accountManager the Covenant account manager's name, or {@code null}
 * @param advisers verified personal advisers from the council on Connects
 * @param headcount the personal advisers the council employs, as it told us, or what to
 * do when it has not
 * @param coverage the advisers on Connects as a share of the headcount, or why it is not
 * shown
 * @param minimumMet whether part 1's minimum of the Whole Council Approach is met
 * @param embedded whether the council has embedded the Whole Council Approach
 * @param careLeavers young people on Connects whom the council looked after
 * @param openOpportunities published opportunities open to the council's young people
 * (public, so shown exactly)
 * @param takeUps the types of opportunity with at least 5 take-ups
 * @param asOf the day the stages and six-month figures are as of, in words
 * @param stages the young people's take-ups by the stage each was at, every stage listed
 * @param sixMonths take-ups still going six months after they began
 * @param asks what the Covenant asks of the council next, most important first
 */
public record CouncilView(CouncilPartnership partnership, String accountManager, String advisers, String headcount,
		String coverage, boolean minimumMet, boolean embedded, String careLeavers, long openOpportunities,
		List<TakeUpsOfType> takeUps, String asOf, List<AtStage> stages, SixMonthsOn sixMonths, List<Ask> asks) {

	/** How many take-ups were at one stage, in words. */
	public record AtStage(String stage, String count) {

	}

	/**
	 * Take-ups that began six months or more ago, and how many of them were still going
	 * six months after they began, each in words.
	 */
	public record SixMonthsOn(String began, String stillGoing) {

	}

	/** Take-ups of one type: how many began and how many started, each in words. */
	public record TakeUpsOfType(String type, String began, String started) {

	}

	/** One thing the Covenant asks of the council, with why. */
	public record Ask(String what, String why) {

	}

}
