package org.covenantconnects.event;

import java.util.Set;

import org.covenantconnects.identity.Role;

/**
 * Whom an event is for, and so who may sign up: care leavers; supporters (personal
 * advisers and the other people who help young people); partners (the councils',
 * colleges' and organisations' people on Connects: supporters and signatory users); the
 * Covenant team's staff.
 */
public enum Audience {

	CARE_LEAVERS("Care leavers", "care leavers", Set.of(Role.CARE_LEAVER)),
	SUPPORTERS("Supporters", "supporters", Set.of(Role.SUPPORTER)),
	PARTNERS("Partners", "partners", Set.of(Role.SUPPORTER, Role.SIGNATORY)),
	STAFF("Staff", "staff", Set.of(Role.COORDINATOR, Role.ADMIN));

	private final String label;

	private final String inSentence;

	private final Set<Role> roles;

	Audience(String label, String inSentence, Set<Role> roles) {
		this.label = label;
		this.inSentence = inSentence;
		this.roles = roles;
	}

	public String label() {
		return this.label;
	}

	/** The label inside a sentence: "This event is for care leavers". */
	public String inSentence() {
		return this.inSentence;
	}

	/** Whether people with this role are among this audience. */
	public boolean includes(Role role) {
		return this.roles.contains(role);
	}

}
