package org.covenantconnects.signatory.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The people who act for an organisation: a signatory user invites a colleague by email,
 * the colleague chooses a password from the link and acts for the organisation from then
 * on, and any of them removes another. No account exists until the colleague chooses a
 * password, and no page says whether an address already has one. An organisation always
 * keeps at least one person.
 */
@Service
public class Colleagues {

	/** How long an invitation's link works. */
	static final Duration LASTS = Duration.ofDays(7);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SignatoryRepository signatories;

	private final ColleagueInvitationRepository invitations;

	private final Accounts accounts;

	private final Emails emails;

	private final Clock clock;

	private final String baseUrl;

	Colleagues(SignatoryRepository signatories, ColleagueInvitationRepository invitations, Accounts accounts,
			Emails emails, Clock clock, @Value("${connects.base-url}") String baseUrl) {
		this.signatories = signatories;
		this.invitations = invitations;
		this.accounts = accounts;
		this.emails = emails;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** The people who act for the member's organisation, earliest first. */
	public List<AccountSummary> of(AccountId member) {
		Signatory organisation = organisationOf(member);
		return this.signatories.members(organisation.id())
			.stream()
			.map(this.accounts::find)
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * Invites a colleague to act for the member's organisation: they are emailed a link
	 * to choose a password, which works for 7 days, and a new invitation to the same
	 * address replaces it. If the address already has an account, its owner is emailed
	 * instead and nothing is kept. Callers must answer the same way in both cases; both
	 * take the same steps in one transaction (read the account with the address, write or
	 * clear the organisation's invitation to it, write one email), so that the time taken
	 * does not tell them apart either.
	 * @throws NoSuchColleagueException if the account acts for no organisation
	 */
	@Transactional
	public void invite(AccountId member, String name, String email) {
		Signatory organisation = organisationOf(member);
		String inviter = this.accounts.find(member).map(AccountSummary::displayName).orElse("A colleague");
		String address = email.trim();
		// Made either way, like every other step, so that both take as long.
		String token = newToken();
		String tokenHash = hash(token);
		Optional<AccountSummary> holder = this.accounts.holderOf(address);
		if (holder.isPresent()) {
			this.invitations.withdraw(organisation.id(), address);
			this.emails.queue(new Email(holder.get().email(), "A colleague tried to add you on Covenant Connects",
					"""
							Hello %s,

							%s tried to add you as a colleague at %s on Covenant Connects, but this email address already has a Covenant Connects account. Nothing has changed.

							If you already act for %s, you do not need to do anything. Sign in here: %s/sign-in
							If you have forgotten your password, reset it here: %s/password/forgot

							An account can act for only one organisation. To act for %s, ask %s to invite a different email address of yours, such as your work address.

							If you do not know them, you do not need to do anything.
							"""
						.formatted(holder.get().displayName(), inviter, organisation.name(), organisation.name(),
								this.baseUrl, this.baseUrl, organisation.name(), inviter))
				.about(holder.get().id().value(), member.value()));
			return;
		}
		Instant now = now();
		this.invitations.save(new ColleagueInvitation(UUID.randomUUID(), organisation.id(), name.trim(), address,
				member, now, now.plus(LASTS)), tokenHash);
		this.emails
			.queue(new Email(address, "You are invited to act for " + organisation.name() + " on Covenant Connects",
					"""
							Hello %s,

							%s has invited you to act for %s on Covenant Connects, the service of the Care Leaver Covenant, where organisations offer opportunities to young people leaving care.

							Use this link within 7 days to choose your password and start:
							%s/colleague-invitation/%s

							If you were not expecting this, you do not need to do anything.
							"""
						.formatted(name.trim(), inviter, organisation.name(), this.baseUrl, token))
				.about(member.value()));
	}

	/** What an invitation's link is for, if it is still valid. */
	public Optional<Invited> invitation(String token) {
		return findUnexpired(token).map((invitation) -> new Invited(invitation.displayName(), invitation.email(),
				this.signatories.find(invitation.signatory().value()).map(Signatory::name).orElse("an organisation"),
				this.accounts.find(invitation.invitedBy()).map(AccountSummary::displayName).orElse("A colleague")));
	}

	/**
	 * The invited colleague chooses a password: their account is created, active at once
	 * (the link proved their address), and acts for the organisation that invited them.
	 * The link then stops working.
	 * @throws IllegalArgumentException for a password the policy rejects (nothing
	 * changes)
	 */
	@Transactional
	public Joining join(String token, String password) {
		Optional<ColleagueInvitation> found = findUnexpired(token);
		if (found.isEmpty()) {
			return Joining.LINK_NOT_VALID;
		}
		ColleagueInvitation invitation = found.get();
		Optional<AccountId> account = this.accounts.registerConfirmed(invitation.displayName(), invitation.email(),
				password, Role.SIGNATORY);
		this.invitations.delete(invitation.id());
		if (account.isEmpty()) {
			return Joining.ADDRESS_TAKEN;
		}
		this.signatories.addMember(invitation.signatory(), account.get(), now());
		return Joining.JOINED;
	}

	/**
	 * Removes someone from the people who act for the member's organisation (the member
	 * themselves included) and signs them out everywhere at once.
	 * @throws NoSuchColleagueException if they do not act for the member's organisation
	 * @throws LastColleagueException if they are the only one left
	 */
	@Transactional
	public void remove(AccountId member, AccountId colleague) {
		Signatory organisation = organisationOf(member);
		// Two people removing each other at once must not leave the organisation with
		// nobody.
		this.signatories.lock(organisation.id());
		List<AccountId> members = this.signatories.members(organisation.id());
		if (!members.contains(member) || !members.contains(colleague)) {
			throw new NoSuchColleagueException();
		}
		if (members.size() == 1) {
			throw new LastColleagueException();
		}
		this.signatories.removeMember(organisation.id(), colleague);
		this.accounts.signOutEverywhere(colleague);
	}

	/** Deletes invitations nobody used in 7 days. */
	@Transactional
	public int removeExpiredInvitations() {
		return this.invitations.deleteExpired(now());
	}

	private Optional<ColleagueInvitation> findUnexpired(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.invitations.findUnexpired(hash(token), now());
	}

	private Signatory organisationOf(AccountId member) {
		return this.signatories.ofMember(member).orElseThrow(NoSuchColleagueException::new);
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

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * An invitation as the invited colleague sees it.
	 *
	 * @param invitedBy the name of the colleague who invited them
	 */
	public record Invited(String name, String email, String organisation, String invitedBy) {

	}

	/** What came of following an invitation's link and choosing a password. */
	public enum Joining {

		/** They now act for the organisation. */
		JOINED,
		/** The link has expired or was used. */
		LINK_NOT_VALID,
		/**
		 * An account was made with the address after the invitation was sent; the
		 * invitation is gone.
		 */
		ADDRESS_TAKEN

	}

	/**
	 * The person asking acts for no organisation, or the colleague is not one of theirs.
	 */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class NoSuchColleagueException extends RuntimeException {

		public NoSuchColleagueException() {
			super("No such colleague");
		}

	}

	/** Nobody may remove the only person who acts for an organisation. */
	public static class LastColleagueException extends RuntimeException {

		LastColleagueException() {
			super("The only person who acts for an organisation cannot be removed");
		}

	}

}
