package org.covenantconnects.institution.web;

/** An institution's details as a coordinator types them. */
public class InstitutionForm {

	private String name;

	private String kind;

	private String group;

	private String region;

	private String area;

	private String webAddress;

	private String emailDomains;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getGroup() {
		return this.group;
	}

	public void setGroup(String group) {
		this.group = group;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getArea() {
		return this.area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public String getWebAddress() {
		return this.webAddress;
	}

	public void setWebAddress(String webAddress) {
		this.webAddress = webAddress;
	}

	public String getEmailDomains() {
		return this.emailDomains;
	}

	public void setEmailDomains(String emailDomains) {
		this.emailDomains = emailDomains;
	}

}
