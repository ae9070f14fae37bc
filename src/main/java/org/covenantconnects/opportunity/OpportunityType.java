package org.covenantconnects.opportunity;

/** What kind of thing an opportunity is. Its orientation follows from it. */
public enum OpportunityType {

	JOB("Job", Orientation.EMPLOYMENT), APPRENTICESHIP("Apprenticeship", Orientation.EMPLOYMENT),
	INTERNSHIP("Internship", Orientation.EMPLOYMENT), WORK_EXPERIENCE("Work experience", Orientation.EMPLOYMENT),
	TRAINEESHIP("Traineeship", Orientation.EMPLOYMENT), TRAINING_COURSE("Training course", Orientation.OTHER),
	WORKSHOP_OR_EVENT("Workshop or event", Orientation.OTHER), MENTORING("Mentoring", Orientation.OTHER),
	DISCOUNT("Discount", Orientation.OTHER), FREE_TICKETS_OR_ACTIVITY("Free tickets or activity", Orientation.LEISURE),
	FINANCIAL_HELP("Financial help", Orientation.OTHER), EXEMPTION("Exemption", Orientation.OTHER),
	HELP_SETTING_UP_HOME("Help setting up home", Orientation.OTHER), OTHER("Other", Orientation.OTHER);

	private final String label;

	private final Orientation orientation;

	OpportunityType(String label, Orientation orientation) {
		this.label = label;
		this.orientation = orientation;
	}

	public String label() {
		return this.label;
	}

	public Orientation orientation() {
		return this.orientation;
	}

	/** Whether search engines should be told about it as a job posting. */
	public boolean isJobLike() {
		return this.orientation == Orientation.EMPLOYMENT;
	}

}
