package org.covenantconnects.generator;

import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much to generate, and from which seed: the same settings always give the same data
 * (apart from the salt of the one password hash every account shares).
 *
 * @param until the end of the two years over which accounts and alerts are spread; fixed,
 * not "now", so that a later run gives the same data
 * @param password the password of every generated account
 */
@ConfigurationProperties("connects.generator")
record GeneratorSettings(@DefaultValue("1") long seed, @DefaultValue("200000") int careLeavers,
		@DefaultValue("20000") int supporters, @DefaultValue("5000") int signatories,
		@DefaultValue("40") int coordinators, @DefaultValue("5") int administrators,
		@DefaultValue("2000000") int alerts, @DefaultValue("50000") int opportunities,
		@DefaultValue("2026-11-01T00:00:00Z") Instant until, @DefaultValue("covenant-generated") String password) {

}
