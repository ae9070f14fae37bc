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
 * a coordinator as organiser (blanked), and advisers' requests to sign them up (deleted;
 * an adviser's own requests stay for the young person, without the adviser).
 */
@Component
@Order(56)
class EventPersonalData implements PersonalData, PersonalColumns {

	private final EventRepository repository;

	private final SignUpRequestRepository requests;

	private final Clock clock;

	EventPersonalData(EventRepository repository, SignUpRequestRepository requests, Clock clock) {
		this.repository = repository;
		this.requests = requests;
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
						"the coordinator who organises an event; the event stays, without them"),
				Column.both("event_sign_up_request", "young_person_account_id", Erased.ROW_DELETED),
				Column.both("event_sign_up_request", "requested_by", Erased.BLANKED),
				Column.both("event_sign_up_request", "requester_name", Erased.BLANKED));
	}

	@Override
	public String part() {
		return "events";
	}

	@Override
	public Object download(AccountSummary account) {
		List<?> signUps = this.repository.download(account.id());
		List<?> requests = this.requests.download(account.id());
		if (requests.isEmpty()) {
			return signUps.isEmpty() ? null : signUps;
		}
		return java.util.Map.of("signUps", signUps, "requestsToSignUp", requests);
	}

	@Override
	public void erase(AccountSummary account) {
		this.requests.forget(account.id());
		this.repository.forget(account.id(), this.clock.instant());
	}

}
