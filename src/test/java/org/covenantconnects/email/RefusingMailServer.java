package org.covenantconnects.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small SMTP server on loopback that answers chosen recipients with chosen replies (a
 * 550 for a mailbox that does not exist, a 451 for a busy one) and accepts everyone else.
 * GreenMail accepts every recipient, so it cannot stand in for a server that refuses.
 */
final class RefusingMailServer implements AutoCloseable {

	private final ServerSocket server;

	private final Map<String, Deque<String>> replies = new ConcurrentHashMap<>();

	private final Map<String, Deque<String>> repliesToData = new ConcurrentHashMap<>();

	private final List<String> delivered = new CopyOnWriteArrayList<>();

	private final List<String> texts = new CopyOnWriteArrayList<>();

	private final Thread acceptor;

	RefusingMailServer() {
		try {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.acceptor = new Thread(this::acceptWhileOpen, "refusing-mail-server");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	int port() {
		return this.server.getLocalPort();
	}

	/**
	 * Answers RCPT TO for the address with these replies, one per attempt; once they are
	 * used up the address is accepted.
	 */
	void answer(String address, List<String> replies) {
		this.replies.put(address.toLowerCase(Locale.ROOT), new ArrayDeque<>(replies));
	}

	/**
	 * Answers the end of a message's data (the final dot) for the address with these
	 * replies, one per attempt; once they are used up the message is accepted.
	 */
	void answerAtTheEnd(String address, List<String> replies) {
		this.repliesToData.put(address.toLowerCase(Locale.ROOT), new ArrayDeque<>(replies));
	}

	/** The data of each message accepted, in order. */
	List<String> texts() {
		return List.copyOf(this.texts);
	}

	/** The recipient of each message accepted, in order. */
	List<String> delivered() {
		return List.copyOf(this.delivered);
	}

	private void acceptWhileOpen() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Thread conversation = new Thread(() -> converse(client), "refusing-mail-server-client");
				conversation.setDaemon(true);
				conversation.start();
			}
			catch (IOException ex) {
				// Closed.
			}
		}
	}

	private void converse(Socket client) {
		try (client;
				BufferedReader in = new BufferedReader(
						new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
				OutputStream out = client.getOutputStream()) {
			reply(out, "220 refusing.test ESMTP");
			List<String> recipients = new ArrayList<>();
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase(Locale.ROOT);
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					reply(out, "250 refusing.test");
				}
				else if (command.startsWith("MAIL FROM")) {
					recipients.clear();
					reply(out, "250 2.1.0 OK");
				}
				else if (command.startsWith("RCPT TO")) {
					String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'))
						.toLowerCase(Locale.ROOT);
					Deque<String> planned = this.replies.get(address);
					String refusal = (planned != null) ? planned.pollFirst() : null;
					if (refusal != null) {
						reply(out, refusal);
					}
					else {
						recipients.add(address);
						reply(out, "250 2.1.5 OK");
					}
				}
				else if (command.equals("DATA")) {
					reply(out, "354 Go ahead");
					StringBuilder data = new StringBuilder();
					while ((line = in.readLine()) != null && !line.equals(".")) {
						data.append(line).append('\n');
					}
					if (line == null) {
						// The client went away before the end of the data: nothing was
						// sent.
						return;
					}
					String refusal = recipients.stream()
						.map(this.repliesToData::get)
						.filter((planned) -> planned != null && !planned.isEmpty())
						.map(Deque::pollFirst)
						.findFirst()
						.orElse(null);
					if (refusal != null) {
						reply(out, refusal);
					}
					else {
						this.delivered.addAll(recipients);
						this.texts.add(data.toString());
						reply(out, "250 2.0.0 Accepted");
					}
				}
				else if (command.equals("QUIT")) {
					reply(out, "221 2.0.0 Bye");
					return;
				}
				else {
					reply(out, "250 OK");
				}
			}
		}
		catch (IOException ex) {
			// The client went away.
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() {
		try {
			this.server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
