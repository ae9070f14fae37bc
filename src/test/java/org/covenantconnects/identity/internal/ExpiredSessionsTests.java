package org.covenantconnects.identity.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.covenantconnects.ConnectsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expired sessions are deleted by the service's own scheduled job, and only those: the
 * session repository's own scheduler is turned off so that a database outage is a
 * warning, not an error (ADR 045).
 */
@ConnectsTest
class ExpiredSessionsTests {

	@Autowired
	private JdbcIndexedSessionRepository sessions;

	@Autowired
	private ExpiredSessions expiredSessions;

	@Autowired
	private JdbcClient jdbc;

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void anExpiredSessionIsDeletedAndALiveOneKept() {
		// The repository's own session type is not public: use it as a repository of any.
		SessionRepository<Session> repository = (SessionRepository) this.sessions;
		Session expired = repository.createSession();
		expired.setMaxInactiveInterval(Duration.ofMinutes(1));
		expired.setLastAccessedTime(Instant.now().minus(Duration.ofHours(1)));
		repository.save(expired);
		Session live = repository.createSession();
		repository.save(live);
		assertThat(stored(expired.getId())).isTrue();

		this.expiredSessions.delete();

		assertThat(stored(expired.getId())).isFalse();
		assertThat(stored(live.getId())).isTrue();
		this.sessions.deleteById(live.getId());
	}

	private boolean stored(String sessionId) {
		return this.jdbc.sql("select exists (select from spring_session where session_id = :id)")
			.param("id", sessionId)
			.query(Boolean.class)
			.single();
	}

}
