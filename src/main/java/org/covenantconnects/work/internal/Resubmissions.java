package org.covenantconnects.work.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Runs failed event publications again, one instance at a time.
 * <p>
 * Spring Modulith claims a failed publication with one conditional statement (failed to
 * resubmitted, unless resubmitted already), but once the listener starts it marks the
 * publication in progress, and then a second instance that read the same failed
 * publication a moment before may claim it too and run it at the same time. So an
 * instance reads and claims only while it holds a PostgreSQL advisory lock that every
 * instance asks for: by the time another instance reads the failed publications, those
 * claimed are no longer failed. The lock belongs to a connection of its own, so it is let
 * go if the instance dies, and the claims themselves commit at once.
 */
@Component
class Resubmissions {

	/** The advisory lock's key: any number no other part of the service uses. */
	private static final long LOCK = 0x436f6e6e65637473L;

	private final DataSource dataSource;

	private final FailedEventPublications failed;

	Resubmissions(DataSource dataSource, FailedEventPublications failed) {
		this.dataSource = dataSource;
		this.failed = failed;
	}

	/**
	 * Runs again the failed publications that pass the filter, and first does the
	 * preparation (marking abandoned work failed), while holding the lock.
	 * @param wait whether to wait for another instance to finish, or give up at once
	 * @return whether this instance held the lock and ran them
	 */
	boolean resubmit(Runnable preparation, Predicate<EventPublication> filter, boolean wait) {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			if (!lock(statement, wait)) {
				return false;
			}
			try {
				preparation.run();
				this.failed.resubmit(ResubmissionOptions.defaults().withBatchSize(1000).withFilter(filter));
				return true;
			}
			finally {
				statement.execute("select pg_advisory_unlock(" + LOCK + ")");
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not take the lock for running failed work again", ex);
		}
	}

	private static boolean lock(Statement statement, boolean wait) throws SQLException {
		if (wait) {
			try (ResultSet result = statement.executeQuery("select pg_advisory_lock(" + LOCK + ") is not null")) {
				return result.next() && result.getBoolean(1);
			}
		}
		try (ResultSet result = statement.executeQuery("select pg_try_advisory_lock(" + LOCK + ")")) {
			return result.next() && result.getBoolean(1);
		}
	}

}
