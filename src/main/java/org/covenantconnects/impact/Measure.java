package org.covenantconnects.impact;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the Covenant measures: its six goals, worded as its goals are, and the KPIs that
 * feed them. Each has a written definition, shown beside its figure, and the target it
 * has when administrators set none for a year (the goals' are the 2020-21 targets).
 */
public enum Measure implements Indicator {

	SIGNATORIES(true,
			"A community of signatories who provide extensive, meaningful offers within the private, public and voluntary sectors",
			"Signatories", 250, null, true,
			"Organisations that had signed the Covenant by the end of the day and had not lapsed by then. With a region: those working nationally or in that region."),
	COUNCILS_EMBEDDED(true, "Embedding a Whole Council Approach for care leavers in councils",
			"Councils with the Whole Council Approach embedded", 20, null, true,
			org.covenantconnects.council.ApproachRules.EMBEDDED + Words.COUNTED),
	INSTITUTIONS_EMBEDDED(true,
			"Embedding a Whole Institution Approach for care leavers in higher and further education institutions",
			"Institutions with the Whole Institution Approach embedded", 50, null, true,
			org.covenantconnects.institution.InstitutionRules.EMBEDDED + Words.COUNTED),
	CARE_LEAVERS_REGISTERED(true, "Registering care leavers on Connects", "Care leavers registered", 500, null, true,
			"Care leavers with a profile on Connects made by the end of the day, registered by themselves or on their behalf. With a region: those living in it. Someone whose account was deleted is no longer counted."),
	LEISURE_TAKEN_UP(true, "Facilitating access to leisure and entertainment opportunities by care leavers",
			"Leisure and entertainment opportunities taken up", 500, null, false,
			"Take-ups of free tickets and activities that started, or whose code was claimed, from 1 April to the end of the day; beside it, how many different young people took them up. With a region: young people living in it when they began."),
	EMPLOYMENT_TAKEN_UP(true, "Facilitating the take up of employment-oriented opportunities by care leavers",
			"Care leavers taking up employment-oriented opportunities", 250, null, false,
			"Different young people who started a job, apprenticeship, internship, work experience or traineeship from 1 April to the end of the day. With a region: young people living in it when they began."),
	NEW_SIGNATORIES(false, "New signatories", "New signatories", 120, Cadence.MONTHLY, false,
			"Organisations that signed the Covenant from 1 April to the end of the day, whether or not they lapsed since."),
	OPPORTUNITIES_PUBLISHED(false, "Opportunities published", "Opportunities published", 240, Cadence.MONTHLY, false,
			"Opportunities first published from 1 April to the end of the day, whatever became of them since. With a region: those open to all England or to that region."),
	ADVISERS_ON_CONNECTS(false, "Personal advisers on Connects", "Personal advisers on Connects", 300, Cadence.TERMLY,
			true,
			"Councils' personal advisers verified on Connects by the end of the day. With a region: those working for its councils."),
	COUNCILS_PARTNERED(false, "Councils partnered", "Councils partnered", 40, Cadence.YEARLY, true,
			"Councils that were partners of the Covenant by the end of the day, from the date their partnership began. With a region: its councils."),
	EVENTS_HELD(false, "Network meetings and events held", "Events held", 36, Cadence.MONTHLY, false,
			"Events that ended from 1 April to the end of the day, shown on Connects and not cancelled before they ended: the Covenant team's events and network meetings, and signatories' approved events. With a region: those held in it."),
	EVENT_ATTENDANCES(false, "Event attendances", "Event attendances", 400, Cadence.MONTHLY, false,
			"Places at those events that the organisers marked as attended, each counted from when its event ended, or from when it was marked if that was later. With a region: at events held in it.");

	private final boolean goal;

	private final String title;

	private final String shortName;

	private final int defaultTarget;

	private final Cadence cadence;

	private final boolean total;

	private final String definition;

	Measure(boolean goal, String title, String shortName, int defaultTarget, Cadence cadence, boolean total,
			String definition) {
		this.goal = goal;
		this.title = title;
		this.shortName = shortName;
		this.defaultTarget = defaultTarget;
		this.cadence = cadence;
		this.total = total;
		this.definition = definition;
	}

	/** Whether it is one of the Covenant's six goals, rather than a KPI. */
	@Override
	public boolean goal() {
		return this.goal;
	}

	@Override
	public String title() {
		return this.title;
	}

	/** What the figure counts, in a few words. */
	@Override
	public String shortName() {
		return this.shortName;
	}

	public int defaultTarget() {
		return this.defaultTarget;
	}

	/** How often a KPI needs activity; {@code null} for a goal. */
	@Override
	public Cadence cadence() {
		return this.cadence;
	}

	/**
	 * Whether the figure is a total on the day (its trajectory climbs from where the year
	 * began to the target), rather than a count from 1 April (climbing from nothing).
	 */
	@Override
	public boolean total() {
		return this.total;
	}

	@Override
	public String definition() {
		return this.definition;
	}

	/**
	 * How the figure is counted for a council or a coordinator's patch, in a sentence
	 * shown after its definition.
	 */
	@Override
	public String inCouncils() {
		return switch (this) {
			case SIGNATORIES, NEW_SIGNATORIES ->
				"With a council or a patch: organisations working nationally or in its councils' regions.";
			case COUNCILS_EMBEDDED ->
				"With a council or a patch: its councils, counted today only (a past day's count is kept by region, not by council).";
			case INSTITUTIONS_EMBEDDED -> "With a council or a patch: those in its councils' regions.";
			case CARE_LEAVERS_REGISTERED -> "With a council or a patch: those its councils looked after.";
			case LEISURE_TAKEN_UP, EMPLOYMENT_TAKEN_UP ->
				"With a council or a patch: young people its councils looked after, as recorded when they began.";
			case OPPORTUNITIES_PUBLISHED ->
				"With a council or a patch: those open to all England, to its councils' regions or to its councils.";
			case ADVISERS_ON_CONNECTS -> "With a council or a patch: those working for its councils.";
			case COUNCILS_PARTNERED -> "With a council or a patch: its councils.";
			case EVENTS_HELD -> "With a council or a patch: those held in its councils' regions.";
			case EVENT_ATTENDANCES -> "With a council or a patch: at events held in its councils' regions.";
		};
	}

	/** The name of its field on the targets form, such as {@code newSignatories}. */
	@Override
	public String field() {
		String[] words = name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder field = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return field.toString();
	}

	/** Every figure but the embedded counts, kept by day, has its records listed. */
	@Override
	public boolean listed() {
		return this != COUNCILS_EMBEDDED && this != INSTITUTIONS_EMBEDDED;
	}

	public static List<Measure> goals() {
		return Arrays.stream(values()).filter(Measure::goal).toList();
	}

	public static List<Measure> kpis() {
		return Arrays.stream(values()).filter((m) -> !m.goal()).toList();
	}

	private static final class Words {

		static final String COUNTED = " Today's figure is counted as you look; an earlier day's is the count kept at the end of that day, or the latest kept before it. With a region: those in it.";

	}

}
