package org.covenantconnects.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Adds to the error pages' model whether a form was refused for a missing or expired
 * security token, so the page can explain what to do instead of a bare "forbidden".
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

	static final String CSRF_FAILURE = "connects.csrfFailure";

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		attributes.put("csrfFailure",
				Boolean.TRUE.equals(request.getAttribute(CSRF_FAILURE, RequestAttributes.SCOPE_REQUEST)));
		return attributes;
	}

}
