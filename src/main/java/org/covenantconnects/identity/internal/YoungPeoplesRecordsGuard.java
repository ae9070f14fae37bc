package org.covenantconnects.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.DbsCheck;
import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.StaffChecks;
import org.covenantconnects.identity.YoungPeoplesRecordsRefused;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps coordinators without an in-date enhanced DBS check out of every page that shows a
 * young person's personal data. The routes are listed here, in one place, and in ADR 025;
 * the pages a coordinator uses without young people's data (moderating signatories and
 * opportunities, verifying supporters, take-up figures) stay open.
 */
@Configuration(proxyBeanMethods = false)
class YoungPeoplesRecordsGuard implements WebMvcConfigurer {

	/** The coordinator routes that show a young person's personal data. */
	static final List<String> YOUNG_PEOPLES_RECORDS = List.of("/coordinator/caseload", "/coordinator/caseload/**",
			"/coordinator/matches/**", "/coordinator/young-people/**", "/coordinator/audit-trail",
			"/register-young-person", "/register-young-person/**", "/coordinator/events/*",
			"/coordinator/events/*/attendance", "/coordinator/give-aways/*");

	/**
	 * Routes the patterns above take in that show no young person: adding an event or a
	 * give-away.
	 */
	static final List<String> NOT_YOUNG_PEOPLES_RECORDS = List.of("/coordinator/events/new",
			"/coordinator/give-aways/new");

	private final StaffChecks checks;

	YoungPeoplesRecordsGuard(StaffChecks checks) {
		this.checks = checks;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
				if (signedIn != null && signedIn.getPrincipal() instanceof CurrentUser user
						&& user.is(Role.COORDINATOR)) {
					DbsCheck.Status status = YoungPeoplesRecordsGuard.this.checks.statusOf(user.id());
					if (!status.allowsYoungPeoplesRecords()) {
						throw new YoungPeoplesRecordsRefused(status);
					}
				}
				return true;
			}

		}).addPathPatterns(YOUNG_PEOPLES_RECORDS).excludePathPatterns(NOT_YOUNG_PEOPLES_RECORDS);
	}

}
