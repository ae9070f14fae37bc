package org.covenantconnects.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.covenantconnects.Fixtures;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps a copy of the last HTML page the application sent, byte for byte, so that the
 * browser tests check the markup the server wrote rather than the DOM the browser
 * repaired from it. Works for pages answering a POST (a form shown again with its errors)
 * and for error pages, which a second GET could not reproduce.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(Fixtures.class)
class ServedPages {

	private final AtomicReference<ServedPage> last = new AtomicReference<>();

	/** The last HTML page served, or null when none has been. */
	ServedPage last() {
		return this.last.get();
	}

	@Bean
	FilterRegistrationBean<Filter> servedPagesRecorder() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(this::record);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private void record(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper((HttpServletResponse) response);
		// When the chain throws, the copy is dropped unsent, as Tomcat drops an unsent
		// response before showing its error page.
		chain.doFilter(request, recording);
		String contentType = recording.getContentType();
		byte[] body = recording.getContentAsByteArray();
		if (body.length > 0 && contentType != null && contentType.startsWith("text/html")) {
			if ("gzip".equals(recording.getHeader("Content-Encoding"))) {
				// A page kept already compressed (a public search) is written compressed.
				try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
					body = in.readAllBytes();
				}
			}
			this.last.set(new ServedPage(path((HttpServletRequest) request), recording.getStatus(),
					new String(body, StandardCharsets.UTF_8)));
		}
		recording.copyBodyToResponse();
	}

	/** The address the browser asked for, also when an error page answered it. */
	private static String path(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (original != null) ? original.toString() : request.getRequestURI();
	}

	record ServedPage(String path, int status, String html) {

	}

}
