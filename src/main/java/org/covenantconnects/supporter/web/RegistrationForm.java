package org.covenantconnects.supporter.web;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;

/**
 * What one question page sends: a plain holder of text, bound field by field (the
 * controller turns on direct field access), so that nothing typed or tampered with fails
 * before it is checked; each page checks only its own fields.
 */
@SuppressFBWarnings(
		value = { "PA_PUBLIC_PRIMITIVE_ATTRIBUTE", "UWF_NULL_FIELD", "UWF_UNWRITTEN_PUBLIC_OR_PROTECTED_FIELD" },
		justification = "A form filled by data binding from the page, which writes its fields")
class RegistrationForm {

	public String name;

	public String role;

	public String organisationType;

	public String organisationName;

	public String council;

	public String email;

	public String password;

	public boolean consent;

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

}
