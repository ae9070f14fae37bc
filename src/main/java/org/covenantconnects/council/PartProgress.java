package org.covenantconnects.council;

import java.time.LocalDate;

/**
 * Where a council is with one part of the Whole Council Approach.
 *
 * @param on when it is planned for, was started or was put in place; {@code null} when
 * not started
 * @param evidence what shows it, for the Covenant team only; {@code null} for none
 * @param evidenceLink a published page or document that shows it, shown to the public;
 * {@code null} for none
 */
public record PartProgress(PartStatus status, LocalDate on, String evidence, String evidenceLink) {

	/** The longest evidence kept. */
	public static final int LONGEST_EVIDENCE = 2000;

	public static final PartProgress NOT_STARTED = new PartProgress(PartStatus.NOT_STARTED, null, null, null);

	public boolean inPlace() {
		return this.status == PartStatus.IN_PLACE;
	}

}
