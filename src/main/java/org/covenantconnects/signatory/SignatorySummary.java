package org.covenantconnects.signatory;

import java.time.LocalDate;
import java.util.List;

import org.covenantconnects.places.RegionCode;

/**
 * What other modules may know of an organisation.
 *
 * @param regions the regions it works in; empty when {@code national}
 * @param signedOn the day it was approved, or {@code null} if it has not been
 */
public record SignatorySummary(SignatoryId id, String name, String slug, Sector sector, Stage stage, boolean national,
		List<RegionCode> regions, String website, LocalDate signedOn) {

	/** Whether it has signed the Covenant and may publish opportunities. */
	public boolean isSigned() {
		return this.stage == Stage.SIGNED;
	}

	/**
	 * Whether it signed once and is no longer active: its users no longer see what young
	 * people shared with it.
	 */
	public boolean hasLapsed() {
		return this.stage == Stage.LAPSED;
	}

}
