package org.covenantconnects.opportunity;

/** The six categories care leavers browse by. */
public enum Category {

	EDUCATION_AND_TRAINING("Education and training"), EMPLOYMENT_AND_WORK_EXPERIENCE("Employment and work experience"),
	INDEPENDENT_LIVING_AND_HOUSING("Independent living and housing"), HEALTH_AND_WELLBEING("Health and wellbeing"),
	MONEY_AND_FINANCIAL_SUPPORT("Money and financial support"), LEISURE_AND_LIFESTYLE("Leisure and lifestyle");

	private final String label;

	Category(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
