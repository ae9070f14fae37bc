package org.covenantconnects.supporter;

/** A young person's email address and an optional note, for sending an opportunity. */
class ShareForm {

	static final int NOTE_LIMIT = 500;

	private String recipient;

	private String note;

	public String getRecipient() {
		return this.recipient;
	}

	public void setRecipient(String recipient) {
		this.recipient = recipient;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
