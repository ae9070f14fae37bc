package org.covenantconnects.socialvalue;

import java.util.EnumSet;
import java.util.Set;

import org.covenantconnects.opportunity.OpportunityType;

/**
 * An outcome delivered through the Covenant that has a social value: which kinds of
 * opportunity it is counted from, how, and the words that define it on every page and
 * statement (ADR 047).
 */
public enum Outcome {

	APPRENTICESHIP_WEEKS("Weeks of apprenticeship", Counted.WEEKS, EnumSet.of(OpportunityType.APPRENTICESHIP),
			"The whole weeks each apprenticeship taken up through Connects was under way in the period: from the "
					+ "day its record first shows it started to the day it was completed or the young person left, "
					+ "or to the date of the figures while it is still going. Each apprenticeship's weeks are "
					+ "rounded down."),
	WORK_PLACEMENT_WEEKS("Weeks of work placement", Counted.WEEKS,
			EnumSet.of(OpportunityType.WORK_EXPERIENCE, OpportunityType.INTERNSHIP, OpportunityType.TRAINEESHIP),
			"The whole weeks each work experience placement, internship or traineeship taken up through Connects "
					+ "was under way in the period, counted as for apprenticeships."),
	JOBS_STARTED("Jobs started", Counted.BEGUN, EnumSet.of(OpportunityType.JOB),
			"Jobs offered through Connects that a young person started in the period, counted on the day the "
					+ "job's record first shows they started."),
	TRAINING_COMPLETED("Training courses completed", Counted.COMPLETED, EnumSet.of(OpportunityType.TRAINING_COURSE),
			"Training courses offered through Connects that a young person completed in the period, counted on "
					+ "the day the course's record first shows it completed.");

	private final String title;

	private final Counted counted;

	private final Set<OpportunityType> types;

	private final String definition;

	Outcome(String title, Counted counted, Set<OpportunityType> types, String definition) {
		this.title = title;
		this.counted = counted;
		this.types = types;
		this.definition = definition;
	}

	public String title() {
		return this.title;
	}

	public String definition() {
		return this.definition;
	}

	/** The kinds of opportunity whose take-ups count towards it. */
	public Set<OpportunityType> types() {
		return EnumSet.copyOf(this.types);
	}

	Counted counted() {
		return this.counted;
	}

	/** The name of its fields in forms and its part of addresses. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** How an outcome is counted from the take-ups. */
	enum Counted {

		/** Whole weeks under way. */
		WEEKS,
		/** Take-ups that began. */
		BEGUN,
		/** Take-ups completed. */
		COMPLETED

	}

}
