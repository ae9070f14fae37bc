package org.covenantconnects.search.oruk;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Errors of the Open Referral UK API as RFC 9457 problem details. */
@RestControllerAdvice(basePackageClasses = OrukProblems.class)
class OrukProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail badRequest(OpenReferralApi.BadRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid query");
		problem.setProperty("errors", ex.problems());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(OpenReferralApi.NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

}
