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
final class DatabaseOutage {

	private final String maintenanceUrl;

	private final String database;

	DatabaseOutage(String testDatabaseUrl, String database) {
		this.maintenanceUrl = testDatabaseUrl.substring(0, testDatabaseUrl.lastIndexOf('/') + 1) + "postgres";
		this.database = database;
	}

	void databaseAwayFor(Duration outage) throws SQLException, InterruptedException {
		try (Connection connection = DriverManager.getConnection(this.maintenanceUrl, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("alter database " + this.database + " allow_connections false");
			try {
				statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
						+ this.database + "'");
				Thread.sleep(outage.toMillis());
			}
			finally {
				statement.execute("alter database " + this.database + " allow_connections true");
			}
		}
	}

}
