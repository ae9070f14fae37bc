package org.covenantconnects.email.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * What happened to an email after GOV.UK Notify took it, as its delivery receipt says.
 * Each is final: Notify sends a receipt once it has stopped trying.
 */
public enum Delivery {

	/** The recipient's mail server accepted it. */
	DELIVERED("delivered"),
	/**
	 * The recipient's mail server refused it for good: the address does not exist, or the
	 * server will not take mail for it. Treated as a mail server's hard refusal: the
	 * address is marked undeliverable.
	 */
	PERMANENT_FAILURE("permanent-failure"),
	/**
	 * Notify gave up after trying for a while: the inbox was full, or the server would
	 * not take it yet. The address is not blamed.
	 */
	TEMPORARY_FAILURE("temporary-failure"),
	/** A fault at Notify or its email provider; the address is not blamed. */
	TECHNICAL_FAILURE("technical-failure");

	private final String notifyStatus;

	Delivery(String notifyStatus) {
		this.notifyStatus = notifyStatus;
	}

	/** The status as Notify writes it in a receipt. */
	public String notifyStatus() {
		return this.notifyStatus;
	}

	public static Optional<Delivery> fromNotifyStatus(String status) {
		return Arrays.stream(values()).filter((delivery) -> delivery.notifyStatus.equals(status)).findFirst();
	}

}
