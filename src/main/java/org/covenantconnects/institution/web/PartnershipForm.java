package org.covenantconnects.institution.web;

import org.covenantconnects.platform.DateAnswer;

/** An institution's partnership as a coordinator types it. */
public class PartnershipForm {

	private String partner;

	private DateAnswer mouSignedOn = new DateAnswer();

	private DateAnswer mouReviewOn = new DateAnswer();

	private String mouLink;

	private String contactName;

	private String contactRole;

	private String contactEmail;

	private String coordinator;

	public String getPartner() {
		return this.partner;
	}

	public void setPartner(String partner) {
		this.partner = partner;
	}

	public DateAnswer getMouSignedOn() {
		return this.mouSignedOn;
	}

	public void setMouSignedOn(DateAnswer mouSignedOn) {
		this.mouSignedOn = mouSignedOn;
	}

	public DateAnswer getMouReviewOn() {
		return this.mouReviewOn;
	}

	public void setMouReviewOn(DateAnswer mouReviewOn) {
		this.mouReviewOn = mouReviewOn;
	}

	public String getMouLink() {
		return this.mouLink;
	}

	public void setMouLink(String mouLink) {
		this.mouLink = mouLink;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactRole() {
		return this.contactRole;
	}

	public void setContactRole(String contactRole) {
		this.contactRole = contactRole;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getCoordinator() {
		return this.coordinator;
	}

	public void setCoordinator(String coordinator) {
		this.coordinator = coordinator;
	}

}
