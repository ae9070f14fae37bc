package org.covenantconnects.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Matches requests that no controller or actuator endpoint answers, so that they get the
 * "page not found" page instead of a sign-in prompt or a refusal.
 */
class UnmappedRequests implements RequestMatcher {

	private final ApplicationContext context;

	private volatile List<RequestMappingInfoHandlerMapping> mappings;

	UnmappedRequests(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		for (RequestMappingInfoHandlerMapping mapping : mappings()) {
			try {
				if (mapping.getHandler(request) != null) {
					return false;
				}
			}
			catch (Exception ex) {
				// A mapping that matched the path but not the method or media type still
				// means the
				// route exists.
				return false;
			}
		}
		return true;
	}

	private List<RequestMappingInfoHandlerMapping> mappings() {
		if (this.mappings == null) {
			this.mappings = List.copyOf(this.context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values());
		}
		return this.mappings;
	}

}
