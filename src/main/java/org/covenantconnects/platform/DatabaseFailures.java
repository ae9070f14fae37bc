package org.covenantconnects.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure is the database being out of reach (restarted, failed over, the
 * network lost) rather than a fault of the service. Pages answer such a failure with 503,
 * and scheduled jobs and event listeners log it as a warning, since their work is done
 * again once the database is back (ADR 045). A query that is wrong or a row that breaks a
 * rule is not one.
 */
public final class DatabaseFailures {

	/** HikariCP's message for any use of a connection it has closed. */
	private static final String CONNECTION_CLOSED = "Connection is closed";

	private DatabaseFailures() {
	}

	/**
	 * Whether the failure, or one of its causes, is that the database cannot be reached.
	 */
	public static boolean unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			// 08: connection exception; 57P01 to 57P03: the server is shutting down or
			// starting.
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			// The pool's answer to any use of a connection it closed when the server went
			// away (a rollback after the failure that closed it), which has no SQL state.
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& CONNECTION_CLOSED.equals(sql.getMessage())) {
				return true;
			}
			// A rollback that failed too replaces the failure that says why.
			if (cause instanceof TransactionSystemException transaction && transaction.getApplicationException() != null
					&& unreachable(transaction.getApplicationException())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/** The failure and its deepest cause, in one line for a warning. */
	public static String inOneLine(Throwable failure) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		return failure.getMessage() + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
	}

}
