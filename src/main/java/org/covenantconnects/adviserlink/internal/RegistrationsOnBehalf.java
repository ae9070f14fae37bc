package org.covenantconnects.adviserlink.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.adviserlink.Links;
import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.NewCareLeaver;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.supporter.Supporters;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * A coordinator or a verified supporter registers a care leaver with a few details; the
 * young person is emailed a link to claim the account, which they do by checking the
 * details, choosing a password, accepting the privacy notice and choosing whether to link
 * with the supporter who registered them. No account exists until they claim it, and an
 * invitation nobody claims is deleted after 30 days.
 */
@Service
public class RegistrationsOnBehalf {

	/** How long an invitation can be claimed. */
	static final Duration LASTS = Duration.ofDays(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final InvitationRepository invitations;

	private final Accounts accounts;

	private final CareLeavers careLeavers;

	private final Supporters supporters;

	private final Links links;

	private final Places places;

	private final Emails emails;

	private final Clock clock;

	private final String baseUrl;

	RegistrationsOnBehalf(InvitationRepository invitations, Accounts accounts, CareLeavers careLeavers,
			Supporters supporters, Links links, Places places, Emails emails, Clock clock,
			@Value("${connects.base-url}") String baseUrl) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.careLeavers = careLeavers;
		this.supporters = supporters;
		this.links = links;
		this.places = places;
		this.emails = emails;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Whether this person may register young people: a coordinator or a verified
	 * supporter.
	 */
	public boolean mayRegister(AccountId person, Role role) {
		return role == Role.COORDINATOR || (role == Role.SUPPORTER && this.supporters.isVerified(person));
	}

	/**
	 * Registers a young person on their behalf and emails them a link to claim the
	 * account. If the address already has an account, its owner is emailed instead and
	 * nothing is kept; callers must not tell the person which happened.
	 * @throws IllegalStateException if the person may not register young people
	 * @throws IllegalArgumentException for a council that does not exist, or someone
	 * younger than 16
	 */
	@Transactional
	public void register(AccountId by, Role role, String fullName, String email, LocalDate dateOfBirth,
			LocalAuthorityId council) {
		register(by, role, fullName, email, dateOfBirth, council, null);
	}

	/**
	 * Registers a young person on their behalf, with the college or university they go to
	 * ({@code null} for none), which their profile takes when they claim the account.
	 */
	@Transactional
	public void register(AccountId by, Role role, String fullName, String email, LocalDate dateOfBirth,
			LocalAuthorityId council, String institution) {
		if (!mayRegister(by, role)) {
			throw new IllegalStateException("Only coordinators and verified supporters register young people");
		}
		Assert.isTrue(this.places.localAuthority(council).isPresent(), "No such council");
		Assert.isTrue(CareLeaverProfile.ageOn(dateOfBirth, today()) >= CareLeaverProfile.YOUNGEST,
				"Care leavers register from the age of 16");
		String address = email.trim();
		String who = (role == Role.SUPPORTER) ? this.links.describe(by) : "The Covenant team";
		if (this.accounts.idOf(address).isPresent()) {
			this.emails.queue(new Email(address, "You already have a Covenant Connects account",
					"""
							Hello,

							%s tried to create a Covenant Connects account for you, but this email address already has one.

							Sign in here: %s/sign-in
							If you have forgotten your password, reset it here: %s/password/forgot

							If you want them to see how you are getting on, you can invite them from "People who help you" once you have signed in.
							"""
						.formatted(who, this.baseUrl, this.baseUrl)));
			return;
		}
		String token = newToken();
		Instant now = now();
		this.invitations.insert(new Invitation(UUID.randomUUID(), fullName.trim(), address, dateOfBirth, council,
				(institution == null || institution.isBlank()) ? null : institution.strip(), by, role == Role.SUPPORTER,
				now, now.plus(LASTS)), hash(token));
		this.emails.queue(new Email(address, "Your Covenant Connects account is ready for you",
				"""
						Hello %s,

						%s has started a Covenant Connects account for you. Covenant Connects shows jobs, training, discounts and other help for young people leaving care in England.

						Nothing is set up until you say so. Use this link to check your details, choose a password and decide what happens next:
						%s/claim/%s

						The link works for 30 days. If you do nothing, we delete your details after that. If this is not you, you do not need to do anything.
						"""
					.formatted(fullName.trim(), who, this.baseUrl, token))
			.withSecret(token)
			.about(by.value()));
	}

	/** The invitation a link leads to, if it is still valid. */
	public Optional<Invitation> invitation(String token) {
		return this.invitations.findUnexpired(hash(token), now());
	}

	/** The name of a council. */
	public String councilName(LocalAuthorityId council) {
		return this.places.localAuthority(council).map(LocalAuthority::name).orElse("Unknown council");
	}

	/**
	 * The young person claims their account: it is created, active at once (the link
	 * proved their address), and linked with the supporter who registered them if they
	 * choose. The invitation is deleted.
	 * @param link whether to link with the supporter who registered them (ignored when a
	 * coordinator did)
	 * @return whether the account was created; false if the link is no longer valid or
	 * the address has an account already
	 * @throws IllegalArgumentException for a password the policy rejects
	 */
	@Transactional
	public boolean claim(String token, String password, boolean link) {
		Optional<Invitation> found = invitation(token);
		if (found.isEmpty()) {
			return false;
		}
		Invitation invitation = found.get();
		// Where they live now is taken to be the region of the council; they can say
		// otherwise later.
		RegionCode region = this.places.localAuthority(invitation.council()).orElseThrow().region();
		Optional<AccountId> account = this.careLeavers.registerClaimed(new NewCareLeaver(invitation.fullName(), null,
				invitation.email(), invitation.dateOfBirth(), invitation.council(), region, Set.of(), Set.of(),
				Situation.PREFER_NOT_TO_SAY, null, invitation.institution()), password);
		this.invitations.delete(invitation.id());
		if (account.isEmpty()) {
			return false;
		}
		if (link && invitation.invitedBySupporter() && this.supporters.isVerified(invitation.invitedBy())) {
			this.links.linkAtClaim(invitation.invitedBy(), account.get());
		}
		return true;
	}

	/** Deletes invitations nobody claimed in 30 days. */
	@Transactional
	public int removeExpired() {
		return this.invitations.deleteExpired(now());
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
