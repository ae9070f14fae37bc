package org.covenantconnects.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

import org.covenantconnects.platform.DatabaseFailures;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
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
			if (!DatabaseFailures.unreachable(ex)) {
				throw ex;
			}
			if (response.isCommitted()) {
				// The answer has gone already (the session is saved as the page is sent):
				// nothing more can be said to the visitor, and nothing is lost that the
				// answer claimed was saved.
				logger.warn(
						"The database could not be reached after " + request.getMethod() + " " + request.getRequestURI()
								+ " was answered " + response.getStatus() + " (" + rootCause(ex) + ")");
				return;
			}
			logger.warn("The database could not be reached: " + request.getMethod() + " " + request.getRequestURI()
					+ " answered 503 (" + rootCause(ex) + ")");
			answer(request, response);
		}
	}

	/**
	 * The error page's own dispatch (after a 404, say) reads the session too, outside the
	 * first dispatch's filters; it is answered in the same way.
	 */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		doFilterInternal(request, response, chain);
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
