package org.covenantconnects.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.internal.Account;
import org.covenantconnects.identity.internal.AccountRepository;
import org.covenantconnects.identity.internal.AccountTokens;
import org.covenantconnects.identity.internal.AccountTokens.Purpose;
import org.covenantconnects.platform.Dataset;
import org.covenantconnects.platform.EmailAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Creates and maintains accounts. Every process that starts from an email address answers
 * the same way whether or not an account has it, so nobody can learn who is registered.
 * <p>
 * Publishes {@link AccountRegistered} and {@link AccountActivated}.
 */
@Service
public class Accounts {

	/** What a summary of an account is read from. */
	private static final String SUMMARY_COLUMNS = "id, email, display_name, role, status, created_at";

	private final AccountRepository accounts;

	private final AccountTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final Emails emails;

	private final Dataset dataset;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String baseUrl;

	private final SecondFactors secondFactors;

	Accounts(AccountRepository accounts, AccountTokens tokens, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, Emails emails, Dataset dataset, ApplicationEventPublisher events,
			JdbcClient jdbc, Clock clock, @Value("${connects.base-url}") String baseUrl, SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.emails = emails;
		this.dataset = dataset;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Registers someone who signs up themselves, and emails them a link to confirm their
	 * address. If the address already has an account, its owner is emailed instead, and
	 * nothing is created.
	 * @return the new account, or empty if the address already had one (callers must not
	 * tell the person which)
	 * @throws IllegalArgumentException for a staff role, or a password the policy rejects
	 */
	@Transactional
	public Optional<AccountId> register(String displayName, String email, String password, Role role) {
		Assert.isTrue(!role.isStaff(), "Staff are invited by an administrator");
		requireAcceptable(password, displayName, email);
		Optional<Account> existing = this.accounts.findByEmail(email.trim());
		if (existing.isPresent()) {
			// The same hashing work as for a new account, so the answer takes as long.
			this.passwordEncoder.encode(password);
			this.emails.queue(new Email(existing.get().email(), "You already have a Covenant Connects account", """
					Hello %s,

					Someone tried to create a Covenant Connects account with this email address, which already has one.

					If it was you, sign in here: %s/sign-in
					If you have forgotten your password, reset it here: %s/password/forgot

					If it was not you, you do not need to do anything.
					""".formatted(existing.get().displayName(), this.baseUrl, this.baseUrl)));
			return Optional.empty();
		}
		Account account = this.accounts.save(Account.unverified(email.trim(), displayName.trim(),
				this.passwordEncoder.encode(password), role, now()));
		this.dataset.markRealUnlessFictional();
		sendConfirmationLink(account);
		this.events.publishEvent(new AccountRegistered(account.id(), role));
		return Optional.of(account.id());
	}

	/**
	 * Creates an active account for someone who has already proved their email address
	 * (they followed a link we sent to it), such as a young person claiming the account a
	 * coordinator or adviser registered for them.
	 * @return the new account, or empty if the address already has one
	 * @throws IllegalArgumentException for a staff role, or a password the policy rejects
	 */
	@Transactional
	public Optional<AccountId> registerConfirmed(String displayName, String email, String password, Role role) {
		Assert.isTrue(!role.isStaff(), "Staff are invited by an administrator");
		requireAcceptable(password, displayName, email);
		String hash = this.passwordEncoder.encode(password);
		if (this.accounts.findByEmail(email.trim()).isPresent()) {
			return Optional.empty();
		}
		Account account = Account.unverified(email.trim(), displayName.trim(), hash, role, now());
		account.confirmEmail(now());
		account = this.accounts.save(account);
		this.dataset.markRealUnlessFictional();
		this.events.publishEvent(new AccountRegistered(account.id(), role));
		this.events.publishEvent(new AccountActivated(account.id(), role));
		return Optional.of(account.id());
	}

	/**
	 * Confirms an email address from the link we sent.
	 * @return whether the link was valid (unused and in date)
	 */
	@Transactional
	public boolean confirmEmail(String token) {
		return this.tokens.consume(token, Purpose.VERIFY_EMAIL)
			.flatMap((id) -> this.accounts.findById(id.value()))
			.map((account) -> {
				account.confirmEmail(now());
				this.accounts.save(account);
				this.events.publishEvent(new AccountActivated(account.id(), account.role()));
				return true;
			})
			.orElse(false);
	}

	/** Whether a confirmation link is still valid, for showing the confirmation page. */
	public boolean isConfirmationLinkValid(String token) {
		return this.tokens.peek(token, Purpose.VERIFY_EMAIL).isPresent();
	}

	/**
	 * Emails a password reset link, if the address has an account that is not locked. For
	 * any other address a token is made and the same lookups run, but nothing is stored
	 * or sent, so the answer takes about as long either way (ADR 021).
	 */
	@Transactional
	public void requestPasswordReset(String email) {
		Optional<Account> found = this.accounts.findByEmail(email.trim())
			.filter((account) -> account.status() != AccountStatus.LOCKED);
		if (found.isEmpty()) {
			this.tokens.issueForNobody(Purpose.RESET_PASSWORD);
		}
		found.ifPresent((account) -> {
			String token = this.tokens.issue(account.id(), Purpose.RESET_PASSWORD);
			this.emails.queue(new Email(account.email(), "Reset your Covenant Connects password", """
					Hello %s,

					Use this link to choose a new password. It works once, for one hour:
					%s/password/reset/%s

					If you did not ask to reset your password, you do not need to do anything.
					""".formatted(account.displayName(), this.baseUrl, token)).withSecret(token));
		});
	}

	/** Whether a reset link is still valid, for showing the new-password form. */
	public boolean isResetLinkValid(String token) {
		return this.tokens.peek(token, Purpose.RESET_PASSWORD).isPresent();
	}

	/**
	 * Sets a new password from a reset link, confirms the email address (the link proved
	 * it), and signs the account out everywhere.
	 * @return whether the link was valid
	 * @throws IllegalArgumentException for a password the policy rejects
	 */
	@Transactional
	public boolean resetPassword(String token, String newPassword) {
		AccountId id = this.tokens.peek(token, Purpose.RESET_PASSWORD).orElse(null);
		if (id == null) {
			return false;
		}
		Account account = this.accounts.findById(id.value()).orElseThrow();
		requireAcceptable(newPassword, account.displayName(), account.email());
		this.tokens.consume(token, Purpose.RESET_PASSWORD);
		boolean wasUnverified = account.status() == AccountStatus.UNVERIFIED;
		account.changePassword(this.passwordEncoder.encode(newPassword));
		account.confirmEmail(now());
		this.accounts.save(account);
		// A new password cancels a pending change of address: whoever asked for it may
		// be the person the password is being taken back from.
		this.tokens.cancelEmailChangeOf(account.id());
		endSessions(account.email());
		// The owner proved the address: earlier failed sign-ins no longer hold them back.
		this.jdbc.sql("delete from sign_in_failure where email_key = lower(:email)")
			.param("email", account.email())
			.update();
		if (wasUnverified) {
			this.events.publishEvent(new AccountActivated(account.id(), account.role()));
		}
		return true;
	}

	/**
	 * Invites a coordinator or administrator, who sets their own password from the
	 * emailed link.
	 * @throws EmailAlreadyUsedException if an account already has the address
	 */
	@Transactional
	public AccountId invite(String displayName, String email, Role role, AccountId invitedBy) {
		Assert.isTrue(role.isStaff(), "Only coordinators and administrators are invited");
		if (this.accounts.findByEmail(email.trim()).isPresent()) {
			throw new EmailAlreadyUsedException(email);
		}
		Account account = this.accounts.save(Account.unverified(email.trim(), displayName.trim(), null, role, now()));
		this.dataset.markRealUnlessFictional();
		String token = this.tokens.issue(account.id(), Purpose.INVITATION);
		this.emails.queue(new Email(account.email(), "You are invited to Covenant Connects", """
				Hello %s,

				You have been invited to Covenant Connects as %s.
				Use this link within 7 days to choose your password and start:
				%s/invitation/%s
				""".formatted(account.displayName(), role.label().toLowerCase(Locale.UK), this.baseUrl, token))
			.withSecret(token));
		this.events.publishEvent(new AccountRegistered(account.id(), role));
		this.events.publishEvent(new AdminAction(invitedBy, "Invited a member of staff", account.id(),
				"As " + role.label().toLowerCase(Locale.UK), now()));
		return account.id();
	}

	/** The invited person's name and role, if the invitation link is still valid. */
	public Optional<AccountSummary> invitation(String token) {
		return this.tokens.peek(token, Purpose.INVITATION)
			.flatMap((id) -> this.accounts.findById(id.value()))
			.map(Account::summary);
	}

	/**
	 * Accepts an invitation: sets the password and activates the account.
	 * @return whether the link was valid
	 */
	@Transactional
	public boolean acceptInvitation(String token, String password) {
		AccountId id = this.tokens.peek(token, Purpose.INVITATION).orElse(null);
		if (id == null) {
			return false;
		}
		Account account = this.accounts.findById(id.value()).orElseThrow();
		requireAcceptable(password, account.displayName(), account.email());
		this.tokens.consume(token, Purpose.INVITATION);
		account.changePassword(this.passwordEncoder.encode(password));
		account.confirmEmail(now());
		this.accounts.save(account);
		this.events.publishEvent(new AccountActivated(account.id(), account.role()));
		return true;
	}

	/**
	 * Changes the password of a signed-in person who has given their current one. Their
	 * other sessions end; the one they are using goes on.
	 * @param currentSessionId the session to keep, or {@code null} to end every session
	 * @return false if the current password is wrong (nothing changes)
	 * @throws IllegalArgumentException for a new password the policy rejects
	 */
	@Transactional
	public boolean changePassword(AccountId id, String currentPassword, String newPassword, String currentSessionId) {
		Account account = this.accounts.findById(id.value()).orElseThrow();
		if (currentPassword == null || account.passwordHash() == null
				|| !this.passwordEncoder.matches(currentPassword, account.passwordHash())) {
			return false;
		}
		requireAcceptable(newPassword, account.displayName(), account.email());
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.accounts.save(account);
		this.tokens.cancelEmailChangeOf(account.id());
		this.jdbc.sql("delete from spring_session where principal_name = :email and session_id <> :keep")
			.param("email", account.email())
			.param("keep", (currentSessionId != null) ? currentSessionId : "")
			.update();
		this.emails.queue(new Email(account.email(), "Your Covenant Connects password has changed", """
				Hello %s,

				The password of your Covenant Connects account was changed.

				If you did not change it, reset it now: %s/password/forgot
				""".formatted(account.displayName(), this.baseUrl)));
		return true;
	}

	/**
	 * Whether a password is the account's own, for asking it again before something that
	 * would let a person who found an open session take the account over.
	 */
	@Transactional
	public boolean passwordMatches(AccountId id, String password) {
		Optional<Account> account = this.accounts.findById(id.value());
		if (password == null || password.isEmpty() || password.length() > PasswordPolicy.MAX_LENGTH || account.isEmpty()
				|| account.get().email() == null) {
			return false;
		}
		// Wrong passwords here count against the same limit as signing in, so an open
		// session cannot be used to guess the password.
		String key = account.get().email().trim().toLowerCase(java.util.Locale.ROOT);
		long failures = this.jdbc
			.sql("select count(*) from sign_in_failure where email_key = :key and failed_at > :since")
			.param("key", key)
			.param("since", now().atOffset(java.time.ZoneOffset.UTC).minusMinutes(15))
			.query(Long.class)
			.single();
		String hash = account.get().passwordHash();
		if (failures < 5 && hash != null && this.passwordEncoder.matches(password, hash)) {
			return true;
		}
		this.jdbc.sql("insert into sign_in_failure (email_key, failed_at) values (:key, :now)")
			.param("key", key)
			.param("now", now().atOffset(java.time.ZoneOffset.UTC))
			.update();
		return false;
	}

	/**
	 * Starts changing an account's email address: the new address is sent a link, and the
	 * account keeps its old address until the link is used. The old address is told. If
	 * another account already has the new address, its owner is emailed instead and
	 * nothing changes; callers must answer the same way in both cases.
	 */
	@Transactional
	public void requestEmailChange(AccountId id, String newEmail) {
		Account account = this.accounts.findById(id.value()).orElseThrow();
		String wanted = newEmail.trim();
		if (EmailAddress.same(wanted, account.email())) {
			return;
		}
		Optional<Account> holder = this.accounts.findByEmail(wanted);
		if (holder.isPresent()) {
			this.emails.queue(new Email(holder.get().email(), "Someone tried to use your email address",
					"""
							Hello %s,

							Someone asked to move another Covenant Connects account to this email address, which already has an account. Nothing has changed.

							If you have forgotten your password, reset it here: %s/password/forgot
							"""
						.formatted(holder.get().displayName(), this.baseUrl)));
			return;
		}
		AccountTokens.EmailChangeLinks links = this.tokens.issueEmailChange(account.id(), wanted);
		String token = links.confirm();
		this.emails.queue(new Email(wanted, "Confirm your new email address for Covenant Connects", """
				Hello %s,

				Confirm this is your new email address for Covenant Connects:
				%s/verify-email-change/%s

				The link works once, for 48 hours. Until you confirm it, sign in with your old email address.
				""".formatted(account.displayName(), this.baseUrl, token)).withSecret(token));
		this.emails.queue(new Email(account.email(), "You asked to change your email address",
				"""
						Hello %s,

						Someone signed in to your Covenant Connects account asked to change its email address. We have sent a link to the new address. Your address only changes when that link is used.

						If this was not you, cancel the change here (the link works once):
						%s/cancel-email-change/%s

						Then reset your password: %s/password/forgot
						"""
					.formatted(account.displayName(), this.baseUrl, links.cancel(), this.baseUrl))
			.withSecret(links.cancel()));
	}

	/** Whether a link to cancel an email change still works, for showing its page. */
	public boolean isEmailChangeCancelLinkValid(String token) {
		return this.tokens.isCancelLinkValid(token);
	}

	/**
	 * Cancels a pending email change from the link sent to the old address.
	 * @return false if the link did not work (used, or the change confirmed or cancelled)
	 */
	@Transactional
	public boolean cancelEmailChange(String token) {
		return this.tokens.cancelEmailChange(token);
	}

	/** Whether an email change link is still valid, for showing the confirmation page. */
	public boolean isEmailChangeLinkValid(String token) {
		return this.tokens.peekEmailChange(token).isPresent();
	}

	/**
	 * Moves the account to the new address from the link we sent to it, and signs the
	 * account out everywhere so that it signs in with the new address.
	 * @return false if the link was not valid or the address has been taken since
	 */
	@Transactional
	public boolean confirmEmailChange(String token) {
		Optional<AccountTokens.EmailChange> change = this.tokens.consumeEmailChange(token);
		if (change.isEmpty() || this.accounts.findByEmail(change.get().newEmail()).isPresent()) {
			return false;
		}
		Account account = this.accounts.findById(change.get().account().value()).orElseThrow();
		String oldEmail = account.email();
		account.changeEmail(change.get().newEmail(), now());
		this.accounts.save(account);
		endSessions(oldEmail);
		return true;
	}

	/**
	 * Removes everything that identifies the person from an account, for someone who
	 * deleted it: the row stays, with no email address, name or password, so that what it
	 * is counted in still adds up. Its sessions, links and pending changes end, and it
	 * can never sign in again.
	 * @return the email address it had, so that callers can remove what was sent to it
	 */
	@Transactional
	public String anonymise(AccountId id) {
		Account account = this.accounts.findById(id.value()).orElseThrow();
		String oldEmail = account.email();
		account.anonymise();
		this.accounts.save(account);
		this.jdbc.sql("delete from account_token where account_id = :id").param("id", id.value()).update();
		this.jdbc.sql("delete from email_change where account_id = :id").param("id", id.value()).update();
		this.secondFactors.turnOff(id);
		this.jdbc.sql("delete from sign_in_failure where email_key = lower(:email)").param("email", oldEmail).update();
		this.jdbc.sql("delete from sign_in_network where email_key = lower(:email)").param("email", oldEmail).update();
		endSessions(oldEmail);
		return oldEmail;
	}

	/**
	 * Ends every session of the account at once, for someone who has just lost access
	 * (such as a colleague removed from their organisation). They can still sign in.
	 */
	@Transactional
	public void signOutEverywhere(AccountId id) {
		this.accounts.findById(id.value()).ifPresent((account) -> endSessions(account.email()));
	}

	/**
	 * When each of the given accounts last signed in; for an account that never did, when
	 * it was made. Accounts that no longer exist are left out.
	 */
	public Map<AccountId, Instant> lastActivity(Collection<AccountId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<AccountId, Instant> last = new HashMap<>();
		this.jdbc.sql("select id, coalesce(last_signed_in_at, created_at) as at from account where id in (:ids)")
			.param("ids", ids.stream().map(AccountId::value).toList())
			.query((row) -> {
				last.put(new AccountId(row.getObject("id", UUID.class)),
						row.getObject("at", OffsetDateTime.class).toInstant());
			});
		return last;
	}

	/** Locks an account and ends its sessions. */
	@Transactional
	public void lock(AccountId id) {
		this.accounts.findById(id.value()).ifPresent((account) -> {
			account.lock();
			this.accounts.save(account);
			endSessions(account.email());
		});
	}

	/** An administrator locks an account; written to the admin audit log. */
	@Transactional
	public void lock(AccountId id, AccountId admin) {
		lock(id);
		this.events.publishEvent(new AdminAction(admin, "Locked an account", id, null, now()));
	}

	/** An administrator unlocks an account; written to the admin audit log. */
	@Transactional
	public void unlock(AccountId id, AccountId admin) {
		unlock(id);
		this.events.publishEvent(new AdminAction(admin, "Unlocked an account", id, null, now()));
	}

	/**
	 * An administrator looks for one account by its whole email address (letter case
	 * aside); nothing is found by part of an address. The search is written to the admin
	 * audit log, with the account found.
	 */
	@Transactional
	public Optional<AccountSummary> searchByExactEmail(AccountId admin, String email) {
		Optional<AccountSummary> found = this.accounts.findByEmail(email.trim()).map(Account::summary);
		this.events.publishEvent(new AdminAction(admin, "Searched for an account by email address",
				found.map(AccountSummary::id).orElse(null), found.isPresent() ? "Found" : "No account found", now()));
		return found;
	}

	@Transactional
	public void unlock(AccountId id) {
		this.accounts.findById(id.value()).ifPresent((account) -> {
			account.unlock();
			this.accounts.save(account);
		});
	}

	/** Changes the name the person goes by, used on pages and in emails. */
	@Transactional
	public void rename(AccountId id, String displayName) {
		Assert.hasText(displayName, "displayName must not be empty");
		this.accounts.findById(id.value()).ifPresent((account) -> {
			account.rename(displayName.trim());
			this.accounts.save(account);
		});
	}

	public Optional<AccountSummary> find(AccountId id) {
		// Read as a summary straight from the row: every page a signed-in person opens
		// looks their account up (the notice of an undeliverable address).
		return this.jdbc.sql("select " + SUMMARY_COLUMNS + " from account where id = :id")
			.param("id", id.value())
			.query(Accounts::summary)
			.optional();
	}

	/** Accounts, newest first. */
	public List<AccountSummary> list(int offset, int limit) {
		return this.accounts.page(offset, limit).stream().map(Account::summary).toList();
	}

	public long count() {
		return this.accounts.count();
	}

	/**
	 * Active accounts with the role, by name: for example the coordinators who can manage
	 * a signatory.
	 */
	public List<AccountSummary> activeWithRole(Role role) {
		// Read as summaries straight from the rows: pages such as the impact dashboard
		// list the coordinators on every request.
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS
					+ " from account where role = :role and status = 'ACTIVE' order by display_name")
			.param("role", role.name())
			.query(Accounts::summary)
			.list();
	}

	private static AccountSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AccountSummary(new AccountId(rs.getObject("id", UUID.class)), rs.getString("email"),
				rs.getString("display_name"), Role.valueOf(rs.getString("role")),
				AccountStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant());
	}

	/** Every account with the role, whatever its status, by name. */
	public List<AccountSummary> allWithRole(Role role) {
		return this.accounts.allWithRole(role.name()).stream().map(Account::summary).toList();
	}

	/** Coordinators' and administrators' accounts, by role then name. */
	public List<AccountSummary> staff(int offset, int limit) {
		return this.accounts.staff(offset, limit).stream().map(Account::summary).toList();
	}

	public long countStaff() {
		return this.accounts.countStaff();
	}

	public boolean anyWithRole(Role role) {
		return this.accounts.countByRole(role.name()) > 0;
	}

	/** Whether any account belongs to a real person (is not demo data). */
	public boolean anyReal() {
		return this.accounts.countReal() > 0;
	}

	/**
	 * Creates an active demo account, or returns the existing one with that email; one
	 * whose role needs a second factor is enrolled with {@link SecondFactors#DEMO_KEY}.
	 * For demo data only: the caller must have claimed the database for demo data.
	 */
	@Transactional
	public AccountId createDemoAccount(String displayName, String email, String password, Role role) {
		AccountId id = this.accounts.findByEmail(email)
			.map(Account::id)
			.orElseGet(() -> this.accounts
				.save(Account.demo(email, displayName, this.passwordEncoder.encode(password), role, now()))
				.id());
		// Demo accounts that must have a second factor come with the demo key, so
		// anyone trying the service can sign in as them.
		if (SecondFactors.requiredFor(role)) {
			this.secondFactors.enrolDemo(id);
		}
		return id;
	}

	/**
	 * Demo accounts of people who joined on the days given, each with the same password,
	 * encoded once so that a year of demo sign-ups loads quickly. An address already in
	 * use keeps its account. For demo data only, and never for a role that must have a
	 * second factor.
	 */
	@Transactional
	public List<AccountId> createPastDemoAccounts(List<PastDemoAccount> people, String password, Role role) {
		if (SecondFactors.requiredFor(role)) {
			throw new IllegalArgumentException("Past demo accounts are for roles without a second factor");
		}
		String hash = this.passwordEncoder.encode(password);
		List<AccountId> ids = new ArrayList<>();
		for (PastDemoAccount person : people) {
			ids.add(this.accounts.findByEmail(person.email())
				.map(Account::id)
				.orElseGet(() -> this.accounts
					.save(Account.demo(person.email(), person.displayName(), hash, role, person.joinedAt()))
					.id()));
		}
		return ids;
	}

	/** A demo account of someone who joined in the past. */
	public record PastDemoAccount(String displayName, String email, Instant joinedAt) {

	}

	/**
	 * The account with this email address, if any. For demo data and operations only:
	 * pages must never use it, so that nobody can learn who has an account.
	 */
	public Optional<AccountId> idOf(String email) {
		return this.accounts.findByEmail(email.trim()).map(Account::id);
	}

	/**
	 * The account with this email address, if any, for a process that emails its owner
	 * instead of going on when the address is taken. Callers must answer the person who
	 * gave the address the same way whether or not there is one.
	 */
	public Optional<AccountSummary> holderOf(String email) {
		return this.accounts.findByEmail(email.trim()).map(Account::summary);
	}

	/**
	 * Creates the first administrator from configuration, when there is no administrator
	 * yet.
	 */
	@Transactional
	public void ensureFirstAdministrator(String email, String password) {
		if (anyWithRole(Role.ADMIN)) {
			return;
		}
		requireAcceptable(password, email);
		Account admin = Account.unverified(email.trim(), "Administrator", this.passwordEncoder.encode(password),
				Role.ADMIN, now());
		admin.confirmEmail(now());
		this.accounts.save(admin);
		this.dataset.markRealUnlessFictional();
	}

	/**
	 * Sends a fresh confirmation link to an account that has not confirmed its address
	 * yet.
	 */
	@Transactional
	public void resendConfirmationLink(AccountId id) {
		this.accounts.findById(id.value())
			.filter((account) -> account.status() == AccountStatus.UNVERIFIED)
			.ifPresent(this::sendConfirmationLink);
	}

	private void sendConfirmationLink(Account account) {
		String token = this.tokens.issue(account.id(), Purpose.VERIFY_EMAIL);
		this.emails.queue(new Email(account.email(), "Confirm your email address for Covenant Connects", """
				Hello %s,

				Confirm your email address to finish creating your Covenant Connects account:
				%s/verify-email/%s

				The link works once, for 48 hours. If you did not create an account, you do not need to do anything.
				""".formatted(account.displayName(), this.baseUrl, token)).withSecret(token));
	}

	private void requireAcceptable(String password, String... personalWords) {
		this.passwordPolicy.problemWith(password, personalWords).ifPresent((problem) -> {
			throw new IllegalArgumentException(problem);
		});
	}

	private void endSessions(String email) {
		this.jdbc.sql("delete from spring_session where principal_name = :email").param("email", email).update();
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** An account already has this email address. */
	public static class EmailAlreadyUsedException extends RuntimeException {

		EmailAlreadyUsedException(String email) {
			super("An account already uses " + email);
		}

	}

}
