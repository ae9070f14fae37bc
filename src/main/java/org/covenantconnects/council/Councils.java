package org.covenantconnects.council;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.contactlog.ContactKind;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.NewContact;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.council.internal.CouncilRepository;
import org.covenantconnects.council.internal.CouncilRepository.RecordedApproach;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.SignatorySummary;
import org.covenantconnects.supporter.Supporters;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * The 153 councils' partnerships with the Covenant and where each is with the Whole
 * Council Approach, kept by the Covenant team. Every change to a partnership, its leads
 * or a part of the approach is kept as a {@link PartnershipChange}, never changed.
 */
@Service
public class Councils {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final CouncilRepository repository;

	private final Places places;

	private final ContactLog contactLog;

	private final Supporters supporters;

	private final CareLeavers careLeavers;

	private final Signatories signatories;

	private final Clock clock;

	Councils(CouncilRepository repository, Places places, ContactLog contactLog, Supporters supporters,
			CareLeavers careLeavers, Signatories signatories, Clock clock) {
		this.repository = repository;
		this.places = places;
		this.contactLog = contactLog;
		this.supporters = supporters;
		this.careLeavers = careLeavers;
		this.signatories = signatories;
		this.clock = clock;
	}

	/** Every council with its partnership, by name. */
	public List<CouncilPartnership> all() {
		Map<LocalAuthorityId, PartnershipDetails> recorded = this.repository.all();
		return this.places.localAuthorities()
			.stream()
			.map((council) -> partnership(council, recorded.get(council.id())))
			.toList();
	}

	/** The councils that are partners, by name. */
	public List<CouncilPartnership> partners() {
		return all().stream().filter(CouncilPartnership::partner).toList();
	}

	public Optional<LocalAuthority> councilBySlug(String slug) {
		return this.places.localAuthorities().stream().filter((council) -> council.slug().equals(slug)).findFirst();
	}

	public CouncilPartnership partnershipOf(LocalAuthority council) {
		return partnership(council, this.repository.all().get(council.id()));
	}

	public List<CouncilLead> leadsOf(LocalAuthorityId council) {
		return this.repository.leads(council);
	}

	/** The changes to a council's partnership and leads, latest first. */
	public List<PartnershipChange> changesOf(LocalAuthorityId council) {
		return this.repository.changes(council);
	}

	/**
	 * Keeps a partnership's details, writing what changed.
	 * @param by who changes it, or {@code null} for demo data
	 * @return whether anything changed
	 */
	@Transactional
	public boolean update(LocalAuthorityId council, PartnershipDetails details, AccountId by) {
		Assert.isTrue(details.partner() || details.since() == null, "only a partner has a date");
		PartnershipDetails before = this.repository.of(council).orElse(new PartnershipDetails(false, null, null, null));
		List<String> changed = new ArrayList<>();
		if (before.partner() != details.partner()) {
			changed.add(details.partner() ? "Recorded as a partner" : "Recorded as not a partner");
		}
		if (!Objects.equals(before.since(), details.since())) {
			changed.add((details.since() != null) ? "Partner since " + DAY.format(details.since())
					: "Partner since cleared");
		}
		if (!Objects.equals(before.accountManager(), details.accountManager())) {
			changed.add((details.accountManager() != null) ? "Account manager changed" : "Account manager removed");
		}
		if (!Objects.equals(before.localOffer(), details.localOffer())) {
			changed.add((details.localOffer() != null) ? "Local offer set to " + details.localOffer()
					: "Local offer removed");
		}
		if (changed.isEmpty()) {
			return false;
		}
		this.repository.save(council, details, this.clock.instant());
		this.repository.recordChange(council, by, String.join("; ", changed), this.clock.instant());
		return true;
	}

	/**
	 * Records a council as a partner from a published list, with the import in its
	 * contact log. A council that is already a partner is left as it is.
	 * @return whether the council became a partner
	 */
	@Transactional
	public boolean recordFromList(LocalAuthorityId council, String listName, String publishedAs, AccountId by) {
		PartnershipDetails before = this.repository.of(council).orElse(new PartnershipDetails(false, null, null, null));
		if (before.partner()) {
			return false;
		}
		var today = this.clock.instant().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
		this.repository.save(council, new PartnershipDetails(true, today, before.accountManager(), before.localOffer()),
				this.clock.instant());
		String what = "Recorded as a partner from the published list %s, where it appears as \"%s\"".formatted(listName,
				publishedAs);
		this.repository.recordChange(council, by, what, this.clock.instant());
		this.contactLog.add(PartnerRef.council(council.value()),
				new NewContact(ContactKind.RECORD, today, "Covenant team", what, null, null), by);
		return true;
	}

	/**
	 * Adds a lead at a council.
	 * @param by who adds them, or {@code null} for demo data
	 */
	@Transactional
	public CouncilLead addLead(LocalAuthorityId council, String name, String role, String email, AccountId by) {
		CouncilLead lead = new CouncilLead(UUID.randomUUID(), name.strip(), role.strip(), email.strip());
		this.repository.addLead(council, lead, this.clock.instant());
		this.repository.recordChange(council, by, "Lead added: " + lead.name() + ", " + lead.role(),
				this.clock.instant());
		return lead;
	}

	/** Removes a lead; a lead of another council is not found. */
	@Transactional
	public Optional<CouncilLead> removeLead(LocalAuthorityId council, UUID lead, AccountId by) {
		Optional<CouncilLead> removed = this.repository.removeLead(council, lead);
		removed.ifPresent((gone) -> this.repository.recordChange(council, by,
				"Lead removed: " + gone.name() + ", " + gone.role(), this.clock.instant()));
		return removed;
	}

	/**
	 * Where a council is with the Whole Council Approach: each part's progress and facts,
	 * with its verified personal advisers and care leavers on Connects.
	 */
	public WholeCouncilApproach approachOf(LocalAuthorityId council) {
		return approach(council, this.repository.approachOf(council), this.supporters.countVerifiedAdvisersAt(council),
				this.careLeavers.countLookedAfterBy(council));
	}

	/** Every council's approach, by council. */
	public Map<LocalAuthorityId, WholeCouncilApproach> approaches() {
		Map<LocalAuthorityId, RecordedApproach> recorded = this.repository.approaches();
		Map<LocalAuthorityId, Long> advisers = this.supporters.verifiedCouncilAdvisersByCouncil();
		Map<LocalAuthorityId, Long> careLeavers = this.careLeavers.countByCouncil();
		Map<LocalAuthorityId, WholeCouncilApproach> all = new HashMap<>();
		for (LocalAuthority council : this.places.localAuthorities()) {
			all.put(council.id(), approach(council.id(), recorded.get(council.id()),
					advisers.getOrDefault(council.id(), 0L), careLeavers.getOrDefault(council.id(), 0L)));
		}
		return all;
	}

	/**
	 * How many councils have embedded the Whole Council Approach, by the one rule
	 * {@link ApproachRules#EMBEDDED}: the count for the Covenant's yearly goal.
	 */
	public long countEmbedded() {
		return approaches().values().stream().filter(WholeCouncilApproach::embedded).count();
	}

	/**
	 * How many councils have embedded the Whole Council Approach now, by the region each
	 * is in; regions with none are left out.
	 */
	public Map<org.covenantconnects.places.RegionCode, Long> countEmbeddedByRegion() {
		Map<LocalAuthorityId, LocalAuthority> councils = new HashMap<>();
		this.places.localAuthorities().forEach((council) -> councils.put(council.id(), council));
		Map<org.covenantconnects.places.RegionCode, Long> counts = new HashMap<>();
		approaches().forEach((council, approach) -> {
			if (approach.embedded() && councils.containsKey(council)) {
				counts.merge(councils.get(council).region(), 1L, Long::sum);
			}
		});
		return counts;
	}

	/** The name of an organisation that has signed, for a council's part 3. */
	public String signatoryName(SignatoryId signatory) {
		return this.signatories.find(signatory)
			.map(SignatorySummary::name)
			.orElse("An organisation no longer on Connects");
	}

	/**
	 * Keeps one part of a council's approach: its progress and its facts, writing what
	 * changed to the council's change history.
	 * @param by who changes it, or {@code null} for demo data
	 * @return whether anything changed
	 */
	@Transactional
	public boolean recordPart(LocalAuthorityId council, PartProgress progress, PartFacts facts, AccountId by) {
		Assert.isTrue(progress.status() == PartStatus.NOT_STARTED || progress.on() != null,
				"a part that has started has a date");
		ApproachPart part = facts.part();
		this.repository.lockApproach(council);
		WholeCouncilApproach before = approach(council, this.repository.approachOf(council), 0, 0);
		List<String> changed = new ArrayList<>();
		PartProgress was = before.progressOf(part);
		if (was.status() != progress.status()) {
			changed.add("status " + was.status().label() + " to " + progress.status().label());
		}
		if (!Objects.equals(was.on(), progress.on())) {
			changed.add((progress.on() != null) ? progress.status().dateMeaning().toLowerCase(java.util.Locale.ROOT)
					+ " " + DAY.format(progress.on()) : "date cleared");
		}
		if (!Objects.equals(was.evidence(), progress.evidence())) {
			changed.add((progress.evidence() != null) ? "evidence: " + progress.evidence() : "evidence removed");
		}
		if (!Objects.equals(was.evidenceLink(), progress.evidenceLink())) {
			changed.add((progress.evidenceLink() != null) ? "evidence link " + progress.evidenceLink()
					: "evidence link removed");
		}
		Map<String, String> factsBefore = before.factsOf(part).described(this::signatoryName);
		Map<String, String> factsAfter = facts.described(this::signatoryName);
		factsAfter.forEach((name, value) -> {
			if (!Objects.equals(factsBefore.get(name), value)) {
				changed.add(Character.toLowerCase(name.charAt(0)) + name.substring(1) + ": " + factsBefore.get(name)
						+ " to " + value);
			}
		});
		if (changed.isEmpty()) {
			return false;
		}
		Instant now = this.clock.instant();
		this.repository.saveProgress(council, part, progress, now);
		this.repository.saveFacts(council, facts, now);
		this.repository.recordChange(council, by, part.numbered() + ": " + String.join("; ", changed), now);
		return true;
	}

	private static WholeCouncilApproach approach(LocalAuthorityId council, RecordedApproach recorded, long advisers,
			long careLeavers) {
		if (recorded == null) {
			return WholeCouncilApproach.nothingRecorded(council, advisers, careLeavers);
		}
		return new WholeCouncilApproach(council, recorded.progress(), recorded.awareness(), recorded.taxExemption(),
				recorded.trainingAndEmployment(), recorded.socialValuePolicy(), recorded.economicDevelopment(),
				advisers, careLeavers);
	}

	private static CouncilPartnership partnership(LocalAuthority council, PartnershipDetails details) {
		if (details == null) {
			return CouncilPartnership.none(council);
		}
		return new CouncilPartnership(council, details.partner(), details.since(), details.accountManager(),
				details.localOffer());
	}

}
