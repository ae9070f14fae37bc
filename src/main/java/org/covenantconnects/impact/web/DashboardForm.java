package org.covenantconnects.impact.web;

/**
 * The dashboard's filters: the fiscal year, the day its figures are as of, the region and
 * the figure charted.
 */
public class DashboardForm {

	private String year;

	private String region;

	private String measure;

	private String on;

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
