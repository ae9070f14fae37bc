package org.covenantconnects.supporter;

/** Whether the Covenant team has confirmed that a supporter works where they say. */
public enum Verification {

	/** Waiting for a coordinator; the supporter sees only that we are checking. */
	PENDING,
	/**
	 * Confirmed, by a coordinator or by an email domain on the council's allowed list.
	 */
	VERIFIED,
	/** A coordinator could not confirm it, and gave the supporter a reason. */
	DECLINED

}
