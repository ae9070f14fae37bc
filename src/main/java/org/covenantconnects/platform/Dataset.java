package org.covenantconnects.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what kind of data the database holds, so that fictional data can never be mixed
 * into a database with real people in it.
 */
@Service
public class Dataset {

	/** The kinds of data a database can hold. */
	public enum Kind {

		/** Fictional accounts for trying the service. */
		demo,
		/** Fictional data at national scale, for benchmarks. */
		generated,
		/** Real people. */
		real

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Dataset(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Kind> kind() {
		return this.jdbc.sql("select kind from dataset").query(String.class).optional().map(Kind::valueOf);
	}

	/**
	 * Whether the database is marked as holding fictional data only (demo or generated).
	 * False when it holds real data, and when it is not marked yet.
	 */
	public boolean isFictional() {
		return kind().filter((kind) -> kind != Kind.real).isPresent();
	}

	/**
	 * Marks the database as holding real people's data, unless it was already marked as
	 * demo or generated (people trying out a demo instance do not make it real).
	 */
	@Transactional
	public void markRealUnlessFictional() {
		this.jdbc.sql("insert into dataset (kind, marked_at) values ('real', :at) on conflict do nothing")
			.param("at", OffsetDateTime.now(this.clock))
			.update();
	}

	/**
	 * Claims the database for fictional data of the given kind.
	 * @throws IllegalStateException when it already holds real data, or fictional data of
	 * another kind
	 */
	@Transactional
	public void claimFor(Kind fictional) {
		if (fictional == Kind.real) {
			throw new IllegalArgumentException("Only fictional data can be claimed");
		}
		this.jdbc.sql("insert into dataset (kind, marked_at) values (:kind, :at) on conflict do nothing")
			.param("kind", fictional.name())
			.param("at", OffsetDateTime.now(this.clock))
			.update();
		Kind current = kind().orElseThrow();
		if (current != fictional) {
			throw new IllegalStateException("This database holds " + current + " data; refusing to add " + fictional
					+ " data to it. Use an empty database.");
		}
	}

}
