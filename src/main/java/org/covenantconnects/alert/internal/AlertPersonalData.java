package org.covenantconnects.alert.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.covenantconnects.alert.Subscriptions;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.PersonalData;
import org.covenantconnects.identity.Role;
import org.covenantconnects.platform.PersonalColumns;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Alerts' personal data, found by account id: preferences, notifications, digests sent
 * and closing-soon reminders, all deleted with the account.
 */
@Component
@Order(60)
class AlertPersonalData implements PersonalData, PersonalColumns {

	private final Subscriptions subscriptions;

	AlertPersonalData(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@Override
	public String module() {
		return "alert";
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.both("alert_preference", "account_id", Erased.ROW_DELETED),
				Column.both("alert", "account_id", Erased.ROW_DELETED),
				Column.erasedOnly("alert_digest", "account_id", Erased.ROW_DELETED,
						"only when a digest was sent; the digest itself is among the emails"),
				Column.erasedOnly("closing_reminder", "account_id", Erased.ROW_DELETED,
						"only when a reminder was sent; the reminder itself is among the emails"));
	}

	@Override
	public String part() {
		return "alerts";
	}

	/** For everyone but care leavers, whose download has their alerts already. */
	@Override
	public Object download(AccountSummary account) {
		if (account.role() == Role.CARE_LEAVER) {
			return null;
		}
		Map<String, Object> alerts = new LinkedHashMap<>();
		alerts.put("preferences", this.subscriptions.preferencesOf(account.id()).orElse(null));
		alerts.put("notifications", this.subscriptions.notifications(account.id(), 0, Integer.MAX_VALUE));
		return alerts;
	}

	@Override
	public void erase(AccountSummary account) {
		this.subscriptions.forget(account.id());
	}

}
