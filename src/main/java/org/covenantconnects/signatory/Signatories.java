package org.covenantconnects.signatory;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.signatory.internal.Signatory;
import org.covenantconnects.signatory.internal.SignatoryRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signing pipeline. Every change is checked against the organisation's stage by
 * {@link Signatory}; methods acting for a signatory user take the user's account and act
 * only on that user's own organisation.
 * <p>
 * Publishes {@link OrganisationJoined}, {@link SignatoryApproved} and
 * {@link SignatoryLapsed}.
 */
@Service
public class Signatories {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final SignatoryRepository signatories;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Signatories(SignatoryRepository signatories, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
		this.signatories = signatories;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** Whether an organisation with this name (ignoring case) has already joined. */
	public boolean isNameTaken(String name) {
		return this.signatories.nameTaken(name);
	}

	/**
	 * An organisation expresses interest: it becomes a prospect, and its contact gets a
	 * SIGNATORY account to confirm by email. If the contact's address already has an
	 * account, its owner is emailed instead and nothing is created (the page must not say
	 * which happened).
	 * @throws IllegalArgumentException for a password the policy rejects
	 */
	@Transactional
	public Optional<SignatoryId> join(NewOrganisation organisation, String contactName, String contactEmail,
			String password) {
		return join(new SignatoryId(UUID.randomUUID()), organisation, contactName, contactEmail, password);
	}

	/**
	 * As {@link #join(NewOrganisation, String, String, String)}, for an organisation the
	 * Covenant team invited: its signatory is made with the id it was invited under.
	 */
	Optional<SignatoryId> join(SignatoryId id, NewOrganisation organisation, String contactName, String contactEmail,
			String password) {
		Optional<AccountId> contact = this.accounts.register(contactName, contactEmail, password, Role.SIGNATORY);
		return contact.map((account) -> {
			Signatory signatory = create(id, organisation, false);
			this.signatories.addMember(signatory.id(), account, now());
			this.events.publishEvent(new OrganisationJoined(signatory.id()));
			return signatory.id();
		});
	}

	/** The organisation a signatory user acts for. */
	public Optional<SignatorySummary> ofMember(AccountId account) {
		return this.signatories.ofMember(account).map(Signatory::summary);
	}

	/**
	 * What an organisation said it would offer care leavers in its proforma (its pledge,
	 * such as "five apprenticeships a year"); empty before it has described it.
	 */
	public Optional<String> pledgeOf(SignatoryId id) {
		return this.signatories.find(id.value()).map((signatory) -> signatory.proformaOffer);
	}

	public Optional<SignatorySummary> find(SignatoryId id) {
		return this.signatories.find(id.value()).map(Signatory::summary);
	}

	/** Every organisation that has signed, by name. */
	public List<SignatorySummary> signed() {
		return this.signatories.signed().stream().map(Signatory::summary).toList();
	}

	/** One page of the organisations that have signed, by name: the public directory. */
	public List<SignatorySummary> signed(int offset, int limit) {
		return this.signatories.signed(offset, limit).stream().map(Signatory::summary).toList();
	}

	public long countSigned() {
		return this.signatories.countSigned();
	}

	/** The organisation with this address in the directory, whatever its stage. */
	public Optional<SignatorySummary> bySlug(String slug) {
		return this.signatories.bySlug(slug).map(Signatory::summary);
	}

	@Transactional
	public void signStatementOfIntent(AccountId member, String leaderName, String leaderRole, LocalDate signedOn) {
		change(member, (signatory) -> signatory.signIntent(leaderName, leaderRole, signedOn, now()));
	}

	@Transactional
	public void describeOffer(AccountId member, String offer, String firstOpportunities, String contactPhone) {
		change(member, (signatory) -> signatory.describeOffer(offer, firstOpportunities, contactPhone));
	}

	@Transactional
	public void submitForReview(AccountId member) {
		change(member, (signatory) -> signatory.submitForReview(now()));
	}

	/** The accounts that act for an organisation, earliest first. */
	public List<AccountId> members(SignatoryId id) {
		return this.signatories.members(id);
	}

	/** A coordinator approves a submitted proforma: the organisation has signed. */
	@Transactional
	public void approve(SignatoryId id) {
		Signatory signatory = load(id);
		signatory.approve(LocalDate.now(this.clock.withZone(ENGLAND)), now());
		this.signatories.update(signatory);
		this.events.publishEvent(new SignatoryApproved(id));
	}

	/**
	 * A coordinator returns a submitted proforma with reasons the organisation will see.
	 */
	@Transactional
	public void returnWithReasons(SignatoryId id, String reasons) {
		Signatory signatory = load(id);
		signatory.returnWithReasons(reasons, now());
		this.signatories.update(signatory);
	}

	/**
	 * A coordinator marks a signatory as no longer active; its offers leave the public
	 * pages.
	 */
	@Transactional
	public void lapse(SignatoryId id) {
		Signatory signatory = load(id);
		signatory.lapse(now());
		this.signatories.update(signatory);
		this.events.publishEvent(new SignatoryLapsed(id));
	}

	@Transactional
	public void assignAccountManager(SignatoryId id, AccountId coordinator) {
		Signatory signatory = load(id);
		signatory.accountManager = coordinator;
		this.signatories.update(signatory);
	}

	/** How many organisations are at each stage. */
	public Map<Stage, Long> pipeline() {
		return this.signatories.countsByStage();
	}

	/**
	 * Creates a signatory that has already signed, with the given user acting for it. For
	 * demo data only: the caller must have claimed the database for demo data.
	 */
	@Transactional
	public SignatoryId createDemoSignatory(NewOrganisation organisation, LocalDate signedOn, AccountId member) {
		Signatory signatory = create(new SignatoryId(UUID.randomUUID()), organisation, true);
		signatory.intentLeaderName = "Demo leader";
		signatory.intentLeaderRole = "Chief executive";
		signatory.intentSignedOn = signedOn;
		signatory.proformaOffer = organisation.couldOffer();
		signatory.stage = Stage.SIGNED;
		signatory.signedOn = signedOn;
		this.signatories.update(signatory);
		if (member != null) {
			this.signatories.addMember(signatory.id(), member, now());
		}
		return signatory.id();
	}

	/**
	 * Creates an organisation that has expressed interest, under the id it was invited
	 * with, and nobody acting for it yet. For demo data only: the caller must have
	 * claimed the database for demo data.
	 */
	@Transactional
	public SignatoryId createDemoInterested(SignatoryId id, NewOrganisation organisation) {
		return create(id, organisation, true).id();
	}

	public Optional<Signatory> detail(SignatoryId id) {
		return this.signatories.find(id.value());
	}

	public Optional<Signatory> detailOf(AccountId member) {
		return this.signatories.ofMember(member);
	}

	public List<Signatory> atStage(Stage stage, int offset, int limit) {
		return this.signatories.atStage(stage, offset, limit);
	}

	private Signatory create(SignatoryId id, NewOrganisation organisation, boolean demo) {
		Instant now = now();
		Signatory signatory = new Signatory(id.value());
		signatory.name = organisation.name().trim();
		signatory.slug = uniqueSlug(organisation.name());
		signatory.sector = organisation.sector();
		signatory.size = organisation.size();
		signatory.website = organisation.website();
		signatory.national = organisation.national();
		signatory.regions = organisation.national() ? List.of() : List.copyOf(organisation.regions());
		signatory.couldOffer = organisation.couldOffer();
		signatory.stage = Stage.INTERESTED;
		signatory.stageChangedAt = now;
		signatory.demo = demo;
		signatory.createdAt = now;
		this.signatories.insert(signatory);
		return signatory;
	}

	@SuppressFBWarnings(value = "IMPROPER_UNICODE",
			justification = "Folds an organisation name into the letters of its web address; the address is checked to be unique and grants nothing")
	private String uniqueSlug(String name) {
		String base = Normalizer.normalize(name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		if (base.isEmpty() || base.equals("join")) {
			// "join" is the address of the form for joining, so no organisation may have
			// it.
			base = base.isEmpty() ? "organisation" : "join-organisation";
		}
		String slug = base;
		for (int n = 2; this.signatories.slugTaken(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private void change(AccountId member, java.util.function.Consumer<Signatory> change) {
		Signatory signatory = this.signatories.ofMember(member)
			.orElseThrow(() -> new IllegalStateException("This account does not act for an organisation"));
		change.accept(signatory);
		this.signatories.update(signatory);
	}

	private Signatory load(SignatoryId id) {
		return this.signatories.find(id.value()).orElseThrow(() -> new NoSuchSignatoryException(id));
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** No organisation has this id. */
	public static class NoSuchSignatoryException extends RuntimeException {

		NoSuchSignatoryException(SignatoryId id) {
			super("No organisation " + id);
		}

	}

}
