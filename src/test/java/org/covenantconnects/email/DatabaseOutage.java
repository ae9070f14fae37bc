package org.covenantconnects.email;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Takes one database of the test run's PostgreSQL server away for a while, as a restart
 * of the server does for the instances using it: every connection to it is ended at once,
 * and no new one is accepted until it comes back. Connects as the embedded server's
 * superuser, to another database on the same server.
 */
public final class DatabaseOutage {

	private final String maintenanceUrl;

	private final String database;

	public DatabaseOutage(String testDatabaseUrl, String database) {
		this.maintenanceUrl = testDatabaseUrl.substring(0, testDatabaseUrl.lastIndexOf('/') + 1) + "postgres";
		this.database = database;
	}

	public void databaseAwayFor(Duration outage) throws SQLException, InterruptedException {
		takeAway();
		try {
			Thread.sleep(outage.toMillis());
		}
		finally {
			bringBack();
		}
	}

	/**
	 * Ends every connection to the database and refuses new ones until
	 * {@link #bringBack()}.
	 */
	public void takeAway() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.maintenanceUrl, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("alter database " + this.database + " allow_connections false");
			statement.execute(
					"select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + this.database + "'");
		}
	}

	/** Accepts connections to the database again. */
	public void bringBack() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.maintenanceUrl, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("alter database " + this.database + " allow_connections true");
		}
	}

	/**
	 * Takes a checkpoint, as the server does at the end of its recovery from a crash,
	 * just before it accepts connections again.
	 */
	public void checkpoint() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.maintenanceUrl, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("checkpoint");
		}
	}

}
