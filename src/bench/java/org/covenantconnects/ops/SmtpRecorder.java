package org.covenantconnects.ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail server of the cluster on one machine ({@code ops/cluster.sh}): an SMTP server
 * on loopback that accepts every message and records it, one line a message, before it
 * answers that it took it: the time it took it (milliseconds since the epoch), its
 * Message-ID and its recipients. The fault run counts deliveries, losses and duplicates
 * from that file.
 * <p>
 * Given a second file, it also writes there every email confirmation link
 * ({@code /verify-email/...}) a message holds, one a line with the Message-ID and the
 * recipients, once the message is recorded: the fault run's load confirms the accounts it
 * registers by following them, as a person does from their inbox.
 * <p>
 * It speaks only what a client needs to hand over a message (no authentication, no TLS),
 * keeps nothing else and needs nothing but the JDK, so it runs straight from its source:
 * {@code java SmtpRecorder.java <port> <file> [<file for confirmation links>]}.
 */
public final class SmtpRecorder {

	private static final Pattern CONFIRMATION_LINK = Pattern
		.compile("https?://[^\\s\"<>]*/verify-email/[A-Za-z0-9_-]+");

	private final Writer records;

	private final Writer links;

	private SmtpRecorder(Writer records, Writer links) {
		this.records = records;
		this.links = links;
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2 && args.length != 3) {
			System.err.println("Usage: java SmtpRecorder.java <port on 127.0.0.1> <file to record messages in>"
					+ " [<file to record email confirmation links in>]");
			System.exit(2);
		}
		int port = Integer.parseInt(args[0]);
		Writer records = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		Writer links = (args.length == 3) ? Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND) : null;
		SmtpRecorder recorder = new SmtpRecorder(records, links);
		ExecutorService connections = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "smtp-connection");
			thread.setDaemon(true);
			return thread;
		});
		try (ServerSocket server = new ServerSocket(port, 100, InetAddress.getLoopbackAddress())) {
			System.out.println("Recording every message received on 127.0.0.1:" + port + " in " + args[1]);
			while (true) {
				Socket socket = server.accept();
				connections.execute(() -> recorder.converse(socket));
			}
		}
	}

	private void converse(Socket socket) {
		try (socket) {
			socket.setSoTimeout(120_000);
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			OutputStream out = socket.getOutputStream();
			reply(out, "220 127.0.0.1 recording SMTP server ready");
			List<String> recipients = new ArrayList<>();
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
				switch (command) {
					case "EHLO" -> reply(out, "250-127.0.0.1\r\n250-8BITMIME\r\n250 SMTPUTF8");
					case "HELO", "NOOP" -> reply(out, "250 OK");
					case "MAIL", "RSET" -> {
						recipients.clear();
						reply(out, "250 OK");
					}
					case "RCPT" -> {
						recipients.add(address(line));
						reply(out, "250 OK");
					}
					case "DATA" -> {
						reply(out, "354 End data with <CR><LF>.<CR><LF>");
						StringBuilder body = new StringBuilder();
						String messageId = readMessage(in, body);
						record(messageId, recipients, body);
						recipients.clear();
						reply(out, "250 OK recorded");
					}
					case "QUIT" -> {
						reply(out, "221 Bye");
						return;
					}
					default -> reply(out, "502 Command not implemented");
				}
			}
		}
		catch (IOException ex) {
			// The client went away (an instance killed mid-message): nothing was recorded
			// for a message whose end was not received.
		}
	}

	/**
	 * Reads the message up to the line holding one dot; returns its Message-ID and keeps
	 * its body in {@code body}, with quoted-printable's soft line breaks and encoded
	 * equals signs undone (enough to read a link whole).
	 */
	private static String readMessage(BufferedReader in, StringBuilder body) throws IOException {
		String messageId = "-";
		boolean inHeaders = true;
		String line;
		while ((line = in.readLine()) != null) {
			if (line.equals(".")) {
				return messageId;
			}
			if (!inHeaders) {
				String text = line.startsWith("..") ? line.substring(1) : line;
				if (text.endsWith("=")) {
					body.append(text, 0, text.length() - 1);
				}
				else {
					body.append(text).append('\n');
				}
			}
			else if (line.isEmpty()) {
				inHeaders = false;
			}
			else if (line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
				messageId = line.substring(11).trim();
			}
		}
		throw new IOException("The connection closed in the middle of a message");
	}

	private synchronized void record(String messageId, List<String> recipients, CharSequence body) throws IOException {
		this.records.write(System.currentTimeMillis() + " " + messageId + " " + String.join(",", recipients) + "\n");
		this.records.flush();
		if (this.links != null) {
			Matcher link = CONFIRMATION_LINK.matcher(body.toString().replace("=3D", "="));
			Set<String> found = new LinkedHashSet<>();
			while (link.find()) {
				found.add(link.group());
			}
			for (String each : found) {
				this.links.write(messageId + " " + String.join(",", recipients) + " " + each + "\n");
			}
			this.links.flush();
		}
	}

	private static String address(String line) {
		int start = line.indexOf('<');
		int end = line.indexOf('>', start + 1);
		return (start >= 0 && end > start) ? line.substring(start + 1, end)
				: line.substring(line.indexOf(':') + 1).trim();
	}

	private static void reply(OutputStream out, String text) throws IOException {
		out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

}
