package org.covenantconnects.supporter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.supporter.internal.DomainNames;
import org.covenantconnects.supporter.internal.SupporterRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Supporters from registration to verification, and what a verified supporter may do. A
 * supporter is verified at once when they work for a council and their email's domain is
 * on that council's allowed list, or for a college or university and their email's domain
 * is one of its staff domains ({@link InstitutionEmailDomains}); otherwise they wait,
 * pending, for a coordinator. Only a verified supporter may share opportunities.
 */
@Service
public class Supporters {

	private final SupporterRepository supporters;

	private final Accounts accounts;

	private final Places places;

	private final Emails emails;

	private final Clock clock;

	private final String baseUrl;

	private final List<InstitutionEmailDomains> institutionDomains;

	Supporters(SupporterRepository supporters, Accounts accounts, Places places, Emails emails, Clock clock,
			@Value("${connects.base-url}") String baseUrl, List<InstitutionEmailDomains> institutionDomains) {
		this.institutionDomains = institutionDomains;
		this.supporters = supporters;
		this.accounts = accounts;
		this.places = places;
		this.emails = emails;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Registers a supporter: a SUPPORTER account to confirm by email, and their profile.
	 * If the address already has an account, its owner is emailed instead and nothing is
	 * created; callers must not tell the person which happened.
	 * @throws IllegalArgumentException for a password the policy rejects, or a council
	 * that does not exist
	 */
	@Transactional
	public void register(NewSupporter supporter, String password) {
		Assert.isTrue(this.places.localAuthority(supporter.council()).isPresent(), "No such council");
		Assert.isTrue(
				(supporter.organisationType() == OrganisationType.COUNCIL) == (supporter.organisationName() == null),
				"A council is named by its id; other organisations by their name");
		this.accounts.register(supporter.name(), supporter.email(), password, Role.SUPPORTER).ifPresent((account) -> {
			String domain = DomainNames.ofEmail(supporter.email());
			boolean allowed = (supporter.organisationType() == OrganisationType.COUNCIL
					&& this.supporters.isAllowed(supporter.council(), domain))
					|| (supporter.organisationType() == OrganisationType.COLLEGE_OR_UNIVERSITY
							&& this.institutionDomains.stream().anyMatch((domains) -> domains.isStaffDomain(domain)));
			this.supporters.insert(account, supporter, domain, allowed ? Verification.VERIFIED : Verification.PENDING,
					null, false, now());
		});
	}

	public Optional<SupporterProfile> find(AccountId account) {
		return this.supporters.find(account);
	}

	/** Whether the account is a supporter whom the Covenant team has verified. */
	public boolean isVerified(AccountId account) {
		return find(account).map(SupporterProfile::isVerified).orElse(false);
	}

	/**
	 * Pending supporters who have confirmed their email address, longest waiting first.
	 */
	public List<SupporterProfile> awaitingVerification(int offset, int limit) {
		return this.supporters.awaitingVerification(offset, limit);
	}

	public long countAwaitingVerification() {
		return this.supporters.countAwaitingVerification();
	}

	/**
	 * How many personal advisers who work for a council are verified on Connects: an
	 * exact count, for the caller to round or hide as its readers require.
	 */
	public long countVerifiedAdvisersAt(LocalAuthorityId council) {
		return this.supporters.countVerifiedAdvisersAt(council);
	}

	/**
	 * A coordinator or administrator verifies a pending supporter, who is told by email.
	 * @return false if the supporter was not pending
	 */
	@Transactional
	public boolean verify(AccountId supporter, AccountId decidedBy) {
		Assert.isTrue(!supporter.equals(decidedBy), "Nobody verifies themselves");
		if (!this.supporters.decide(supporter, Verification.VERIFIED, null, decidedBy, now())) {
			return false;
		}
		tell(supporter, "Your Covenant Connects account is verified",
				(account) -> """
						Hello %s,

						We have checked that you work with care leavers, and your account is verified.

						Sign in to see the opportunities for young people in your region and send them to the young people you support:
						%s/sign-in
						"""
					.formatted(account.displayName(), this.baseUrl));
		return true;
	}

	/**
	 * A coordinator or administrator declines a pending supporter, who is told the reason
	 * by email.
	 * @return false if the supporter was not pending
	 */
	@Transactional
	public boolean decline(AccountId supporter, AccountId decidedBy, String reason) {
		Assert.hasText(reason, "A reason must be given");
		Assert.isTrue(!supporter.equals(decidedBy), "Nobody decides about themselves");
		if (!this.supporters.decide(supporter, Verification.DECLINED, reason.trim(), decidedBy, now())) {
			return false;
		}
		tell(supporter, "We could not verify your Covenant Connects account",
				(account) -> """
						Hello %s,

						We could not confirm that you work with care leavers where you said, so your account has not been verified.

						The Covenant team's reason:
						%s

						If you think this is a mistake, ask your manager to contact the Covenant team. You can still find opportunities at %s/opportunities
						"""
					.formatted(account.displayName(), reason.trim(), this.baseUrl));
		return true;
	}

	/**
	 * A verified supporter sends a published opportunity to a young person's email
	 * address. The email says who sent it and carries no words of theirs: no free text
	 * reaches a young person from someone they have not linked with. Only the fact of the
	 * share is kept, not the address.
	 * @throws IllegalStateException if the supporter is not verified
	 */
	@Transactional
	public void share(AccountId supporter, OpportunityView opportunity, String recipient) {
		SupporterProfile profile = find(supporter).filter(SupporterProfile::isVerified)
			.orElseThrow(() -> new IllegalStateException("Only verified supporters share opportunities"));
		Assert.isTrue(opportunity.isOpen(), "Only open opportunities are shared");
		AccountSummary sender = this.accounts.find(supporter).orElseThrow();
		String who = sender.displayName() + ", " + profile.role().phrase() + " at " + organisationOf(profile);
		this.emails.queue(new Email(recipient.trim(),
				sender.displayName() + " sent you an opportunity: " + opportunity.details().title(),
				"""
						Hello,

						%s, thinks this opportunity on Covenant Connects could be right for you.

						%s
						Offered by %s
						%s

						See the details and how to take it up:
						%s/opportunities/%s

						Covenant Connects lists support for young people leaving care in England. We sent this email because %s asked us to. We will not email you again unless you create an account.
						"""
					.formatted(who, opportunity.details().title(), opportunity.organisationName(),
							opportunity.details().summary(), this.baseUrl, opportunity.id(), sender.displayName()))
			.about(supporter.value(), this.accounts.idOf(recipient.trim()).map(AccountId::value).orElse(null)));
		this.supporters.recordShare(supporter, opportunity.id().value(), now());
	}

	/** The organisation a supporter works for, in words: "Leeds council" or its name. */
	public String organisationOf(SupporterProfile profile) {
		if (profile.organisationType() == OrganisationType.COUNCIL) {
			return this.places.localAuthority(profile.council()).map(LocalAuthority::name).orElse("?") + " council";
		}
		return profile.organisationName();
	}

	/**
	 * Gives an existing demo account a supporter profile, unless it has one. For demo
	 * data only: the caller must have claimed the database for demo data.
	 */
	@Transactional
	public void createDemoSupporter(AccountId account, NewSupporter supporter, Verification verification) {
		if (find(account).isEmpty()) {
			Instant now = now();
			this.supporters.insert(account, supporter, DomainNames.ofEmail(supporter.email()), verification, now, true,
					now);
		}
	}

	/**
	 * The supporter confirmed their email address, so coordinators may now verify them.
	 */
	@Transactional
	public void emailConfirmed(AccountId account) {
		this.supporters.confirmEmail(account, now());
	}

	private void tell(AccountId supporter, String subject, Function<AccountSummary, String> body) {
		this.accounts.find(supporter)
			.ifPresent((account) -> this.emails
				.queue(new Email(account.email(), subject, body.apply(account)).about(supporter.value())));
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * How many verified personal advisers work for each council (by the council they
	 * registered with); councils with none are left out. A count, never who they are.
	 */
	public Map<LocalAuthorityId, Long> verifiedCouncilAdvisersByCouncil() {
		return this.supporters.verifiedCouncilAdvisersByCouncil();
	}

}
