package org.covenantconnects.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.covenantconnects.ConnectsTest;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A scheduled job whose connection the database server ends in the middle of its
 * transaction (PostgreSQL crashing) is a warning, like one that cannot get a connection:
 * the rollback that follows fails with the pool's "Connection is closed", which has no
 * SQL state and replaces the failure that said why. The fault run saw it logged as an
 * ERROR (ADR 051).
 */
@ConnectsTest
@ExtendWith(OutputCaptureExtension.class)
class ScheduledJobConnectionLostTests {

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private List<AsyncConfigurer> asyncConfigurers;

	@Test
	void aJobWhoseConnectionTheServerEndsCountsAsTheDatabaseUnreachable() {
		Throwable inAStatement = catchThrowable(() -> new TransactionTemplate(this.transactions).executeWithoutResult(
				(status) -> this.jdbc.sql("select pg_terminate_backend(pg_backend_pid())").query().singleValue()));
		assertThat(ScheduledJobErrors.databaseUnreachable(inAStatement)).isTrue();

		Throwable atCommit = catchThrowable(() -> new TransactionTemplate(this.transactions).executeWithoutResult(
				(status) -> endFromElsewhere(this.jdbc.sql("select pg_backend_pid()").query(Integer.class).single())));
		assertThat(atCommit).isNotNull();
		assertThat(ScheduledJobErrors.databaseUnreachable(atCommit)).isTrue();

		Throwable wrong = catchThrowable(() -> new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.jdbc.sql("select 1 / 0").query().singleValue()));
		assertThat(ScheduledJobErrors.databaseUnreachable(wrong)).isFalse();
	}

	@Test
	void anEventListenerWhoseConnectionTheServerEndsLogsAWarningNotAnError(CapturedOutput output) throws Exception {
		AsyncUncaughtExceptionHandler handler = this.asyncConfigurers.stream()
			.map(AsyncConfigurer::getAsyncUncaughtExceptionHandler)
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow();
		Method listener = Listener.class.getDeclaredMethod("on", String.class);

		Throwable lost = catchThrowable(() -> new TransactionTemplate(this.transactions).executeWithoutResult(
				(status) -> this.jdbc.sql("select pg_terminate_backend(pg_backend_pid())").query().singleValue()));
		handler.handleUncaughtException(lost, listener, "published");
		assertThat(output.getOut()).contains("WARN")
			.contains("Listener.on could not reach the database; its event is handled again later")
			.doesNotContain("Unexpected error in Listener.on");

		Throwable wrong = catchThrowable(() -> new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.jdbc.sql("select 1 / 0").query().singleValue()));
		handler.handleUncaughtException(wrong, listener, "published");
		assertThat(output.getOut()).contains("ERROR").contains("Unexpected error in Listener.on");
	}

	/** Stands for an event listener in the log lines. */
	static final class Listener {

		void on(String event) {
		}

	}

	/**
	 * Ends the backend from another connection of the pool, and waits until it has gone.
	 */
	private void endFromElsewhere(int backend) {
		try (Connection other = this.dataSource.getConnection();
				PreparedStatement end = other.prepareStatement("select pg_terminate_backend(?, 5000)")) {
			end.setInt(1, backend);
			end.execute();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
