package org.covenantconnects.impact;

import java.time.LocalDate;

import org.covenantconnects.event.EventKind;
import org.covenantconnects.opportunity.Orientation;
import org.jspecify.annotations.Nullable;

/**
 * A KPI an administrator defined (ADR 052): a count of one kind of record the service
 * holds, perhaps narrowed to an orientation of opportunities or a kind of event, with its
 * name, written definition and cadence, and the target of any year not given its own.
 * Retired, it is not among the figures as of its retirement day or after.
 *
 * @param number its number, from 1, in its code {@code KPI-1}
 * @param orientation for opportunities and take-ups, the one orientation counted;
 * {@code null} for all
 * @param eventKind for events and attendances, the one kind counted; {@code null} for all
 * @param target the target of a year not given one of its own
 * @param retiredOn the day it was retired, {@code null} while it is in use
 */
public record DefinedKpi(int number, String shortName, String definition, Basis basis,
		@Nullable Orientation orientation, @Nullable EventKind eventKind, Cadence cadence, int target,
		@Nullable LocalDate retiredOn) implements Indicator {

	/** The start of every defined KPI's code. */
	public static final String CODE = "KPI-";

	@Override
	public String name() {
		return CODE + this.number;
	}

	@Override
	public boolean goal() {
		return false;
	}

	@Override
	public String title() {
		return this.shortName;
	}

	@Override
	public boolean total() {
		return this.basis.total();
	}

	@Override
	public String inCouncils() {
		return this.basis.inCouncils();
	}

	@Override
	public String field() {
		return "kpi" + this.number;
	}

	@Override
	public boolean listed() {
		return true;
	}

	/** Whether it is among the figures as of the end of a day: not once retired. */
	public boolean countedOn(LocalDate day) {
		return this.retiredOn == null || day.isBefore(this.retiredOn);
	}

	public boolean retired() {
		return this.retiredOn != null;
	}

	/**
	 * What it counts, in words, such as "Take-ups (employment-oriented opportunities
	 * only)".
	 */
	public String counts() {
		String narrowed = "";
		if (this.orientation != null) {
			narrowed = " (" + this.orientation.label().toLowerCase(java.util.Locale.UK) + " opportunities only)";
		}
		if (this.eventKind != null) {
			narrowed = " (" + this.eventKind.label().toLowerCase(java.util.Locale.UK) + " only)";
		}
		return this.basis.label() + narrowed;
	}

}
