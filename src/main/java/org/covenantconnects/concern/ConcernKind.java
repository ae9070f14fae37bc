package org.covenantconnects.concern;

/** What someone says is wrong. */
public enum ConcernKind {

	UNSAFE("It is unsafe or exploitative"), MISLEADING("It is misleading"), DISCRIMINATORY("It is discriminatory"),
	SCAM("It is a scam or asks for money"), WRONG_DETAILS("Some details are wrong"), OTHER("Something else");

	private final String label;

	ConcernKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
