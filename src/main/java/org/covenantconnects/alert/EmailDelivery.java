package org.covenantconnects.alert;

import java.util.UUID;

/** One way of delivering an email: SMTP, or recording it for administrators to read. */
interface EmailDelivery {

	/**
	 * Delivers the message or throws; a thrown exception leads to a retry.
	 * @param messageId becomes the Message-ID, so a repeated delivery can be recognised
	 */
	Outcome deliver(UUID messageId, Email email);

	enum Outcome {

		/** Handed to a mail server. */
		SENT,
		/** Kept in the database only, shown at /admin/messages. */
		RECORDED

	}

}
