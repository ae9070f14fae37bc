package org.covenantconnects.impact.web;

/** A year's own target for a defined KPI, as typed. */
public class KpiTargetForm {

	private String year;

	private String target;

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

}
