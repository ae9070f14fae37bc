package org.covenantconnects.contactlog;

/** What kind of contact an entry records. */
public enum ContactKind {

	MEETING("Meeting"), CALL("Call"), EMAIL("Email"), EVENT("Event"),
	/**
	 * Something the service recorded, such as a partnership taken from a published list.
	 */
	RECORD("Recorded"),
	/**
	 * An awareness session the Covenant team ran with a partner's staff, with how many
	 * attended.
	 */
	AWARENESS_SESSION("Awareness session");

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

	/**
	 * The kinds a person may choose for a partner of this kind: colleges and universities
	 * also have awareness sessions with their staff.
	 */
	public static java.util.List<ContactKind> chosenByPeopleFor(PartnerKind partner) {
		java.util.List<ContactKind> kinds = new java.util.ArrayList<>(java.util.List.of(chosenByPeople()));
		if (partner == PartnerKind.INSTITUTION) {
			kinds.add(AWARENESS_SESSION);
		}
		return kinds;
	}

}
