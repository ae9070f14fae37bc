package org.covenantconnects.impact.internal;

import java.util.List;

import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.PersonalData;
import org.covenantconnects.platform.PersonalColumns;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The impact module's personal data, found by account id: the administrator who set a
 * year's target and the coordinator who issued a termly report, blanked when their
 * account is erased. The target stays as it was set, and the report as it was issued.
 */
@Component
@Order(57)
class ImpactPersonalData implements PersonalData, PersonalColumns {

	private final JdbcClient jdbc;

	ImpactPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "impact";
	}

	@Override
	public List<Column> columns() {
		return List.of(
				Column.erasedOnly("impact_target", "set_by", Erased.BLANKED,
						"the administrator who set a year's target; the target stays, without them"),
				Column.erasedOnly("impact_report", "issued_by", Erased.BLANKED,
						"the coordinator who issued a termly report; the report stays as it was issued, without them"));
	}

	@Override
	public String part() {
		return "impact";
	}

	@Override
	public Object download(AccountSummary account) {
		return null;
	}

	@Override
	public void erase(AccountSummary account) {
		this.jdbc.sql("update impact_target set set_by = null where set_by = :account")
			.param("account", account.id().value())
			.update();
		this.jdbc.sql("update impact_report set issued_by = null where issued_by = :account")
			.param("account", account.id().value())
			.update();
	}

}
