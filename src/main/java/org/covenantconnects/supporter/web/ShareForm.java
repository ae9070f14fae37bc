package org.covenantconnects.supporter.web;

/**
 * A young person's email address, for sending an opportunity. There is deliberately no
 * message: no free text reaches a young person from someone they have not linked with.
 */
public class ShareForm {

	private String recipient;

	public String getRecipient() {
		return this.recipient;
	}

	public void setRecipient(String recipient) {
		this.recipient = recipient;
	}

}
