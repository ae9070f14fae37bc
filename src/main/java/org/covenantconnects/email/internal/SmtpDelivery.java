package org.covenantconnects.email.internal;

import java.io.IOException;
import java.io.Serial;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.regex.Pattern;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.covenantconnects.email.OutgoingEmail;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends over SMTP, one connection per batch. Each message has a plain-text and an HTML
 * part, the outbox row's id as its Message-ID and, when it has an unsubscribe link, the
 * one-click unsubscribe headers of RFC 8058.
 * <p>
 * A 5xx reply to a recipient (RFC 5321: the mailbox does not exist, or will never take
 * mail) marks the address undeliverable, except a 5.7.x reply, which is about this
 * sender's standing (relaying, policy) rather than the address. A 5xx reply to the
 * message itself fails that message. Every 4xx reply and every broken connection is
 * retried.
 * <p>
 * <b>Handed over once.</b> A message becomes the server's when the server reads the final
 * dot of its data; if the connection drops before that, the server discards it. So the
 * delivery is recorded at the dot (see
 * {@link EmailDelivery.Run#deliver(OutgoingEmail, EmailDelivery.Handover)}): the dot is
 * written straight after the commit of the record has left for the database, on the same
 * thread, before the database answers (ADR 061). An instance killed before the commit
 * left leaves a message neither recorded nor taken, sent again after the lease; one
 * killed after the dot leaves a message recorded and taken. Only a death between those
 * two writes, a few instructions apart, loses the message.
 */
public final class SmtpDelivery implements EmailDelivery {

	private static final Pattern POLICY_REPLY = Pattern.compile("^5\\d\\d[ -]5\\.7\\.");

	private final JavaMailSenderImpl mailSender;

	private final InternetAddress from;

	private final String messageIdDomain;

	public SmtpDelivery(JavaMailSenderImpl mailSender, String from, String messageIdDomain) {
		this.mailSender = mailSender;
		try {
			this.from = new InternetAddress(from, true);
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("The sender address is not valid: " + from, ex);
		}
		this.messageIdDomain = messageIdDomain;
	}

	@Override
	public Run open() {
		return new SmtpRun();
	}

	/** Builds the message as it goes over the wire. */
	@SuppressFBWarnings(value = "IMPROPER_UNICODE",
			justification = "The unsubscribe link is the service's own address, written in ASCII as the List-Unsubscribe header requires")
	public MimeMessage message(Session session, OutgoingEmail email) throws MessagingException {
		String messageId = email.messageId(this.messageIdDomain);
		MimeMessage message = new WithMessageId(session, messageId);
		message.setFrom(this.from);
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.recipient(), false));
		message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
		message.setSentDate(new Date());
		URI unsubscribeLink = email.unsubscribeLink();
		if (unsubscribeLink != null) {
			message.setHeader("List-Unsubscribe", "<" + unsubscribeLink.toASCIIString() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		MimeBodyPart text = new MimeBodyPart();
		text.setText(email.textBody(), StandardCharsets.UTF_8.name(), "plain");
		MimeBodyPart html = new MimeBodyPart();
		html.setText(email.htmlBody(), StandardCharsets.UTF_8.name(), "html");
		MimeMultipart alternatives = new MimeMultipart("alternative");
		alternatives.addBodyPart(text);
		alternatives.addBodyPart(html);
		message.setContent(alternatives);
		message.saveChanges();
		return message;
	}

	static DeliveryFailure failure(MessagingException ex) {
		Exception cause = ex;
		while (cause != null) {
			if (cause instanceof SMTPAddressFailedException refused) {
				if (refused.getReturnCode() >= 500
						&& !POLICY_REPLY.matcher(String.valueOf(refused.getMessage())).find()) {
					return new DeliveryFailure(DeliveryFailure.Kind.ADDRESS_UNDELIVERABLE, reply(refused), ex);
				}
				if (refused.getReturnCode() >= 500) {
					return new DeliveryFailure(DeliveryFailure.Kind.MESSAGE_REFUSED, reply(refused), ex);
				}
				return new DeliveryFailure(DeliveryFailure.Kind.TEMPORARY, reply(refused), ex);
			}
			if (cause instanceof SMTPSendFailedException refused) {
				DeliveryFailure.Kind kind = (refused.getReturnCode() >= 500) ? DeliveryFailure.Kind.MESSAGE_REFUSED
						: DeliveryFailure.Kind.TEMPORARY;
				return new DeliveryFailure(kind, reply(refused), ex);
			}
			cause = (cause instanceof MessagingException messaging) ? messaging.getNextException() : null;
		}
		return new DeliveryFailure(DeliveryFailure.Kind.TEMPORARY, String.valueOf(ex.getMessage()), ex);
	}

	private static String reply(MessagingException refused) {
		return String.valueOf(refused.getMessage()).strip();
	}

	private final class SmtpRun implements Run {

		private HandingOver transport;

		@Override
		public Outcome deliver(OutgoingEmail email) {
			return deliver(email, null);
		}

		@Override
		public Outcome deliver(OutgoingEmail email, Handover handover) {
			try {
				MimeMessage message = message(SmtpDelivery.this.mailSender.getSession(), email);
				connected().send(message, handover);
				return Outcome.SENT;
			}
			catch (MessagingException ex) {
				// The server may be left mid-conversation: start the next message afresh.
				close();
				throw failure(ex);
			}
		}

		private HandingOver connected() throws MessagingException {
			// Not Transport.isConnected(): over SMTP that costs a NOOP round trip per
			// message.
			if (this.transport == null) {
				JavaMailSenderImpl sender = SmtpDelivery.this.mailSender;
				Session session = sender.getSession();
				String protocol = (sender.getProtocol() != null) ? sender.getProtocol() : "smtp";
				HandingOver fresh = new HandingOver(session,
						new URLName(protocol, sender.getHost(), sender.getPort(), null, sender.getUsername(), null),
						protocol);
				fresh.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
				this.transport = fresh;
			}
			return this.transport;
		}

		@Override
		public void close() {
			if (this.transport != null) {
				try {
					this.transport.close();
				}
				catch (MessagingException ex) {
					// Closing a connection that has already gone: nothing to do.
				}
				this.transport = null;
			}
		}

	}

	/**
	 * An SMTP connection that asks the message's handover, before writing the final dot,
	 * whether it may let the message go. When it may not, the connection is dropped
	 * without the dot, and the server discards what it had of the message.
	 */
	private static final class HandingOver extends SMTPTransport {

		private Handover handover;

		HandingOver(Session session, URLName url, String protocol) {
			super(session, url, protocol, "smtps".equals(protocol));
		}

		void send(MimeMessage message, Handover handover) throws MessagingException {
			this.handover = handover;
			try {
				sendMessage(message, message.getAllRecipients());
			}
			finally {
				this.handover = null;
			}
		}

		@Override
		protected void finishData() throws IOException, MessagingException {
			if (this.handover == null) {
				super.finishData();
				return;
			}
			Exception[] refused = new Exception[1];
			Error[] failed = new Error[1];
			boolean released = this.handover.recordDelivered(() -> {
				try {
					super.finishData();
				}
				catch (IOException | MessagingException ex) {
					refused[0] = ex;
				}
				catch (RuntimeException ex) {
					// Kept, as the others are: thrown here, it would leave the database's
					// connection in the middle of the commit.
					refused[0] = new MessagingException("The end of the message could not be sent", ex);
				}
				catch (Error ex) {
					failed[0] = ex;
				}
			});
			if (!released) {
				// Thrown as an IOException, so that the connection is closed at once,
				// without the dot and without a QUIT the server would read as data.
				throw new Withheld();
			}
			if (failed[0] != null) {
				throw failed[0];
			}
			if (refused[0] instanceof IOException broken) {
				throw broken;
			}
			if (refused[0] instanceof MessagingException answered) {
				throw answered;
			}
		}

	}

	/**
	 * The message was kept back at the final dot, because its delivery could not be
	 * recorded.
	 */
	static final class Withheld extends IOException {

		@Serial
		private static final long serialVersionUID = 1L;

		Withheld() {
			super("Kept back before the end of its data: the delivery could not be recorded");
		}

	}

	/** A message that keeps the Message-ID it is given rather than making one up. */
	private static final class WithMessageId extends MimeMessage {

		private final String messageId;

		WithMessageId(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
