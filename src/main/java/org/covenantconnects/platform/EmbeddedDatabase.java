package org.covenantconnects.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
 * <p>
 * The service never connects to it as the superuser. Migrations run as {@link #OWNER},
 * which owns every table; the application runs as {@link #RUNTIME}, which owns nothing
 * and may only read and write rows as the migrations grant (ADR 022). Both roles are made
 * here when missing, and tables a database made before still belong to the superuser are
 * given to the owner role.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

	private static final Log log = LogFactory.getLog(EmbeddedDatabase.class);

	/** The role migrations run as: it owns the schema's tables. */
	public static final String OWNER = "connects_owner";

	/** The role the application runs as: rows only, as the migrations grant. */
	public static final String RUNTIME = "connects_runtime";

	/**
	 * The embedded server trusts connections from this machine, so these passwords guard
	 * nothing; they are set so that the settings look as they do with any other server.
	 */
	public static final String OWNER_PASSWORD = "connects_owner";

	public static final String RUNTIME_PASSWORD = "connects_runtime";

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
					Map.of("spring.datasource.url", url, "spring.datasource.username", RUNTIME,
							"spring.datasource.password", RUNTIME_PASSWORD, "spring.flyway.user", OWNER,
							"spring.flyway.password", OWNER_PASSWORD, "connects.embedded-database.active", "true")));
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
			prepareRoles(server);
			log.info("Embedded PostgreSQL started on port " + server.getPort() + " with data in " + directory);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	/**
	 * Makes the owner and runtime roles if they are missing, lets the owner create tables
	 * in the {@code postgres} database and nobody else, and gives the owner whatever a
	 * database made when the service still connected as the superuser left to it. Run as
	 * the superuser at every start; it changes nothing the second time.
	 */
	private static void prepareRoles(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(CREATE_ROLES);
			statement.execute(ADOPT_DATABASE);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the roles of the embedded PostgreSQL", ex);
		}
	}

	/**
	 * The SQL that makes the two roles ({@link #OWNER}, {@link #RUNTIME}, with their
	 * passwords) when they are missing. Neither is a superuser nor may create roles or
	 * databases. The runtime role may also vacuum and analyse (PostgreSQL 17's
	 * {@code pg_maintain}), which the generator does after loading, but never change a
	 * table's definition.
	 */
	private static final String CREATE_ROLES = """
			do $$
			begin
			  if not exists (select from pg_roles where rolname = 'connects_owner') then
			    create role connects_owner login nosuperuser nocreatedb nocreaterole password 'connects_owner';
			  end if;
			  if not exists (select from pg_roles where rolname = 'connects_runtime') then
			    create role connects_runtime login nosuperuser nocreatedb nocreaterole password 'connects_runtime';
			  end if;
			end
			$$;
			grant pg_maintain to connects_runtime;
			""";

	/**
	 * The SQL, run as the superuser in the {@code postgres} database, that lets the owner
	 * role create tables in its {@code public} schema and nobody else, and hands the
	 * owner role every table, view, sequence and function there that the superuser still
	 * owns.
	 */
	private static final String ADOPT_DATABASE = """
			grant usage, create on schema public to connects_owner;
			revoke create on schema public from public;
			-- The owner may also add trusted extensions (pg_trgm) to the database.
			grant create on database postgres to connects_owner;
			do $$
			declare
			  item record;
			begin
			  for item in
			    select c.oid::regclass as name, c.relkind from pg_class c
			    join pg_namespace n on n.oid = c.relnamespace
			    where n.nspname = 'public' and c.relowner = 'postgres'::regrole
			      and c.relkind in ('r', 'p', 'v', 'm', 'S')
			      and not exists (select from pg_depend d
			        where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
			      and not (c.relkind = 'S' and exists (select from pg_depend d
			        where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i')))
			  loop
			    execute format('alter %s %s owner to connects_owner',
			      case item.relkind when 'v' then 'view' when 'm' then 'materialized view'
			        when 'S' then 'sequence' else 'table' end, item.name);
			  end loop;
			  for item in
			    select p.oid::regprocedure as name from pg_proc p
			    join pg_namespace n on n.oid = p.pronamespace
			    where n.nspname = 'public' and p.proowner = 'postgres'::regrole
			      and not exists (select from pg_depend d
			        where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
			  loop
			    execute format('alter function %s owner to connects_owner', item.name);
			  end loop;
			end
			$$;
			""";

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
