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
		 * Delivers the message, asking {@code handover} to record it as delivered at the
		 * last moment before the provider may take it, where the provider has such a
		 * moment: over SMTP, the final dot of the message's data, after which the server
		 * owns it. The handover lets the message go itself, as the record leaves for the
		 * database (ADR 061). When it cannot record, the message is withheld (the
		 * connection is dropped without the dot, so the server discards it) and this
		 * throws. Providers without such a moment deliver as
		 * {@link #deliver(OutgoingEmail)} does and leave the record to the dispatcher.
		 */
		default Outcome deliver(OutgoingEmail email, Handover handover) {
			return deliver(email);
		}

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

	/**
	 * The dispatcher's record of a delivery, made while the provider still holds the
	 * message.
	 */
	interface Handover {

		/**
		 * Records the message as delivered and runs {@code release}, which lets the
		 * message go, at the moment the record's commit has left for the database, before
		 * its answer: so that this process dying at any moment either leaves a message
		 * that was neither recorded nor let go, or one both recorded and let go. Where
		 * the moment cannot be caught, {@code release} runs once the record is made.
		 * {@code release} must not throw: it keeps any failure for the provider to report
		 * afterwards.
		 * @return whether {@code release} ran; {@code false} when the record could not be
		 * made (the database is away, or another sender has claimed the message since),
		 * and the provider must then keep the message back
		 */
		boolean recordDelivered(Runnable release);

	}

	enum Outcome {

		/** Handed to a mail server or to GOV.UK Notify. */
		SENT,
		/** Kept in the database only, shown at /admin/messages. */
		RECORDED

	}

}
