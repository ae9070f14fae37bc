package org.covenantconnects.institution.internal;

import org.covenantconnects.supporter.InstitutionEmailDomains;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The institutions' staff email domains, for the supporter module to verify college and
 * university staff at once.
 */
@Component
class InstitutionStaffDomains implements InstitutionEmailDomains {

	private final JdbcClient jdbc;

	InstitutionStaffDomains(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean isStaffDomain(String domain) {
		if (domain == null || domain.isBlank()) {
			return false;
		}
		return this.jdbc.sql("select exists (select 1 from institution where :domain = any (email_domains))")
			.param("domain", domain.strip().toLowerCase(java.util.Locale.ROOT))
			.query(Boolean.class)
			.single();
	}

}
