package org.covenantconnects.opportunity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountStatus;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.opportunity.internal.Opportunity;
import org.covenantconnects.opportunity.internal.OpportunityRepository;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.SignatorySummary;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Opportunities from draft to archive, and the search of the published ones. Methods
 * taking a member's account act only on that member's own organisation's opportunities:
 * any other id is answered as if it did not exist ({@link NoSuchOpportunityException}).
 */
@Service
public class Opportunities {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final OpportunityRepository opportunities;

	private final Signatories signatories;

	private final Places places;

	private final Clock clock;

	private final Accounts accounts;

	private final Emails emails;

	private final String baseUrl;

	private final ApplicationEventPublisher events;

	Opportunities(OpportunityRepository opportunities, Signatories signatories, Places places, Clock clock,
			Accounts accounts, Emails emails, @Value("${connects.base-url}") String baseUrl,
			ApplicationEventPublisher events) {
		this.events = events;
		this.accounts = accounts;
		this.emails = emails;
		this.baseUrl = baseUrl;
		this.opportunities = opportunities;
		this.signatories = signatories;
		this.places = places;
		this.clock = clock;
	}

	/**
	 * Saves a draft for the member's organisation.
	 * @throws IllegalArgumentException if the details have problems
	 * @throws IllegalStateException if the account does not act for an organisation
	 */
	@Transactional
	public OpportunityId createDraft(AccountId member, OpportunityDetails details) {
		SignatorySummary organisation = organisationOf(member);
		Opportunity opportunity = Opportunity.draft(organisation.id(), organisation.name(), details, now());
		this.opportunities.insert(opportunity);
		return opportunity.id();
	}

	/**
	 * The member's organisation's opportunities, newest first, leaving out archived ones.
	 */
	public List<OpportunityView> ofOrganisation(AccountId member) {
		return this.signatories.ofMember(member)
			.map((organisation) -> this.opportunities.ofSignatory(organisation.id()).stream().map(this::view).toList())
			.orElse(List.of());
	}

	/** One of the member's organisation's opportunities; empty for any other. */
	public Optional<OpportunityView> findOwn(AccountId member, OpportunityId id) {
		return own(member, id).map(this::view);
	}

	/**
	 * Changes an own draft or published opportunity; a substantive change to a published
	 * one sends it back for review.
	 */
	@Transactional
	public void edit(AccountId member, OpportunityId id, OpportunityDetails details) {
		Opportunity opportunity = requireOwn(member, id);
		opportunity.organisationName = organisationOf(member).name();
		opportunity.edit(details, now());
		this.opportunities.update(opportunity);
	}

	@Transactional
	public void submit(AccountId member, OpportunityId id) {
		change(requireOwn(member, id), (o) -> o.submit(now()));
	}

	@Transactional
	public void confirmStillAvailable(AccountId member, OpportunityId id) {
		change(requireOwn(member, id), (o) -> o.confirmStillAvailable(now()));
	}

	/** The signatory closes an opportunity, for example because it is full. */
	@Transactional
	public void close(AccountId member, OpportunityId id) {
		change(requireOwn(member, id), Opportunity::close);
	}

	/**
	 * The signatory archives a closed opportunity or a draft it no longer needs: it
	 * leaves their list, and any take-up of it keeps its record.
	 */
	@Transactional
	public void archive(AccountId member, OpportunityId id) {
		change(requireOwn(member, id), Opportunity::archive);
	}

	/** Any opportunity, whatever its status: for coordinators and administrators. */
	public Optional<OpportunityView> find(OpportunityId id) {
		return this.opportunities.find(id.value()).map(this::view);
	}

	/** An opportunity the public may see (published or closed, and not hidden). */
	public Optional<OpportunityView> findPublic(OpportunityId id) {
		return find(id).filter(OpportunityView::isPublic);
	}

	/** Submissions waiting for a coordinator, oldest first. */
	public List<OpportunityView> awaitingReview(int offset, int limit) {
		return this.opportunities.withStatus(Status.SUBMITTED, offset, limit).stream().map(this::view).toList();
	}

	public long countAwaitingReview() {
		return this.opportunities.countWithStatus(Status.SUBMITTED);
	}

	/**
	 * A coordinator publishes a submission. Publishes {@link OpportunityPublished}.
	 * @throws IllegalStateException if it is not submitted, or its organisation has not
	 * signed
	 */
	@Transactional
	public void publish(OpportunityId id) {
		Opportunity opportunity = load(id);
		boolean signed = this.signatories.find(opportunity.signatory).map(SignatorySummary::isSigned).orElse(false);
		change(opportunity, (o) -> o.publish(signed, now()));
		this.events.publishEvent(new OpportunityPublished(id));
	}

	/**
	 * A coordinator returns a submission to draft with reasons the signatory will see.
	 */
	@Transactional
	public void returnWithReason(OpportunityId id, String reason) {
		change(load(id), (o) -> o.returnWithReason(reason, now()));
	}

	/**
	 * A coordinator takes a published or closed opportunity down: it leaves search, For
	 * you, alerts, matching, the directory and the API, its page answers that it is no
	 * longer available, and everyone who acts for its organisation is emailed the reason.
	 * @throws IllegalStateException if it is not published or closed
	 * @throws IllegalArgumentException if the reason is blank
	 */
	@Transactional
	public void takeDown(OpportunityId id, String reason, AccountId coordinator) {
		Opportunity opportunity = load(id);
		change(opportunity, (o) -> o.takeDown(reason, coordinator, now()));
		tellOrganisation(opportunity, "Your opportunity has been taken down",
				"""
						Hello %s,

						The Covenant team has taken down your opportunity "%s". Care leavers and the people who support them can no longer see it.

						The reason:
						%s

						You can read it on the opportunity's page, and reply to the Covenant team if you think it should go back:
						%s/organisation/opportunities/%s
						""",
				opportunity.takenDownReason);
	}

	/**
	 * A coordinator puts a taken-down opportunity back as it was (usually published), and
	 * its organisation is emailed.
	 * @throws IllegalStateException if it is not taken down
	 */
	@Transactional
	public void putBack(OpportunityId id) {
		Opportunity opportunity = load(id);
		change(opportunity, Opportunity::putBack);
		tellOrganisation(opportunity, "Your opportunity is back",
				"""
						Hello %s,

						The Covenant team has put your opportunity "%s" back. Care leavers and the people who support them can see it again.%s

						%s/organisation/opportunities/%s
						""",
				"");
	}

	/** The opportunities taken down, most recently first, for coordinators. */
	public List<OpportunityView> takenDown() {
		return this.opportunities.takenDown().stream().map(this::view).toList();
	}

	/**
	 * Emails everyone who acts for the organisation; the text takes their name, the
	 * title, the detail, the base address and the id.
	 */
	private void tellOrganisation(Opportunity opportunity, String subject, String text, String detail) {
		for (AccountId member : this.signatories.members(opportunity.signatory)) {
			this.accounts.find(member)
				.filter((account) -> account.status() == AccountStatus.ACTIVE)
				.ifPresent((account) -> this.emails
					.queue(new Email(account.email(), subject, text.formatted(account.displayName(),
							opportunity.details.title(), detail, this.baseUrl, opportunity.id))));
		}
	}

	/** Searches the open opportunities. */
	public SearchResults search(SearchCriteria criteria) {
		List<LocalAuthorityId> councilsOfRegion = (criteria.region() == null) ? List.of()
				: this.places.localAuthorities()
					.stream()
					.filter((council) -> council.region().equals(criteria.region()))
					.map(LocalAuthority::id)
					.toList();
		RegionCode regionOfCouncil = (criteria.council() == null) ? null
				: this.places.localAuthority(criteria.council()).map(LocalAuthority::region).orElse(null);
		return this.opportunities.search(criteria, councilsOfRegion, regionOfCouncil, today(), hideBefore());
	}

	/**
	 * The open opportunities that fit one young person ({@link FitRule}). Those of a type
	 * they are interested in come first, then those of a category they are interested in,
	 * then local before regional before national, then the newest. One query, whatever
	 * the page.
	 * @param page from 1
	 */
	public SearchResults forYou(FitCriteria fit, int page, int pageSize) {
		return this.opportunities.fitting(fit, Math.max(1, page), pageSize, today(), hideBefore());
	}

	/**
	 * The open opportunities that fit one young person, best first for someone matching
	 * them (see {@link Recommended}).
	 * @param limit how many of the best to return
	 */
	public Recommended recommendedFor(FitCriteria fit, int limit) {
		OpportunityRepository.Recommended found = this.opportunities.recommended(fit, limit, today(), hideBefore());
		return new Recommended(found.total(), found.best());
	}

	/**
	 * What fits one young person, ranked: their interests (the type counts more than the
	 * category), being only for the council that looked after them (most) or for their
	 * region or councils near them, closing within
	 * {@value SearchCriteria#CLOSING_SOON_DAYS} days, being a quality internship, and
	 * removing barriers each rank an opportunity higher; newest first among equals.
	 *
	 * @param total how many open opportunities fit them in all
	 * @param best the best of them, best first
	 */
	public record Recommended(int total, List<OpportunityView> best) {

		public Recommended {
			best = List.copyOf(best);
		}

	}

	/** A signatory's open opportunities, newest first, for its directory page. */
	public List<OpportunityView> openOf(SignatoryId signatory) {
		return this.opportunities.openOf(signatory, today(), hideBefore()).stream().map(this::view).toList();
	}

	/**
	 * How many open opportunities each signatory has; signatories with none are left out.
	 */
	public Map<SignatoryId, Long> openCounts() {
		return this.opportunities.openCounts(today(), hideBefore());
	}

	/**
	 * Closes every published opportunity past its closing date; safe to run on every
	 * instance.
	 */
	@Transactional
	public int closePastClosingDate() {
		return this.opportunities.closePastClosingDate(today());
	}

	/**
	 * Asks signatories to re-confirm open-ended opportunities not confirmed for 90 days;
	 * those not confirmed within 14 days of the request are hidden until they are. Safe
	 * to run on every instance.
	 * @return how many were asked about
	 */
	@Transactional
	public int requestReconfirmation() {
		Instant now = now();
		List<java.util.UUID> asked = this.opportunities.requestReconfirmation(now.minus(Opportunity.RECONFIRM_AFTER),
				now);
		for (java.util.UUID id : asked) {
			this.opportunities.find(id).ifPresent(this::askToReconfirm);
		}
		return asked.size();
	}

	/**
	 * Emails everyone who acts for the organisation, through the outbox of this
	 * transaction.
	 */
	private void askToReconfirm(Opportunity opportunity) {
		for (AccountId member : this.signatories.members(opportunity.signatory)) {
			this.accounts.find(member)
				.filter((account) -> account.status() == AccountStatus.ACTIVE)
				.ifPresent((account) -> this.emails
					.queue(new Email(account.email(), "Is your opportunity still available?",
							"""
									Hello %s,

									Your opportunity "%s" has no closing date, and it is 90 days since anyone said it is still available.

									If it is, confirm it here within 14 days, or it will be hidden from care leavers until you do:
									%s/organisation/opportunities/%s

									If it has ended, close it on the same page.
									"""
								.formatted(account.displayName(), opportunity.details.title(), this.baseUrl,
										opportunity.id().value()))));
		}
	}

	/**
	 * Someone has started on the opportunity: one place fewer, and it closes when it is
	 * full. Opportunities that do not count places are left as they are.
	 * @return the places left, or empty when it does not count places
	 */
	@Transactional
	public Optional<Integer> takePlace(OpportunityId id) {
		return this.opportunities.takePlace(id.value());
	}

	/**
	 * A start was recorded by mistake and has been corrected: the opportunity gets its
	 * place back. A closed opportunity stays closed (it may have closed for another
	 * reason); its organisation reopens it. Opportunities that do not count places are
	 * left as they are.
	 * @return the places left, or empty when it does not count places
	 */
	@Transactional
	public Optional<Integer> givePlaceBack(OpportunityId id) {
		return this.opportunities.givePlaceBack(id.value());
	}

	/**
	 * Closes the open opportunities of an organisation that is no longer a signatory, so
	 * that they leave the public pages.
	 * @return how many were closed
	 */
	@Transactional
	public int closeAllOf(SignatoryId signatory) {
		return this.opportunities.closeAllOf(signatory);
	}

	/**
	 * Creates a published opportunity for a signed organisation. For demo data only: the
	 * caller must have claimed the database for demo data.
	 */
	@Transactional
	public OpportunityId createDemo(SignatoryId signatory, OpportunityDetails details, Instant publishedAt) {
		SignatorySummary organisation = this.signatories.find(signatory).orElseThrow();
		Opportunity opportunity = Opportunity.draft(signatory, organisation.name(), details, publishedAt);
		opportunity.demo = true;
		opportunity.submit(publishedAt);
		opportunity.publish(organisation.isSigned(), publishedAt);
		this.opportunities.insert(opportunity);
		return opportunity.id();
	}

	private SignatorySummary organisationOf(AccountId member) {
		return this.signatories.ofMember(member)
			.orElseThrow(() -> new IllegalStateException("This account does not act for an organisation"));
	}

	private Optional<Opportunity> own(AccountId member, OpportunityId id) {
		Optional<SignatoryId> organisation = this.signatories.ofMember(member).map(SignatorySummary::id);
		return organisation.flatMap((signatory) -> this.opportunities.find(id.value())
			.filter((opportunity) -> opportunity.signatory.equals(signatory)));
	}

	private Opportunity requireOwn(AccountId member, OpportunityId id) {
		return own(member, id).orElseThrow(() -> new NoSuchOpportunityException(id));
	}

	private Opportunity load(OpportunityId id) {
		return this.opportunities.find(id.value()).orElseThrow(() -> new NoSuchOpportunityException(id));
	}

	private void change(Opportunity opportunity, java.util.function.Consumer<Opportunity> change) {
		change.accept(opportunity);
		this.opportunities.update(opportunity);
	}

	private OpportunityView view(Opportunity opportunity) {
		return opportunity.view(today(), now());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ENGLAND));
	}

	private Instant hideBefore() {
		return now().minus(Opportunity.RECONFIRM_GRACE);
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** No opportunity has this id, or the person asking may not see it. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class NoSuchOpportunityException extends RuntimeException {

		public NoSuchOpportunityException(OpportunityId id) {
			super("No opportunity " + id);
		}

	}

}
