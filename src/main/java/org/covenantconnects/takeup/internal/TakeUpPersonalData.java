package org.covenantconnects.takeup.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.PersonalData;
import org.covenantconnects.identity.Role;
import org.covenantconnects.platform.PersonalColumns;
import org.covenantconnects.takeup.Proposals;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The take-up module's personal data, found by account id. A young person's saved
 * opportunities and proposals go; their take-ups stay only as anonymous rows, because
 * organisations' take-up counts and recognition tiers are built from them. What others
 * did (an adviser's or the Covenant team's proposals, a signatory user's or coordinator's
 * moves) loses the name and account of whoever did it.
 */
@Component
@Order(20)
class TakeUpPersonalData implements PersonalData, PersonalColumns {

	private final JdbcClient jdbc;

	private final Proposals proposals;

	TakeUpPersonalData(JdbcClient jdbc, Proposals proposals) {
		this.jdbc = jdbc;
		this.proposals = proposals;
	}

	@Override
	public String module() {
		return "takeup";
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.both("saved_opportunity", "account_id", Erased.ROW_DELETED),
				Column.both("take_up", "account_id", Erased.BLANKED),
				Column.both("take_up", "shared_name", Erased.BLANKED),
				Column.both("take_up", "shared_email", Erased.BLANKED),
				Column.both("take_up", "message", Erased.BLANKED),
				Column.erasedOnly("take_up_first", "account_id", Erased.ROW_DELETED,
						"the moment of a young person's first take-up of a kind in a year, worked out by the database "
								+ "from their take-ups (which are in the download) for the counts of young people; "
								+ "removed when their take-ups no longer name them"),
				Column.both("take_up_event", "actor_account_id", Erased.BLANKED),
				Column.both("take_up_event", "reason", Erased.BLANKED),
				Column.both("take_up_proposal", "care_leaver_account_id", Erased.ROW_DELETED),
				Column.both("take_up_proposal", "proposed_by", Erased.BLANKED),
				Column.both("take_up_proposal", "proposed_by_name", Erased.BLANKED),
				Column.both("take_up_proposal", "reasons", Erased.ROW_DELETED));
	}

	@Override
	public String part() {
		return "proposals";
	}

	@Override
	public Object download(AccountSummary account) {
		Map<String, Object> held = new LinkedHashMap<>();
		if (account.role() == Role.CARE_LEAVER) {
			held.put("putForwardForYou",
					this.proposals.madeFor(account.id())
						.stream()
						.map((p) -> new ToYou(p.opportunity().toString(), p.from(), p.reasons(), p.proposedAt(),
								(p.answer() != null) ? p.answer().name() : null, p.answeredAt()))
						.toList());
		}
		List<ByYou> made = this.jdbc.sql("""
				select opportunity_id, proposed_by_name, reasons, proposed_at, answer
				from take_up_proposal where proposed_by = :account order by proposed_at, id
				""")
			.param("account", account.id().value())
			.query((rs, row) -> new ByYou(rs.getObject("opportunity_id", UUID.class).toString(),
					rs.getString("proposed_by_name"), List.of((String[]) rs.getArray("reasons").getArray()),
					rs.getObject("proposed_at", OffsetDateTime.class).toInstant(), rs.getString("answer")))
			.list();
		if (!made.isEmpty()) {
			held.put("youPutForward", made);
		}
		List<Moved> moved = this.jdbc.sql("""
				select take_up_id, status, from_status, reason, occurred_at from take_up_event
				where actor_account_id = :account and actor <> 'CARE_LEAVER' order by occurred_at, id
				""")
			.param("account", account.id().value())
			.query((rs, row) -> new Moved(rs.getObject("take_up_id", UUID.class).toString(),
					rs.getString("from_status"), rs.getString("status"), rs.getString("reason"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
			.list();
		if (!moved.isEmpty()) {
			held.put("takeUpStagesYouRecorded", moved);
		}
		return held.isEmpty() ? null : held;
	}

	/**
	 * A young person's own take-ups are erased when their profile goes
	 * ({@code CareLeaverDeleted}); here, whatever names the account as the one who acted.
	 */
	@Override
	public void erase(AccountSummary account) {
		UUID id = account.id().value();
		this.jdbc.sql("update take_up_event set actor_account_id = null where actor_account_id = :account")
			.param("account", id)
			.update();
		this.jdbc.sql("delete from take_up_proposal where care_leaver_account_id = :account")
			.param("account", id)
			.update();
		this.jdbc.sql("""
				update take_up_proposal
				set proposed_by = null,
				  proposed_by_name = case when proposed_by_role = 'COORDINATOR' then 'The Covenant team'
				    else 'A former adviser' end
				where proposed_by = :account
				""").param("account", id).update();
	}

	record ToYou(String opportunityId, String from, List<String> reasons, Instant proposedAt, String answer,
			Instant answeredAt) {

	}

	record ByYou(String opportunityId, String asName, List<String> reasons, Instant proposedAt, String answer) {

	}

	record Moved(String takeUpId, String from, String to, String reason, Instant at) {

	}

}
