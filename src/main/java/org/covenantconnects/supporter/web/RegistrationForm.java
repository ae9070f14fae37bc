package org.covenantconnects.supporter.web;

/**
 * What one question page sends. Every value is text, so that nothing typed or tampered
 * with fails before it is checked; each page checks only its own fields.
 */
class RegistrationForm {

	private String name;

	private String role;

	private String organisationType;

	private String organisationName;

	private String council;

	private String email;

	private String password;

	private boolean consent;

	static RegistrationForm of(RegistrationAnswers answers) {
		RegistrationForm form = new RegistrationForm();
		form.name = answers.name;
		form.role = (answers.role != null) ? answers.role.name() : null;
		form.organisationType = (answers.organisationType != null) ? answers.organisationType.name() : null;
		form.organisationName = answers.organisationName;
		form.council = (answers.council != null) ? String.valueOf(answers.council) : null;
		form.email = answers.email;
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getOrganisationType() {
		return this.organisationType;
	}

	public void setOrganisationType(String organisationType) {
		this.organisationType = organisationType;
	}

	public String getOrganisationName() {
		return this.organisationName;
	}

	public void setOrganisationName(String organisationName) {
		this.organisationName = organisationName;
	}

	public String getCouncil() {
		return this.council;
	}

	public void setCouncil(String council) {
		this.council = council;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

}
