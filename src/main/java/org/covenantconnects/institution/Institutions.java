package org.covenantconnects.institution;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.institution.internal.InstitutionRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Colleges and universities, their partnerships, their Whole Institution Approach and
 * what they offer care leavers, kept by the Covenant team. Every change is kept as an
 * {@link InstitutionChange}, never changed.
 */
@Service
public class Institutions {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	/** Addresses under {@code /colleges-and-universities} that are not institutions. */
	private static final Set<String> RESERVED_SLUGS = Set.of("compare", "new", "import", "typed-names");

	private final InstitutionRepository repository;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Institutions(InstitutionRepository repository, Clock clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.clock = clock;
		this.events = events;
	}

	/** Every institution, by name. */
	public List<Institution> all() {
		return this.repository.all();
	}

	/** The institutions that are partners, by name. */
	public List<Institution> partners() {
		return all().stream().filter((institution) -> institution.partnership().partner()).toList();
	}

	public Optional<Institution> bySlug(String slug) {
		return this.repository.bySlug(slug);
	}

	public Optional<Institution> find(InstitutionId id) {
		return this.repository.find(id);
	}

	/**
	 * The institutions with this staff email domain, by name: where someone with an
	 * address at that domain works. Usually one; none for an unknown domain.
	 */
	public List<Institution> withEmailDomain(String domain) {
		if (domain == null || domain.isBlank()) {
			return List.of();
		}
		String wanted = domain.strip().toLowerCase(Locale.ROOT);
		return all().stream().filter((i) -> i.details().emailDomains().contains(wanted)).toList();
	}

	/**
	 * The one institution a name clearly names: the same name by
	 * {@link InstitutionNames}, such as "the newcastle college" for Newcastle College.
	 * Empty when no institution has that name, or more than one has (ADR 033).
	 */
	public Optional<Institution> clearlyNamed(String name) {
		if (name == null || InstitutionNames.key(name).isEmpty()) {
			return Optional.empty();
		}
		List<Institution> named = all().stream().filter((i) -> InstitutionNames.same(i.name(), name)).toList();
		return (named.size() == 1) ? Optional.of(named.get(0)) : Optional.empty();
	}

	/** Whether another institution already has this name, in any case. */
	public boolean nameTaken(String name, InstitutionId except) {
		return this.repository.nameTaken(name.strip(), except);
	}

	/**
	 * Adds an institution, not yet a partner.
	 * @param by who adds it, or {@code null} for demo data
	 */
	@Transactional
	public Institution add(InstitutionDetails details, AccountId by) {
		return add(details, by, "");
	}

	/**
	 * Adds an institution, not yet a partner, its change history saying where it came
	 * from.
	 * @param from how it was added, put after the change, or empty
	 */
	@Transactional
	Institution add(InstitutionDetails details, AccountId by, String from) {
		Assert.isTrue(!nameTaken(details.name(), null), "an institution of that name exists");
		InstitutionId id = new InstitutionId(UUID.randomUUID());
		Instant now = this.clock.instant();
		this.repository.insert(id, freeSlug(details.name()), details, now);
		this.repository.recordChange(id, by, "Added as a " + details.kind().label().toLowerCase(Locale.ROOT) + from,
				now);
		this.events.publishEvent(new InstitutionNamed(id, details.name(), null));
		return this.repository.find(id).orElseThrow();
	}

	/**
	 * Keeps an institution's details, writing what changed.
	 * @return whether anything changed
	 */
	@Transactional
	public boolean updateDetails(InstitutionId id, InstitutionDetails details, AccountId by) {
		return updateDetails(id, details, by, "");
	}

	/**
	 * Keeps an institution's details, writing what changed and where the change came
	 * from.
	 * @param from how it was changed, put after the change, or empty
	 */
	@Transactional
	boolean updateDetails(InstitutionId id, InstitutionDetails details, AccountId by, String from) {
		this.repository.lock(id);
		InstitutionDetails before = this.repository.find(id).orElseThrow().details();
		List<String> changed = differences(before, details);
		if (changed.isEmpty()) {
			return false;
		}
		Instant now = this.clock.instant();
		this.repository.updateDetails(id, details, now);
		this.repository.recordChange(id, by, String.join("; ", changed) + from, now);
		if (!before.name().equals(details.name())) {
			this.events.publishEvent(new InstitutionNamed(id, details.name(), before.name()));
		}
		return true;
	}

	/** What changes from one set of details to the other, in words, in order. */
	static List<String> differences(InstitutionDetails before, InstitutionDetails details) {
		List<String> changed = new ArrayList<>();
		compare(changed, "Name", before.name(), details.name());
		compare(changed, "Kind", before.kind().label(), details.kind().label());
		compare(changed, "Group", before.group(), details.group());
		compare(changed, "Region", before.region().value(), details.region().value());
		compare(changed, "Area", before.area().label(), details.area().label());
		compare(changed, "Web address", before.webAddress(), details.webAddress());
		compare(changed, "Email domains", String.join(", ", before.emailDomains()),
				String.join(", ", details.emailDomains()));
		return changed;
	}

	/**
	 * Keeps an institution's partnership, writing what changed.
	 * @return whether anything changed
	 */
	@Transactional
	public boolean updatePartnership(InstitutionId id, Partnership partnership, AccountId by) {
		return updatePartnership(id, partnership, by, "");
	}

	/**
	 * Keeps an institution's partnership, writing what changed and where the change came
	 * from.
	 * @param from how it was changed, put after the change, or empty
	 */
	@Transactional
	boolean updatePartnership(InstitutionId id, Partnership partnership, AccountId by, String from) {
		this.repository.lock(id);
		Partnership before = this.repository.find(id).orElseThrow().partnership();
		List<String> changed = new ArrayList<>();
		if (before.partner() != partnership.partner()) {
			changed.add(partnership.partner() ? "Recorded as a partner" : "Recorded as not a partner");
		}
		compare(changed, "Memorandum signed", day(before.mouSignedOn()), day(partnership.mouSignedOn()));
		compare(changed, "Memorandum review", day(before.mouReviewOn()), day(partnership.mouReviewOn()));
		compare(changed, "Memorandum link", before.mouLink(), partnership.mouLink());
		compare(changed, "Central point of contact", before.contactName(), partnership.contactName());
		compare(changed, "Contact's role", before.contactRole(), partnership.contactRole());
		compare(changed, "Contact's email", before.contactEmail(), partnership.contactEmail());
		if (!Objects.equals(before.coordinator(), partnership.coordinator())) {
			changed.add((partnership.coordinator() != null) ? "Coordinator changed" : "Coordinator removed");
		}
		if (changed.isEmpty()) {
			return false;
		}
		Instant now = this.clock.instant();
		this.repository.savePartnership(id, partnership, now);
		this.repository.recordChange(id, by, String.join("; ", changed) + from, now);
		return true;
	}

	/** Where an institution is with the Whole Institution Approach. */
	public WholeInstitutionApproach approachOf(Institution institution) {
		return new WholeInstitutionApproach(institution.partnership(), this.repository.actions(institution.id()));
	}

	/** Every institution's approach, by institution. */
	public Map<InstitutionId, WholeInstitutionApproach> approaches() {
		Map<InstitutionId, List<PillarAction>> actions = this.repository.allActions();
		Map<InstitutionId, WholeInstitutionApproach> all = new HashMap<>();
		for (Institution institution : all()) {
			all.put(institution.id(), new WholeInstitutionApproach(institution.partnership(),
					actions.getOrDefault(institution.id(), List.of())));
		}
		return all;
	}

	/**
	 * How many institutions have embedded the Whole Institution Approach, by the one rule
	 * {@link InstitutionRules#EMBEDDED}: the count for the Covenant's yearly goal.
	 */
	public long countEmbedded() {
		return approaches().values().stream().filter(WholeInstitutionApproach::embedded).count();
	}

	/**
	 * How many institutions have embedded the Whole Institution Approach now, by the
	 * region each is in; regions with none are left out.
	 */
	public Map<org.covenantconnects.places.RegionCode, Long> countEmbeddedByRegion() {
		Map<InstitutionId, List<PillarAction>> actions = this.repository.allActions();
		Map<org.covenantconnects.places.RegionCode, Long> counts = new HashMap<>();
		for (Institution institution : all()) {
			if (new WholeInstitutionApproach(institution.partnership(),
					actions.getOrDefault(institution.id(), List.of()))
				.embedded()) {
				counts.merge(institution.details().region(), 1L, Long::sum);
			}
		}
		return counts;
	}

	/**
	 * One action of an institution's plans; an action of another institution is not
	 * found.
	 */
	public Optional<PillarAction> action(InstitutionId institution, UUID action) {
		return this.repository.actions(institution).stream().filter((each) -> each.id().equals(action)).findFirst();
	}

	/**
	 * Adds an action to one pillar's plan, or changes one, writing what changed.
	 * @param by who does it, or {@code null} for demo data
	 * @return whether anything changed
	 */
	@Transactional
	public boolean saveAction(InstitutionId institution, PillarAction action, AccountId by) {
		this.repository.lock(institution);
		Optional<PillarAction> before = action(institution, action.id());
		List<String> changed = new ArrayList<>();
		String heading = action.pillar().title() + " pillar: ";
		if (before.isEmpty()) {
			changed.add(heading + "action added: " + action.action() + " (" + action.status().label() + ", due "
					+ DAY.format(action.dueOn()) + ")");
		}
		else {
			PillarAction was = before.get();
			Assert.isTrue(was.pillar() == action.pillar(), "an action stays in its pillar");
			compare(changed, "action", was.action(), action.action());
			compare(changed, "owner", was.owner(), action.owner());
			compare(changed, "due", day(was.dueOn()), day(action.dueOn()));
			compare(changed, "status", was.status().label(), action.status().label());
			compare(changed, "evidence", was.evidence(), action.evidence());
			compare(changed, "evidence link", was.evidenceLink(), action.evidenceLink());
			if (changed.isEmpty()) {
				return false;
			}
			changed.set(0, heading + "\"" + action.action() + "\": " + changed.get(0));
		}
		Instant now = this.clock.instant();
		this.repository.saveAction(institution, action, now);
		this.repository.recordChange(institution, by, String.join("; ", changed), now);
		return true;
	}

	/** What an institution offers care leavers, one answer per offer, in order. */
	public List<OfferAnswer> offersOf(InstitutionId institution) {
		return complete(this.repository.offers(institution));
	}

	/** Every institution's offers, one answer per offer, in order. */
	public Map<InstitutionId, List<OfferAnswer>> allOffers() {
		Map<InstitutionId, Map<Offer, OfferAnswer>> recorded = this.repository.allOffers();
		Map<InstitutionId, List<OfferAnswer>> all = new HashMap<>();
		for (Institution institution : all()) {
			all.put(institution.id(), complete(recorded.getOrDefault(institution.id(), Map.of())));
		}
		return all;
	}

	/**
	 * Keeps an institution's answers about its offers, writing what changed.
	 * @param by who answers, or {@code null} for demo data
	 * @return whether anything changed
	 */
	@Transactional
	public boolean answerOffers(InstitutionId institution, List<OfferAnswer> answers, AccountId by) {
		this.repository.lock(institution);
		Map<Offer, OfferAnswer> before = this.repository.offers(institution);
		List<String> changed = new ArrayList<>();
		Instant now = this.clock.instant();
		for (OfferAnswer answer : answers) {
			OfferAnswer was = before.getOrDefault(answer.offer(), OfferAnswer.notKnown(answer.offer()));
			if (!was.equals(answer)) {
				this.repository.saveOffer(institution, answer, now);
				changed.add(answer.offer().title() + ": " + answer.answer().label()
						+ ((answer.sentence() != null) ? " (" + answer.sentence() + ")" : ""));
			}
		}
		if (changed.isEmpty()) {
			return false;
		}
		this.repository.recordChange(institution, by, "Offers: " + String.join("; ", changed), now);
		return true;
	}

	/** The changes to an institution, latest first. */
	public List<InstitutionChange> changesOf(InstitutionId institution) {
		return this.repository.changes(institution);
	}

	private static List<OfferAnswer> complete(Map<Offer, OfferAnswer> recorded) {
		return Arrays.stream(Offer.values())
			.map((offer) -> recorded.getOrDefault(offer, OfferAnswer.notKnown(offer)))
			.toList();
	}

	private String freeSlug(String name) {
		String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (base.isEmpty()) {
			base = "institution";
		}
		String slug = base;
		for (int n = 2; RESERVED_SLUGS.contains(slug) || this.repository.slugTaken(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private static void compare(List<String> changed, String what, String before, String after) {
		if (!Objects.equals(before, after)) {
			changed
				.add(what + ": " + ((before != null) ? before : "none") + " to " + ((after != null) ? after : "none"));
		}
	}

	private static String day(LocalDate date) {
		return (date != null) ? DAY.format(date) : null;
	}

}
