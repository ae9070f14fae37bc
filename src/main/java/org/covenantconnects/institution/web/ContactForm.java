package org.covenantconnects.institution.web;

import org.covenantconnects.platform.DateAnswer;

/**
 * A contact log entry with an institution as someone in the Covenant team types it; an
 * awareness session also has how many attended.
 */
public class ContactForm {

	private String kind;

	private DateAnswer happenedOn = new DateAnswer();

	private String who;

	private String attended;

	private String summary;

	private String nextStep;

	private DateAnswer nextStepDue = new DateAnswer();

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public DateAnswer getHappenedOn() {
		return this.happenedOn;
	}

	public void setHappenedOn(DateAnswer happenedOn) {
		this.happenedOn = happenedOn;
	}

	public String getWho() {
		return this.who;
	}

	public void setWho(String who) {
		this.who = who;
	}

	public String getAttended() {
		return this.attended;
	}

	public void setAttended(String attended) {
		this.attended = attended;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getNextStep() {
		return this.nextStep;
	}

	public void setNextStep(String nextStep) {
		this.nextStep = nextStep;
	}

	public DateAnswer getNextStepDue() {
		return this.nextStepDue;
	}

	public void setNextStepDue(DateAnswer nextStepDue) {
		this.nextStepDue = nextStepDue;
	}

}
