package org.covenantconnects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * A real SMTP server (GreenMail) for the whole test run, started before the first
 * application context so that every context sends its email to it. Its port is published
 * as the system property {@code connects.test.smtp-port}, which the test profile points
 * Spring Mail at.
 */
public final class TestMailServer implements BeforeAllCallback, TestInstancePreConstructCallback {

	private static GreenMail server;

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
	}

	/**
	 * Test classes with one instance for all their tests build the context before
	 * beforeAll.
	 */
	@Override
	public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
		start();
	}

	static synchronized GreenMail start() {
		if (server == null) {
			int port = freePort();
			server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			System.setProperty("connects.test.smtp-port", String.valueOf(port));
		}
		return server;
	}

	/**
	 * Waits up to ten seconds for the given number of emails to the address, and returns
	 * them.
	 */
	public static List<MimeMessage> awaitEmails(String recipient, int count) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		List<MimeMessage> found = List.of();
		while (Instant.now().isBefore(deadline)) {
			found = emailsTo(recipient);
			if (found.size() >= count) {
				return found;
			}
			sleep();
		}
		throw new AssertionError("Expected " + count + " email(s) to " + recipient + " but found " + found.size());
	}

	/**
	 * Waits up to ten seconds for an email to the address with this subject, and returns
	 * it. Emails are sent by several senders, so they need not arrive in the order they
	 * were written.
	 */
	public static MimeMessage awaitEmail(String recipient, String subject) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			for (MimeMessage message : emailsTo(recipient)) {
				if (subject.equals(subject(message))) {
					return message;
				}
			}
			sleep();
		}
		throw new AssertionError("Expected an email to " + recipient + " with the subject '" + subject + "'");
	}

	public static List<MimeMessage> emailsTo(String recipient) {
		return Arrays.stream(start().getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((address) -> address.toString().equalsIgnoreCase(recipient));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The subjects of the emails to the address, in the order they arrived. */
	public static List<String> subjects(String recipient) {
		return emailsTo(recipient).stream().map(TestMailServer::subject).toList();
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The token at the end of the email's link to the path, as in
	 * {@code /verify-email/TOKEN} for the path {@code /verify-email/}.
	 */
	public static String linkToken(MimeMessage message, String path) {
		Matcher link = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]+)").matcher(body(message));
		if (!link.find()) {
			throw new AssertionError("Expected a link to " + path + " in the email");
		}
		return link.group(1);
	}

	/** The plain-text part, decoded. */
	public static String body(MimeMessage message) {
		return part(message, "text/plain");
	}

	/** The HTML part, decoded. */
	public static String html(MimeMessage message) {
		return part(message, "text/html");
	}

	private static String part(MimeMessage message, String type) {
		try {
			if (message.getContent() instanceof Multipart parts) {
				for (int i = 0; i < parts.getCount(); i++) {
					BodyPart part = parts.getBodyPart(i);
					if (part.isMimeType(type)) {
						return String.valueOf(part.getContent()).replace("\r\n", "\n");
					}
				}
				throw new AssertionError("The email has no " + type + " part");
			}
			if (message.isMimeType(type)) {
				return String.valueOf(message.getContent()).replace("\r\n", "\n");
			}
			throw new AssertionError("The email is not " + type);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
