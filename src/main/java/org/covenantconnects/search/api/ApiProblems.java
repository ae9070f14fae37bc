package org.covenantconnects.search.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the API as RFC 9457 problem details. Limited to this package, so the pages
 * keep their HTML error pages.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail invalidSearch(OpportunitiesApi.InvalidSearchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The search has problems: "
				+ String.join("; ", ex.problems().stream().map((p) -> p.message()).toList()));
		problem.setTitle("Invalid search");
		List<Map<String, String>> errors = ex.problems()
			.stream()
			.map((p) -> Map.of("parameter", p.field(), "message", p.message()))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(OpportunitiesApi.NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

}
