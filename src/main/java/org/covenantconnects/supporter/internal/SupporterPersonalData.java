package org.covenantconnects.supporter.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.PersonalData;
import org.covenantconnects.platform.PersonalColumns;
import org.covenantconnects.supporter.SupporterProfile;
import org.covenantconnects.supporter.Supporters;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supporter module's personal data, found by account id: a supporter's profile and
 * the opportunities they sent by email go with their account; a coordinator's id on the
 * verifications they decided and the email domains they added is blanked.
 */
@Component
@Order(40)
class SupporterPersonalData implements PersonalData, PersonalColumns {

	private final JdbcClient jdbc;

	private final Supporters supporters;

	SupporterPersonalData(JdbcClient jdbc, Supporters supporters) {
		this.jdbc = jdbc;
		this.supporters = supporters;
	}

	@Override
	public String module() {
		return "supporter";
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.both("supporter", "account_id", Erased.ROW_DELETED),
				Column.both("supporter", "organisation_name", Erased.ROW_DELETED),
				Column.both("supporter", "declined_reason", Erased.ROW_DELETED),
				Column.erasedOnly("supporter", "decided_by", Erased.BLANKED,
						"the coordinator who decided; their id is blanked when their account is erased"),
				Column.erasedOnly("council_email_domain", "added_by", Erased.BLANKED,
						"the coordinator who added the domain; blanked when their account is erased"),
				Column.both("opportunity_share", "supporter_account_id", Erased.ROW_DELETED));
	}

	@Override
	public String part() {
		return "supporter";
	}

	@Override
	public Object download(AccountSummary account) {
		return this.supporters.find(account.id()).map((profile) -> {
			Map<String, Object> held = new LinkedHashMap<>();
			held.put("profile", described(profile));
			held.put("opportunitiesYouSentByEmail",
					this.jdbc.sql("""
							select opportunity_id, shared_at from opportunity_share
							where supporter_account_id = :account order by shared_at, id
							""")
						.param("account", account.id().value())
						.query((rs, row) -> new Shared(rs.getObject("opportunity_id", UUID.class).toString(),
								rs.getObject("shared_at", OffsetDateTime.class).toInstant()))
						.list());
			return held;
		}).orElse(null);
	}

	private Map<String, Object> described(SupporterProfile profile) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("role", profile.role().name());
		described.put("organisation", this.supporters.organisationOf(profile));
		described.put("verification", profile.verification().name());
		return described;
	}

	@Override
	public void erase(AccountSummary account) {
		UUID id = account.id().value();
		this.jdbc.sql("delete from opportunity_share where supporter_account_id = :account")
			.param("account", id)
			.update();
		this.jdbc.sql("delete from supporter where account_id = :account").param("account", id).update();
		this.jdbc.sql("update supporter set decided_by = null where decided_by = :account")
			.param("account", id)
			.update();
		this.jdbc.sql("update council_email_domain set added_by = null where added_by = :account")
			.param("account", id)
			.update();
	}

	record Shared(String opportunityId, Instant sharedAt) {

	}

}
