package org.covenantconnects.adviserlink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.adviserlink.internal.LinkRepository;
import org.covenantconnects.audit.AuditTrail;
import org.covenantconnects.careleaver.CareExperience;
import org.covenantconnects.careleaver.ForYouSuggestions;
import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.platform.EmailAddress;
import org.covenantconnects.supporter.SupporterHomeNotice;
import org.covenantconnects.supporter.SupporterProfile;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.takeup.Proposals;
import org.covenantconnects.takeup.TakeUps;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Links between care leavers and the supporters who help them. There is no link without
 * the young person's agreement: either they invite a supporter, who accepts, or a
 * verified supporter asks and the young person accepts. Requests name the other person
 * only by email address, and are matched by address when that person signs in, so nobody
 * learns whether an address has an account. A request waits 30 days.
 *
 * Every method taking a link id and an account acts only on a link or request that
 * belongs to that account: anything else is answered as if it did not exist
 * ({@link NoSuchLinkException}).
 */
@Service
public class Links implements ForYouSuggestions, SupporterHomeNotice {

	/** How long a request waits for an answer. */
	static final Duration WAITS = Duration.ofDays(30);

	private final LinkRepository links;

	private final Accounts accounts;

	private final Supporters supporters;

	private final Opportunities opportunities;

	private final Emails emails;

	private final Clock clock;

	private final String baseUrl;

	private final TakeUps takeUps;

	private final AuditTrail auditTrail;

	private final Proposals proposals;

	private final CareExperience careExperience;

	Links(LinkRepository links, Accounts accounts, Supporters supporters, Opportunities opportunities, Emails emails,
			Clock clock, @Value("${connects.base-url}") String baseUrl, TakeUps takeUps, Proposals proposals,
			AuditTrail auditTrail, CareExperience careExperience) {
		this.careExperience = careExperience;
		this.takeUps = takeUps;
		this.auditTrail = auditTrail;
		this.proposals = proposals;
		this.links = links;
		this.accounts = accounts;
		this.supporters = supporters;
		this.opportunities = opportunities;
		this.emails = emails;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * A care leaver invites a supporter by their work email address. The address is
	 * emailed how to accept, or how to join if they have no account; the young person is
	 * told the same either way.
	 */
	@Transactional
	public void inviteSupporter(AccountId careLeaver, String email) {
		AccountSummary young = careLeaverAccount(careLeaver);
		String address = email.trim();
		Assert.isTrue(!EmailAddress.same(address, young.email()), "Nobody invites themselves");
		this.links.insertWaiting(UUID.randomUUID(), null, careLeaver, address, Link.StartedBy.CARE_LEAVER, now());
		this.emails.queue(new Email(address, young.displayName() + " asked you to help them on Covenant Connects",
				"""
						Hello,

						%s, a young person leaving care, would like to link their Covenant Connects account with you, so that you can see the opportunities they save and apply for, and suggest others.

						If you have a verified supporter account with this email address, sign in and accept on the page "Young people you support":
						%s/supporter/young-people

						If you do not have an account, register as a supporter with this email address:
						%s/register/supporter
						Once your account is verified, the invitation is waiting for you there.

						The invitation lasts 30 days. If you do not know %s, you do not need to do anything.
						"""
					.formatted(young.displayName(), this.baseUrl, this.baseUrl, young.displayName()))
			.about(careLeaver.value()));
	}

	/**
	 * A verified supporter asks to link with a young person, by the young person's email
	 * address. If the address belongs to a care leaver they are emailed; nothing tells
	 * the supporter whether it does.
	 * @throws IllegalStateException if the supporter is not verified
	 */
	@Transactional
	public void askCareLeaver(AccountId supporter, String email) {
		AccountSummary adviser = verifiedSupporterAccount(supporter);
		String address = email.trim();
		Assert.isTrue(!EmailAddress.same(address, adviser.email()), "Nobody asks themselves");
		this.links.insertWaiting(UUID.randomUUID(), supporter, null, address, Link.StartedBy.SUPPORTER, now());
		this.accounts.idOf(address)
			.flatMap(this.accounts::find)
			.filter((account) -> account.role() == Role.CARE_LEAVER)
			.ifPresent((account) -> this.emails.queue(new Email(account.email(),
					adviser.displayName() + " would like to link with you on Covenant Connects",
					"""
							Hello %s,

							%s would like to link with your Covenant Connects account. If you say yes, they can see the opportunities you save and apply for, and suggest opportunities to you.

							Nothing happens unless you say yes. Sign in to say yes or no:
							%s/people-who-help-you

							You can end the link at any time.
							"""
						.formatted(account.displayName(), describe(supporter, adviser), this.baseUrl))
				.about(supporter.value())));
	}

	/** Supporters' requests waiting for this care leaver's answer. */
	public List<Link> requestsFor(AccountId careLeaver) {
		return this.links.waitingFor(careLeaverAccount(careLeaver).email(), Link.StartedBy.SUPPORTER, cutoff());
	}

	/** Invitations this care leaver sent that still wait. */
	public List<Link> invitationsSentBy(AccountId careLeaver) {
		return this.links.askedBy(careLeaver, Link.StartedBy.CARE_LEAVER, cutoff());
	}

	/**
	 * Young people's invitations waiting for this supporter's answer; none until the
	 * supporter is verified.
	 */
	public List<Link> invitationsFor(AccountId supporter) {
		if (!this.supporters.isVerified(supporter)) {
			return List.of();
		}
		return this.links.waitingFor(this.accounts.find(supporter).orElseThrow().email(), Link.StartedBy.CARE_LEAVER,
				cutoff());
	}

	/** Requests this supporter made that still wait. */
	public List<Link> requestsSentBy(AccountId supporter) {
		return this.links.askedBy(supporter, Link.StartedBy.SUPPORTER, cutoff());
	}

	/**
	 * The care leaver says yes to a supporter's request made to their address. The
	 * supporter is told by email.
	 * @throws NoSuchLinkException if no such request waits for them
	 */
	@Transactional
	public void acceptRequest(AccountId careLeaver, UUID request) {
		Link link = requestFor(careLeaver, request);
		if (this.links.isActive(link.supporter(), careLeaver)) {
			this.links.delete(link.id());
			return;
		}
		this.links.activate(link.id(), link.supporter(), careLeaver, now());
		tellSupporterStarted(link.supporter(), careLeaver);
	}

	/**
	 * The care leaver says no to a supporter's request; it is removed. The supporter is
	 * not told, so nothing says whether the address has an account.
	 * @throws NoSuchLinkException if no such request waits for them
	 */
	@Transactional
	public void declineRequest(AccountId careLeaver, UUID request) {
		this.links.delete(requestFor(careLeaver, request).id());
	}

	/**
	 * A verified supporter accepts a young person's invitation made to their address.
	 * They are sent an email saying the link has started.
	 * @throws NoSuchLinkException if no such invitation waits for them
	 */
	@Transactional
	public void acceptInvitation(AccountId supporter, UUID invitation) {
		Link link = invitationFor(supporter, invitation);
		if (this.links.isActive(supporter, link.careLeaver())) {
			this.links.delete(link.id());
			return;
		}
		this.links.activate(link.id(), supporter, link.careLeaver(), now());
		tellSupporterStarted(supporter, link.careLeaver());
	}

	/**
	 * A supporter declines a young person's invitation; it is removed.
	 * @throws NoSuchLinkException if no such invitation waits for them
	 */
	@Transactional
	public void declineInvitation(AccountId supporter, UUID invitation) {
		this.links.delete(invitationFor(supporter, invitation).id());
	}

	/**
	 * The care leaver ends a link, or withdraws an invitation they sent. The supporter of
	 * an active link is told by email; their suggestions go with the link.
	 * @throws NoSuchLinkException if it is not theirs
	 */
	@Transactional
	public void end(AccountId careLeaver, UUID id) {
		Link link = this.links.find(id)
			.filter((l) -> careLeaver.equals(l.careLeaver()))
			.orElseThrow(NoSuchLinkException::new);
		this.links.delete(link.id());
		if (link.active()) {
			// Anything the adviser referred them for and they did not answer goes too.
			this.proposals.withdrawWaiting(link.supporter(), careLeaver);
			AccountSummary young = careLeaverAccount(careLeaver);
			this.accounts.find(link.supporter())
				.ifPresent(
						(adviser) -> this.emails
							.queue(new Email(adviser.email(),
									young.displayName() + " ended their link with you on Covenant Connects",
									"""
											Hello %s,

											%s has ended the link between your Covenant Connects accounts. You can no longer see their opportunities or suggest opportunities to them.

											Young people can end a link whenever they choose. If you still work with them, talk to them about it.
											"""
										.formatted(adviser.displayName(), young.displayName()))
								.about(careLeaver.value())));
		}
	}

	/** The supporters linked with a care leaver, most recent first. */
	public List<Link> supportersOf(AccountId careLeaver) {
		return this.links.activeOf(careLeaver, false);
	}

	/** The young people linked with a supporter, most recent first. */
	public List<Link> youngPeopleOf(AccountId supporter) {
		return this.links.activeOf(supporter, true);
	}

	/**
	 * The young people linked with a verified supporter, most recent link first, each
	 * with the take-up whose status changed last. Each is recorded in the young person's
	 * audit trail, as the list shows their progress.
	 */
	@Transactional
	public List<LinkedYoungPerson> youngPeopleWithLatestOf(AccountId supporter) {
		if (!this.supporters.isVerified(supporter)) {
			return List.of();
		}
		return youngPeopleOf(supporter).stream().map((link) -> {
			this.auditTrail.recordView(supporter, Role.SUPPORTER, link.careLeaver(),
					"Listed among their adviser's young people");
			TakeUps.Progress latest = this.takeUps.progressOf(link.careLeaver())
				.stream()
				.filter((row) -> row.changedAt() != null)
				.max(Comparator.comparing(TakeUps.Progress::changedAt))
				.orElse(null);
			return new LinkedYoungPerson(link.id(), nameOf(link.careLeaver()), latest);
		}).toList();
	}

	/**
	 * One of the supporter's own active links.
	 * @throws NoSuchLinkException if it is not an active link of this verified supporter
	 */
	public Link linkOf(AccountId supporter, UUID id) {
		if (!this.supporters.isVerified(supporter)) {
			throw new NoSuchLinkException();
		}
		return this.links.find(id)
			.filter(Link::active)
			.filter((link) -> supporter.equals(link.supporter()))
			.orElseThrow(NoSuchLinkException::new);
	}

	/**
	 * What a linked supporter sees of a young person: their saved and applied-for
	 * opportunities with their statuses, and the suggestions made through the link.
	 * Recorded in the young person's audit trail.
	 * @throws NoSuchLinkException if it is not an active link of this verified supporter
	 */
	@Transactional
	public List<TakeUps.Progress> progressThrough(AccountId supporter, UUID link) {
		AccountId careLeaver = linkOf(supporter, link).careLeaver();
		this.auditTrail.recordView(supporter, Role.SUPPORTER, careLeaver, "Opened their progress as their adviser");
		return this.takeUps.progressOf(careLeaver);
	}

	/**
	 * Where the care experience of a young person linked with the supporter stands, and
	 * every confirmation and correction of it, oldest first. Recorded in the young
	 * person's audit trail.
	 * @throws NoSuchLinkException if it is not an active link of this verified supporter
	 */
	@Transactional
	public List<CareExperience.Confirmation> careExperienceThrough(AccountId supporter, UUID link) {
		AccountId careLeaver = linkOf(supporter, link).careLeaver();
		this.auditTrail.recordView(supporter, Role.SUPPORTER, careLeaver,
				"Opened the confirmation of their care experience as their adviser");
		return this.careExperience.historyOf(careLeaver);
	}

	/**
	 * The personal adviser linked with a young person confirms, once, that they are
	 * care-experienced and which council looked after them.
	 * @throws NoSuchLinkException if it is not an active link of this verified supporter
	 * @throws CareExperience.AlreadyConfirmedException if it was confirmed before
	 */
	@Transactional
	public void confirmCareExperience(AccountId supporter, UUID link, LocalAuthorityId council) {
		AccountId careLeaver = linkOf(supporter, link).careLeaver();
		this.careExperience.confirm(careLeaver, council, supporter, CareExperience.Confirmer.PERSONAL_ADVISER);
	}

	/** The council a linked young person says looked after them. */
	public LocalAuthorityId statedCouncilThrough(AccountId supporter, UUID link) {
		return this.careExperience.statedCouncil(linkOf(supporter, link).careLeaver())
			.orElseThrow(NoSuchLinkException::new);
	}

	/**
	 * A linked supporter suggests an open opportunity; it appears in the young person's
	 * For you, saying who suggested it, until they dismiss it.
	 * @throws NoSuchLinkException if it is not an active link of this verified supporter
	 * @throws Opportunities.NoSuchOpportunityException if it is not published
	 */
	@Transactional
	public void suggest(AccountId supporter, UUID link, OpportunityId opportunity) {
		Link own = linkOf(supporter, link);
		OpportunityView found = this.opportunities.findPublic(opportunity)
			.filter(OpportunityView::isOpen)
			.orElseThrow(() -> new Opportunities.NoSuchOpportunityException(opportunity));
		this.links.suggest(own.id(), found.id(), now());
	}

	/** Opportunities suggested through this link, newest first. */
	public List<OpportunityId> suggestedThrough(AccountId supporter, UUID link) {
		return this.links.suggestionsThrough(linkOf(supporter, link).id())
			.stream()
			.map(LinkRepository.SuggestionRow::opportunity)
			.toList();
	}

	@Override
	public List<Suggestion> suggestedTo(AccountId careLeaver) {
		return this.links.suggestionsTo(careLeaver)
			.stream()
			.map((row) -> new Suggestion(row.id(), row.opportunity(), nameOf(row.supporter())))
			.toList();
	}

	@Override
	public List<String> noticesFor(AccountId supporter) {
		int waiting = invitationsFor(supporter).size();
		if (waiting == 0) {
			return List.of();
		}
		return List.of((waiting == 1) ? "A young person has invited you to link with them."
				: waiting + " young people have invited you to link with them.");
	}

	/**
	 * The care leaver removes a suggestion from For you.
	 * @throws NoSuchLinkException if it was not made to them
	 */
	@Transactional
	public void dismiss(AccountId careLeaver, UUID suggestion) {
		if (!this.links.dismiss(suggestion, careLeaver, now())) {
			throw new NoSuchLinkException();
		}
	}

	/** A supporter in words: "Sam Patel, a personal adviser at Manchester council". */
	public String describe(AccountId supporter) {
		return this.accounts.find(supporter).map((account) -> describe(supporter, account)).orElse("A supporter");
	}

	/** The name someone goes by. */
	public String nameOf(AccountId account) {
		return this.accounts.find(account).map(AccountSummary::displayName).orElse("Someone");
	}

	/**
	 * Links a demo care leaver and a demo supporter. For demo data only: the caller must
	 * have claimed the database for demo data.
	 */
	@Transactional
	public void createDemoLink(AccountId supporter, AccountId careLeaver) {
		if (!this.links.isActive(supporter, careLeaver)) {
			this.links.insertActive(supporter, careLeaver, now(), true);
		}
	}

	/**
	 * Links a young person who, claiming the account a supporter registered for them,
	 * chose to link with that supporter. The supporter is told by email.
	 */
	@Transactional
	public void linkAtClaim(AccountId supporter, AccountId careLeaver) {
		if (!this.links.isActive(supporter, careLeaver)) {
			this.links.insertActive(supporter, careLeaver, now(), false);
			tellSupporterStarted(supporter, careLeaver);
		}
	}

	/** Removes requests that have waited 30 days. */
	@Transactional
	public int removeExpiredRequests() {
		return this.links.deleteWaitingBefore(cutoff());
	}

	private Link requestFor(AccountId careLeaver, UUID id) {
		return requestsFor(careLeaver).stream()
			.filter((link) -> link.id().equals(id))
			.findFirst()
			.orElseThrow(NoSuchLinkException::new);
	}

	private Link invitationFor(AccountId supporter, UUID id) {
		return invitationsFor(supporter).stream()
			.filter((link) -> link.id().equals(id))
			.findFirst()
			.orElseThrow(NoSuchLinkException::new);
	}

	private void tellSupporterStarted(AccountId supporter, AccountId careLeaver) {
		String young = nameOf(careLeaver);
		this.accounts.find(supporter)
			.ifPresent(
					(adviser) -> this.emails.queue(
							new Email(adviser.email(), "You are now linked with " + young + " on Covenant Connects",
									"""
											Hello %s,

											%s agreed to link their Covenant Connects account with yours. You can now see the opportunities they save and apply for, and suggest opportunities to them:
											%s/supporter/young-people

											They can end the link at any time, and we will tell you if they do.
											"""
										.formatted(adviser.displayName(), young, this.baseUrl))
								.about(careLeaver.value())));
	}

	private String describe(AccountId supporter, AccountSummary account) {
		Optional<SupporterProfile> profile = this.supporters.find(supporter);
		return profile
			.map((p) -> account.displayName() + ", " + p.role().phrase() + " at " + this.supporters.organisationOf(p))
			.orElse(account.displayName());
	}

	private AccountSummary careLeaverAccount(AccountId careLeaver) {
		return this.accounts.find(careLeaver)
			.filter((account) -> account.role() == Role.CARE_LEAVER)
			.orElseThrow(NoSuchLinkException::new);
	}

	private AccountSummary verifiedSupporterAccount(AccountId supporter) {
		if (!this.supporters.isVerified(supporter)) {
			throw new IllegalStateException("Only verified supporters ask to link");
		}
		return this.accounts.find(supporter).orElseThrow();
	}

	private Instant cutoff() {
		return now().minus(WAITS);
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * A young person linked with a supporter.
	 *
	 * @param latest the take-up whose status changed last, or {@code null} if they have
	 * none
	 */
	public record LinkedYoungPerson(UUID link, String name, TakeUps.Progress latest) {

	}

	/** No link or request with this id belongs to the person asking. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class NoSuchLinkException extends RuntimeException {

		public NoSuchLinkException() {
			super("No such link");
		}

	}

}
