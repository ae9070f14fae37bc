package org.covenantconnects.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every migration already applied to a database in use is still on the class path with
 * the version, description and checksum listed in {@code db/applied-migrations.csv}, so
 * that Flyway keeps starting on those databases. Files may move between the module
 * folders under {@code db/migration} (the folder is not part of a migration's identity),
 * but never be renamed or edited.
 * <p>
 * Flyway itself resolves the migrations, exactly as it does at start-up, and reports them
 * as pending against an empty PostgreSQL of their own; nothing is migrated.
 */
class AppliedMigrationsTests {

	private static final String APPLIED = "db/applied-migrations.csv";

	/** Only on the test class path: never applied to a database in use. */
	private static final String TEST_ONLY_FOLDER = "test/";

	@TempDir
	static Path dataDirectory;

	private static EmbeddedPostgres postgres;

	@BeforeAll
	static void startEmptyDatabase() throws IOException {
		postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory.resolve("postgres"))
			.setCleanDataDirectory(true)
			.setOverrideWorkingDirectory(Path.of("target/test-data/postgres-binaries").toAbsolutePath().toFile())
			.start();
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void everyAppliedMigrationIsStillThereWithTheSameVersionDescriptionAndChecksum() throws IOException {
		Map<MigrationVersion, MigrationInfo> onClassPath = migrationsOnTheClassPath();
		List<String> problems = new ArrayList<>();
		for (Applied applied : applied().values()) {
			MigrationInfo migration = onClassPath.get(applied.version());
			if (migration == null) {
				problems.add("V" + applied.version() + " (" + applied.description() + ") is missing");
				continue;
			}
			String found = "found " + line(migration) + " in " + migration.getScript();
			if (migration.getScript().startsWith(TEST_ONLY_FOLDER)) {
				problems.add("V" + applied.version() + " is only on the test class path; " + found);
			}
			if (!applied.description().equals(migration.getDescription())) {
				problems.add("V" + applied.version() + " has description \"" + migration.getDescription()
						+ "\" instead of \"" + applied.description() + "\" (the file was renamed); " + found);
			}
			if (!applied.checksum().equals(migration.getChecksum())) {
				problems.add("V" + applied.version() + " has checksum " + migration.getChecksum() + " instead of "
						+ applied.checksum() + " (the file's content changed); " + found);
			}
		}
		assertThat(problems)
			.as("Migrations already applied to databases in use (%s) differ from the files on the class path. "
					+ "Flyway refuses to start on a database whose history does not match: restore the file's "
					+ "name and content and make the change in a new migration instead.", APPLIED)
			.isEmpty();
	}

	@Test
	void newMigrationsComeAfterEveryAppliedOne() throws IOException {
		NavigableMap<MigrationVersion, Applied> applied = applied();
		MigrationVersion latest = applied.lastKey();
		List<String> notListed = new ArrayList<>();
		List<String> outOfOrder = new ArrayList<>();
		for (MigrationInfo migration : migrationsOnTheClassPath().values()) {
			if (applied.containsKey(migration.getVersion()) || migration.getScript().startsWith(TEST_ONLY_FOLDER)) {
				continue;
			}
			notListed.add(line(migration));
			if (migration.getVersion().compareTo(latest) < 0) {
				outOfOrder.add(migration.getScript() + " (V" + migration.getVersion() + ")");
			}
		}
		if (!notListed.isEmpty()) {
			System.out.println("Migrations not yet in " + APPLIED + " (add them there once released):");
			notListed.forEach(System.out::println);
		}
		assertThat(outOfOrder)
			.as("New migrations must have a version above V%s, the latest already applied to databases in use; "
					+ "Flyway would not run one below it on those databases and would refuse to start", latest)
			.isEmpty();
	}

	@Test
	void everyVersionIsOneFileOnly() {
		// Flyway itself refuses two files with one version; asking it is the check.
		assertThat(migrationsOnTheClassPath()).isNotEmpty();
	}

	/**
	 * The migrations on the class path by version, as Flyway resolves them at start-up.
	 */
	private static Map<MigrationVersion, MigrationInfo> migrationsOnTheClassPath() {
		MigrationInfo[] all;
		try {
			all = Flyway.configure()
				.dataSource(postgres.getPostgresDatabase())
				.locations("classpath:db/migration")
				.load()
				.info()
				.all();
		}
		catch (FlywayException ex) {
			throw new AssertionError("Flyway could not resolve the migrations under db/migration, "
					+ "for example because two files share a version: " + ex.getMessage(), ex);
		}
		Map<MigrationVersion, MigrationInfo> byVersion = new LinkedHashMap<>();
		for (MigrationInfo migration : all) {
			MigrationInfo other = byVersion.put(migration.getVersion(), migration);
			assertThat(other)
				.as("Two migration files share version %s: %s and %s", migration.getVersion(),
						(other != null) ? other.getScript() : null, migration.getScript())
				.isNull();
		}
		return byVersion;
	}

	private static NavigableMap<MigrationVersion, Applied> applied() throws IOException {
		NavigableMap<MigrationVersion, Applied> applied = new TreeMap<>();
		try (InputStream in = new ClassPathResource(APPLIED).getInputStream()) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (String line : lines) {
				if (line.isBlank() || line.startsWith("#") || line.equals("version,checksum,description")) {
					continue;
				}
				String[] fields = line.strip().split(",", 3);
				assertThat(fields).as("A line of %s: %s", APPLIED, line).hasSize(3);
				Applied migration = new Applied(MigrationVersion.fromVersion(fields[0]), Integer.valueOf(fields[1]),
						fields[2]);
				assertThat(applied.put(migration.version(), migration)).as("%s lists V%s twice", APPLIED, fields[0])
					.isNull();
			}
		}
		assertThat(applied).as("Versions listed in %s", APPLIED).isNotEmpty();
		return applied;
	}

	private static String line(MigrationInfo migration) {
		return migration.getVersion() + "," + migration.getChecksum() + "," + migration.getDescription();
	}

	private record Applied(MigrationVersion version, Integer checksum, String description) {

	}

}
