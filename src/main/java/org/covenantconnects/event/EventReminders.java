package org.covenantconnects.event;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.covenantconnects.event.internal.EventRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds everyone with a place, by email, the day before the event (UK days). It runs
 * every hour, so that an event made or a place given late in the day before still gets
 * its reminder; each reminder is claimed by marking the sign-up in the statement that
 * finds it, in the transaction that queues the email, so however many instances run it,
 * each person is reminded once per event.
 */
@Component
class EventReminders {

	private final EventRepository repository;

	private final Events events;

	private final Clock clock;

	private final String baseUrl;

	EventReminders(EventRepository repository, Events events, Clock clock,
			@Value("${connects.base-url}") String baseUrl) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "${connects.events.reminder-cron:0 5 * * * *}", zone = "Europe/London")
	@Transactional
	public int remind() {
		Instant now = this.clock.instant();
		LocalDate tomorrow = EventTimes.ukDate(now).plusDays(1);
		Instant from = tomorrow.atStartOfDay(EventTimes.UK).toInstant();
		Instant to = tomorrow.plusDays(1).atStartOfDay(EventTimes.UK).toInstant();
		int sent = 0;
		for (EventRepository.Reminder reminder : this.repository.claimReminders(from, to, now)) {
			Event event = this.events.find(reminder.event()).orElseThrow();
			this.events.tell(reminder.account(), "Tomorrow: " + event.details().title(), """
					Hello,

					A reminder that you have a place at %s tomorrow: %s.

					%s

					If you cannot come, give your place back so that someone on the waiting list can have it:
					%s/events/%s
					""".formatted(event.details().title(), event.when(), this.events.where(event), this.baseUrl,
					event.id()));
			sent++;
		}
		return sent;
	}

}
