package org.covenantconnects.takeup;

/**
 * What a young person can choose to share with an organisation when they apply. Nothing
 * is shared unless chosen.
 */
public enum Sharing {

	NAME("Your name"), EMAIL("Your email address, so they can reply to you"), SITUATION("What you are doing now");

	private final String label;

	Sharing(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
