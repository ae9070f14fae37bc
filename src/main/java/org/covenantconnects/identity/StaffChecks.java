package org.covenantconnects.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Coordinators' enhanced DBS checks. Administrators record them; a coordinator whose
 * check is missing or expired cannot open young people's records (the guard on those
 * routes asks {@link #mayOpenYoungPeoplesRecords}). Thirty days before a check's renewal
 * is due, the coordinator and every administrator are emailed once, and both see it on
 * their home page until a new check is recorded.
 */
@Service
public class StaffChecks {

	/** Days are counted in England. */
	public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Emails emails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	StaffChecks(JdbcClient jdbc, Accounts accounts, Emails emails, ApplicationEventPublisher events, Clock clock,
			@Value("${connects.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.emails = emails;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Today, in England. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ENGLAND);
	}

	/** The renewal date a check gets unless the administrator gives another. */
	public static LocalDate defaultRenewal(LocalDate issuedOn) {
		return issuedOn.plusYears(DbsCheck.DEFAULT_YEARS);
	}

	/** The coordinator's check, if one is recorded. */
	public Optional<DbsCheck> of(AccountId coordinator) {
		return this.jdbc.sql("select * from dbs_check where account_id = :id")
			.param("id", coordinator.value())
			.query(StaffChecks::check)
			.optional();
	}

	public DbsCheck.Status statusOf(AccountId coordinator) {
		return of(coordinator).map((check) -> check.status(today())).orElse(DbsCheck.Status.NONE);
	}

	/**
	 * Whether this coordinator may open young people's records today: only with a check
	 * recorded whose renewal is not yet due.
	 */
	public boolean mayOpenYoungPeoplesRecords(AccountId coordinator) {
		return statusOf(coordinator).allowsYoungPeoplesRecords();
	}

	/**
	 * Records a coordinator's check, replacing any earlier one, and writes it to the
	 * admin audit log.
	 * @throws IllegalArgumentException if the account is not a coordinator's, or the
	 * renewal is not after the issue date
	 */
	@Transactional
	public void record(AccountId admin, AccountId coordinator, LocalDate issuedOn, String certificateReference,
			LocalDate renewalDue) {
		AccountSummary account = this.accounts.find(coordinator).orElse(null);
		Assert.isTrue(account != null && account.role() == Role.COORDINATOR, "Only coordinators' checks are recorded");
		save(coordinator, issuedOn, certificateReference, renewalDue, admin);
		this.events.publishEvent(new AdminAction(
				admin, "Recorded an enhanced DBS check", coordinator, "Certificate " + certificateReference.trim()
						+ ", issued " + DAY.format(issuedOn) + ", renewal due " + DAY.format(renewalDue),
				this.clock.instant()));
	}

	/**
	 * Records a check with no administrator: for demo data and test set-up only.
	 */
	@Transactional
	public void recordForSetUp(AccountId coordinator, LocalDate issuedOn, String certificateReference,
			LocalDate renewalDue) {
		save(coordinator, issuedOn, certificateReference, renewalDue, null);
	}

	private void save(AccountId coordinator, LocalDate issuedOn, String certificateReference, LocalDate renewalDue,
			@Nullable AccountId admin) {
		Assert.isTrue(renewalDue.isAfter(issuedOn), "The renewal must be after the issue date");
		this.jdbc
			.sql("""
					insert into dbs_check (account_id, issued_on, certificate_reference, renewal_due, recorded_by, recorded_at)
					values (:id, :issued, :reference, :due, :admin, :at)
					on conflict (account_id) do update set issued_on = excluded.issued_on,
					  certificate_reference = excluded.certificate_reference, renewal_due = excluded.renewal_due,
					  recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at, expiry_warning_sent_at = null
					""")
			.param("id", coordinator.value())
			.param("issued", issuedOn)
			.param("reference", certificateReference.trim())
			.param("due", renewalDue)
			.param("admin", (admin != null) ? admin.value() : null, java.sql.Types.OTHER)
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
	}

	/** Every coordinator, by name, with their check. */
	public List<CoordinatorCheck> coordinators() {
		LocalDate today = today();
		return this.accounts.allWithRole(Role.COORDINATOR)
			.stream()
			.map((account) -> new CoordinatorCheck(account, of(account.id()).orElse(null), today))
			.toList();
	}

	/**
	 * Coordinators whose check is due within 30 days or expired, for the administrators'
	 * home page.
	 */
	public List<CoordinatorCheck> needingRenewal() {
		return coordinators().stream()
			.filter((c) -> c.status() == DbsCheck.Status.DUE_SOON || c.status() == DbsCheck.Status.EXPIRED)
			.filter((c) -> c.account().status() == AccountStatus.ACTIVE)
			.toList();
	}

	/**
	 * Emails each coordinator whose check is due within 30 days, and every administrator,
	 * once per check. Each check is claimed by one statement, so that two instances never
	 * both send.
	 * @return how many checks were warned about
	 */
	@Scheduled(fixedDelayString = "${connects.dbs-checks.warning-interval:1h}", initialDelayString = "3m")
	@Transactional
	public int sendExpiryWarnings() {
		List<UUID> due = this.jdbc.sql("""
				update dbs_check set expiry_warning_sent_at = :now
				where expiry_warning_sent_at is null and renewal_due <= :warnFrom
				returning account_id
				""")
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("warnFrom", today().plusDays(DbsCheck.WARNING_DAYS))
			.query(UUID.class)
			.list();
		List<AccountSummary> admins = this.accounts.activeWithRole(Role.ADMIN);
		for (UUID id : due) {
			AccountSummary coordinator = this.accounts.find(new AccountId(id)).orElse(null);
			DbsCheck check = of(new AccountId(id)).orElse(null);
			if (coordinator == null || check == null || coordinator.status() != AccountStatus.ACTIVE) {
				continue;
			}
			String when = DAY.format(check.renewalDue());
			this.emails.queue(new Email(coordinator.email(), "Your enhanced DBS check needs renewing",
					"""
							Hello %s,

							The enhanced DBS check recorded for you on Covenant Connects must be renewed by %s.
							From that day you will not be able to open young people's records until an administrator records your new check.

							Send your new certificate's details to an administrator of Covenant Connects.
							"""
						.formatted(coordinator.displayName(), when)));
			for (AccountSummary admin : admins) {
				this.emails.queue(new Email(admin.email(), "A coordinator's enhanced DBS check needs renewing",
						"""
								Hello %s,

								The enhanced DBS check of %s (%s) must be renewed by %s. From that day they cannot open young people's records until a new check is recorded.

								Record the new check here: %s/admin/dbs-checks
								"""
							.formatted(admin.displayName(), coordinator.displayName(), coordinator.email(), when,
									this.baseUrl)));
			}
		}
		return due.size();
	}

	private static DbsCheck check(ResultSet row, int number) throws SQLException {
		Instant recordedAt = row.getObject("recorded_at", OffsetDateTime.class).toInstant();
		return new DbsCheck(new AccountId(row.getObject("account_id", UUID.class)),
				row.getObject("issued_on", LocalDate.class), row.getString("certificate_reference"),
				row.getObject("renewal_due", LocalDate.class), recordedAt);
	}

	/** A coordinator with their check ({@code null} if none is recorded). */
	public record CoordinatorCheck(AccountSummary account, @Nullable DbsCheck check, DbsCheck.Status status) {

		CoordinatorCheck(AccountSummary account, @Nullable DbsCheck check, LocalDate today) {
			this(account, check, (check != null) ? check.status(today) : DbsCheck.Status.NONE);
		}

	}

}
