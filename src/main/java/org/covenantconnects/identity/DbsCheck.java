package org.covenantconnects.identity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A coordinator's enhanced DBS check as an administrator recorded it.
 *
 * @param issuedOn the date on the certificate
 * @param certificateReference the certificate's number
 * @param renewalDue the day the check must be renewed by; from that day it is expired
 */
public record DbsCheck(AccountId coordinator, LocalDate issuedOn, String certificateReference, LocalDate renewalDue,
		Instant recordedAt) {

	/** How many days before the renewal is due the warning comes. */
	public static final int WARNING_DAYS = 30;

	/** How long a check lasts unless the administrator sets another renewal date. */
	public static final int DEFAULT_YEARS = 3;

	public Status status(LocalDate today) {
		if (!today.isBefore(this.renewalDue)) {
			return Status.EXPIRED;
		}
		if (!today.plusDays(WARNING_DAYS).isBefore(this.renewalDue)) {
			return Status.DUE_SOON;
		}
		return Status.IN_DATE;
	}

	/** Where a coordinator's check stands on a day. */
	public enum Status {

		IN_DATE("In date", "green"), DUE_SOON("Renewal due within 30 days", "yellow"), EXPIRED("Expired", "red"),
		NONE("No check recorded", "grey");

		private final String label;

		private final String colour;

		Status(String label, String colour) {
			this.label = label;
			this.colour = colour;
		}

		public String label() {
			return this.label;
		}

		public String colour() {
			return this.colour;
		}

		/** Whether a coordinator may open young people's records with it. */
		public boolean allowsYoungPeoplesRecords() {
			return this == IN_DATE || this == DUE_SOON;
		}

	}

}
