package org.covenantconnects.email;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.email.internal.Delivery;
import org.covenantconnects.email.internal.EmailBodies;
import org.covenantconnects.email.internal.EmailDispatcher;
import org.covenantconnects.platform.Dataset;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The email outbox. {@link #queue(Email)} joins the caller's transaction, so an email
 * exists if and only if the change that caused it was committed; delivery happens
 * afterwards and is retried (see ADR 006 and {@code EmailDispatcher} for what is
 * guaranteed). Addresses that cannot receive email are marked undeliverable, for the
 * module that owns the person to ask them to correct it.
 */
@Service
public class Emails {

	private static final String RECORDED = "RECORDED";

	/**
	 * Records whom an email is about. The account an email is sent to is found here, by
	 * its address when the email is queued (the one place outside identity that reads the
	 * account table, ADR 023); the people it names are given by the module that writes it
	 * ({@link Email#about}).
	 */
	private static final String RECIPIENT_ACCOUNT = "insert into email_message_person (message_id, account_id)";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final EmailDispatcher dispatcher;

	private final JdbcTemplate batches;

	private final Dataset dataset;

	Emails(JdbcClient jdbc, JdbcTemplate batches, Clock clock, EmailDispatcher dispatcher, Dataset dataset) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.clock = clock;
		this.dispatcher = dispatcher;
		this.dataset = dataset;
	}

	/**
	 * Writes the email to the outbox, with its plain-text part (ending with the
	 * unsubscribe link, when it has one) and the HTML part made from it, both with the
	 * email's secret taken out; the secret is kept beside them until the email is
	 * delivered or given up on. Nothing is written to an address marked undeliverable
	 * other than the row itself, which is then {@code SUPPRESSED} instead of sent.
	 * @return the message's id, which becomes its Message-ID when delivered
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID queue(Email email) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String text = EmailBodies.text(EmailBodies.withhold(email.textBody(), email.secret()), email.unsubscribeLink());
		this.jdbc.sql("""
				insert into email_message (id, recipient, subject, text_body, html_body, secret, unsubscribe_url,
				  status, next_attempt_at, created_at)
				values (:id, :recipient, :subject, :text, :html, :secret, :unsubscribe, 'PENDING', :now, :now)
				""")
			.param("id", id)
			.param("recipient", email.recipient())
			.param("subject", email.subject())
			.param("text", text)
			.param("html", EmailBodies.html(email.subject(), text))
			.param("secret", email.secret())
			.param("unsubscribe", Objects.toString(email.unsubscribeLink(), null))
			.param("now", now)
			.update();
		this.jdbc.sql(RECIPIENT_ACCOUNT + " select :id, id from account where lower(email) = lower(:recipient)")
			.param("id", id)
			.param("recipient", email.recipient())
			.update();
		for (UUID person : email.about()) {
			this.jdbc.sql(RECIPIENT_ACCOUNT + " values (:id, :person) on conflict do nothing")
				.param("id", id)
				.param("person", person)
				.update();
		}
		wakeDispatcherAfterCommit();
		return id;
	}

	/**
	 * Writes many emails to the outbox in one statement, as {@link #queue(Email)} does
	 * each: for digests, which queue thousands at a time. Emails that share their text
	 * (as digests about the same opportunities do) have its HTML made once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queueAll(List<Email> emails) {
		if (emails.isEmpty()) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int count = emails.size();
		UUID[] ids = new UUID[count];
		String[] recipients = new String[count];
		String[] subjects = new String[count];
		String[] texts = new String[count];
		String[] htmls = new String[count];
		String[] secrets = new String[count];
		String[] unsubscribe = new String[count];
		EmailBodies.Batch bodies = new EmailBodies.Batch();
		for (int i = 0; i < count; i++) {
			Email email = emails.get(i);
			String body = EmailBodies.withhold(email.textBody(), email.secret());
			ids[i] = UUID.randomUUID();
			recipients[i] = email.recipient();
			subjects[i] = email.subject();
			texts[i] = EmailBodies.text(body, email.unsubscribeLink());
			htmls[i] = bodies.html(email.subject(), body, email.unsubscribeLink());
			secrets[i] = email.secret();
			unsubscribe[i] = Objects.toString(email.unsubscribeLink(), null);
		}
		this.batches.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement("""
					insert into email_message (id, recipient, subject, text_body, html_body, secret, unsubscribe_url,
					  status, next_attempt_at, created_at)
					select id, recipient, subject, text_body, html_body, secret, unsubscribe_url, 'PENDING', ?, ?
					from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
					  as m(id, recipient, subject, text_body, html_body, secret, unsubscribe_url)
					""");
			try {
				insert.setObject(1, now);
				insert.setObject(2, now);
				insert.setArray(3, connection.createArrayOf("uuid", ids));
				insert.setArray(4, connection.createArrayOf("text", recipients));
				insert.setArray(5, connection.createArrayOf("text", subjects));
				insert.setArray(6, connection.createArrayOf("text", texts));
				insert.setArray(7, connection.createArrayOf("text", htmls));
				insert.setArray(8, connection.createArrayOf("text", secrets));
				insert.setArray(9, connection.createArrayOf("text", unsubscribe));
				return insert;
			}
			catch (SQLException ex) {
				// The statement is the caller's to close only once it is returned.
				insert.close();
				throw ex;
			}
		});
		this.batches.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement(RECIPIENT_ACCOUNT + """
					 select m.id, a.id from unnest(?::uuid[], ?::text[]) as m(id, recipient)
					 join account a on lower(a.email) = lower(m.recipient)
					""");
			try {
				insert.setArray(1, connection.createArrayOf("uuid", ids));
				insert.setArray(2, connection.createArrayOf("text", recipients));
				return insert;
			}
			catch (SQLException ex) {
				insert.close();
				throw ex;
			}
		});
		List<UUID> messages = new ArrayList<>();
		List<UUID> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			for (UUID person : emails.get(i).about()) {
				messages.add(ids[i]);
				people.add(person);
			}
		}
		if (!people.isEmpty()) {
			this.batches.update((connection) -> {
				PreparedStatement insert = connection.prepareStatement("""
						insert into email_message_person (message_id, account_id)
						select * from unnest(?::uuid[], ?::uuid[]) on conflict do nothing
						""");
				try {
					insert.setArray(1, connection.createArrayOf("uuid", messages.toArray()));
					insert.setArray(2, connection.createArrayOf("uuid", people.toArray()));
					return insert;
				}
				catch (SQLException ex) {
					insert.close();
					throw ex;
				}
			});
		}
		wakeDispatcherAfterCommit();
	}

	private void wakeDispatcherAfterCommit() {
		if (TransactionSynchronizationManager.hasResource(this.dispatcher)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this.dispatcher, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(Emails.this.dispatcher);
				if (status == STATUS_COMMITTED) {
					Emails.this.dispatcher.wake();
				}
			}
		});
	}

	/**
	 * Whether a mail server or GOV.UK Notify refused the address for good (no such
	 * mailbox, not a valid address). Emails queued to it are not sent; ask the person to
	 * correct it. Case is ignored.
	 */
	public boolean isUndeliverable(String address) {
		return this.jdbc.sql("select exists (select 1 from email_undeliverable where address = lower(:address))")
			.param("address", address)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Clears the mark on an address that its owner corrected or confirmed, so that emails
	 * queued from now on are sent to it again. Emails suppressed meanwhile stay unsent.
	 */
	@Transactional
	public void addressCorrected(String address) {
		this.jdbc.sql("delete from email_undeliverable where address = lower(:address)")
			.param("address", address)
			.update();
	}

	/**
	 * The most recent messages first, for administrators: who each is to, what about, and
	 * what became of it; never what it says.
	 */
	public List<LoggedEmail> recent(int offset, int limit) {
		boolean fictional = this.dataset.isFictional();
		return this.jdbc.sql("""
				select id, recipient, subject, status, attempts, last_error, created_at, sent_at, delivery,
				  delivery_reported_at
				from email_message order by created_at desc, id limit :limit offset :offset
				""").param("limit", limit).param("offset", offset).query((rs, row) -> {
			String status = rs.getString("status");
			String delivery = rs.getString("delivery");
			return new LoggedEmail(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
					status, rs.getInt("attempts"), rs.getString("last_error"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class),
					(delivery != null) ? Delivery.valueOf(delivery) : null,
					rs.getObject("delivery_reported_at", OffsetDateTime.class), fictional && RECORDED.equals(status));
		}).list();
	}

	/**
	 * What a recorded email says, links included, for an administrator to read: with no
	 * mail server this is where someone trying the service follows the links it sent.
	 * Only while the database holds fictional data (demo or generated); once it holds
	 * real people's data no email is read here, and emails that went to a mail server
	 * never are. Each reading is recorded (which email, who, when) in the same
	 * transaction.
	 * @param reader the sign-in name of the administrator reading it
	 * @return the email, or empty when there is no such email or it may not be read
	 */
	@Transactional
	public Optional<RecordedEmail> read(UUID id, String reader) {
		if (!this.dataset.isFictional()) {
			return Optional.empty();
		}
		Optional<RecordedEmail> email = this.jdbc.sql("""
				select id, recipient, subject, text_body, secret, coalesce(sent_at, created_at) as recorded_at
				from email_message where id = :id and status = :recorded
				""")
			.param("id", id)
			.param("recorded", RECORDED)
			.query((rs, row) -> new RecordedEmail(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), EmailBodies.reveal(rs.getString("text_body"), rs.getString("secret")),
					rs.getObject("recorded_at", OffsetDateTime.class)))
			.optional();
		email.ifPresent((read) -> this.jdbc
			.sql("insert into email_body_view (email_message_id, reader, viewed_at) values (:id, :reader, :now)")
			.param("id", read.id())
			.param("reader", reader)
			.param("now", OffsetDateTime.now(this.clock))
			.update());
		return email;
	}

	/**
	 * Every email written to the address (case ignored), oldest first: for a person's
	 * download of their own data.
	 */
	public List<SentEmail> sentTo(String recipient) {
		return this.jdbc.sql("""
				select id, recipient, subject, text_body, status, attempts, last_error, created_at, sent_at,
				  delivery, delivery_reported_at
				from email_message where lower(recipient) = lower(:recipient) order by created_at, id
				""").param("recipient", recipient).query(Emails::sentEmail).list();
	}

	/**
	 * Removes every email written to the address, sent or not, for a person who deleted
	 * their account.
	 * @return how many were removed
	 */
	@Transactional
	public int forget(String recipient) {
		this.jdbc.sql("delete from email_undeliverable where address = lower(:recipient)")
			.param("recipient", recipient)
			.update();
		return this.jdbc.sql("delete from email_message where lower(recipient) = lower(:recipient)")
			.param("recipient", recipient)
			.update();
	}

	/**
	 * Every email about the person's account (sent to them at any address they had, or
	 * naming them), oldest first, with its text as the outbox keeps it: for the download
	 * of their own data.
	 */
	public List<SentEmail> about(UUID account) {
		return this.jdbc.sql("""
				select id, recipient, subject, text_body, status, attempts, last_error, created_at, sent_at,
				  delivery, delivery_reported_at
				from email_message
				where id in (select message_id from email_message_person where account_id = :account)
				order by created_at, id
				""").param("account", account).query(Emails::sentEmail).list();
	}

	/**
	 * Removes every email about the person's account, whichever address it went to, and
	 * every email written to their current address, sent or not, with the mark on that
	 * address if it was undeliverable: for a person whose account is erased. Joins the
	 * caller's transaction.
	 * @return how many emails were removed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int forgetEverythingAbout(UUID account, String currentAddress) {
		int about = this.jdbc.sql("""
				delete from email_message
				where id in (select message_id from email_message_person where account_id = :account)
				""").param("account", account).update();
		this.jdbc.sql("delete from email_message_person where account_id = :account")
			.param("account", account)
			.update();
		return about + forget(currentAddress);
	}

	public long count() {
		return this.jdbc.sql("select count(*) from email_message").query(Long.class).single();
	}

	private static SentEmail sentEmail(ResultSet rs, int row) throws SQLException {
		String delivery = rs.getString("delivery");
		return new SentEmail(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
				rs.getString("text_body"), rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class),
				(delivery != null) ? Delivery.valueOf(delivery) : null,
				rs.getObject("delivery_reported_at", OffsetDateTime.class));
	}

	/**
	 * What administrators see of an email in the delivery log: never its text.
	 *
	 * @param delivery what GOV.UK Notify last reported about it, or null when nothing has
	 * been reported (always for SMTP and recorded emails)
	 * @param readable whether {@link #read} shows what it says
	 */
	public record LoggedEmail(UUID id, String recipient, String subject, String status, int attempts,
			@Nullable String lastError, OffsetDateTime createdAt, @Nullable OffsetDateTime sentAt,
			@Nullable Delivery delivery, @Nullable OffsetDateTime deliveryReportedAt, boolean readable) {

	}

	/** A recorded email as it was written, links included. */
	public record RecordedEmail(UUID id, String recipient, String subject, String textBody, OffsetDateTime recordedAt) {

	}

	/**
	 * An email as the outbox holds it, its secret taken out.
	 *
	 * @param delivery what GOV.UK Notify last reported about it, or null when nothing has
	 * been reported (always for SMTP and recorded emails)
	 */
	public record SentEmail(UUID id, String recipient, String subject, String textBody, String status, int attempts,
			String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt, @Nullable Delivery delivery,
			@Nullable OffsetDateTime deliveryReportedAt) {

	}

}
