package org.covenantconnects.institution.web;

import org.covenantconnects.platform.DateAnswer;

/** An action of a pillar's plan as a coordinator types it. */
public class ActionForm {

	private String pillar;

	private String action;

	private String owner;

	private DateAnswer dueOn = new DateAnswer();

	private String status;

	private String evidence;

	private String evidenceLink;

	public String getPillar() {
		return this.pillar;
	}

	public void setPillar(String pillar) {
		this.pillar = pillar;
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public DateAnswer getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(DateAnswer dueOn) {
		this.dueOn = dueOn;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
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

}
