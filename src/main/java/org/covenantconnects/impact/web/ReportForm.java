package org.covenantconnects.impact.web;

/** The term a report is for, and the coordinator's narrative. */
public class ReportForm {

	private String term;

	private String narrative;

	public String getTerm() {
		return this.term;
	}

	public void setTerm(String term) {
		this.term = term;
	}

	public String getNarrative() {
		return this.narrative;
	}

	public void setNarrative(String narrative) {
		this.narrative = narrative;
	}

}
