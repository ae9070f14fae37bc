package org.covenantconnects.impact;

import org.jspecify.annotations.Nullable;

/**
 * What a figure measures: one of the Covenant's goals and KPIs ({@link Measure}), or a
 * KPI an administrator defined ({@link DefinedKpi}). Each has a written definition, shown
 * beside its figure.
 */
public interface Indicator {

	/**
	 * Its code, kept with the figures of an issued report, such as {@code SIGNATORIES}.
	 */
	String name();

	/** Whether it is one of the Covenant's six goals, rather than a KPI. */
	boolean goal();

	String title();

	/** What the figure counts, in a few words. */
	String shortName();

	/** How often a KPI needs activity; {@code null} for a goal. */
	@Nullable Cadence cadence();

	/**
	 * Whether the figure is a total on the day (its trajectory climbs from where the year
	 * began to the target), rather than a count from 1 April (climbing from nothing).
	 */
	boolean total();

	String definition();

	/**
	 * How the figure is counted for a council or a coordinator's patch, in a sentence
	 * shown after its definition.
	 */
	String inCouncils();

	/** A name for it in a page's ids and form fields, such as {@code newSignatories}. */
	String field();

	/** Whether its figure has a list of the records behind it. */
	boolean listed();

}
