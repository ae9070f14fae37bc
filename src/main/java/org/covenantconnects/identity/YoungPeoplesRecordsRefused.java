package org.covenantconnects.identity;

/**
 * A coordinator without an in-date enhanced DBS check asked for a page that shows young
 * people's personal data. Answered with a page that says why, and who to contact.
 */
public class YoungPeoplesRecordsRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final DbsCheck.Status status;

	public YoungPeoplesRecordsRefused(DbsCheck.Status status) {
		super("No in-date enhanced DBS check: " + status);
		this.status = status;
	}

	public DbsCheck.Status status() {
		return this.status;
	}

}
