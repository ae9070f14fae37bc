package org.covenantconnects.impact;

/**
 * Where a figure stands against what its trajectory expected by the day, by the rule
 * {@link #RULE}, shown on the dashboard. Each status has words as well as a colour.
 */
public enum Status {

	GREEN("On track", "green"), AMBER("Slightly behind", "yellow"), RED("Behind", "red"),
	NOT_RECORDED("Not recorded", "grey"), NOT_SET("No status for this area", "grey");

	/** The rule, in words, as the dashboard shows it. */
	public static final String RULE = "On track (green): the figure has reached what the trajectory expected by the day. "
			+ "Slightly behind (amber): it is below that, but at 90% of it or more. "
			+ "Behind (red): it is below 90% of what was expected. "
			+ "The trajectory climbs evenly through the year, day by day, to the year's target: "
			+ "from nothing on 1 April for counts of the year, and from where the figure stood on 1 April for totals.";

	/**
	 * How a region's, a council's or a patch's targets are set, in words, as the
	 * dashboard shows it (ADR 052).
	 */
	public static final String AREA_RULE = "The Covenant's targets are for all England. For a region, a council or a patch, "
			+ "each target is the national target times the area's share of the care leavers registered on Connects "
			+ "in all England by the day the figures are as of (care leavers living in the region, or looked after by "
			+ "the councils), rounded to the nearest whole number; the status then follows the rule above. "
			+ "Figures that also count organisations and opportunities working across all England, and for a council "
			+ "or a patch the figures counted over whole regions, have no share that fits, so they show no target "
			+ "and no status.";

	private static final double AMBER_FROM = 0.9;

	private final String label;

	private final String colour;

	Status(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return this.label;
	}

	/** The colour of its tag. */
	public String colour() {
		return this.colour;
	}

	/** The status of a figure against what was expected; no figure is not recorded. */
	public static Status of(Long figure, long expected) {
		if (figure == null) {
			return NOT_RECORDED;
		}
		if (figure >= expected) {
			return GREEN;
		}
		return (figure >= AMBER_FROM * expected) ? AMBER : RED;
	}

}
