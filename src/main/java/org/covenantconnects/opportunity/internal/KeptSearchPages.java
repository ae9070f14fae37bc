package org.covenantconnects.opportunity.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.TreeMap;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Search results pages as the public sees them, kept for a short while. The page a
 * signed-out visitor gets for a search depends on nothing but the address, so the same
 * search asked again within {@code connects.search.results-kept-for} is answered with the
 * page already rendered, as a caching proxy in front of the service would. Signed-in
 * people always get a page rendered for them. The kept pages are forgotten with the kept
 * results whenever an opportunity changes.
 */
@Configuration(proxyBeanMethods = false)
class KeptSearchPages {

	static final String SEARCH_PATH = "/opportunities";

	@Bean
	FilterRegistrationBean<KeepingFilter> keptSearchPagesFilter(RecentSearches recentSearches) {
		FilterRegistrationBean<KeepingFilter> registration = new FilterRegistrationBean<>(
				new KeepingFilter(recentSearches));
		registration.addUrlPatterns(SEARCH_PATH);
		// After the security filters, so that every page still gets its security headers
		// and only signed-out visitors are answered from memory.
		registration.setOrder(0);
		return registration;
	}

	@SuppressFBWarnings(value = { "IMPROPER_UNICODE", "SERVLET_PARAMETER" },
			justification = "Parameters only name the kept page a search is stored under, written back URL-encoded; the encoding check compares a header token")
	static final class KeepingFilter extends OncePerRequestFilter {

		private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

		private final RecentSearches recentSearches;

		KeepingFilter(RecentSearches recentSearches) {
			this.recentSearches = recentSearches;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !this.recentSearches.isEnabled() || !HttpMethod.GET.matches(request.getMethod())
					|| !SEARCH_PATH.equals(request.getRequestURI()) || !signedOut() || messageWaiting(request);
		}

		/**
		 * A message carried over from the page before (a flash attribute) is for one
		 * person.
		 */
		private static boolean messageWaiting(HttpServletRequest request) {
			HttpSession session = request.getSession(false);
			return session != null && session.getAttribute(FLASH_MAPS) != null;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String address = address(request);
			RecentSearches.RenderedPage kept = this.recentSearches.keptPage(address);
			if (kept != null) {
				response.setStatus(HttpServletResponse.SC_OK);
				response.setContentType(kept.contentType());
				response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
				// Compressed once when kept, rather than again for every request.
				byte[] body = kept.body();
				if (acceptsGzip(request)) {
					response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
					body = kept.gzipped();
				}
				response.setContentLength(body.length);
				response.getOutputStream().write(body);
				return;
			}
			long generation = this.recentSearches.generation();
			ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, rendering);
			if (rendering.getStatus() == HttpServletResponse.SC_OK && rendering.getContentType() != null
					&& rendering.getContentType().startsWith("text/html")) {
				this.recentSearches.keepPage(address, rendering.getContentType(), rendering.getContentAsByteArray(),
						generation);
			}
			rendering.copyBodyToResponse();
		}

		/**
		 * The search asked for, written the same way however its parameters were ordered:
		 * each name with its values, by name.
		 */
		static String address(HttpServletRequest request) {
			StringBuilder address = new StringBuilder();
			new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
				for (String value : values) {
					address.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
						.append('=')
						.append(URLEncoder.encode(value, StandardCharsets.UTF_8))
						.append('&');
				}
			});
			return address.toString();
		}

		private static boolean acceptsGzip(HttpServletRequest request) {
			for (Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING); values
				.hasMoreElements();) {
				for (String coding : values.nextElement().split(",")) {
					String[] parts = coding.trim().split(";");
					if (parts[0].trim().equalsIgnoreCase("gzip")
							&& !(parts.length > 1 && parts[1].replace(" ", "").equals("q=0"))) {
						return true;
					}
				}
			}
			return false;
		}

		private static boolean signedOut() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			return authentication == null || authentication instanceof AnonymousAuthenticationToken;
		}

	}

}
