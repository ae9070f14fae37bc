package org.covenantconnects.identity.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions every minute on the service's own scheduler, so that a minute
 * when the database cannot be reached is logged as a warning, like every other scheduled
 * job's (ADR 045). The session repository's own scheduler, which would log it as an
 * error, is turned off ({@code spring.session.jdbc.cleanup-cron: "-"}).
 */
@Component
class ExpiredSessions {

	private final JdbcIndexedSessionRepository sessions;

	ExpiredSessions(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Scheduled(cron = "${connects.sessions.expired-deleted:0 * * * * *}")
	void delete() {
		this.sessions.cleanUpExpiredSessions();
	}

}
