package org.covenantconnects.giveaway.web;

/** A young person's answer to whether they take part in the give-away. */
public class TakingPartForm {

	private String takePart;

	public String getTakePart() {
		return this.takePart;
	}

	public void setTakePart(String takePart) {
		this.takePart = takePart;
	}

}
