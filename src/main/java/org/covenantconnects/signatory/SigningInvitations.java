package org.covenantconnects.signatory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.signatory.internal.SigningInvitationRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations the Covenant team sends an organisation to sign the Covenant. The emailed
 * link opens the form to sign filled in with what the team recorded; signing from it
 * makes the organisation's signatory under the id it was invited with, so that what the
 * team keeps under that id (its contact log) stays with it. A link works for 30 days; a
 * new invitation to the same organisation replaces the last.
 */
@Service
public class SigningInvitations {

	/** How long an invitation's link works. */
	public static final Duration LASTS = Duration.ofDays(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SigningInvitationRepository invitations;

	private final Signatories signatories;

	private final Accounts accounts;

	private final Emails emails;

	private final Clock clock;

	private final String baseUrl;

	SigningInvitations(SigningInvitationRepository invitations, Signatories signatories, Accounts accounts,
			Emails emails, Clock clock, @Value("${connects.base-url}") String baseUrl) {
		this.invitations = invitations;
		this.signatories = signatories;
		this.accounts = accounts;
		this.emails = emails;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Emails the organisation's contact a link to sign, from the coordinator.
	 * @throws IllegalStateException if the organisation has already started signing
	 */
	@Transactional
	public void invite(InvitationToSign invitation, AccountId coordinator) {
		if (this.signatories.find(invitation.id()).isPresent()) {
			throw new IllegalStateException("This organisation has already started signing");
		}
		String token = newToken();
		Instant now = this.clock.instant();
		this.invitations.save(invitation, hash(token), coordinator, now, now.plus(LASTS));
		String from = this.accounts.find(coordinator)
			.map(AccountSummary::displayName)
			.map((name) -> name + " of the Care Leaver Covenant")
			.orElse("The Care Leaver Covenant");
		this.emails.queue(new Email(invitation.contactEmail(), "Sign the Care Leaver Covenant for " + invitation.name(),
				"""
						Hello %s,

						%s invites %s to sign the Care Leaver Covenant, the promise organisations make to support young people leaving care, with opportunities such as work experience, apprenticeships and training.

						Use this link within 30 days to start. The form is filled in with what we know about %s: check it, tell us what you could offer, and choose a password for your account on Covenant Connects:
						%s/signatories/join/%s

						If you were not expecting this, you do not need to do anything.
						"""
					.formatted(invitation.contactName(), from, invitation.name(), invitation.name(), this.baseUrl,
							token))
			.withSecret(token)
			.about(coordinator.value()));
	}

	/** What an invitation's link is for, if it still works. */
	public Optional<InvitationToSign> invitation(String token) {
		if (token == null || token.isEmpty() || token.length() > 100) {
			return Optional.empty();
		}
		return this.invitations.findUnexpired(hash(token), this.clock.instant());
	}

	/**
	 * The invited organisation signs up from its link: as
	 * {@link Signatories#join(NewOrganisation, String, String, String)}, with the
	 * signatory made under the id it was invited with. The link then stops working.
	 * @return empty if the link no longer works, or if the contact's address already has
	 * an account (its owner is emailed; the page must not say which)
	 */
	@Transactional
	public Optional<SignatoryId> join(String token, NewOrganisation organisation, String contactName,
			String contactEmail, String password) {
		Optional<InvitationToSign> invitation = invitation(token);
		if (invitation.isEmpty() || this.signatories.find(invitation.get().id()).isPresent()) {
			return Optional.empty();
		}
		Optional<SignatoryId> joined = this.signatories.join(invitation.get().id(), organisation, contactName,
				contactEmail, password);
		joined.ifPresent(this.invitations::delete);
		return joined;
	}

	/** Deletes invitations nobody used in 30 days. */
	@Transactional
	public int removeExpired() {
		return this.invitations.deleteExpired(this.clock.instant());
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
