package org.covenantconnects.event.internal;

import java.time.Clock;
import java.util.List;

import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.PersonalData;
import org.covenantconnects.platform.PersonalColumns;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The event module's personal data, found by account id: a person's sign-ups (in their
 * download; erased with them: those to events still to come are deleted, those to past
 * events kept for the counts without them), their private calendar address (deleted), and
 * a coordinator as organiser (blanked).
 */
@Component
@Order(56)
class EventPersonalData implements PersonalData, PersonalColumns {

	private final EventRepository repository;

	private final Clock clock;

	EventPersonalData(EventRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Override
	public String module() {
		return "event";
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.both("event_sign_up", "account_id", Erased.BLANKED),
				Column.erasedOnly("event_calendar", "account_id", Erased.ROW_DELETED,
						"the secret of the person's calendar address, which only they should hold"),
				Column.erasedOnly("event", "organiser_account_id", Erased.BLANKED,
						"the coordinator who organises an event; the event stays, without them"));
	}

	@Override
	public String part() {
		return "events";
	}

	@Override
	public Object download(AccountSummary account) {
		List<?> signUps = this.repository.download(account.id());
		return signUps.isEmpty() ? null : signUps;
	}

	@Override
	public void erase(AccountSummary account) {
		this.repository.forget(account.id(), this.clock.instant());
	}

}
