package org.covenantconnects.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	/** Instants are kept in UTC everywhere; tests may replace the clock. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
