package org.covenantconnects.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.platform.DatabaseFailures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A request whose connection the database server ends in the middle of its transaction
 * (PostgreSQL crashing or restarting) is answered 503, like one that cannot get a
 * connection at all. The pool closes such a connection, and the rollback that follows
 * then fails with the pool's "Connection is closed", which replaces the failure that said
 * why; the fault run saw both answered 500 with an ERROR logged (ADR 051).
 */
@ConnectsTest
class ConnectionLostInATransactionTests {

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	@Test
	void aStatementOnAConnectionTheServerEndedCountsAsTheDatabaseUnreachable() {
		Throwable failure = catchThrowable(() -> new TransactionTemplate(this.transactions).executeWithoutResult(
				(status) -> this.jdbc.sql("select pg_terminate_backend(pg_backend_pid())").query().singleValue()));
		assertThat(failure).isInstanceOf(TransactionSystemException.class);
		assertThat(DatabaseFailures.unreachable(failure)).isTrue();
	}

	@Test
	void aCommitOnAConnectionTheServerEndedCountsAsTheDatabaseUnreachable() {
		Throwable failure = catchThrowable(
				() -> new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
					Integer backend = this.jdbc.sql("select pg_backend_pid()").query(Integer.class).single();
					endFromElsewhere(backend);
				}));
		assertThat(failure).isInstanceOf(TransactionSystemException.class);
		assertThat(((TransactionSystemException) failure).getApplicationException()).isNull();
		assertThat(DatabaseFailures.unreachable(failure)).isTrue();
	}

	@Test
	void otherFailuresOfATransactionAreStillErrorsOfTheService() {
		Throwable failure = catchThrowable(() -> new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.jdbc.sql("select 1 / 0").query().singleValue()));
		assertThat(failure).isNotNull();
		assertThat(DatabaseFailures.unreachable(failure)).isFalse();
	}

	/**
	 * Ends the backend from another connection of the pool (not the transaction's), and
	 * waits until it has gone.
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
