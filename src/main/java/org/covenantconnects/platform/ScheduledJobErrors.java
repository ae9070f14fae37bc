package org.covenantconnects.platform;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.TransientDataAccessException;
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
			log.warn("A scheduled job could not reach the database and runs again at its next time: "
					+ DatabaseFailures.inOneLine(failure));
			return;
		}
		log.error("Unexpected error occurred in scheduled task", failure);
	}

	/**
	 * The database out of reach, or a failure the database calls passing (a deadlock, a
	 * lock or query timeout): both are over by the job's next time.
	 */
	static boolean databaseUnreachable(Throwable failure) {
		if (DatabaseFailures.unreachable(failure)) {
			return true;
		}
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof TransientDataAccessException) {
				return true;
			}
		}
		return false;
	}

}
