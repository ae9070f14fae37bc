package org.covenantconnects.email.internal;

/** A delivery that did not happen, and whether trying again can help. */
class DeliveryFailure extends RuntimeException {

	private final Kind kind;

	DeliveryFailure(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	Kind kind() {
		return this.kind;
	}

	enum Kind {

		/** The provider could not take it now (busy, unreachable, 4xx): retried later. */
		TEMPORARY,
		/**
		 * The provider refused this message for good, for a reason not tied to the
		 * address.
		 */
		MESSAGE_REFUSED,
		/**
		 * The address cannot receive email (no such mailbox, not a valid address).
		 * Nothing more is sent to it until it is corrected.
		 */
		ADDRESS_UNDELIVERABLE

	}

}
