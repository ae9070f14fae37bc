package org.covenantconnects.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.SignedIn.as;
import static org.covenantconnects.SignedIn.someone;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route the application answers, tried as the public and as each role, against the
 * table of who may use it. A route that is not in the table fails the build, so every new
 * route must be given its rule here (from ACCESS.md) when it is added.
 */
@ConnectsTest
@AutoConfigureMockMvc
class AuthorisationMatrixTests {

	/** Who may use a route: the public (signed out) and the roles listed. */
	private record Access(boolean anonymous, Set<Role> roles) {

		static Access everyone() {
			return new Access(true, EnumSet.allOf(Role.class));
		}

		static Access signedIn() {
			return new Access(false, EnumSet.allOf(Role.class));
		}

		static Access only(Role first, Role... rest) {
			return new Access(false, EnumSet.of(first, rest));
		}

		/**
		 * No session lets anyone in, whatever their role: only a bearer token the route
		 * checks itself (the requests here carry none).
		 */
		static Access bearerTokenOnly() {
			return new Access(false, EnumSet.noneOf(Role.class));
		}

		/**
		 * Only a session that has passed the password step and not yet the second step:
		 * everyone else, signed in or not, is sent to sign in.
		 */
		static Access passwordStepOnly() {
			return new Access(false, EnumSet.noneOf(Role.class));
		}

		boolean allows(Role role) {
			return (role == null) ? this.anonymous : this.roles.contains(role);
		}

	}

	private static final Map<String, Access> RULES = new LinkedHashMap<>();

	static {
		// Public pages
		RULES.put("GET /", Access.everyone());
		RULES.put("GET /accessibility", Access.everyone());
		RULES.put("GET /privacy", Access.everyone());
		RULES.put("GET /cookies", Access.everyone());
		RULES.put("GET /open-data", Access.everyone());
		RULES.put("GET /signed-out", Access.everyone());
		RULES.put("GET /error", Access.everyone());
		// Signing in, registering, confirming an email address, resetting a password
		RULES.put("GET /sign-in", Access.everyone());
		RULES.put("POST /sign-in", Access.everyone());
		// Cancelling an email change from the link sent to the old address
		RULES.put("GET /cancel-email-change/{token}", Access.everyone());
		RULES.put("POST /cancel-email-change/{token}", Access.everyone());
		// The second step of signing in: only for a session that has passed the password
		// step, which none of these requests has, so all are sent back to /sign-in
		// (SecondFactorTests goes through it)
		RULES.put("GET /sign-in/code", Access.passwordStepOnly());
		RULES.put("POST /sign-in/code", Access.passwordStepOnly());
		RULES.put("GET /sign-in/recovery-code", Access.passwordStepOnly());
		RULES.put("POST /sign-in/recovery-code", Access.passwordStepOnly());
		RULES.put("GET /sign-in/set-up", Access.passwordStepOnly());
		RULES.put("POST /sign-in/set-up", Access.passwordStepOnly());
		// A care leaver's own choice of a second factor
		RULES.put("GET /my-account/second-factor", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /my-account/second-factor/set-up", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /my-account/second-factor/set-up", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /my-account/second-factor/turn-off", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /my-account/second-factor/turn-off", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /my-account/second-factor/recovery-codes", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /my-account/second-factor/recovery-codes", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /register", Access.everyone());
		RULES.put("POST /register", Access.everyone());
		// A supporter registers on question pages
		for (String question : List.of("", "/role", "/organisation", "/council", "/organisation-name", "/email",
				"/check-answers")) {
			RULES.put("GET /register/supporter" + question, Access.everyone());
			RULES.put("POST /register/supporter" + question, Access.everyone());
		}
		// Registering as a care leaver: question pages, a check of the answers, a
		// password
		for (String question : List.of("", "/date-of-birth", "/email", "/council", "/region", "/interests",
				"/situation", "/institution", "/ambitions", "/privacy", "/check-answers", "/password")) {
			RULES.put("GET /register/care-leaver" + question, Access.everyone());
			RULES.put("POST /register/care-leaver" + question, Access.everyone());
		}
		RULES.put("GET /register/care-leaver/too-young", Access.everyone());
		RULES.put("GET /verify-email-change/{token}", Access.everyone());
		RULES.put("POST /verify-email-change/{token}", Access.everyone());
		RULES.put("GET /account-deleted", Access.everyone());
		RULES.put("GET /register/check-email", Access.everyone());
		RULES.put("GET /verify-email/{token}", Access.everyone());
		RULES.put("POST /verify-email/{token}", Access.everyone());
		RULES.put("GET /password/forgot", Access.everyone());
		RULES.put("POST /password/forgot", Access.everyone());
		RULES.put("GET /password/link-sent", Access.everyone());
		RULES.put("GET /password/reset/{token}", Access.everyone());
		RULES.put("POST /password/reset/{token}", Access.everyone());
		RULES.put("GET /password/changed", Access.everyone());
		RULES.put("GET /invitation/{token}", Access.everyone());
		RULES.put("POST /invitation/{token}", Access.everyone());
		// Signed in, any role
		RULES.put("GET /home", Access.signedIn());
		// A care leaver's own feed, opportunities and account (each only their own:
		// CareLeaverAccessTests checks the object-level cases)
		RULES.put("GET /for-you", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /my-opportunities", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /my-opportunities/{id}/withdraw", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /opportunities/{id}/save", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /opportunities/{id}/unsave", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /opportunities/{id}/interest", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /opportunities/{id}/apply", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /opportunities/{id}/apply", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /opportunities/{id}/code", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /my-account", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /my-account/email", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /my-account/email", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /my-account/password", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /my-account/password", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /my-account/sharing", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /my-account/sharing", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /my-account/data", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /my-account/details", Access.only(Role.CARE_LEAVER));
		for (String question : List.of("name", "region", "interests", "situation", "institution")) {
			RULES.put("GET /my-account/details/" + question, Access.only(Role.CARE_LEAVER));
			RULES.put("POST /my-account/details/" + question, Access.only(Role.CARE_LEAVER));
		}
		RULES.put("GET /my-account/delete", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /my-account/delete", Access.only(Role.CARE_LEAVER));
		// A care leaver's links with the people who help them (each only their own:
		// LinkingTests checks the object-level cases)
		RULES.put("GET /people-who-help-you", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /people-who-help-you/invite", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /people-who-help-you/invite", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /people-who-help-you/requests/{id}/accept", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /people-who-help-you/requests/{id}/decline", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /people-who-help-you/{id}/end", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /for-you/suggestions/{id}/dismiss", Access.only(Role.CARE_LEAVER));
		// Registering a young person on their behalf: coordinators and verified
		// supporters; the young person claims the account from the emailed link
		RULES.put("GET /register-young-person", Access.only(Role.COORDINATOR, Role.SUPPORTER));
		RULES.put("POST /register-young-person", Access.only(Role.COORDINATOR, Role.SUPPORTER));
		RULES.put("GET /register-young-person/sent", Access.only(Role.COORDINATOR, Role.SUPPORTER));
		RULES.put("GET /claim/{token}", Access.everyone());
		RULES.put("POST /claim/{token}", Access.everyone());
		RULES.put("GET /account-claimed", Access.everyone());
		// Signing the Covenant: an organisation joins, then its users complete the steps
		RULES.put("GET /signatories/join", Access.everyone());
		RULES.put("POST /signatories/join", Access.everyone());
		RULES.put("GET /organisation", Access.only(Role.SIGNATORY));
		// A signatory user's own account: their data to download, and deleting it
		RULES.put("GET /organisation/account", Access.only(Role.SIGNATORY));
		RULES.put("GET /organisation/account/data", Access.only(Role.SIGNATORY));
		RULES.put("GET /organisation/account/delete", Access.only(Role.SIGNATORY));
		RULES.put("POST /organisation/account/delete", Access.only(Role.SIGNATORY));
		// A supporter's own account, verified or not: their data to download, and
		// deleting it
		RULES.put("GET /supporter/account", Access.only(Role.SUPPORTER));
		RULES.put("GET /supporter/account/data", Access.only(Role.SUPPORTER));
		RULES.put("GET /supporter/account/delete", Access.only(Role.SUPPORTER));
		RULES.put("POST /supporter/account/delete", Access.only(Role.SUPPORTER));
		RULES.put("GET /organisation/statement-of-intent", Access.only(Role.SIGNATORY));
		RULES.put("POST /organisation/statement-of-intent", Access.only(Role.SIGNATORY));
		RULES.put("GET /organisation/proforma", Access.only(Role.SIGNATORY));
		RULES.put("POST /organisation/proforma", Access.only(Role.SIGNATORY));
		RULES.put("GET /organisation/submit", Access.only(Role.SIGNATORY));
		RULES.put("POST /organisation/submit", Access.only(Role.SIGNATORY));
		RULES.put("GET /organisation/colleagues", Access.only(Role.SIGNATORY));
		RULES.put("POST /organisation/colleagues", Access.only(Role.SIGNATORY));
		// Removing a colleague of one's own organisation (ColleaguesTests checks the
		// object-level cases); an invited colleague chooses a password from the link
		RULES.put("GET /organisation/colleagues/{id}/remove", Access.only(Role.SIGNATORY));
		RULES.put("POST /organisation/colleagues/{id}/remove", Access.only(Role.SIGNATORY));
		RULES.put("GET /colleague-invitation/{token}", Access.everyone());
		RULES.put("POST /colleague-invitation/{token}", Access.everyone());
		// The signing pipeline: coordinators decide, administrators may read
		RULES.put("GET /coordinator/signatories", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/signatories/{id}", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/signatories/{id}/approve", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/signatories/{id}/return", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/signatories/{id}/lapse", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/signatories/{id}/account-manager", Access.only(Role.COORDINATOR));
		// Administrators
		RULES.put("GET /admin/users", Access.only(Role.ADMIN));
		RULES.put("GET /admin/users/invite", Access.only(Role.ADMIN));
		RULES.put("POST /admin/users/invite", Access.only(Role.ADMIN));
		RULES.put("POST /admin/users/{id}/lock", Access.only(Role.ADMIN));
		RULES.put("POST /admin/users/{id}/unlock", Access.only(Role.ADMIN));
		RULES.put("GET /admin/messages", Access.only(Role.ADMIN));
		RULES.put("GET /admin/messages/{id}", Access.only(Role.ADMIN));
		RULES.put("GET /admin/dbs-checks", Access.only(Role.ADMIN));
		RULES.put("GET /admin/dbs-checks/{id}", Access.only(Role.ADMIN));
		RULES.put("POST /admin/dbs-checks/{id}", Access.only(Role.ADMIN));
		RULES.put("GET /admin/audit-log", Access.only(Role.ADMIN));
		RULES.put("GET /admin/stuck-work", Access.only(Role.ADMIN));
		RULES.put("POST /admin/stuck-work/{id}", Access.only(Role.ADMIN));
		// GOV.UK Notify's delivery receipts: its bearer token, never a session
		RULES.put("POST /notify/delivery-receipts", Access.bearerTokenOnly());
		// Opportunities and the signatory directory: public reading, and the API
		RULES.put("GET /opportunities", Access.everyone());
		RULES.put("GET /opportunities/{id}", Access.everyone());
		RULES.put("GET /signatories", Access.everyone());
		RULES.put("GET /signatories/{slug}", Access.everyone());
		RULES.put("GET /api/opportunities", Access.everyone());
		// Open data: the Atom feed of new opportunities and the Open Referral UK API
		RULES.put("GET /opportunities/feed.atom", Access.everyone());
		RULES.put("GET /api/oruk", Access.everyone());
		RULES.put("GET /api/oruk/", Access.everyone());
		RULES.put("GET /api/oruk/services", Access.everyone());
		RULES.put("GET /api/oruk/services/{id}", Access.everyone());
		RULES.put("GET /api/oruk/organizations", Access.everyone());
		RULES.put("GET /api/oruk/organizations/{id}", Access.everyone());
		RULES.put("GET /api/oruk/taxonomies", Access.everyone());
		RULES.put("GET /api/oruk/taxonomy_terms", Access.everyone());
		RULES.put("GET /api/opportunities/{id}", Access.everyone());
		RULES.put("GET /v3/api-docs", Access.everyone());
		RULES.put("GET /v3/api-docs.yaml", Access.everyone());
		// A signatory user's own organisation's opportunities
		RULES.put("GET /organisation/opportunities", Access.only(Role.SIGNATORY));
		RULES.put("GET /organisation/opportunities/new", Access.only(Role.SIGNATORY));
		RULES.put("POST /organisation/opportunities/new", Access.only(Role.SIGNATORY));
		RULES.put("GET /organisation/opportunities/{id}", Access.only(Role.SIGNATORY));
		RULES.put("GET /organisation/opportunities/{id}/edit", Access.only(Role.SIGNATORY));
		RULES.put("POST /organisation/opportunities/{id}/edit", Access.only(Role.SIGNATORY));
		RULES.put("POST /organisation/opportunities/{id}/submit", Access.only(Role.SIGNATORY));
		RULES.put("POST /organisation/opportunities/{id}/confirm", Access.only(Role.SIGNATORY));
		RULES.put("POST /organisation/opportunities/{id}/close", Access.only(Role.SIGNATORY));
		RULES.put("POST /organisation/opportunities/{id}/archive", Access.only(Role.SIGNATORY));
		// Moderation: coordinators act, administrators may read
		RULES.put("GET /coordinator/opportunities", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/opportunities/{id}", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/opportunities/{id}/publish", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/opportunities/{id}/return", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/signatories/without-opportunities", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/opportunities/{id}/take-down", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/opportunities/{id}/put-back", Access.only(Role.COORDINATOR));
		// Reporting a concern: everyone; the queue: coordinators act, administrators read
		RULES.put("GET /opportunities/{id}/report-concern", Access.everyone());
		RULES.put("POST /opportunities/{id}/report-concern", Access.everyone());
		RULES.put("GET /signatories/{slug}/report-concern", Access.everyone());
		RULES.put("POST /signatories/{slug}/report-concern", Access.everyone());
		RULES.put("GET /concern-reported", Access.everyone());
		RULES.put("GET /coordinator/concerns", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/concerns/{id}", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/concerns/{id}/triage", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/concerns/{id}/close", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/concerns/{id}/take-down", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/concerns/{id}/put-back", Access.only(Role.COORDINATOR));
		// Supporters: their home and sending opportunities (only when verified: the
		// module sends others to their home, see SupportersTests)
		RULES.put("GET /supporter", Access.only(Role.SUPPORTER));
		RULES.put("GET /opportunities/{id}/share", Access.only(Role.SUPPORTER));
		RULES.put("POST /opportunities/{id}/share", Access.only(Role.SUPPORTER));
		// A supporter's linked young people (only verified supporters, and only through
		// their own links: LinkingTests)
		RULES.put("GET /supporter/young-people", Access.only(Role.SUPPORTER));
		RULES.put("GET /supporter/young-people/ask", Access.only(Role.SUPPORTER));
		RULES.put("POST /supporter/young-people/ask", Access.only(Role.SUPPORTER));
		RULES.put("POST /supporter/young-people/invitations/{id}/accept", Access.only(Role.SUPPORTER));
		RULES.put("POST /supporter/young-people/invitations/{id}/decline", Access.only(Role.SUPPORTER));
		RULES.put("GET /supporter/young-people/{id}", Access.only(Role.SUPPORTER));
		RULES.put("POST /supporter/young-people/{id}/events", Access.only(Role.SUPPORTER));
		// A personal adviser confirms a linked young person's care experience (only
		// through their own active link, checked in the support module)
		RULES.put("GET /supporter/young-people/{id}/care-experience", Access.only(Role.SUPPORTER));
		RULES.put("POST /supporter/young-people/{id}/care-experience", Access.only(Role.SUPPORTER));
		RULES.put("POST /opportunities/{id}/suggest", Access.only(Role.SUPPORTER));
		// Verifying supporters: coordinators, and administrators, who manage supporter
		// accounts; councils' email domains: coordinators only
		RULES.put("GET /coordinator/supporters", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/supporters/{id}", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/supporters/{id}/verify", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/supporters/{id}/decline", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/council-email-domains", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/council-email-domains/{slug}", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/council-email-domains/{slug}", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/council-email-domains/{slug}/remove", Access.only(Role.COORDINATOR));
		// Council partnerships: the public partner list; coordinators and administrators
		// read and edit partnerships, leads and contact logs, and import the published
		// list
		RULES.put("GET /councils", Access.everyone());
		RULES.put("GET /councils/{slug}", Access.everyone());
		RULES.put("GET /coordinator/councils", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/councils/{slug}", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/councils/{slug}/partnership", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/councils/{slug}/partnership", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/councils/{slug}/leads/new", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/councils/{slug}/leads/new", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/councils/{slug}/leads/{id}/remove", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/councils/{slug}/contact-log/new", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/councils/{slug}/contact-log/new", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/councils/{slug}/approach/{part}", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/councils/{slug}/approach/{part}", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/councils/import", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/councils/import", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/councils/import/report", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/councils/import/report", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/councils/import/report.csv", Access.only(Role.COORDINATOR, Role.ADMIN));
		// Colleges and universities: the public list and pages; coordinators and
		// administrators keep institutions, partnerships, action plans, offers and the
		// log
		RULES.put("GET /colleges-and-universities", Access.everyone());
		RULES.put("GET /colleges-and-universities/{slug}", Access.everyone());
		RULES.put("GET /colleges-and-universities/compare", Access.everyone());
		RULES.put("GET /supporter/institution", Access.only(Role.SUPPORTER));
		RULES.put("GET /supporter/institutions/{slug}/offers", Access.only(Role.SUPPORTER));
		RULES.put("POST /supporter/institutions/{slug}/offers", Access.only(Role.SUPPORTER));
		RULES.put("GET /supporter/institutions/{slug}/figures", Access.only(Role.SUPPORTER));
		RULES.put("GET /coordinator/institutions", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/institutions/new", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/institutions/new", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/institutions/{slug}", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/institutions/{slug}/details", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/institutions/{slug}/details", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/institutions/{slug}/partnership", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/institutions/{slug}/partnership", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/institutions/{slug}/actions/new", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/institutions/{slug}/actions/new", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/institutions/{slug}/actions/{id}", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/institutions/{slug}/actions/{id}", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/institutions/{slug}/contact-log/new", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/institutions/{slug}/contact-log/new", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/institutions/{slug}/offers", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/institutions/{slug}/offers", Access.only(Role.COORDINATOR, Role.ADMIN));
		// Importing a list of institutions: coordinators and administrators only; a
		// college's own contact, a supporter, gets 403
		RULES.put("GET /coordinator/institutions/import", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/institutions/import", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/institutions/import/report", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/institutions/import/report", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/institutions/import/example.csv", Access.only(Role.COORDINATOR, Role.ADMIN));
		// The college names young people typed, counted, and matched by hand
		RULES.put("GET /coordinator/institutions/typed-names", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/institutions/typed-names", Access.only(Role.COORDINATOR, Role.ADMIN));
		// Prospects: coordinators record them, keep their contact log and invite them to
		// sign; administrators read. The invited organisation signs from its emailed
		// link.
		RULES.put("GET /coordinator/prospects", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/prospects/new", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/prospects/new", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/prospects/{id}", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/prospects/{id}/invite", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/prospects/{id}/contact-log/new", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/prospects/{id}/contact-log/new", Access.only(Role.COORDINATOR));
		RULES.put("GET /signatories/join/{token}", Access.everyone());
		RULES.put("POST /signatories/join/{token}", Access.everyone());
		// Resources for partners: public list and downloads; coordinators upload
		RULES.put("GET /resources", Access.everyone());
		RULES.put("GET /resources/{id}", Access.everyone());
		RULES.put("GET /coordinator/resources", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/resources/new", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/resources/new", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/resources/{id}/new-version", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/resources/{id}/new-version", Access.only(Role.COORDINATOR));
		// Events: public list, pages, calendar files and feeds (a private calendar by its
		// secret address only); signing up and My events for anyone signed in (who each
		// event is for, and each person's own sign-ups: EventsTests checks the
		// object-level cases); coordinators organise, administrators see the list
		RULES.put("GET /events", Access.everyone());
		RULES.put("GET /events/{id}", Access.everyone());
		RULES.put("GET /events/{id}/calendar.ics", Access.everyone());
		RULES.put("GET /events/regions/{slug}/calendar.ics", Access.everyone());
		RULES.put("GET /events/feed.atom", Access.everyone());
		RULES.put("GET /events/regions/{slug}/feed.atom", Access.everyone());
		RULES.put("GET /calendars/{token}.ics", Access.everyone());
		RULES.put("POST /events/{id}/sign-up", Access.signedIn());
		RULES.put("POST /events/{id}/cancel-sign-up", Access.signedIn());
		RULES.put("GET /my-events", Access.signedIn());
		RULES.put("POST /my-events/calendar-address", Access.signedIn());
		RULES.put("GET /coordinator/events", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/events/new", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/events/new", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/events/{id}", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/events/{id}/edit", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/events/{id}/edit", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/events/{id}/cancel", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/events/{id}/cancel", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/events/{id}/attendance", Access.only(Role.COORDINATOR));
		// Events an organisation proposes: its own only (OrganisedEventsTests checks the
		// object-level cases); coordinators approve or return them
		RULES.put("POST /coordinator/events/{id}/approve", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/events/{id}/return", Access.only(Role.COORDINATOR));
		RULES.put("GET /organisation/events", Access.only(Role.SIGNATORY));
		RULES.put("GET /organisation/events/new", Access.only(Role.SIGNATORY));
		RULES.put("POST /organisation/events/new", Access.only(Role.SIGNATORY));
		RULES.put("GET /organisation/events/{id}/edit", Access.only(Role.SIGNATORY));
		RULES.put("POST /organisation/events/{id}/edit", Access.only(Role.SIGNATORY));
		// Network meetings: coordinators invite partner contacts, write the agenda, the
		// notes and who came, and keep the actions; only an event that is a network
		// meeting has these pages (NetworkMeetingsTests checks the object-level cases)
		RULES.put("GET /coordinator/events/{id}/meeting", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/events/{id}/meeting/invitations", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/events/{id}/meeting/invitations", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/events/{id}/meeting/agenda", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/events/{id}/meeting/agenda", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/events/{id}/meeting/notes", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/events/{id}/meeting/notes", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/events/{id}/meeting/actions/new", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/events/{id}/meeting/actions/new", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/events/{id}/meeting/actions/{action}/done", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/meeting-actions", Access.only(Role.COORDINATOR));
		// The network meetings a partner contact is invited to, for a verified supporter
		// at
		// the address invited (InvitedMeetingsTests checks the object-level cases)
		RULES.put("GET /supporter/meetings", Access.only(Role.SUPPORTER));
		RULES.put("GET /supporter/meetings/{id}", Access.only(Role.SUPPORTER));
		RULES.put("POST /supporter/meetings/{id}/actions/{action}/done", Access.only(Role.SUPPORTER));
		// The monthly give-away: the public page; a care leaver's own prizes and taking
		// part (each only their own win: GiveAwaysTests checks the object-level cases);
		// coordinators set up and draw; anyone on the team sees and checks the draws
		RULES.put("GET /give-away", Access.everyone());
		RULES.put("GET /my-account/give-away", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /my-account/give-away", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /my-account/give-away/wins/{id}/claim", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /my-account/give-away/wins/{id}/decline", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /coordinator/give-aways", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/give-aways/new", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/give-aways/new", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/give-aways/{id}", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("POST /coordinator/give-aways/{id}/draw", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/give-aways/draws/{id}/check", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/give-aways/draws/{id}/entries.txt", Access.only(Role.COORDINATOR, Role.ADMIN));
		// Coordinators' patches: each coordinator their own, administrators anyone's
		RULES.put("GET /coordinator/patch", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/patch", Access.only(Role.COORDINATOR));
		RULES.put("GET /admin/patches", Access.only(Role.ADMIN));
		RULES.put("GET /admin/patches/{id}", Access.only(Role.ADMIN));
		RULES.put("POST /admin/patches/{id}", Access.only(Role.ADMIN));
		// The Covenant's impact: coordinators and administrators read the dashboard
		// (counts only); administrators alone set each year's targets
		RULES.put("GET /coordinator/impact", Access.only(Role.COORDINATOR, Role.ADMIN));
		// The records behind a figure name young people: coordinators only (audited)
		RULES.put("GET /coordinator/impact/records", Access.only(Role.COORDINATOR));
		RULES.put("GET /admin/impact-targets", Access.only(Role.ADMIN));
		RULES.put("POST /admin/impact-targets", Access.only(Role.ADMIN));
		// KPIs administrators define (ADR 052): only administrators define, set targets
		// and
		// retire; coordinators see them on the dashboard and in the reports (above)
		RULES.put("GET /admin/impact-kpis", Access.only(Role.ADMIN));
		RULES.put("GET /admin/impact-kpis/new", Access.only(Role.ADMIN));
		RULES.put("POST /admin/impact-kpis", Access.only(Role.ADMIN));
		RULES.put("GET /admin/impact-kpis/{number}", Access.only(Role.ADMIN));
		RULES.put("POST /admin/impact-kpis/{number}/targets", Access.only(Role.ADMIN));
		RULES.put("POST /admin/impact-kpis/{number}/retire", Access.only(Role.ADMIN));
		// Termly reports: coordinators prepare, issue and download them; administrators
		// read the issued ones. Reports are counts only and belong to the Covenant team:
		// an unknown report is not found
		RULES.put("GET /coordinator/impact/reports", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/impact/reports/new", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/impact/reports", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/impact/reports/{id}", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/impact/reports/{id}/pdf", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/impact/reports/{id}/xlsx", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/impact/reports/{id}/csv", Access.only(Role.COORDINATOR));
		// A signatory's own impact: its users, for their own organisation only (the
		// address names none)
		RULES.put("GET /organisation/impact", Access.only(Role.SIGNATORY));
		// Social value: a signatory's users see and download their own organisation's
		// (the
		// address names none); administrators keep the proxy values
		RULES.put("GET /organisation/social-value", Access.only(Role.SIGNATORY));
		RULES.put("GET /organisation/social-value/statement.pdf", Access.only(Role.SIGNATORY));
		RULES.put("GET /admin/social-value", Access.only(Role.ADMIN));
		RULES.put("GET /admin/social-value/{slug}", Access.only(Role.ADMIN));
		RULES.put("POST /admin/social-value/{slug}", Access.only(Role.ADMIN));
		// A council's own view: supporters (verified, of that council: checked in the
		// council module)
		RULES.put("GET /supporter/council", Access.only(Role.SUPPORTER));
		RULES.put("GET /supporter/council/{slug}", Access.only(Role.SUPPORTER));
		// Alerts: each care leaver's and supporter's own; unsubscribing from a signed
		// link
		// needs no sign-in
		RULES.put("GET /alerts", Access.only(Role.CARE_LEAVER, Role.SUPPORTER));
		RULES.put("POST /alerts", Access.only(Role.CARE_LEAVER, Role.SUPPORTER));
		RULES.put("GET /notifications", Access.only(Role.CARE_LEAVER, Role.SUPPORTER));
		RULES.put("GET /notifications/{id}", Access.only(Role.CARE_LEAVER, Role.SUPPORTER));
		RULES.put("POST /notifications/read", Access.only(Role.CARE_LEAVER, Role.SUPPORTER));
		RULES.put("GET /alerts/unsubscribe/{token}", Access.everyone());
		RULES.put("POST /alerts/unsubscribe/{token}", Access.everyone());
		// Take-ups: a signatory user's applications (only to their own organisation's
		// opportunities: TakeUpJourneyTests checks the object-level cases), a young
		// person's check-in on their own take-up, coordinators' figures and audit trail
		RULES.put("GET /organisation/applications", Access.only(Role.SIGNATORY));
		RULES.put("GET /organisation/applications/{id}", Access.only(Role.SIGNATORY));
		RULES.put("POST /organisation/applications/{id}", Access.only(Role.SIGNATORY));
		RULES.put("GET /my-opportunities/{id}/check-in", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /my-opportunities/{id}/check-in", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /coordinator/take-up", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/take-up/export", Access.only(Role.COORDINATOR));
		// Where opportunities are missing: read as the impact dashboard (coordinators and
		// administrators; counts only, nobody's data of their own), downloaded by
		// coordinators (ACCESS.md: coordinators read and export, administrators read)
		RULES.put("GET /coordinator/impact/coverage", Access.only(Role.COORDINATOR, Role.ADMIN));
		RULES.put("GET /coordinator/impact/coverage/csv", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/audit-trail", Access.only(Role.COORDINATOR, Role.ADMIN));
		// Matching: coordinators rank and suggest; the young person answers their own
		RULES.put("GET /coordinator/caseload", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/caseload/{id}", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/caseload/{id}/suggest", Access.only(Role.COORDINATOR));
		// A coordinator confirms, or corrects, a young person's care experience
		RULES.put("GET /coordinator/caseload/{id}/care-experience", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/caseload/{id}/care-experience", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/matches/{id}", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/matches/{id}/suggest", Access.only(Role.COORDINATOR));
		RULES.put("GET /put-forward/{id}", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /put-forward/{id}", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /put-forward/{id}/yes", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /put-forward/{id}/no", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /event-requests/{id}", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /event-requests/{id}/yes", Access.only(Role.CARE_LEAVER));
		RULES.put("POST /event-requests/{id}/no", Access.only(Role.CARE_LEAVER));
		RULES.put("GET /coordinator/young-people/{id}/take-ups", Access.only(Role.COORDINATOR));
		RULES.put("GET /coordinator/young-people/{id}/take-ups/{takeUp}", Access.only(Role.COORDINATOR));
		RULES.put("POST /coordinator/young-people/{id}/take-ups/{takeUp}", Access.only(Role.COORDINATOR));
		// Operations
		RULES.put("GET /actuator/health", Access.everyone());
		RULES.put("GET /actuator/health/**", Access.everyone());
		RULES.put("GET /actuator/prometheus", Access.only(Role.ADMIN));
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Test
	void everyRouteHasARuleInTheTable() {
		Set<String> routes = discoverRoutes();
		assertThat(routes).as("routes with no rule in the authorisation matrix").isSubsetOf(RULES.keySet());
		assertThat(RULES.keySet()).as("rules for routes that no longer exist").isSubsetOf(routes);
	}

	@Test
	void everyRoleGetsExactlyWhatTheTableAllows() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (String route : discoverRoutes()) {
			Access access = RULES.get(route);
			if (access == null) {
				continue;
			}
			List<Role> actors = new ArrayList<>();
			actors.add(null);
			actors.addAll(List.of(Role.values()));
			for (Role role : actors) {
				MockHttpServletResponse response = perform(route, role);
				boolean allowed = allowed(response);
				if (allowed != access.allows(role)) {
					wrong.add("%s as %s: expected %s but got %d %s".formatted(route,
							(role != null) ? role : "the public", access.allows(role) ? "allowed" : "denied",
							response.getStatus(), String.valueOf(response.getRedirectedUrl())));
				}
			}
		}
		assertThat(wrong).as("routes whose access differs from the table").isEmpty();
	}

	@Test
	void deniedRequestsAnswerWithSignInOrForbiddenNeverTheContent() throws Exception {
		MockHttpServletResponse anonymous = perform("GET /admin/users", null);
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).endsWith("/sign-in");
		MockHttpServletResponse careLeaver = perform("GET /admin/users", Role.CARE_LEAVER);
		assertThat(careLeaver.getStatus()).isEqualTo(403);
	}

	private MockHttpServletResponse perform(String route, Role role) throws Exception {
		String[] parts = route.split(" ", 2);
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), concrete(parts[1]));
		if (!"GET".equals(parts[0])) {
			request.with(csrf());
		}
		if (role != null) {
			request.with(as(someone(role)));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/** Denied means sent to sign in (the public) or refused (a signed-in role). */
	private static boolean allowed(MockHttpServletResponse response) {
		int status = response.getStatus();
		String redirect = response.getRedirectedUrl();
		boolean sentToSignIn = status == 302 && redirect != null && redirect.endsWith("/sign-in");
		return !sentToSignIn && status != 401 && status != 403;
	}

	/** Fills a route's variables with plausible values. */
	private static String concrete(String pattern) {
		return pattern.replaceAll("\\{who:[^}]*}", "supporter")
			.replace("{id}", UUID.randomUUID().toString())
			.replace("{takeUp}", UUID.randomUUID().toString())
			.replace("{action}", UUID.randomUUID().toString())
			.replace("{token}", "not-a-real-token")
			.replace("{slug}", "no-such-organisation")
			.replace("{number}", "999999999")
			.replace("{part}", "council-tax-exemption")
			.replace("/**", "/liveness");
	}

	private Set<String> discoverRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						routes.add("GET " + pattern);
					}
					for (RequestMethod method : methods) {
						routes.add(method.name() + " " + pattern);
					}
				}
			}
		}
		return routes;
	}

}
