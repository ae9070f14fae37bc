package org.covenantconnects.impact;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An area's share of the national targets (ADR 052): the care leavers registered on
 * Connects in the area by the day, out of those registered in all England by then. A
 * region's, a council's or a patch's figures are set against the national target times
 * that share, so that a region is not shown behind for not reaching all England's target;
 * figures that no share fits have no target and no status.
 *
 * @param inArea care leavers registered in the area by the day
 * @param national care leavers registered in all England by the day
 */
record AreaShare(long inArea, long national) {

	static AreaShare of(long inArea, long national) {
		return new AreaShare(inArea, national);
	}

	/** The area's target for a national one: the national target times the share. */
	int of(int nationalTarget) {
		return (int) Math.round((double) nationalTarget * this.inArea / this.national);
	}

	/** How the area's target was set, in a sentence shown beside it. */
	String describe(int nationalTarget, Area area) {
		double percent = 100.0 * this.inArea / this.national;
		return String.format(Locale.UK,
				"%s%% of the national target of %,d: %,d of the %,d care leavers registered in all England by then %s.",
				formatPercent(percent), nationalTarget, this.inArea, this.national,
				(area.byCouncil()) ? "were looked after by its councils" : "live in the region");
	}

	private static String formatPercent(double percent) {
		String formatted = String.format(Locale.UK, "%.1f", percent);
		return formatted.endsWith(".0") ? formatted.substring(0, formatted.length() - 2) : formatted;
	}

	/**
	 * Why a measure's figure in an area has no target and no status, or {@code null} when
	 * the area's share of the national target is set against it.
	 */
	static @Nullable String withheld(Measure measure, Area area, @Nullable AreaShare share) {
		switch (measure) {
			case SIGNATORIES, NEW_SIGNATORIES:
				return "No target for an area: the figure also counts organisations working across all England, so no share of the national target fits it.";
			case OPPORTUNITIES_PUBLISHED:
				return "No target for an area: the figure also counts opportunities open to all England, so no share of the national target fits it.";
			case EVENTS_HELD, EVENT_ATTENDANCES, INSTITUTIONS_EMBEDDED:
				if (area.byCouncil()) {
					return "No target for a council or a patch: the figure is counted over its councils' whole regions.";
				}
				break;
			default:
				break;
		}
		if (share == null || share.national() == 0) {
			return "No target for an area: no care leavers were registered in all England by then, so there is no share to set one by.";
		}
		return null;
	}

}
