package org.covenantconnects.opportunity;

/** The five outcomes the Covenant measures its impact by. */
public enum Outcome {

	LIVE_INDEPENDENTLY("Prepared to live independently"),
	EMPLOYMENT_EDUCATION_TRAINING("Access to employment, education and training"),
	STABILITY_SAFETY_SECURITY("Stability, safety and security"), HEALTH_SUPPORT("Access to health support"),
	FINANCIAL_STABILITY("Financial stability");

	private final String label;

	Outcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
