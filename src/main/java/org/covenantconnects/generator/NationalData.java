package org.covenantconnects.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.covenantconnects.platform.Dataset;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates fictional data at national scale into an empty database, then stops the
 * application. Refuses, writing nothing, when the database holds real or demo data or
 * anything else; a second run into a database it has already filled writes nothing but
 * what an older generator left out ({@link #CATCH_UP_STEPS}).
 */
@Component
@ConditionalOnProperty(name = "connects.generator.enabled", havingValue = "true")
@EnableConfigurationProperties(GeneratorSettings.class)
class NationalData implements ApplicationRunner {

	static final String STEPS = "classpath*:generator/national/*.sql";

	/**
	 * The steps that also run over a data set already generated, adding only what an
	 * older generator left out (each writes nothing that is already there): so that a
	 * data set kept for benchmarks need not be generated again for them.
	 */
	static final Set<String> CATCH_UP_STEPS = Set.of("15-coordinators-dbs-checks.sql");

	private static final Pattern INSERT = Pattern.compile("^insert into (\\w+)", Pattern.CASE_INSENSITIVE);

	private static final Log log = LogFactory.getLog(NationalData.class);

	private final Dataset dataset;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final PasswordEncoder passwordEncoder;

	private final GeneratorSettings settings;

	private final ConfigurableApplicationContext context;

	NationalData(Dataset dataset, JdbcClient jdbc, TransactionTemplate transactions, PasswordEncoder passwordEncoder,
			GeneratorSettings settings, ConfigurableApplicationContext context) {
		this.dataset = dataset;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.passwordEncoder = passwordEncoder;
		this.settings = settings;
		this.context = context;
	}

	@SuppressFBWarnings(value = "DM_EXIT",
			justification = "The generator is a command run on its own, which ends the process with its exit status when done")
	@Override
	public void run(ApplicationArguments args) {
		generate();
		System.exit(SpringApplication.exit(this.context));
	}

	void generate() {
		long started = System.nanoTime();
		log.info("Generating national data: " + this.settings);
		Map<String, Object> parameters = parameters();
		boolean generated = fill(parameters);
		if (!generated) {
			catchUp(parameters);
			log.info("This database already holds generated data; only what an older generator left out was added. "
					+ "To generate again, use an empty data folder or database.");
			return;
		}
		long vacuumStarted = System.nanoTime();
		// Leaves the tables as a long-running service would have them (statistics,
		// visibility map), so that the first benchmark does not pay for the bulk load.
		this.jdbc.sql("vacuum (analyze)").update();
		log.info(String.format("vacuum (analyze): %s", seconds(vacuumStarted)));
		log.info(String.format("Generated national data in %s. Every account's password is '%s'.", seconds(started),
				this.settings.password()));
	}

	/** The values the steps' SQL refers to, from the settings. */
	Map<String, Object> parameters() {
		return Map.of("seed", this.settings.seed(), "care_leavers", this.settings.careLeavers(), "supporters",
				this.settings.supporters(), "signatories", this.settings.signatories(), "coordinators",
				this.settings.coordinators(), "administrators", this.settings.administrators(), "alerts",
				this.settings.alerts(), "opportunities", this.settings.opportunities(), "until",
				OffsetDateTime.ofInstant(this.settings.until(), ZoneOffset.UTC), "password_hash",
				this.passwordEncoder.encode(this.settings.password()));
	}

	/**
	 * Writes every step in one transaction (joining the caller's, if any).
	 * @return false when the database already holds generated data and nothing was
	 * written
	 */
	boolean fill(Map<String, Object> parameters) {
		Boolean generated = this.transactions.execute((transaction) -> {
			if (this.dataset.kind().filter(Dataset.Kind.generated::equals).isPresent()) {
				return false;
			}
			this.dataset.claimFor(Dataset.Kind.generated);
			requireEmpty();
			// Should the machine stop before the one commit reaches the disk, the
			// database is left as it was and the run can simply be repeated.
			this.jdbc.sql("set local synchronous_commit = off").update();
			this.jdbc.sql("set local work_mem = '256MB'").update();
			Set<String> tables = new LinkedHashSet<>();
			for (Resource step : steps()) {
				tables.addAll(run(step, parameters));
			}
			report(tables);
			return true;
		});
		return Boolean.TRUE.equals(generated);
	}

	/**
	 * Runs the catch-up steps over a data set already generated, in one transaction
	 * (joining the caller's, if any).
	 */
	void catchUp(Map<String, Object> parameters) {
		this.transactions.executeWithoutResult((transaction) -> {
			for (Resource step : steps()) {
				if (CATCH_UP_STEPS.contains(step.getFilename())) {
					run(step, parameters);
				}
			}
		});
	}

	private void requireEmpty() {
		long rows = this.jdbc.sql("select (select count(*) from account) + (select count(*) from email_message)")
			.query(Long.class)
			.single();
		if (rows > 0) {
			throw new IllegalStateException(
					"This database already has accounts or emails; generated data goes only into an empty database.");
		}
	}

	private List<String> run(Resource step, Map<String, Object> parameters) {
		long started = System.nanoTime();
		List<String> tables = new ArrayList<>();
		StringBuilder inserted = new StringBuilder();
		for (String statement : statements(step)) {
			long rows = this.jdbc.sql(statement).params(parameters).update();
			Matcher insert = INSERT.matcher(statement);
			if (insert.find()) {
				// The generator's own temporary tables are not the application's.
				if (!insert.group(1).startsWith("generated_")) {
					tables.add(insert.group(1));
				}
				inserted.append(String.format(", %s %,d rows", insert.group(1), rows));
			}
		}
		log.info(String.format("%s: %s%s", step.getFilename(), seconds(started), inserted));
		return tables;
	}

	private void report(Set<String> tables) {
		for (String table : tables) {
			long rows = this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
			log.info(String.format("%s: %,d rows", table, rows));
		}
		log.info("Accounts by role and status: " + counts(
				"select role || ' ' || status, count(*) from account group by role, status order by role, status"));
		log.info("Emails by status: "
				+ counts("select status, count(*) from email_message group by status order by status"));
		log.info("Opportunities by status: "
				+ counts("select status, count(*) from opportunity group by status order by status"));
		log.info("Supporters by verification: "
				+ counts("select verification, count(*) from supporter group by verification order by verification"));
		log.info("Signatories by stage: "
				+ counts("select stage, count(*) from signatory group by stage order by stage"));
		log.info("Care leavers by region: " + counts("""
				select r.name, count(*) from generated_account a
				join local_authority la on la.id = a.local_authority_id join region r on r.code = la.region_code
				where a.role = 'CARE_LEAVER' group by r.name order by count(*) desc
				"""));
	}

	private String counts(String sql) {
		return this.jdbc.sql(sql)
			.query((rs, i) -> String.format("%s %,d", rs.getString(1), rs.getLong(2)))
			.list()
			.toString();
	}

	private static List<Resource> steps() {
		try {
			Resource[] steps = new PathMatchingResourcePatternResolver().getResources(STEPS);
			Arrays.sort(steps, Comparator.comparing(Resource::getFilename));
			return List.of(steps);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The statements of one step: each ends with a semicolon at the end of a line.
	 */
	static List<String> statements(Resource step) {
		try {
			List<String> statements = new ArrayList<>();
			StringBuilder statement = new StringBuilder();
			for (String line : step.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
				String trimmed = line.trim();
				if (trimmed.startsWith("--") || (trimmed.isEmpty() && statement.isEmpty())) {
					continue;
				}
				statement.append(line).append('\n');
				if (trimmed.endsWith(";")) {
					statements.add(statement.substring(0, statement.lastIndexOf(";")));
					statement.setLength(0);
				}
			}
			return statements;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String seconds(long startedNanos) {
		return String.format("%.1f s", Duration.ofNanos(System.nanoTime() - startedNanos).toMillis() / 1000.0);
	}

}
