package org.covenantconnects.council.web;

import org.covenantconnects.platform.DateAnswer;

/** A partnership's details as a coordinator types them. */
public class PartnershipForm {

	private String partner;

	private DateAnswer since = new DateAnswer();

	private String accountManager;

	private String localOffer;

	public String getPartner() {
		return this.partner;
	}

	public void setPartner(String partner) {
		this.partner = partner;
	}

	public DateAnswer getSince() {
		return this.since;
	}

	public void setSince(DateAnswer since) {
		this.since = since;
	}

	public String getAccountManager() {
		return this.accountManager;
	}

	public void setAccountManager(String accountManager) {
		this.accountManager = accountManager;
	}

	public String getLocalOffer() {
		return this.localOffer;
	}

	public void setLocalOffer(String localOffer) {
		this.localOffer = localOffer;
	}

}
