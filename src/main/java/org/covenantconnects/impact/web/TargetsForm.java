package org.covenantconnects.impact.web;

import org.covenantconnects.impact.Measure;

/**
 * A year's targets as typed, one field for each goal and KPI (named by
 * {@link Measure#field()}).
 */
public class TargetsForm {

	private String year;

	private String signatories;

	private String councilsEmbedded;

	private String institutionsEmbedded;

	private String careLeaversRegistered;

	private String leisureTakenUp;

	private String employmentTakenUp;

	private String newSignatories;

	private String opportunitiesPublished;

	private String advisersOnConnects;

	private String councilsPartnered;

	private String eventsHeld;

	private String eventAttendances;

	public String getEventsHeld() {
		return this.eventsHeld;
	}

	public void setEventsHeld(String eventsHeld) {
		this.eventsHeld = eventsHeld;
	}

	public String getEventAttendances() {
		return this.eventAttendances;
	}

	public void setEventAttendances(String eventAttendances) {
		this.eventAttendances = eventAttendances;
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getSignatories() {
		return this.signatories;
	}

	public void setSignatories(String signatories) {
		this.signatories = signatories;
	}

	public String getCouncilsEmbedded() {
		return this.councilsEmbedded;
	}

	public void setCouncilsEmbedded(String councilsEmbedded) {
		this.councilsEmbedded = councilsEmbedded;
	}

	public String getInstitutionsEmbedded() {
		return this.institutionsEmbedded;
	}

	public void setInstitutionsEmbedded(String institutionsEmbedded) {
		this.institutionsEmbedded = institutionsEmbedded;
	}

	public String getCareLeaversRegistered() {
		return this.careLeaversRegistered;
	}

	public void setCareLeaversRegistered(String careLeaversRegistered) {
		this.careLeaversRegistered = careLeaversRegistered;
	}

	public String getLeisureTakenUp() {
		return this.leisureTakenUp;
	}

	public void setLeisureTakenUp(String leisureTakenUp) {
		this.leisureTakenUp = leisureTakenUp;
	}

	public String getEmploymentTakenUp() {
		return this.employmentTakenUp;
	}

	public void setEmploymentTakenUp(String employmentTakenUp) {
		this.employmentTakenUp = employmentTakenUp;
	}

	public String getNewSignatories() {
		return this.newSignatories;
	}

	public void setNewSignatories(String newSignatories) {
		this.newSignatories = newSignatories;
	}

	public String getOpportunitiesPublished() {
		return this.opportunitiesPublished;
	}

	public void setOpportunitiesPublished(String opportunitiesPublished) {
		this.opportunitiesPublished = opportunitiesPublished;
	}

	public String getAdvisersOnConnects() {
		return this.advisersOnConnects;
	}

	public void setAdvisersOnConnects(String advisersOnConnects) {
		this.advisersOnConnects = advisersOnConnects;
	}

	public String getCouncilsPartnered() {
		return this.councilsPartnered;
	}

	public void setCouncilsPartnered(String councilsPartnered) {
		this.councilsPartnered = councilsPartnered;
	}

	/** What was typed for a measure. */
	String get(Measure measure) {
		return switch (measure) {
			case SIGNATORIES -> this.signatories;
			case COUNCILS_EMBEDDED -> this.councilsEmbedded;
			case INSTITUTIONS_EMBEDDED -> this.institutionsEmbedded;
			case CARE_LEAVERS_REGISTERED -> this.careLeaversRegistered;
			case LEISURE_TAKEN_UP -> this.leisureTakenUp;
			case EMPLOYMENT_TAKEN_UP -> this.employmentTakenUp;
			case NEW_SIGNATORIES -> this.newSignatories;
			case OPPORTUNITIES_PUBLISHED -> this.opportunitiesPublished;
			case ADVISERS_ON_CONNECTS -> this.advisersOnConnects;
			case COUNCILS_PARTNERED -> this.councilsPartnered;
			case EVENTS_HELD -> this.eventsHeld;
			case EVENT_ATTENDANCES -> this.eventAttendances;
		};
	}

	/** Puts a measure's target in its field. */
	void set(Measure measure, String value) {
		switch (measure) {
			case SIGNATORIES -> setSignatories(value);
			case COUNCILS_EMBEDDED -> setCouncilsEmbedded(value);
			case INSTITUTIONS_EMBEDDED -> setInstitutionsEmbedded(value);
			case CARE_LEAVERS_REGISTERED -> setCareLeaversRegistered(value);
			case LEISURE_TAKEN_UP -> setLeisureTakenUp(value);
			case EMPLOYMENT_TAKEN_UP -> setEmploymentTakenUp(value);
			case NEW_SIGNATORIES -> setNewSignatories(value);
			case OPPORTUNITIES_PUBLISHED -> setOpportunitiesPublished(value);
			case ADVISERS_ON_CONNECTS -> setAdvisersOnConnects(value);
			case COUNCILS_PARTNERED -> setCouncilsPartnered(value);
			case EVENTS_HELD -> setEventsHeld(value);
			case EVENT_ATTENDANCES -> setEventAttendances(value);
		}
	}

}
