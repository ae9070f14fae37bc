package org.covenantconnects.adviserlink.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.adviserlink.Link;
import org.covenantconnects.adviserlink.Links;
import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.PersonalData;
import org.covenantconnects.identity.Role;
import org.covenantconnects.platform.PersonalColumns;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The adviser links' personal data, found by account id. Erasing either side of a link
 * ends it, with its suggestions; requests and invitations to or from the person go, and
 * so do registrations they started on someone's behalf and registrations of their own
 * address. A young person linked with a supporter who erases their account is told that
 * one of the people who helped them has left, without naming them, since the name is the
 * supporter's data being erased. A supporter is not told when a young person erases
 * theirs: the link simply goes, as when a young person ends it.
 */
@Component
@Order(30)
class LinkPersonalData implements PersonalData, PersonalColumns {

	private final JdbcClient jdbc;

	private final Links links;

	private final Accounts accounts;

	private final Emails emails;

	private final String baseUrl;

	LinkPersonalData(JdbcClient jdbc, Links links, Accounts accounts, Emails emails,
			@Value("${connects.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.links = links;
		this.accounts = accounts;
		this.emails = emails;
		this.baseUrl = baseUrl;
	}

	@Override
	public String module() {
		return "adviserlink";
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.both("support_link", "supporter_account_id", Erased.ROW_DELETED),
				Column.both("support_link", "care_leaver_account_id", Erased.ROW_DELETED),
				Column.both("support_link", "invited_email", Erased.ROW_DELETED),
				Column.both("care_leaver_invitation", "invited_by", Erased.ROW_DELETED),
				Column.both("care_leaver_invitation", "full_name", Erased.ROW_DELETED),
				Column.both("care_leaver_invitation", "email", Erased.ROW_DELETED),
				Column.both("care_leaver_invitation", "date_of_birth", Erased.ROW_DELETED),
				Column.both("care_leaver_invitation", "institution", Erased.ROW_DELETED));
	}

	@Override
	public String part() {
		return "youngPeopleYouHelp";
	}

	/**
	 * For supporters and coordinators; a young person's links are in their download
	 * already, under "peopleWhoHelpYou".
	 */
	@Override
	public Object download(AccountSummary account) {
		if (account.role() == Role.CARE_LEAVER) {
			return null;
		}
		Map<String, Object> held = new LinkedHashMap<>();
		if (account.role() == Role.SUPPORTER) {
			held.put("linked", this.links.youngPeopleOf(account.id()).stream().map(this::described).toList());
			held.put("requestsYouSent", this.links.requestsSentBy(account.id()).stream().map(this::described).toList());
			held.put("invitationsToYou",
					this.links.invitationsFor(account.id()).stream().map(this::described).toList());
		}
		List<Registered> registered = this.jdbc.sql("""
				select full_name, email, date_of_birth, institution, created_at, expires_at from care_leaver_invitation
				where invited_by = :account order by created_at, id
				""")
			.param("account", account.id().value())
			.query((rs, row) -> new Registered(rs.getString("full_name"), rs.getString("email"),
					rs.getObject("date_of_birth", LocalDate.class), rs.getString("institution"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
			.list();
		if (!registered.isEmpty()) {
			held.put("accountsYouStartedForYoungPeople", registered);
		}
		return held.isEmpty() ? null : held;
	}

	private Described described(Link link) {
		String name = (link.careLeaver() != null)
				? this.accounts.find(link.careLeaver()).map(AccountSummary::displayName).orElse(null) : null;
		return new Described(name, link.invitedEmail(), link.startedBy().name(), link.active(), link.createdAt(),
				link.startedAt());
	}

	@Override
	public void erase(AccountSummary account) {
		if (account.role() == Role.SUPPORTER) {
			for (Link link : this.links.youngPeopleOf(account.id())) {
				this.accounts.find(link.careLeaver()).ifPresent(this::tellAdviserLeft);
			}
		}
		UUID id = account.id().value();
		this.jdbc.sql("""
				delete from support_link
				where care_leaver_account_id = :account or supporter_account_id = :account
				  or (status = 'WAITING' and lower(invited_email) = lower(:email))
				""").param("account", id).param("email", account.email()).update();
		this.jdbc.sql("delete from care_leaver_invitation where invited_by = :account or lower(email) = lower(:email)")
			.param("account", id)
			.param("email", account.email())
			.update();
	}

	private void tellAdviserLeft(AccountSummary young) {
		this.emails.queue(new Email(young.email(), "Someone who helped you has left Covenant Connects",
				"""
						Hello %s,

						One of the advisers linked with your Covenant Connects account has deleted their account, so they can no longer see your opportunities or suggest any to you.

						See who is still linked with you, or invite someone new:
						%s/people-who-help-you

						If you still work with them, you can talk to them as usual.
						"""
					.formatted(young.displayName(), this.baseUrl))
			.about(young.id().value()));
	}

	record Described(String youngPerson, String invitedEmail, String askedBy, boolean linked, Instant askedAt,
			Instant linkedAt) {

	}

	record Registered(String fullName, String email, LocalDate dateOfBirth, String institution, Instant startedAt,
			Instant linkExpiresAt) {

	}

}
