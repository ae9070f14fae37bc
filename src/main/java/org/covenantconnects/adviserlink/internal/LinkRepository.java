package org.covenantconnects.adviserlink.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.adviserlink.Link;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.OpportunityId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The module's SQL: links, the requests that wait for an answer, and suggestions. */
@Repository
public class LinkRepository {

	private final JdbcClient jdbc;

	LinkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insertWaiting(UUID id, AccountId supporter, AccountId careLeaver, String invitedEmail,
			Link.StartedBy startedBy, Instant now) {
		this.jdbc.sql("""
				insert into support_link (id, supporter_account_id, care_leaver_account_id, invited_email, started_by,
				  status, created_at)
				values (:id, :supporter, :careLeaver, :email, :startedBy, 'WAITING', :now)
				""")
			.param("id", id)
			.param("supporter", (supporter != null) ? supporter.value() : null)
			.param("careLeaver", (careLeaver != null) ? careLeaver.value() : null)
			.param("email", invitedEmail)
			.param("startedBy", startedBy.name())
			.param("now", utc(now))
			.update();
	}

	public void insertActive(AccountId supporter, AccountId careLeaver, Instant now, boolean demo) {
		this.jdbc.sql("""
				insert into support_link (id, supporter_account_id, care_leaver_account_id, started_by, status,
				  created_at, started_at, demo)
				values (:id, :supporter, :careLeaver, 'CARE_LEAVER', 'ACTIVE', :now, :now, :demo)
				on conflict do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("supporter", supporter.value())
			.param("careLeaver", careLeaver.value())
			.param("now", utc(now))
			.param("demo", demo)
			.update();
	}

	/**
	 * Requests waiting for the owner of an address, asked by the other side, made after
	 * the cut-off.
	 */
	public List<Link> waitingFor(String email, Link.StartedBy startedBy, Instant after) {
		return this.jdbc.sql("""
				select * from support_link
				where status = 'WAITING' and lower(invited_email) = lower(:email) and started_by = :startedBy
				  and created_at > :after
				order by created_at desc
				""")
			.param("email", email)
			.param("startedBy", startedBy.name())
			.param("after", utc(after))
			.query(this::link)
			.list();
	}

	/** Requests someone made that still wait, after the cut-off. */
	public List<Link> askedBy(AccountId account, Link.StartedBy startedBy, Instant after) {
		String column = (startedBy == Link.StartedBy.SUPPORTER) ? "supporter_account_id" : "care_leaver_account_id";
		return this.jdbc
			.sql("select * from support_link where status = 'WAITING' and started_by = :startedBy and " + column
					+ " = :account and created_at > :after order by created_at desc")
			.param("startedBy", startedBy.name())
			.param("account", account.value())
			.param("after", utc(after))
			.query(this::link)
			.list();
	}

	public Optional<Link> find(UUID id) {
		return this.jdbc.sql("select * from support_link where id = :id").param("id", id).query(this::link).optional();
	}

	/** Active links of a care leaver, or of a supporter. */
	public List<Link> activeOf(AccountId account, boolean asSupporter) {
		String column = asSupporter ? "supporter_account_id" : "care_leaver_account_id";
		return this.jdbc
			.sql("select * from support_link where status = 'ACTIVE' and " + column
					+ " = :account order by started_at desc")
			.param("account", account.value())
			.query(this::link)
			.list();
	}

	public boolean isActive(AccountId supporter, AccountId careLeaver) {
		return this.jdbc.sql("""
				select count(*) from support_link where status = 'ACTIVE'
				  and supporter_account_id = :supporter and care_leaver_account_id = :careLeaver
				""")
			.param("supporter", supporter.value())
			.param("careLeaver", careLeaver.value())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Starts a waiting link with both people named.
	 * @return false if it no longer waits
	 */
	public boolean activate(UUID id, AccountId supporter, AccountId careLeaver, Instant now) {
		return this.jdbc.sql("""
				update support_link set status = 'ACTIVE', supporter_account_id = :supporter,
				  care_leaver_account_id = :careLeaver, invited_email = null, started_at = :now
				where id = :id and status = 'WAITING'
				""")
			.param("id", id)
			.param("supporter", supporter.value())
			.param("careLeaver", careLeaver.value())
			.param("now", utc(now))
			.update() == 1;
	}

	/** Removes a link or a request, and the suggestions made through it. */
	public boolean delete(UUID id) {
		return this.jdbc.sql("delete from support_link where id = :id").param("id", id).update() == 1;
	}

	/**
	 * Removes requests that waited since before the cut-off, whichever instance runs it.
	 */
	public int deleteWaitingBefore(Instant cutoff) {
		return this.jdbc.sql("""
				delete from support_link where id in (
				  select id from support_link where status = 'WAITING' and created_at <= :cutoff
				  for update skip locked)
				""").param("cutoff", utc(cutoff)).update();
	}

	/** Records a suggestion; suggesting the same opportunity again brings it back. */
	public void suggest(UUID link, OpportunityId opportunity, Instant now) {
		this.jdbc
			.sql("""
					insert into suggestion (id, link_id, opportunity_id, suggested_at) values (:id, :link, :opportunity, :now)
					on conflict (link_id, opportunity_id) do update set suggested_at = :now, dismissed_at = null
					""")
			.param("id", UUID.randomUUID())
			.param("link", link)
			.param("opportunity", opportunity.value())
			.param("now", utc(now))
			.update();
	}

	/** Suggestions through a care leaver's active links that they have not dismissed. */
	public List<SuggestionRow> suggestionsTo(AccountId careLeaver) {
		return this.jdbc.sql("""
				select s.id, s.opportunity_id, l.supporter_account_id, s.suggested_at
				from suggestion s join support_link l on l.id = s.link_id
				where l.care_leaver_account_id = :careLeaver and l.status = 'ACTIVE' and s.dismissed_at is null
				order by s.suggested_at desc
				""")
			.param("careLeaver", careLeaver.value())
			.query((rs, row) -> new SuggestionRow(rs.getObject("id", UUID.class),
					new OpportunityId(rs.getObject("opportunity_id", UUID.class)),
					new AccountId(rs.getObject("supporter_account_id", UUID.class)),
					rs.getObject("suggested_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Suggestions one link carries, dismissed or not. */
	public List<SuggestionRow> suggestionsThrough(UUID link) {
		return this.jdbc.sql("""
				select s.id, s.opportunity_id, l.supporter_account_id, s.suggested_at
				from suggestion s join support_link l on l.id = s.link_id
				where s.link_id = :link order by s.suggested_at desc
				""")
			.param("link", link)
			.query((rs, row) -> new SuggestionRow(rs.getObject("id", UUID.class),
					new OpportunityId(rs.getObject("opportunity_id", UUID.class)),
					new AccountId(rs.getObject("supporter_account_id", UUID.class)),
					rs.getObject("suggested_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Dismisses a suggestion made to this care leaver.
	 * @return false if there is no such suggestion for them
	 */
	public boolean dismiss(UUID suggestion, AccountId careLeaver, Instant now) {
		return this.jdbc.sql("""
				update suggestion set dismissed_at = :now
				where id = :id and link_id in (select id from support_link where care_leaver_account_id = :careLeaver)
				""")
			.param("now", utc(now))
			.param("id", suggestion)
			.param("careLeaver", careLeaver.value())
			.update() == 1;
	}

	private Link link(ResultSet rs, int row) throws SQLException {
		UUID supporter = rs.getObject("supporter_account_id", UUID.class);
		UUID careLeaver = rs.getObject("care_leaver_account_id", UUID.class);
		OffsetDateTime started = rs.getObject("started_at", OffsetDateTime.class);
		return new Link(rs.getObject("id", UUID.class), (supporter != null) ? new AccountId(supporter) : null,
				(careLeaver != null) ? new AccountId(careLeaver) : null, rs.getString("invited_email"),
				Link.StartedBy.valueOf(rs.getString("started_by")), "ACTIVE".equals(rs.getString("status")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				(started != null) ? started.toInstant() : null);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A suggestion as stored. */
	public record SuggestionRow(UUID id, OpportunityId opportunity, AccountId supporter, Instant suggestedAt) {

	}

}
