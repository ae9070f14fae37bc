package org.covenantconnects.email.internal;

import java.util.Map;

import org.covenantconnects.email.OutgoingEmail;
import org.covenantconnects.email.web.DeliveryReceiptsController;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Sends through GOV.UK Notify with its Java client. Notify composes emails from
 * templates, so the service uses one template whose subject is {@code ((subject))} and
 * whose body is {@code ((body))}; the outbox row's id goes as the notification's
 * reference, which is how a message sent before an instance stopped is recognised instead
 * of sent again.
 * <p>
 * Notify answers a request it will never accept with 400: a {@code ValidationError} about
 * {@code email_address} means the address is not a valid one (marked undeliverable); any
 * other 400 fails the message. A 403 (a wrong or revoked key), a 429 (rate or daily
 * limit), a 5xx and a broken connection are retried, so that fixing the key or waiting
 * for tomorrow's limit delivers what was held back. What became of a message after Notify
 * took it comes later, in its delivery receipt ({@link DeliveryReceiptsController}).
 */
class NotifyDelivery implements EmailDelivery {

	private final NotificationClient client;

	private final String templateId;

	NotifyDelivery(NotificationClient client, String templateId) {
		this.client = client;
		this.templateId = templateId;
	}

	@Override
	public Run open() {
		return new Run() {

			@Override
			public Outcome deliver(OutgoingEmail email) {
				try {
					NotifyDelivery.this.client.sendEmail(NotifyDelivery.this.templateId, email.recipient(),
							Map.of("subject", email.subject(), "body", email.textBody()), email.id().toString(), null,
							email.unsubscribeLink());
					return Outcome.SENT;
				}
				catch (NotificationClientException ex) {
					throw failure(ex);
				}
			}

			@Override
			public boolean alreadyAccepted(OutgoingEmail email) {
				try {
					return !NotifyDelivery.this.client.getNotifications(null, "email", email.id().toString(), null)
						.getNotifications()
						.isEmpty();
				}
				catch (NotificationClientException ex) {
					throw failure(ex);
				}
			}

		};
	}

	static DeliveryFailure failure(NotificationClientException ex) {
		int status = ex.getHttpResult();
		String message = String.valueOf(ex.getMessage());
		if (status == 400 && message.contains("ValidationError") && message.contains("email_address")) {
			return new DeliveryFailure(DeliveryFailure.Kind.ADDRESS_UNDELIVERABLE, "GOV.UK Notify: " + message, ex);
		}
		if (status == 400) {
			return new DeliveryFailure(DeliveryFailure.Kind.MESSAGE_REFUSED, "GOV.UK Notify: " + message, ex);
		}
		return new DeliveryFailure(DeliveryFailure.Kind.TEMPORARY, "GOV.UK Notify: " + message, ex);
	}

}
