package org.covenantconnects.concern.web;

/** The answers on the report a concern page, kept as typed when they have problems. */
public class ConcernForm {

	private String kind;

	private String description;

	private String email;

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
