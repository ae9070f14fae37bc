package org.covenantconnects.identity.internal;

import java.time.Duration;
import java.util.Map;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.servlet.DispatcherType;

import org.covenantconnects.identity.AccountStatus;
import org.covenantconnects.identity.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The authorisation rule of every route, and the security headers of every response. A
 * route with no rule here is denied; the authorisation matrix test checks each rule for
 * every role.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Set on a request refused for a missing or wrong CSRF token, so the error page can
	 * say so.
	 */
	static final String CSRF_FAILURE = "connects.csrfFailure";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

	/**
	 * GOV.UK Notify's delivery receipts: a machine posting JSON, not a person. No session
	 * is read or made, and there is no CSRF token to check; the receipts controller in
	 * the alert module lets in only requests that carry the bearer token Notify was
	 * given, and answers any other with 401.
	 */
	@SuppressFBWarnings(value = "THROWS_METHOD_THROWS_CLAUSE_BASIC_EXCEPTION",
			justification = "HttpSecurity.build declares Exception")
	@Bean
	@Order(1)
	SecurityFilterChain deliveryReceiptRoute(HttpSecurity http) throws Exception {
		http.securityMatcher(
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/notify/delivery-receipts"))
			.authorizeHttpRequests((routes) -> routes.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.csrf(SecurityConfiguration::noForgeryCheckForBearerTokens)
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable());
		return http.build();
	}

	@SuppressFBWarnings(value = "SPRING_CSRF_PROTECTION_DISABLED",
			justification = "The delivery-receipt route takes no session or cookie, only a bearer token it checks itself, so there is no forged request to stop")
	private static void noForgeryCheckForBearerTokens(CsrfConfigurer<HttpSecurity> csrf) {
		csrf.disable();
	}

	@SuppressFBWarnings(value = "THROWS_METHOD_THROWS_CLAUSE_BASIC_EXCEPTION",
			justification = "HttpSecurity.build declares Exception")
	@Bean
	SecurityFilterChain routes(HttpSecurity http, ApplicationContext application,
			@Value("${connects.base-url}") String baseUrl) throws Exception {
		UnmappedRequests unmapped = new UnmappedRequests(application);
		http.authorizeHttpRequests((routes) -> rules(routes, unmapped))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in"))
				.accessDeniedHandler((request, response, denied) -> {
					if (denied instanceof CsrfException) {
						request.setAttribute(CSRF_FAILURE, Boolean.TRUE);
					}
					response.sendError(403);
				}))
			.securityContext((context) -> context.securityContextRepository(securityContextRepository()))
			.logout((logout) -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/signed-out"))
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions
					.policy("camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=()"))
				.crossOriginOpenerPolicy(Customizer.withDefaults())
				.httpStrictTransportSecurity((hsts) -> strictTransport(hsts, baseUrl)))
			// A mail client's one-click unsubscribe (RFC 8058) is a POST from outside the
			// service, so it carries no CSRF token; the signed link is its protection,
			// and
			// it can only stop emails.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/alerts/unsubscribe/*")));
		return http.build();
	}

	/**
	 * HSTS for a year, subdomains included. When the base URL is HTTPS it is sent with
	 * every response, as TLS may end at a proxy in front of the service; otherwise only
	 * on requests that came over HTTPS, as before.
	 */
	private static void strictTransport(HeadersConfigurer<HttpSecurity>.HstsConfig hsts, String baseUrl) {
		hsts.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds()).includeSubDomains(true);
		if (SessionConfiguration.isHttps(baseUrl)) {
			hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
		}
	}

	static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

	private static void rules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes,
			UnmappedRequests unmapped) {
		routes.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			// Public pages and assets
			.requestMatchers("/", "/accessibility", "/privacy", "/cookies", "/open-data", "/signed-out", "/error")
			.permitAll()
			.requestMatchers("/assets/**")
			.permitAll()
			// Signing in, registering, confirming an email address, resetting a password
			// The second step of signing in: only for a session that passed the password
			// step (checked in the controller, which sends anyone else to /sign-in)
			.requestMatchers("/sign-in/code", "/sign-in/recovery-code", "/sign-in/set-up")
			.permitAll()
			.requestMatchers("/sign-in", "/register", "/register/**", "/verify-email/*", "/password/**",
					"/invitation/*", "/verify-email-change/*", "/cancel-email-change/*", "/account-deleted")
			.permitAll()
			// A young person claims the account someone registered for them, from the
			// emailed link
			.requestMatchers("/claim/*", "/account-claimed")
			.permitAll()
			// A colleague invited to act for an organisation chooses a password from the
			// emailed link
			.requestMatchers("/colleague-invitation/*")
			.permitAll()
			// Coordinators and verified supporters register a young person on their
			// behalf
			// (verification checked in the support module)
			.requestMatchers("/register-young-person", "/register-young-person/**")
			.hasAnyRole(Role.COORDINATOR.name(), Role.SUPPORTER.name())
			// Opportunities and the signatory directory: published ones are public, and
			// so is
			// the API that lists them, with its OpenAPI description
			.requestMatchers(HttpMethod.GET, "/opportunities", "/opportunities/*", "/signatories", "/signatories/*",
					"/api/opportunities", "/api/opportunities/*", "/v3/api-docs", "/v3/api-docs.yaml")
			.permitAll()
			// The same as open data: the Atom feed of new opportunities and the Open
			// Referral UK API
			.requestMatchers(HttpMethod.GET, "/opportunities/feed.atom", "/api/oruk", "/api/oruk/", "/api/oruk/*",
					"/api/oruk/services/*", "/api/oruk/organizations/*")
			.permitAll()
			// A signatory user's own organisation's opportunities (object checks in the
			// module)
			.requestMatchers("/organisation/opportunities", "/organisation/opportunities/**")
			.hasRole(Role.SIGNATORY.name())
			// Coordinators moderate opportunities; administrators may read
			.requestMatchers(HttpMethod.GET, "/coordinator/opportunities", "/coordinator/opportunities/*",
					"/coordinator/signatories/without-opportunities")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/coordinator/opportunities/*/publish",
					"/coordinator/opportunities/*/return")
			.hasRole(Role.COORDINATOR.name())
			// Coordinators take a published opportunity down and put it back
			.requestMatchers(HttpMethod.POST, "/coordinator/opportunities/*/take-down",
					"/coordinator/opportunities/*/put-back")
			.hasRole(Role.COORDINATOR.name())
			// Anyone, signed in or not, reports a concern about an opportunity or an
			// organisation (limited per network address and account in the concern
			// module)
			.requestMatchers("/opportunities/*/report-concern", "/signatories/*/report-concern", "/concern-reported")
			.permitAll()
			// Coordinators triage concerns and act on them; administrators may read
			.requestMatchers(HttpMethod.GET, "/coordinator/concerns", "/coordinator/concerns/*")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/coordinator/concerns/*/triage", "/coordinator/concerns/*/close",
					"/coordinator/concerns/*/take-down", "/coordinator/concerns/*/put-back")
			.hasRole(Role.COORDINATOR.name())
			// Supporters: their home, and sending an opportunity to a young person (only
			// verified supporters, checked in the module)
			.requestMatchers("/supporter", "/opportunities/*/share")
			.hasRole(Role.SUPPORTER.name())
			// A supporter's own account, verified or not: downloading their data and
			// deleting it (each only their own)
			.requestMatchers("/supporter/account", "/supporter/account/**")
			.hasRole(Role.SUPPORTER.name())
			// A supporter's linked young people, invitations, requests and suggestions
			// (only verified supporters; each young person only through their own link,
			// checked in the support module)
			.requestMatchers("/supporter/young-people", "/supporter/young-people/**", "/opportunities/*/suggest")
			.hasRole(Role.SUPPORTER.name())
			// Coordinators verify supporters, and administrators may too (ACCESS.md:
			// they manage supporter accounts); only coordinators keep councils' email
			// domains
			.requestMatchers("/coordinator/supporters", "/coordinator/supporters/**")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers("/coordinator/council-email-domains", "/coordinator/council-email-domains/**")
			.hasRole(Role.COORDINATOR.name())
			// Council partnerships: the public list of partners, without personal data;
			// coordinators and administrators read and edit partnerships, leads and the
			// contact log, and import the published list (ACCESS.md)
			.requestMatchers(HttpMethod.GET, "/councils", "/councils/*")
			.permitAll()
			.requestMatchers("/coordinator/councils", "/coordinator/councils/**")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			// Colleges and universities: the public list of partners and what each offers
			// care leavers, without personal data beyond the contact each publishes;
			// coordinators and administrators keep institutions, partnerships, action
			// plans,
			// offers and the contact log
			.requestMatchers(HttpMethod.GET, "/colleges-and-universities", "/colleges-and-universities/*")
			.permitAll()
			.requestMatchers("/coordinator/institutions", "/coordinator/institutions/**")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			// An institution's contact keeps its offers: verified supporters at one of
			// its
			// email domains, their own institution only (checked in the institution
			// module;
			// any other is not found)
			.requestMatchers("/supporter/institution", "/supporter/institutions/*/offers",
					"/supporter/institutions/*/figures")
			.hasRole(Role.SUPPORTER.name())
			// Prospects: coordinators record them, keep their contact log and invite them
			// to
			// sign; administrators may read
			.requestMatchers(HttpMethod.GET, "/coordinator/prospects/new")
			.hasRole(Role.COORDINATOR.name())
			.requestMatchers(HttpMethod.GET, "/coordinator/prospects", "/coordinator/prospects/*")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers("/coordinator/prospects", "/coordinator/prospects/**")
			.hasRole(Role.COORDINATOR.name())
			// Resources for partners: the list and the files are public; coordinators
			// upload them, administrators may see the list with its earlier versions
			.requestMatchers(HttpMethod.GET, "/resources", "/resources/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/coordinator/resources")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers("/coordinator/resources", "/coordinator/resources/**")
			.hasRole(Role.COORDINATOR.name())
			// Events: the list, each public event's page and calendar file, each region's
			// public calendar, and a person's private calendar (its secret is the
			// address,
			// checked in the event module) are public; signing up and My events, for
			// anyone signed in (who each event is for is checked in the event module);
			// coordinators organise events, administrators may see the list
			.requestMatchers(HttpMethod.GET, "/events", "/events/*", "/events/*/calendar.ics",
					"/events/regions/*/calendar.ics", "/calendars/*", "/events/feed.atom",
					"/events/regions/*/feed.atom")
			.permitAll()
			.requestMatchers("/events/*/sign-up", "/events/*/cancel-sign-up", "/my-events", "/my-events/**")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/coordinator/events")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers("/coordinator/events", "/coordinator/events/**")
			.hasRole(Role.COORDINATOR.name())
			// Network meetings (under /coordinator/events/{id}/meeting, for coordinators
			// as above): the open actions of every meeting, for coordinators
			.requestMatchers("/coordinator/meeting-actions")
			.hasRole(Role.COORDINATOR.name())
			// The network meetings a partner contact is invited to: verified supporters
			// whose confirmed address was invited, each meeting only if so (checked in
			// the meeting module; any other is not found; ADR 054)
			.requestMatchers("/supporter/meetings", "/supporter/meetings/*", "/supporter/meetings/*/actions/*/done")
			.hasRole(Role.SUPPORTER.name())
			// The monthly give-away: its public page names no one; a care leaver's own
			// prizes and opting out are under My account (each only their own: checked in
			// the giveaway module); coordinators set give-aways up and draw them;
			// anyone on the team may see them and check a draw
			.requestMatchers(HttpMethod.GET, "/give-away")
			.permitAll()
			.requestMatchers("/coordinator/give-aways/new", "/coordinator/give-aways/*/draw")
			.hasRole(Role.COORDINATOR.name())
			.requestMatchers(HttpMethod.GET, "/coordinator/give-aways", "/coordinator/give-aways/*",
					"/coordinator/give-aways/draws/*/check", "/coordinator/give-aways/draws/*/entries.txt")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			// The Covenant's impact: coordinators and administrators read the dashboard;
			// administrators set each year's targets. The records behind a figure name
			// young people: coordinators only, each one listed written to the audit trail
			.requestMatchers(HttpMethod.GET, "/coordinator/impact/records")
			.hasRole(Role.COORDINATOR.name())
			.requestMatchers(HttpMethod.GET, "/coordinator/impact")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers("/admin/impact-targets")
			.hasRole(Role.ADMIN.name())
			// Termly reports: coordinators prepare, issue and download them;
			// administrators
			// read the issued ones (ACCESS.md: coordinators read and export,
			// administrators
			// read)
			.requestMatchers(HttpMethod.GET, "/coordinator/impact/reports/new", "/coordinator/impact/reports/*/pdf",
					"/coordinator/impact/reports/*/xlsx", "/coordinator/impact/reports/*/csv")
			.hasRole(Role.COORDINATOR.name())
			.requestMatchers(HttpMethod.GET, "/coordinator/impact/reports", "/coordinator/impact/reports/*")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/coordinator/impact/reports")
			.hasRole(Role.COORDINATOR.name())
			// A coordinator sets their own patch; an administrator sets any coordinator's
			.requestMatchers("/coordinator/patch")
			.hasRole(Role.COORDINATOR.name())
			.requestMatchers("/admin/patches", "/admin/patches/*")
			.hasRole(Role.ADMIN.name())
			// A council's own view, for the verified supporters who work for that council
			// only (checked in the council module; any other council is not found)
			.requestMatchers("/supporter/council", "/supporter/council/*")
			.hasRole(Role.SUPPORTER.name())
			// Operations: health is public (no details); metrics are for administrators
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/prometheus")
			.hasRole(Role.ADMIN.name())
			// An organisation expresses interest in signing the Covenant
			.requestMatchers("/signatories/join", "/signatories/join/*")
			.permitAll()
			// Every signed-in person
			.requestMatchers("/home")
			.authenticated()
			// Stopping alert emails from a signed link, without signing in
			.requestMatchers("/alerts/unsubscribe/*")
			.permitAll()
			// Each care leaver's and supporter's own alerts and notifications (object
			// checks in the subscription module)
			.requestMatchers("/alerts", "/notifications", "/notifications/*")
			.hasAnyRole(Role.CARE_LEAVER.name(), Role.SUPPORTER.name())
			// A care leaver's own feed, opportunities and account (object checks in the
			// careleaver module: each acts only on their own)
			.requestMatchers("/for-you", "/my-opportunities", "/my-opportunities/**", "/my-account", "/my-account/**")
			.hasRole(Role.CARE_LEAVER.name())
			// A care leaver's links with the people who help them, and the suggestions
			// those people make (each only their own: checked in the support module)
			.requestMatchers("/people-who-help-you", "/people-who-help-you/**", "/for-you/suggestions/*/dismiss")
			.hasRole(Role.CARE_LEAVER.name())
			// A care leaver's answer to being put forward for an opportunity (only their
			// own: checked in the careleaver module)
			.requestMatchers("/put-forward/*", "/put-forward/*/yes", "/put-forward/*/no")
			.hasRole(Role.CARE_LEAVER.name())
			// A care leaver's answer to an adviser asking to sign them up for an event
			// (only their own: checked in the event module)
			.requestMatchers("/event-requests/*", "/event-requests/*/yes", "/event-requests/*/no")
			.hasRole(Role.CARE_LEAVER.name())
			.requestMatchers("/opportunities/*/save", "/opportunities/*/unsave", "/opportunities/*/interest",
					"/opportunities/*/apply", "/opportunities/*/code")
			.hasRole(Role.CARE_LEAVER.name())
			// Signatory users invite and remove the colleagues of their own organisation
			// only (checked in the signatory module)
			.requestMatchers("/organisation/colleagues", "/organisation/colleagues/*/remove")
			.hasRole(Role.SIGNATORY.name())
			// Signatory users act for their own organisation (checked again against the
			// organisation)
			.requestMatchers("/organisation", "/organisation/**")
			.hasRole(Role.SIGNATORY.name())
			// The signing pipeline: coordinators decide, administrators may read
			.requestMatchers(HttpMethod.GET, "/coordinator/signatories", "/coordinator/signatories/*")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers("/coordinator/signatories/**")
			.hasRole(Role.COORDINATOR.name())
			// Take-up figures: coordinators read and export, administrators read; the
			// audit trail of a young person: coordinators and administrators
			.requestMatchers(HttpMethod.GET, "/coordinator/take-up", "/coordinator/audit-trail")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/coordinator/take-up/export")
			.hasRole(Role.COORDINATOR.name())
			// Where opportunities are missing (counts only): coordinators and
			// administrators read it, as the impact dashboard; coordinators download it
			.requestMatchers(HttpMethod.GET, "/coordinator/impact/coverage")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/coordinator/impact/coverage/csv")
			.hasRole(Role.COORDINATOR.name())
			// Matching: the caseload, a young person's record and ranked opportunities,
			// an
			// opportunity's ranked young people, and suggesting (coordinators only; each
			// young person shown is audited)
			.requestMatchers("/coordinator/caseload", "/coordinator/caseload/**", "/coordinator/matches/**")
			.hasRole(Role.COORDINATOR.name())
			// One young person's take-ups, and correcting one: coordinators only
			// (ACCESS.md: they read, audited, and correct take-up status)
			.requestMatchers("/coordinator/young-people/*/take-ups", "/coordinator/young-people/*/take-ups/*")
			.hasRole(Role.COORDINATOR.name())
			// Administrators
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			// An address no controller answers falls through to the "page not found"
			// page; any route
			// that exists but has no rule above is denied.
			.requestMatchers(unmapped)
			.permitAll()
			.anyRequest()
			.denyAll();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * Argon2id for new passwords, at OWASP's minimum (19 MiB of memory, two passes, one
	 * lane: ADR 021). The delegating encoder records the algorithm with each hash, and
	 * the Argon2 one its settings, so a hash made with weaker settings still matches and
	 * is made again at its owner's next sign-in.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2()));
	}

	/** Argon2id with 16-byte salt, 32-byte hash, one lane, 19 MiB and two passes. */
	static Argon2PasswordEncoder argon2() {
		return new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
	}

	static final int ARGON2_MEMORY_KIB = 19 * 1024;

	static final int ARGON2_ITERATIONS = 2;

	/**
	 * Used only by Spring Security's own machinery; signing in goes through
	 * {@link SignIn}.
	 */
	@Bean
	UserDetailsService userDetailsService(AccountRepository accounts) {
		return (email) -> accounts.findByEmail(email)
			.filter((account) -> account.status() == AccountStatus.ACTIVE)
			.map(Account::asCurrentUser)
			.orElseThrow(() -> new UsernameNotFoundException("No active account"));
	}

}
