package org.covenantconnects.impact.web;

/**
 * The dashboard's filters: the fiscal year, the day its figures are as of, the area (a
 * region, a council by its slug, or a coordinator's patch by the coordinator's account)
 * and the figure charted.
 */
public class DashboardForm {

	private String year;

	private String region;

	private String measure;

	private String on;

	private String council;

	private String patch;

	public String getCouncil() {
		return this.council;
	}

	public void setCouncil(String council) {
		this.council = council;
	}

	public String getPatch() {
		return this.patch;
	}

	public void setPatch(String patch) {
		this.patch = patch;
	}

	public String getOn() {
		return this.on;
	}

	public void setOn(String on) {
		this.on = on;
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getMeasure() {
		return this.measure;
	}

	public void setMeasure(String measure) {
		this.measure = measure;
	}

}
