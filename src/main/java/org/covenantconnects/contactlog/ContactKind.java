package org.covenantconnects.contactlog;

/** What kind of contact an entry records. */
public enum ContactKind {

	MEETING("Meeting"), CALL("Call"), EMAIL("Email"), EVENT("Event"),
	/**
	 * Something the service recorded, such as a partnership taken from a published list.
	 */
	RECORD("Recorded");

	private final String label;

	ContactKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The kinds a person may choose when they add an entry. */
	public static ContactKind[] chosenByPeople() {
		return new ContactKind[] { MEETING, CALL, EMAIL, EVENT };
	}

}
