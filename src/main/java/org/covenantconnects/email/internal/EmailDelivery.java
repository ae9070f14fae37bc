package org.covenantconnects.email.internal;

import org.covenantconnects.email.OutgoingEmail;

/**
 * One way of delivering an email: SMTP, GOV.UK Notify, or recording it for administrators
 * to read. The dispatcher opens a {@link Run} for each batch it claims, so that a
 * provider can keep one connection for the whole batch.
 */
interface EmailDelivery {

	Run open();

	/** Deliveries that may share a connection. Used by one thread at a time. */
	interface Run extends AutoCloseable {

		/**
		 * Delivers the message or throws. A {@link DeliveryFailure} says whether trying
		 * again can help; any other exception is taken as a temporary failure and
		 * retried.
		 */
		Outcome deliver(OutgoingEmail email);

		/**
		 * Whether the provider already accepted this message, asked before delivering one
		 * whose earlier claim ended without an outcome (its instance stopped mid-send).
		 * Providers that cannot tell answer {@code false}, and the message goes again
		 * with the same Message-ID.
		 */
		default boolean alreadyAccepted(OutgoingEmail email) {
			return false;
		}

		@Override
		default void close() {
		}

	}

	enum Outcome {

		/** Handed to a mail server or to GOV.UK Notify. */
		SENT,
		/** Kept in the database only, shown at /admin/messages. */
		RECORDED

	}

}
