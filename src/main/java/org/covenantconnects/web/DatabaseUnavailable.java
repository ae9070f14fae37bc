package org.covenantconnects.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that needs the database while it cannot be reached is answered at once with
 * 503 and {@code Retry-After}: pages with the "Sorry, there is a problem with the
 * service" page, the API with problem details. How long "at once" is, is the pool's
 * connection timeout ({@code CONNECTS_DB_CONNECTION_TIMEOUT}).
 * <p>
 * Runs before every other filter, because sessions and sign-in need the database too, and
 * renders the page itself rather than through the error dispatch, which would ask the
 * database for the session again. Only failures to reach the database count: a query that
 * is wrong or a row that breaks a rule is still an error of the service.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable extends OncePerRequestFilter {

	/** Seconds a visitor or client is asked to wait before trying again. */
	static final String RETRY_AFTER_SECONDS = "30";

	private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\","
			+ "\"status\":503,\"detail\":\"The service cannot reach its database. Try again later.\"}";

	private static final Log logger = LogFactory.getLog(DatabaseUnavailable.class);

	/** HikariCP's message for a connection it has closed. */
	private static final String CONNECTION_CLOSED = "Connection is closed";

	private final ITemplateEngine templates;

	DatabaseUnavailable(ITemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!unreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn("The database could not be reached: " + request.getMethod() + " " + request.getRequestURI()
					+ " answered 503 (" + rootCause(ex) + ")");
			answer(request, response);
		}
	}

	/**
	 * Whether the failure, or one of its causes, is that the database cannot be reached.
	 */
	static boolean unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			// 08: connection exception; 57P01 to 57P03: the server is shutting down or
			// starting.
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			// The pool's answer to any use of a connection it closed when the server went
			// away (a rollback after the failure that closed it), which has no SQL state.
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& CONNECTION_CLOSED.equals(sql.getMessage())) {
				return true;
			}
			// A rollback that failed too replaces the failure that says why.
			if (cause instanceof TransactionSystemException transaction && transaction.getApplicationException() != null
					&& unreachable(transaction.getApplicationException())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static String rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName();
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/api") || path.startsWith("/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(PROBLEM);
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext())
					.buildExchange(request, response),
				request.getLocale(),
				Map.of("notSaved", !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())));
		this.templates.process("error/503", context, response.getWriter());
	}

}
