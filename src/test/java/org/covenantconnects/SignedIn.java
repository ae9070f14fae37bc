package org.covenantconnects;

import java.time.LocalDate;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.StaffChecks;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Requests made with MockMvc by someone signed in, without going through the sign-in
 * page.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/**
	 * The request, made by this user. A coordinator with no enhanced DBS check recorded
	 * is given an in-date one first (issued a month ago), as every coordinator at work
	 * has; use {@link #asWithoutDbsCheck} to test the refusal.
	 */
	public static RequestPostProcessor as(CurrentUser user) {
		RequestPostProcessor signedIn = asWithoutDbsCheck(user);
		return (request) -> {
			if (user.is(Role.COORDINATOR)) {
				StaffChecks checks = WebApplicationContextUtils
					.getRequiredWebApplicationContext(request.getServletContext())
					.getBean(StaffChecks.class);
				if (checks.of(user.id()).isEmpty()) {
					LocalDate issued = checks.today().minusMonths(1);
					checks.recordForSetUp(user.id(), issued, "000000000000", StaffChecks.defaultRenewal(issued));
				}
			}
			return signedIn.postProcessRequest(request);
		};
	}

	/**
	 * The request, made by this user, with their enhanced DBS check as it is (none, or
	 * whatever the test recorded).
	 */
	public static RequestPostProcessor asWithoutDbsCheck(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	/**
	 * The request, made in this role by the holder of the account: for an account a test
	 * made through the pages, so has only the id of.
	 */
	public static RequestPostProcessor as(AccountId account, Role role) {
		return as(new CurrentUser(account, "someone@example.com", "Someone", role));
	}

	/**
	 * Someone in this role whose account is never looked up: enough for pages that only
	 * ask who is signed in and as what.
	 */
	public static CurrentUser someone(Role role) {
		return new CurrentUser(new AccountId(UUID.randomUUID()), role.name().toLowerCase() + "@example.com",
				"Test " + role.label(), role);
	}

}
