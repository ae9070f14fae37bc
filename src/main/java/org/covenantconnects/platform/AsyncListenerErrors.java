package org.covenantconnects.platform;

import java.lang.reflect.Method;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;

/**
 * What the failure of work done after the request is logged as: an event listener, a
 * fan-out, an email to an adviser. Its event publication stays incomplete when the
 * listener fails, and is handed to a listener again later (ADR 035), so a failure to
 * reach the database loses nothing and is a warning, with the cause in one line. Anything
 * else is an error with its stack trace, for someone to look at.
 */
final class AsyncListenerErrors implements AsyncUncaughtExceptionHandler {

	private static final Log log = LogFactory.getLog(AsyncListenerErrors.class);

	@Override
	public void handleUncaughtException(Throwable failure, Method method, Object... params) {
		String listener = method.getDeclaringClass().getSimpleName() + "." + method.getName();
		if (DatabaseFailures.unreachable(failure)) {
			log.warn(listener + " could not reach the database; its event is handled again later: "
					+ DatabaseFailures.inOneLine(failure));
			return;
		}
		log.error("Unexpected error in " + listener, failure);
	}

}
