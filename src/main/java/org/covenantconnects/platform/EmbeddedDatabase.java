package org.covenantconnects.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a PostgreSQL server inside the application when no {@code spring.datasource.url}
 * is configured, so that a newcomer needs nothing but a JDK. The server keeps its files
 * under {@code connects.data-dir} (default {@code ./data}), so a restart keeps
 * everything.
 * <p>
 * With {@code connects.embedded-database.ephemeral=true} (the tests) the data is wiped at
 * start. One server is started per JVM and reused by every application context in it; the
 * test suite relies on this to start PostgreSQL once per run rather than once per test
 * class.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

	private static final Log log = LogFactory.getLog(EmbeddedDatabase.class);

	private static EmbeddedPostgres server;

	private static Path serverDirectory;

	private static boolean stopRegistered;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		Path dataDirectory = Path.of(environment.getProperty("connects.data-dir", "./data"))
			.toAbsolutePath()
			.normalize();
		int port = environment.getProperty("connects.embedded-database.port", Integer.class, 0);
		boolean ephemeral = environment.getProperty("connects.embedded-database.ephemeral", Boolean.class, false);
		EmbeddedPostgres postgres = start(dataDirectory.resolve("postgres"), port, ephemeral);
		stopAfterEveryContextHasClosed();
		String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedDatabase",
					Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
							"spring.datasource.password", "", "connects.embedded-database.active", "true")));
	}

	private static synchronized EmbeddedPostgres start(Path directory, int port, boolean ephemeral) {
		if (server != null) {
			if (!directory.equals(serverDirectory)) {
				log.warn("Embedded PostgreSQL already runs with data in " + serverDirectory + "; reusing it");
			}
			return server;
		}
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(ephemeral)
				.setRegisterShutdownHook(false)
				.setOverrideWorkingDirectory(directory.resolveSibling("postgres-binaries").toFile())
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("fsync", "on");
			if (port > 0) {
				builder.setPort(port);
			}
			server = builder.start();
			serverDirectory = directory;
			log.info("Embedded PostgreSQL started on port " + server.getPort() + " with data in " + directory);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	/**
	 * Stops the server only after every application context in the JVM has closed, so
	 * that nothing still running (scheduled work, sessions being saved) finds the
	 * database gone.
	 */
	private static synchronized void stopAfterEveryContextHasClosed() {
		if (!stopRegistered) {
			stopRegistered = true;
			SpringApplication.getShutdownHandlers().add(EmbeddedDatabase::stop);
		}
	}

	private static synchronized void stop() {
		if (server != null) {
			try {
				server.close();
			}
			catch (IOException ex) {
				log.warn("Could not stop the embedded PostgreSQL cleanly", ex);
			}
			server = null;
		}
	}

	@Override
	public int getOrder() {
		// After the application's own configuration files are read, so that a URL given
		// there wins.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
