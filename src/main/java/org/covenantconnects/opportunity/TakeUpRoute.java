package org.covenantconnects.opportunity;

/** How a care leaver takes an opportunity up. */
public enum TakeUpRoute {

	CONNECTS("Apply through Covenant Connects"), LINK("Apply on the organisation's website"),
	CODE("Use a code, shown to care leavers who are signed in");

	private final String label;

	TakeUpRoute(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
