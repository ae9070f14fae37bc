package org.covenantconnects.impact.web;

/**
 * The coverage view's filters: the region, the category and the outcome; each empty for
 * all.
 */
public class CoverageForm {

	private String region;

	private String category;

	private String outcome;

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

}
