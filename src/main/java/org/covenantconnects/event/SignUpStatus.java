package org.covenantconnects.event;

/** Where a person stands with an event they signed up for. */
public enum SignUpStatus {

	/** They have a place. */
	PLACE,
	/** They are on the waiting list, in the order they signed up. */
	WAITING,
	/** They cancelled; they may sign up again, at the back of the queue. */
	CANCELLED

}
