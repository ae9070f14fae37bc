package org.covenantconnects.opportunity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;

/**
 * What a signatory says about an opportunity. Text is kept exactly as typed and is always
 * shown as text, never as markup. {@link #problems()} lists everything that must be put
 * right before it can be saved.
 *
 * @param outcomes never {@code null}
 * @param regions the regions it is open in when the scope is {@link Scope#REGIONS}
 * @param councils the councils it is open in when the scope is {@link Scope#COUNCILS}
 * @param ageFrom the youngest age it is open to, or {@code null} when not given
 * @param places how many places there are; {@code null} for unlimited
 * @param applyUrl where to apply when the route is {@link TakeUpRoute#LINK}
 * @param accessCode the code a care leaver uses when the route is
 * {@link TakeUpRoute#CODE}; never shown to the public
 * @param confirmedOnly open only to young people whose care experience a linked personal
 * adviser or the Covenant team has confirmed; others see that it needs confirmation
 */
public record OpportunityDetails(String title, String summary, String description, OpportunityType type,
		Category category, Set<Outcome> outcomes, Scope scope, List<RegionCode> regions,
		List<LocalAuthorityId> councils, Integer ageFrom, Integer ageTo, String otherConditions, Integer places,
		LocalDate opensOn, LocalDate closesOn, LocalDate startsOn, TakeUpRoute takeUp, String applyUrl,
		String accessCode, Barriers barriers, InternshipFacts internship, boolean confirmedOnly) {

	/** Care leavers are 16 to 25; a signatory may open an opportunity to older people. */
	public static final int YOUNGEST = 16;

	public static final int DEFAULT_OLDEST = 25;

	public static final int OLDEST = 30;

	private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+\\.[^\\s<>\"]+");

	public OpportunityDetails {
		outcomes = (outcomes != null) ? Set.copyOf(outcomes) : Set.of();
		regions = (regions != null) ? List.copyOf(regions) : List.of();
		councils = (councils != null) ? List.copyOf(councils) : List.of();
		barriers = (barriers != null) ? barriers : Barriers.NONE;
		internship = (internship != null) ? internship : InternshipFacts.NONE;
	}

	/** Details open to every young person they fit. */
	public OpportunityDetails(String title, String summary, String description, OpportunityType type, Category category,
			Set<Outcome> outcomes, Scope scope, List<RegionCode> regions, List<LocalAuthorityId> councils,
			Integer ageFrom, Integer ageTo, String otherConditions, Integer places, LocalDate opensOn,
			LocalDate closesOn, LocalDate startsOn, TakeUpRoute takeUp, String applyUrl, String accessCode,
			Barriers barriers, InternshipFacts internship) {
		this(title, summary, description, type, category, outcomes, scope, regions, councils, ageFrom, ageTo,
				otherConditions, places, opensOn, closesOn, startsOn, takeUp, applyUrl, accessCode, barriers,
				internship, false);
	}

	/** The same details, open only to confirmed young people or to everyone they fit. */
	public OpportunityDetails withConfirmedOnly(boolean only) {
		return new OpportunityDetails(this.title, this.summary, this.description, this.type, this.category,
				this.outcomes, this.scope, this.regions, this.councils, this.ageFrom, this.ageTo, this.otherConditions,
				this.places, this.opensOn, this.closesOn, this.startsOn, this.takeUp, this.applyUrl, this.accessCode,
				this.barriers, this.internship, only);
	}

	/** A problem with one answer, named by the form field it belongs to. */
	public record Problem(String field, String message) {

	}

	public boolean isQualityInternship() {
		return this.internship.makeQualityInternship(this.type);
	}

	public Orientation orientation() {
		return (this.type != null) ? this.type.orientation() : Orientation.OTHER;
	}

	/** Everything that must be put right, in the order the form asks. */
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		text(problems, "title", this.title, 120, "Enter a title");
		text(problems, "summary", this.summary, 300, "Enter a summary");
		text(problems, "description", this.description, 5000, "Enter a description");
		if (this.type == null) {
			problems.add(new Problem("type", "Select the type of opportunity"));
		}
		if (this.category == null) {
			problems.add(new Problem("category", "Select a category"));
		}
		if (this.outcomes.isEmpty()) {
			problems.add(new Problem("outcomes", "Select at least one outcome"));
		}
		if (this.scope == null) {
			problems.add(new Problem("scope", "Select where the opportunity is available"));
		}
		else if (this.scope == Scope.REGIONS && this.regions.isEmpty()) {
			problems.add(new Problem("regions", "Select at least one region"));
		}
		else if (this.scope == Scope.COUNCILS && this.councils.isEmpty()) {
			problems.add(new Problem("councils", "Enter at least one council"));
		}
		problems.addAll(eligibilityProblems(this.ageFrom, this.ageTo));
		if (this.otherConditions != null && this.otherConditions.length() > 1000) {
			problems.add(new Problem("otherConditions", "Other conditions must be 1000 characters or fewer"));
		}
		if (this.places != null && (this.places < 1 || this.places > 100_000)) {
			problems.add(new Problem("places", "Number of places must be between 1 and 100000, or leave it empty"));
		}
		if (this.opensOn != null && this.closesOn != null && this.closesOn.isBefore(this.opensOn)) {
			problems.add(new Problem("closesOn", "Closing date must be the same as or after the opening date"));
		}
		if (this.takeUp == null) {
			problems.add(new Problem("takeUp", "Select how care leavers take it up"));
		}
		else if (this.takeUp == TakeUpRoute.LINK) {
			if (isBlank(this.applyUrl)) {
				problems.add(new Problem("applyUrl", "Enter the web address where care leavers apply"));
			}
			else if (this.applyUrl.length() > 500 || !WEB_ADDRESS.matcher(this.applyUrl.trim()).matches()) {
				problems.add(new Problem("applyUrl",
						"Enter a web address in the correct format, like https://www.example.com/apply"));
			}
		}
		else if (this.takeUp == TakeUpRoute.CODE) {
			if (isBlank(this.accessCode)) {
				problems.add(new Problem("accessCode", "Enter the code care leavers use"));
			}
			else if (this.accessCode.length() > 100) {
				problems.add(new Problem("accessCode", "Code must be 100 characters or fewer"));
			}
		}
		return problems;
	}

	/** The age range's problems: both given, within 16 to 30, the first no higher. */
	public static List<Problem> eligibilityProblems(Integer ageFrom, Integer ageTo) {
		List<Problem> problems = new ArrayList<>();
		if (ageFrom == null) {
			problems.add(new Problem("ageFrom", "Enter the youngest age it is open to"));
		}
		else if (ageFrom < YOUNGEST || ageFrom > DEFAULT_OLDEST) {
			problems.add(new Problem("ageFrom", "Youngest age must be between 16 and 25"));
		}
		if (ageTo == null) {
			problems.add(new Problem("ageTo", "Enter the oldest age it is open to"));
		}
		else if (ageTo < YOUNGEST || ageTo > OLDEST) {
			problems.add(new Problem("ageTo", "Oldest age must be between 16 and 30"));
		}
		else if (ageFrom != null && ageFrom > ageTo) {
			problems.add(new Problem("ageTo", "Oldest age must be the same as or more than the youngest age"));
		}
		return problems;
	}

	/**
	 * Whether the change from these details to the next is one a coordinator must see
	 * again: anything but the dates and the number of places.
	 */
	public boolean isSubstantiveChangeTo(OpportunityDetails next) {
		return !(Objects.equals(this.title, next.title) && Objects.equals(this.summary, next.summary)
				&& Objects.equals(this.description, next.description) && this.type == next.type
				&& this.category == next.category && this.outcomes.equals(next.outcomes) && this.scope == next.scope
				&& this.regions.equals(next.regions) && this.councils.equals(next.councils)
				&& Objects.equals(this.ageFrom, next.ageFrom) && Objects.equals(this.ageTo, next.ageTo)
				&& Objects.equals(this.otherConditions, next.otherConditions) && this.takeUp == next.takeUp
				&& Objects.equals(this.applyUrl, next.applyUrl) && Objects.equals(this.accessCode, next.accessCode)
				&& this.barriers.equals(next.barriers) && this.internship.equals(next.internship)
				&& this.confirmedOnly == next.confirmedOnly);
	}

	private static void text(List<Problem> problems, String field, String value, int max, String missing) {
		if (isBlank(value)) {
			problems.add(new Problem(field, missing));
		}
		else if (value.length() > max) {
			String name = Character.toUpperCase(field.charAt(0)) + field.substring(1);
			problems.add(new Problem(field, name + " must be " + max + " characters or fewer"));
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
