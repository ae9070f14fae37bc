package org.covenantconnects.platform;

import java.sql.SQLException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.util.ErrorHandler;

/**
 * What a scheduled job's failure is logged as. A job that could not reach the database
 * (restarted, failed over, the network lost) runs again at its next time and loses
 * nothing, so that is a warning, with the cause in one line; anything else is an error
 * with its stack trace, for someone to look at.
 */
final class ScheduledJobErrors implements ErrorHandler {

	private static final Log log = LogFactory.getLog(ScheduledJobErrors.class);

	@Override
	public void handleError(Throwable failure) {
		if (databaseUnreachable(failure)) {
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
			log.warn("A scheduled job could not reach the database and runs again at its next time: "
					+ failure.getMessage() + " (" + cause.getMessage() + ")");
			return;
		}
		log.error("Unexpected error occurred in scheduled task", failure);
	}

	static boolean databaseUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof java.sql.SQLTransientConnectionException
					|| cause instanceof java.sql.SQLNonTransientConnectionException) {
				return true;
			}
			// 08: connection exception; 57P01 to 57P03: the server is shutting down or
			// starting; and the pool's answer to any use of a connection it closed when
			// the
			// server went away, which has no SQL state.
			if (cause instanceof SQLException sql && (sql.getSQLState() != null
					? sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")
					: "Connection is closed".equals(sql.getMessage()))) {
				return true;
			}
			// A rollback that failed too replaces the failure that says why.
			if (cause instanceof TransactionSystemException transaction && transaction.getApplicationException() != null
					&& databaseUnreachable(transaction.getApplicationException())) {
				return true;
			}
			if (cause == cause.getCause()) {
				break;
			}
		}
		return false;
	}

}
