package org.covenantconnects.web;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.covenantconnects.ConnectsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two moments of a request, besides its handling, when the database can go away: as
 * the session is saved after the answer has been sent, and in the error page's own
 * dispatch (after a 404, say), which reads the session again. The fault run saw both
 * logged as ERROR by the servlet container while PostgreSQL restarted.
 */
@ConnectsTest
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableTests {

	@Autowired
	private DatabaseUnavailable filter;

	@Test
	void theDatabaseGoingAwayAfterTheAnswerWasSentIsAWarningAndTheAnswerStands(CapturedOutput output) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/opportunities");
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThatNoException().isThrownBy(() -> this.filter.doFilter(request, response, (req, res) -> {
			res.getWriter().write("<h1>Opportunities</h1>");
			res.flushBuffer();
			throw unreachable();
		}));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("<h1>Opportunities</h1>");
		assertThat(output.getOut())
			.contains("The database could not be reached after GET /opportunities was answered 200");
	}

	@Test
	void theErrorPagesOwnDispatchIsAnsweredWithTheUnavailablePage() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setDispatcherType(DispatcherType.ERROR);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 404);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, (req, res) -> {
			throw unreachable();
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		assertThat(response.getContentAsString()).contains("Sorry, there is a problem with the service");
	}

	@Test
	void otherFailuresAfterTheAnswerStillReachTheContainer() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/opportunities");
		MockHttpServletResponse response = new MockHttpServletResponse();
		IllegalStateException fault = new IllegalStateException("a fault of the service");
		assertThatThrownBy(() -> this.filter.doFilter(request, response, (req, res) -> {
			res.flushBuffer();
			throw fault;
		})).isSameAs(fault);
	}

	private static CannotGetJdbcConnectionException unreachable() {
		return new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
	}

}
