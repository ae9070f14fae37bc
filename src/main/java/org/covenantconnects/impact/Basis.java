package org.covenantconnects.impact;

/**
 * The kinds of record a KPI an administrator defines can count: those the service already
 * counts as of any date, from the records' own kept times (ADR 052). Take-ups, young
 * people taking up opportunities and opportunities published can be narrowed to one
 * orientation; events and attendances to one kind of event.
 */
public enum Basis {

	CARE_LEAVERS_REGISTERED("Care leavers registered", "care leavers with a profile on Connects by the end of the day",
			true, Narrowing.NONE, Area.Kind.COUNCILS),
	SIGNATORIES("Signatories", "organisations that had signed the Covenant by the end of the day and not lapsed", true,
			Narrowing.NONE, null),
	NEW_SIGNATORIES("New signatories", "organisations that signed the Covenant from 1 April to the end of the day",
			false, Narrowing.NONE, null),
	OPPORTUNITIES_PUBLISHED("Opportunities published",
			"opportunities first published from 1 April to the end of the day", false, Narrowing.ORIENTATION, null),
	ADVISERS_VERIFIED("Personal advisers verified", "councils' personal advisers verified by the end of the day", true,
			Narrowing.NONE, Area.Kind.COUNCILS),
	COUNCILS_PARTNERED("Councils partnered", "councils that were partners of the Covenant by the end of the day", true,
			Narrowing.NONE, Area.Kind.COUNCILS),
	TAKE_UPS("Take-ups", "take-ups that started, or whose code was claimed, from 1 April to the end of the day", false,
			Narrowing.ORIENTATION, Area.Kind.COUNCILS),
	YOUNG_PEOPLE_TAKING_UP("Young people taking up opportunities",
			"different young people who took up an opportunity from 1 April to the end of the day", false,
			Narrowing.ORIENTATION, Area.Kind.COUNCILS),
	EVENTS_HELD("Events held", "events shown on Connects that ended, not cancelled, from 1 April to the end of the day",
			false, Narrowing.EVENT_KIND, Area.Kind.REGION),
	EVENT_ATTENDANCES("Event attendances",
			"places marked as attended at those events, from 1 April to the end of the day", false,
			Narrowing.EVENT_KIND, Area.Kind.REGION);

	private final String label;

	private final String counts;

	private final boolean total;

	private final Narrowing narrowing;

	private final Area.@org.jspecify.annotations.Nullable Kind sharedDownTo;

	Basis(String label, String counts, boolean total, Narrowing narrowing,
			Area.@org.jspecify.annotations.Nullable Kind sharedDownTo) {
		this.label = label;
		this.counts = counts;
		this.total = total;
		this.narrowing = narrowing;
		this.sharedDownTo = sharedDownTo;
	}

	public String label() {
		return this.label;
	}

	/** What it counts, in words that follow "Counts", such as "care leavers with ...". */
	public String counts() {
		return this.counts;
	}

	/** Whether its figure is a total on the day, rather than a count from 1 April. */
	public boolean total() {
		return this.total;
	}

	/** How a KPI counting it can be narrowed. */
	public Narrowing narrowing() {
		return this.narrowing;
	}

	/**
	 * How the figure is counted for a council or a coordinator's patch, in a sentence
	 * shown after its definition.
	 */
	public String inCouncils() {
		return switch (this) {
			case SIGNATORIES, NEW_SIGNATORIES ->
				"With a council or a patch: organisations working nationally or in its councils' regions.";
			case CARE_LEAVERS_REGISTERED -> "With a council or a patch: those its councils looked after.";
			case TAKE_UPS, YOUNG_PEOPLE_TAKING_UP ->
				"With a council or a patch: young people its councils looked after, as recorded when they began.";
			case OPPORTUNITIES_PUBLISHED ->
				"With a council or a patch: those open to all England, to its councils' regions or to its councils.";
			case ADVISERS_VERIFIED -> "With a council or a patch: those working for its councils.";
			case COUNCILS_PARTNERED -> "With a council or a patch: its councils.";
			case EVENTS_HELD -> "With a council or a patch: those held in its councils' regions.";
			case EVENT_ATTENDANCES -> "With a council or a patch: at events held in its councils' regions.";
		};
	}

	/**
	 * Why its figure in an area has no share of the target, or {@code null} when it has
	 * one (ADR 052): figures that also count records working across all England have none
	 * in any area, and figures counted over whole regions have none for a council or a
	 * patch.
	 */
	@org.jspecify.annotations.Nullable
	String withheldIn(Area area) {
		if (area.england()) {
			return null;
		}
		if (this.sharedDownTo == null) {
			return "No target for an area: the figure also counts "
					+ ((this == OPPORTUNITIES_PUBLISHED) ? "opportunities open to" : "organisations working across")
					+ " all England, so no share of the national target fits it.";
		}
		if (this.sharedDownTo == Area.Kind.REGION && area.byCouncil()) {
			return "No target for a council or a patch: the figure is counted over its councils' whole regions.";
		}
		return null;
	}

	/** How a KPI's records can be narrowed. */
	public enum Narrowing {

		NONE, ORIENTATION, EVENT_KIND

	}

}
