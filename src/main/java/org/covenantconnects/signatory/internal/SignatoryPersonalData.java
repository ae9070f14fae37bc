package org.covenantconnects.signatory.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.PersonalData;
import org.covenantconnects.platform.PersonalColumns;
import org.covenantconnects.signatory.Signatories;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signatory module's personal data, found by account id. A signatory user who is
 * erased stops being a member of their organisation and the colleague invitations they
 * sent go; the organisation, its opportunities and its record of signing stay, since they
 * belong to the organisation and not to the person. Invitations to the person's address
 * go too, and a coordinator's id as an organisation's account manager is blanked.
 */
@Component
@Order(50)
class SignatoryPersonalData implements PersonalData, PersonalColumns {

	private final JdbcClient jdbc;

	private final Signatories signatories;

	SignatoryPersonalData(JdbcClient jdbc, Signatories signatories) {
		this.jdbc = jdbc;
		this.signatories = signatories;
	}

	@Override
	public String module() {
		return "signatory";
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.both("signatory_member", "account_id", Erased.ROW_DELETED),
				Column.erasedOnly("signatory", "account_manager", Erased.BLANKED,
						"the coordinator managing the organisation; blanked when their account is erased"),
				Column.both("colleague_invitation", "invited_by", Erased.ROW_DELETED),
				Column.both("colleague_invitation", "display_name", Erased.ROW_DELETED),
				Column.both("colleague_invitation", "email", Erased.ROW_DELETED));
	}

	@Override
	public String part() {
		return "organisation";
	}

	@Override
	public Object download(AccountSummary account) {
		return this.signatories.ofMember(account.id()).map((organisation) -> {
			Map<String, Object> held = new LinkedHashMap<>();
			held.put("name", organisation.name());
			held.put("youAreAMemberSince",
					this.jdbc.sql("select added_at from signatory_member where account_id = :account")
						.param("account", account.id().value())
						.query(OffsetDateTime.class)
						.single()
						.toInstant());
			held.put("colleaguesYouInvited",
					this.jdbc.sql("""
							select display_name, email, created_at from colleague_invitation
							where invited_by = :account order by created_at, id
							""")
						.param("account", account.id().value())
						.query((rs, row) -> new Invited(rs.getString("display_name"), rs.getString("email"),
								rs.getObject("created_at", OffsetDateTime.class).toInstant()))
						.list());
			return held;
		}).orElse(null);
	}

	@Override
	public void erase(AccountSummary account) {
		UUID id = account.id().value();
		this.jdbc.sql("delete from colleague_invitation where invited_by = :account or lower(email) = lower(:email)")
			.param("account", id)
			.param("email", account.email())
			.update();
		this.jdbc.sql("delete from signatory_member where account_id = :account").param("account", id).update();
		this.jdbc.sql("update signatory set account_manager = null where account_manager = :account")
			.param("account", id)
			.update();
	}

	record Invited(String name, String email, Instant invitedAt) {

	}

}
