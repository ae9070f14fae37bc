package org.covenantconnects.identity.web;

import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.YoungPeoplesRecordsRefused;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page a coordinator without an in-date enhanced DBS check gets instead of a young
 * person's record: why, and which administrators can record their check.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class YoungPeoplesRecordsRefusal {

	private final Accounts accounts;

	YoungPeoplesRecordsRefusal(Accounts accounts) {
		this.accounts = accounts;
	}

	@ExceptionHandler(YoungPeoplesRecordsRefused.class)
	ModelAndView refused(YoungPeoplesRecordsRefused refused) {
		ModelAndView page = new ModelAndView("identity/dbs-check-needed", HttpStatus.FORBIDDEN);
		page.addObject("status", refused.status());
		page.addObject("administrators", this.accounts.activeWithRole(Role.ADMIN));
		return page;
	}

}
