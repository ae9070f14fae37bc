package org.covenantconnects.generator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.covenantconnects.ConnectsTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The generator at a small scale, inside a transaction that is rolled back: it fills an
 * empty database the same way every time for the same seed, and refuses a database with
 * other data.
 */
@ConnectsTest
@Transactional
class NationalDataTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ConfigurableApplicationContext context;

	@Test
	void itRefusesADatabaseThatHoldsOtherData() {
		assertThatIllegalStateException().isThrownBy(() -> generator(7).fill(generator(7).parameters()))
			.withMessageContaining("refusing to add generated data");
	}

	@Test
	void theSameSeedGivesTheSameDataSpreadOverEveryRegion() {
		emptyTheDatabase();
		assertThat(generator(7).fill(generator(7).parameters())).isTrue();
		List<String> first = fingerprint();
		assertThat(this.jdbc.sql("select count(*) from account where role = 'CARE_LEAVER'").query(Long.class).single())
			.isEqualTo(900);
		assertThat(this.jdbc.sql("select count(*) from care_leaver").query(Long.class).single()).isEqualTo(900);
		assertThat(this.jdbc.sql("""
				select count(*) from care_leaver
				where date_of_birth > date '2026-11-01' - interval '16 years'
				  or date_of_birth <= date '2026-11-01' - interval '26 years'
				  or cardinality(interest_types) = 0 or cardinality(interest_categories) = 0
				""").query(Long.class).single()).as("profiles aged 16 to 25, each with interests").isZero();
		assertThat(this.jdbc.sql("select count(*) from signatory").query(Long.class).single()).isEqualTo(60);
		// The first 1,000 supporters are always verified, so benchmarks can sign in as
		// them.
		assertThat(this.jdbc.sql("select count(*) from supporter where verification = 'VERIFIED'")
			.query(Long.class)
			.single()).isEqualTo(90);
		assertThat(this.jdbc.sql("select count(*) from email_message").query(Long.class).single()).isEqualTo(3000);
		assertThat(this.jdbc.sql("select count(*) from opportunity").query(Long.class).single())
			.as("as many opportunities as asked for")
			.isEqualTo(500);
		assertThat(this.jdbc.sql("select count(distinct type) from opportunity").query(Long.class).single())
			.isEqualTo(14);
		assertThat(
				this.jdbc.sql("select count(*) from opportunity where status = 'PUBLISHED'").query(Long.class).single())
			.isBetween(300L, 500L);
		assertThat(this.jdbc.sql("select count(distinct r) from signatory s cross join unnest(s.regions) as r")
			.query(Long.class)
			.single()).isEqualTo(9);

		assertThat(this.jdbc.sql("select count(*) from alert_preference").query(Long.class).single())
			.as("every care leaver and supporter has alert preferences")
			.isEqualTo(990);
		// Believable shares of how often (ADR 036): weekly for most, instant, monthly and
		// off
		// for some; at this scale each within a few points of its share.
		assertThat(this.jdbc.sql("""
				select frequency, count(*) from alert_preference where audience = 'CARE_LEAVER' group by frequency
				""")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getDouble(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).satisfies((shares) -> {
				double all = shares.values().stream().mapToDouble(Double::doubleValue).sum();
				assertThat(shares.get("INSTANT") / all).as("instant").isBetween(0.08, 0.22);
				assertThat(shares.get("WEEKLY") / all).as("weekly").isBetween(0.50, 0.70);
				assertThat(shares.get("MONTHLY") / all).as("monthly").isBetween(0.06, 0.18);
				assertThat(shares.get("OFF") / all).as("off").isBetween(0.07, 0.19);
			});
		assertThat(this.jdbc.sql("select count(distinct frequency) from alert_preference where audience = 'SUPPORTER'")
			.query(Long.class)
			.single()).as("supporters choose every frequency too").isEqualTo(4);
		assertThat(this.jdbc.sql("select count(*) from take_up").query(Long.class).single()).isBetween(350L, 550L);
		assertThat(this.jdbc.sql("""
				select count(*) from take_up t
				where not exists (select 1 from take_up_event e where e.take_up_id = t.id and e.status = t.status)
				""").query(Long.class).single()).as("every take-up's status is in its history").isZero();
		assertThat(this.jdbc.sql("select count(distinct status) from take_up").query(Long.class).single())
			.isGreaterThanOrEqualTo(8);

		// Every generated coordinator has an enhanced DBS check in date, so may open
		// young
		// people's records
		assertThat(coordinatorsWithAnInDateCheck()).isEqualTo(3);

		// A second run into the filled database writes nothing.
		assertThat(generator(7).fill(generator(7).parameters())).isFalse();
		// A data set generated before coordinators had checks gets them on the next run
		this.jdbc.sql("delete from dbs_check where account_id in (select id from account where role = 'COORDINATOR')")
			.update();
		generator(7).generate();
		assertThat(coordinatorsWithAnInDateCheck()).isEqualTo(3);
		assertThat(fingerprint()).isEqualTo(first);

		emptyTheDatabase();
		assertThat(generator(7).fill(generator(7).parameters())).isTrue();
		assertThat(fingerprint()).isEqualTo(first);
	}

	private long coordinatorsWithAnInDateCheck() {
		return this.jdbc.sql("""
				select count(*) from account a join dbs_check d on d.account_id = a.id
				where a.role = 'COORDINATOR' and d.issued_on <= date '2026-11-01' and d.renewal_due > date '2029-01-01'
				""").query(Long.class).single();
	}

	private List<String> fingerprint() {
		return List.of(this.jdbc.sql(
				"select md5(string_agg(id::text || email || role || status || created_at::text, ',' order by id)) from account")
			.query(String.class)
			.single(),
				this.jdbc
					.sql("select md5(string_agg(id::text || recipient || status, ',' order by id)) from email_message")
					.query(String.class)
					.single(),
				this.jdbc.sql(
						"select md5(string_agg(id::text || name || stage || array_to_string(regions, '+'), ',' order by id)) from signatory")
					.query(String.class)
					.single(),
				this.jdbc.sql(
						"select md5(string_agg(account_id::text || role || local_authority_id || verification, ',' order by account_id)) from supporter")
					.query(String.class)
					.single(),
				this.jdbc
					.sql("""
							select md5(string_agg(account_id::text || date_of_birth || local_authority_id || region_code
							  || array_to_string(interest_types, '+') || situation, ',' order by account_id)) from care_leaver
							""")
					.query(String.class)
					.single(),
				this.jdbc
					.sql("""
							select md5(string_agg(t.id::text || t.status || t.opportunity_id || t.created_at
							  || (select count(*) from take_up_event e where e.take_up_id = t.id), ',' order by t.id)) from take_up t
							""")
					.query(String.class)
					.single());
	}

	private void emptyTheDatabase() {
		SmallGeneratedData.emptyTheDatabase(this.jdbc);
	}

	private NationalData generator(long seed) {
		GeneratorSettings small = new GeneratorSettings(seed, 900, 90, 60, 3, 2, 3000, 500,
				Instant.parse("2026-11-01T00:00:00Z"), "covenant-generated");
		return SmallGeneratedData.generator(this.context, small);
	}

}
