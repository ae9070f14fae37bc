package org.covenantconnects.council.web;

import org.covenantconnects.platform.DateAnswer;

/**
 * One part of a council's Whole Council Approach as a coordinator types it: the status,
 * date and evidence every part has, and the facts of each part (only the edited part's
 * are read).
 */
public class PartForm {

	private String status;

	private DateAnswer on = new DateAnswer();

	private String evidence;

	private String evidenceLink;

	private String personalAdvisers;

	private String taxExemption;

	private String taxExemptionAge;

	private DateAnswer taxExemptionSince = new DateAnswer();

	private String councilSignatory;

	private String ringFencedPlaces;

	private String aimPercent;

	private String latestPercent;

	private String latestYear;

	private String socialValueAdopted;

	private DateAnswer socialValueAdoptedOn = new DateAnswer();

	private String threshold;

	private String namesCareLeavers;

	private String employersEngaged;

	private DateAnswer eventOn = new DateAnswer();

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public DateAnswer getOn() {
		return this.on;
	}

	public void setOn(DateAnswer on) {
		this.on = on;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence;
	}

	public String getEvidenceLink() {
		return this.evidenceLink;
	}

	public void setEvidenceLink(String evidenceLink) {
		this.evidenceLink = evidenceLink;
	}

	public String getPersonalAdvisers() {
		return this.personalAdvisers;
	}

	public void setPersonalAdvisers(String personalAdvisers) {
		this.personalAdvisers = personalAdvisers;
	}

	public String getTaxExemption() {
		return this.taxExemption;
	}

	public void setTaxExemption(String taxExemption) {
		this.taxExemption = taxExemption;
	}

	public String getTaxExemptionAge() {
		return this.taxExemptionAge;
	}

	public void setTaxExemptionAge(String taxExemptionAge) {
		this.taxExemptionAge = taxExemptionAge;
	}

	public DateAnswer getTaxExemptionSince() {
		return this.taxExemptionSince;
	}

	public void setTaxExemptionSince(DateAnswer taxExemptionSince) {
		this.taxExemptionSince = taxExemptionSince;
	}

	public String getCouncilSignatory() {
		return this.councilSignatory;
	}

	public void setCouncilSignatory(String councilSignatory) {
		this.councilSignatory = councilSignatory;
	}

	public String getRingFencedPlaces() {
		return this.ringFencedPlaces;
	}

	public void setRingFencedPlaces(String ringFencedPlaces) {
		this.ringFencedPlaces = ringFencedPlaces;
	}

	public String getAimPercent() {
		return this.aimPercent;
	}

	public void setAimPercent(String aimPercent) {
		this.aimPercent = aimPercent;
	}

	public String getLatestPercent() {
		return this.latestPercent;
	}

	public void setLatestPercent(String latestPercent) {
		this.latestPercent = latestPercent;
	}

	public String getLatestYear() {
		return this.latestYear;
	}

	public void setLatestYear(String latestYear) {
		this.latestYear = latestYear;
	}

	public String getSocialValueAdopted() {
		return this.socialValueAdopted;
	}

	public void setSocialValueAdopted(String socialValueAdopted) {
		this.socialValueAdopted = socialValueAdopted;
	}

	public DateAnswer getSocialValueAdoptedOn() {
		return this.socialValueAdoptedOn;
	}

	public void setSocialValueAdoptedOn(DateAnswer socialValueAdoptedOn) {
		this.socialValueAdoptedOn = socialValueAdoptedOn;
	}

	public String getThreshold() {
		return this.threshold;
	}

	public void setThreshold(String threshold) {
		this.threshold = threshold;
	}

	public String getNamesCareLeavers() {
		return this.namesCareLeavers;
	}

	public void setNamesCareLeavers(String namesCareLeavers) {
		this.namesCareLeavers = namesCareLeavers;
	}

	public String getEmployersEngaged() {
		return this.employersEngaged;
	}

	public void setEmployersEngaged(String employersEngaged) {
		this.employersEngaged = employersEngaged;
	}

	public DateAnswer getEventOn() {
		return this.eventOn;
	}

	public void setEventOn(DateAnswer eventOn) {
		this.eventOn = eventOn;
	}

}
