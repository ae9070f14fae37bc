package org.covenantconnects.event;

/** What kind of gathering an event is. */
public enum EventKind {

	CAREER_PATH_SESSION("Career-path session"), WORKSHOP("Workshop"), NETWORK_MEETING("Network meeting"),
	AWARENESS_SESSION("Awareness session"), OTHER("Other event");

	private final String label;

	EventKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
