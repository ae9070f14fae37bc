package org.covenantconnects.platform;

import java.time.Clock;

import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

	/** The same, when jobs run on virtual threads. */
	@Bean
	SimpleAsyncTaskSchedulerCustomizer scheduledJobErrorsOnVirtualThreads() {
		return (scheduler) -> scheduler.setErrorHandler(new ScheduledJobErrors());
	}

}
