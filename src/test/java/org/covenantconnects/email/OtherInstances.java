package org.covenantconnects.email;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.covenantconnects.ConnectsApplication;
import org.covenantconnects.platform.EmbeddedDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Instances of the whole service for tests that need their own: a database of their own
 * on the test run's PostgreSQL server (so that no other test's instance delivers its
 * outbox), started either in this JVM or as a JVM of their own that can be killed.
 */
public final class OtherInstances {

	private OtherInstances() {
	}

	/**
	 * Creates an empty database on the same server as the test run's, owned by the owner
	 * role, and returns its JDBC address. A database left by an earlier run is dropped
	 * first. The application's own role may not create databases, so this connects as the
	 * embedded server's superuser.
	 */
	public static String freshDatabase(JdbcClient jdbc, String testDatabaseUrl, String name) {
		try (Connection connection = DriverManager.getConnection(testDatabaseUrl, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name + " owner " + EmbeddedDatabase.OWNER);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return testDatabaseUrl.substring(0, testDatabaseUrl.lastIndexOf('/') + 1) + name;
	}

	/** The settings every other instance needs, before the test's own. */
	public static Map<String, Object> settings(String databaseUrl, int smtpPort, Map<String, Object> more) {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("spring.datasource.url", databaseUrl);
		settings.put("spring.datasource.username", EmbeddedDatabase.RUNTIME);
		settings.put("spring.datasource.password", EmbeddedDatabase.RUNTIME_PASSWORD);
		settings.put("spring.flyway.user", EmbeddedDatabase.OWNER);
		settings.put("spring.flyway.password", EmbeddedDatabase.OWNER_PASSWORD);
		settings.put("spring.datasource.hikari.maximum-pool-size", 4);
		settings.put("spring.datasource.hikari.minimum-idle", 1);
		settings.put("spring.mail.port", smtpPort);
		settings.put("server.port", 0);
		settings.put("server.address", "127.0.0.1");
		settings.put("spring.jmx.enabled", false);
		settings.putAll(more);
		return settings;
	}

	/** Starts an instance in this JVM, with the test profile and these settings. */
	public static ConfigurableApplicationContext start(Map<String, Object> settings, Class<?>... more) {
		Class<?>[] sources = new Class<?>[more.length + 1];
		sources[0] = ConnectsApplication.class;
		System.arraycopy(more, 0, sources, 1, more.length);
		// As arguments, which win over the test profile's own settings.
		return new SpringApplicationBuilder(sources).profiles("test").run(arguments(settings));
	}

	private static String[] arguments(Map<String, Object> settings) {
		return settings.entrySet()
			.stream()
			.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
	}

	/**
	 * Starts an instance in a JVM of its own, with this JVM's class path, the test
	 * profile and these settings; its output goes to {@code log}.
	 */
	public static Process startJvm(Map<String, Object> settings, Path log) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(ConnectsApplication.class.getName());
		command.add("--spring.profiles.active=test");
		command.addAll(List.of(arguments(settings)));
		try {
			File file = log.toFile();
			file.getParentFile().mkdirs();
			return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(file).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
