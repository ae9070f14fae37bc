package org.covenantconnects.platform;

import java.time.Clock;

import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	/** Instants are kept in UTC everywhere; tests may replace the clock. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Scheduled jobs that could not reach the database log a warning, not an error: they
	 * run again at their next time (ADR 045).
	 */
	@Bean
	ThreadPoolTaskSchedulerCustomizer scheduledJobErrors() {
		return (scheduler) -> scheduler.setErrorHandler(new ScheduledJobErrors());
	}

	/**
	 * Event listeners run after the request that could not reach the database log a
	 * warning, not an error: their event is handled again later (ADR 035).
	 */
	@Bean
	AsyncConfigurer asyncListenerErrors() {
		return new ListenerErrors();
	}

	/** The same, when jobs run on virtual threads. */
	@Bean
	SimpleAsyncTaskSchedulerCustomizer scheduledJobErrorsOnVirtualThreads() {
		return (scheduler) -> scheduler.setErrorHandler(new ScheduledJobErrors());
	}

	/** Only the handler of failures: listeners keep Spring Boot's executor. */
	static final class ListenerErrors implements AsyncConfigurer {

		@Override
		public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
			return new AsyncListenerErrors();
		}

	}

}
