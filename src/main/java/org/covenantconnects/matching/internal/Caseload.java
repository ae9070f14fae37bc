package org.covenantconnects.matching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.audit.AuditTrail;
import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.careleaver.Words;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.FitRule;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.Orientation;
import org.covenantconnects.opportunity.Scope;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.takeup.Proposals;
import org.covenantconnects.takeup.TakeUp;
import org.covenantconnects.takeup.TakeUps;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Covenant team's view of the young people they match into opportunities: a caseload
 * by region, council or college or university, one young person's record, and, for an
 * opportunity, the young people who turned matching on and whom it fits, best first with
 * the reasons. Every young person a coordinator is shown is written to the audit trail.
 * The service ranks; people decide, and nobody is ever turned away by it.
 */
@Service
public class Caseload {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final CareLeavers careLeavers;

	private final TakeUps takeUps;

	private final Proposals proposals;

	private final AuditTrail auditTrail;

	private final Places places;

	private final Clock clock;

	private final MatchingPool pool;

	/** More than any young person can score for an opportunity. */
	private static final int MOST_SCORE = 16;

	Caseload(CareLeavers careLeavers, TakeUps takeUps, Proposals proposals, AuditTrail auditTrail, Places places,
			Clock clock, MatchingPool pool) {
		this.pool = pool;
		this.careLeavers = careLeavers;
		this.takeUps = takeUps;
		this.proposals = proposals;
		this.auditTrail = auditTrail;
		this.places = places;
		this.clock = clock;
	}

	/**
	 * One page of the young people in a region or council (or everyone), by name; each
	 * one shown is recorded in the audit trail.
	 */
	@Transactional
	public Page list(AccountId coordinator, Filter filter, int page, int pageSize) {
		CareLeavers.Page found = this.careLeavers.search(new CareLeavers.Search(filter.name(), filter.region(),
				filter.council(), filter.institution(), filter.onlyMatching(), filter.college()), page, pageSize);
		LocalDate today = today();
		List<Person> people = found.people()
			.stream()
			.map((profile) -> new Person(profile.account(), profile.nameToUse(), profile.ageOn(today),
					councilName(profile.council().value()), regionName(profile.region().value()), profile.institution(),
					profile.openToSuggestions()))
			.toList();
		this.auditTrail.recordViews(coordinator, Role.COORDINATOR, people.stream().map(Person::account).toList(),
				"Listed in the caseload");
		long total = found.total();
		return new Page(people, total, Math.max(1, page), (int) Math.max(1, (total + pageSize - 1) / pageSize));
	}

	/**
	 * A young person's profile for a coordinator, recorded in the audit trail.
	 * @throws CareLeavers.NoSuchCareLeaverException if there is no such care leaver
	 */
	@Transactional
	public CareLeaverProfile profileFor(AccountId coordinator, AccountId careLeaver, String why) {
		CareLeaverProfile profile = this.careLeavers.profile(careLeaver)
			.orElseThrow(CareLeavers.NoSuchCareLeaverException::new);
		this.auditTrail.recordView(coordinator, Role.COORDINATOR, careLeaver, why);
		return profile;
	}

	/**
	 * A young person's take-ups, newest first, for a coordinator who opened their record.
	 */
	public List<TakeUp> takeUpsOf(AccountId careLeaver) {
		return this.takeUps.ofYoungPerson(careLeaver);
	}

	/**
	 * The young people who turned matching on and whom an open opportunity fits today (by
	 * age and where it is open), best first, leaving out those who already took it up;
	 * each one shown is recorded in the audit trail. Ranked against the copy in memory;
	 * the best are then read again, so that only people who still fit and still want
	 * suggestions are shown.
	 * @param limit how many of the best to return
	 */
	@Transactional
	public Candidates candidatesFor(AccountId coordinator, OpportunityView opportunity, int limit) {
		Fit fit = fitOf(opportunity.details(), today());
		Set<UUID> taken = uuids(this.takeUps.peopleWhoTookUp(opportunity.id()));
		Set<UUID> saved = uuids(this.takeUps.peopleWhoSaved(opportunity.id()));
		Set<UUID> proposed = uuids(this.proposals.peopleProposedFor(opportunity.id()));
		List<MatchingPool.Member> members = this.pool.members();
		if (members.size() >= 1 << 20) {
			throw new IllegalStateException("The ranking key holds positions below 2^20; widen it for more people");
		}
		// Only the best few are kept while going through the young people (a few more
		// than asked for, in case some no longer fit when read again): sorting every one
		// it fits cost more than the rest of the ranking.
		Best ranked = new Best(limit + 10);
		int fitting = 0;
		for (int i = 0; i < members.size(); i++) {
			MatchingPool.Member member = members.get(i);
			if (!fit.fits(member.bornOn(), member.council(), member.region()) || !fit.isOpenTo(member.confirmed())
					|| (!taken.isEmpty() && taken.contains(member.account()))) {
				continue;
			}
			fitting++;
			int score = fit.score(member.types(), member.categories(), member.council(), member.region(),
					member.notInWork(), !saved.isEmpty() && saved.contains(member.account()));
			boolean putForward = !proposed.isEmpty() && proposed.contains(member.account());
			// Best score first; then those not yet put forward; then the oldest, who
			// have least time left on the programme.
			ranked.offer(((long) (MOST_SCORE - score) << 42) | ((putForward ? 1L : 0L) << 41)
					| ((member.bornOn() + 100_000) << 20) | i);
		}
		List<UUID> best = new ArrayList<>();
		for (long key : ranked.inOrder()) {
			best.add(members.get((int) (key & 0xFFFFF)).account());
		}
		List<Candidate> candidates = best.isEmpty() ? List.of()
				: readAgain(fit, best, saved, proposed, opportunity).stream()
					.sorted(Comparator.comparingInt(Candidate::score)
						.reversed()
						.thenComparing(Candidate::putForward)
						.thenComparing((candidate) -> best.indexOf(candidate.account().value())))
					.limit(limit)
					.toList();
		this.auditTrail.recordViews(coordinator, Role.COORDINATOR, candidates.stream().map(Candidate::account).toList(),
				"Listed as a match for " + opportunity.details().title());
		return new Candidates(fitting, candidates);
	}

	private List<Candidate> readAgain(Fit fit, List<UUID> best, Set<UUID> saved, Set<UUID> proposed,
			OpportunityView opportunity) {
		OpportunityDetails details = opportunity.details();
		LocalDate today = today();
		List<Candidate> candidates = new ArrayList<>();
		for (CareLeaverProfile profile : this.careLeavers.openToMatching(best.stream().map(AccountId::new).toList())) {
			UUID account = profile.account().value();
			LocalDate born = profile.dateOfBirth();
			int council = profile.council().value();
			String region = profile.region().value();
			boolean notInWork = profile.situation() == Situation.NONE;
			if (!fit.fits(born.toEpochDay(), council, region) || !fit.isOpenTo(profile.isCareExperienceConfirmed())) {
				continue;
			}
			int score = fit.score(bits(profile.types()), bits(profile.categories()), council, region, notInWork,
					saved.contains(account));
			int age = CareLeaverProfile.ageOn(born, today);
			List<String> reasons = new ArrayList<>();
			reasons.add("Aged " + age + ", and it is open to " + fit.ageFrom() + " to " + fit.ageTo());
			if (profile.types().contains(details.type())) {
				reasons.add("Interested in " + Words.plural(details.type()));
			}
			if (profile.categories().contains(details.category())) {
				reasons.add("Interested in " + Words.inSentence(details.category()));
			}
			if (fit.reachesCouncil(council)) {
				reasons.add("Looked after by " + councilName(council) + ", one of the councils it is for");
			}
			else if (details.scope() != Scope.NATIONAL) {
				reasons.add("Lives in " + regionName(region) + ", where it is open");
			}
			if (fit.employment() && notInWork) {
				reasons.add("Not in education, employment or training at the moment");
			}
			if (saved.contains(account)) {
				reasons.add("Saved it");
			}
			candidates.add(new Candidate(profile.account(), profile.nameToUse(), age, councilName(council),
					regionName(region), score, reasons, proposed.contains(account)));
		}
		return candidates;
	}

	/**
	 * {@link FitRule} packed for testing tens of thousands of young people against one
	 * opportunity, with how well it fits each. Made only from the rule's own parts
	 * ({@link #of}), so that the two cannot drift; {@code CaseloadFitTests} compares
	 * them. Councils and regions are held so that testing one young person allocates
	 * nothing.
	 */
	static final class Fit {

		private final int ageFrom;

		private final int ageTo;

		private final long bornAfter;

		private final long bornBy;

		private final boolean everyone;

		/** The regions where everyone is reached: a handful at most, compared in turn. */
		private final String[] regions;

		/** The councils whose young people are reached, by id, tested without boxing. */
		private final boolean[] councils;

		private final int typeBit;

		private final int categoryBit;

		private final boolean employment;

		private final boolean confirmedOnly;

		/**
		 * @param bornAfter the day count they must be born after to be no older than
		 * ageTo
		 * @param bornBy the day count they must be born on or before to be ageFrom or
		 * older
		 * @param everyone whether it reaches everyone in England
		 * @param regions where everyone who lives there is reached (for a council's own,
		 * the regions of its councils)
		 * @param councils the councils whose young people it reaches
		 * @param confirmedOnly only for young people whose care experience is confirmed
		 */
		Fit(int ageFrom, int ageTo, long bornAfter, long bornBy, boolean everyone, Set<String> regions,
				Set<Integer> councils, int typeBit, int categoryBit, boolean employment, boolean confirmedOnly) {
			this.ageFrom = ageFrom;
			this.ageTo = ageTo;
			this.bornAfter = bornAfter;
			this.bornBy = bornBy;
			this.everyone = everyone;
			this.regions = regions.toArray(String[]::new);
			this.councils = new boolean[councils.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
			for (int council : councils) {
				if (council >= 0) {
					this.councils[council] = true;
				}
			}
			this.typeBit = typeBit;
			this.categoryBit = categoryBit;
			this.employment = employment;
			this.confirmedOnly = confirmedOnly;
		}

		static Fit of(FitRule rule, OpportunityDetails details, LocalDate today) {
			return new Fit(rule.ageFrom(), rule.ageTo(), rule.bornAfter(today).toEpochDay(),
					rule.bornBy(today).toEpochDay(), rule.reachesEveryone(),
					rule.regions().stream().map(RegionCode::value).collect(Collectors.toSet()),
					rule.councils().stream().map(LocalAuthorityId::value).collect(Collectors.toSet()),
					1 << details.type().ordinal(), 1 << details.category().ordinal(),
					details.orientation() == Orientation.EMPLOYMENT, details.confirmedOnly());
		}

		int ageFrom() {
			return this.ageFrom;
		}

		int ageTo() {
			return this.ageTo;
		}

		boolean employment() {
			return this.employment;
		}

		/** Whether a young person may be proposed for it at all, confirmed or not. */
		boolean isOpenTo(boolean confirmed) {
			return confirmed || !this.confirmedOnly;
		}

		boolean fits(long bornOn, int council, String region) {
			return bornOn > this.bornAfter && bornOn <= this.bornBy
					&& (this.everyone || reachesRegion(region) || reachesCouncil(council));
		}

		int score(int types, int categories, int council, String region, boolean notInWork, boolean saved) {
			return (((types & this.typeBit) != 0) ? 3 : 0) + (((categories & this.categoryBit) != 0) ? 2 : 0)
					+ (reachesCouncil(council) ? 2 : reachesRegion(region) ? 1 : 0)
					+ ((this.employment && notInWork) ? 1 : 0) + (saved ? 1 : 0);
		}

		/** Whether it is for the young people this council looked after. */
		boolean reachesCouncil(int council) {
			return council >= 0 && council < this.councils.length && this.councils[council];
		}

		private boolean reachesRegion(String region) {
			for (String reached : this.regions) {
				if (reached.equals(region)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * The smallest of the ranking keys offered, up to a number of them: a heap with the
	 * largest kept on top, so that a key that is not among them costs one comparison.
	 */
	static final class Best {

		private final long[] heap;

		private int size;

		Best(int most) {
			this.heap = new long[Math.max(0, most)];
		}

		void offer(long key) {
			if (this.size < this.heap.length) {
				int at = this.size++;
				while (at > 0 && this.heap[(at - 1) / 2] < key) {
					this.heap[at] = this.heap[(at - 1) / 2];
					at = (at - 1) / 2;
				}
				this.heap[at] = key;
			}
			else if (this.size > 0 && key < this.heap[0]) {
				int at = 0;
				while (true) {
					int child = 2 * at + 1;
					if (child >= this.size) {
						break;
					}
					if (child + 1 < this.size && this.heap[child + 1] > this.heap[child]) {
						child++;
					}
					if (this.heap[child] <= key) {
						break;
					}
					this.heap[at] = this.heap[child];
					at = child;
				}
				this.heap[at] = key;
			}
		}

		/** The keys kept, smallest first. */
		long[] inOrder() {
			long[] keys = Arrays.copyOf(this.heap, this.size);
			Arrays.sort(keys);
			return keys;
		}

	}

	private Fit fitOf(OpportunityDetails details, LocalDate today) {
		return Fit.of(FitRule.of(details, this.places), details, today);
	}

	/** The values as one bit each, as the copy in memory holds them. */
	static <E extends Enum<E>> int bits(Set<E> values) {
		int bits = 0;
		for (E value : values) {
			bits |= 1 << value.ordinal();
		}
		return bits;
	}

	private static Set<UUID> uuids(Set<AccountId> accounts) {
		return accounts.stream().map(AccountId::value).collect(Collectors.toCollection(HashSet::new));
	}

	private String councilName(int id) {
		return this.places.localAuthority(new LocalAuthorityId(id)).map(LocalAuthority::name).orElse("Unknown council");
	}

	private String regionName(String code) {
		return this.places.region(new RegionCode(code)).map((region) -> region.name()).orElse(code);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ENGLAND));
	}

	/**
	 * Whom a caseload lists.
	 *
	 * @param name only those whose name contains this, or {@code null} for any name
	 * @param region only those living in it, or {@code null} for every region
	 * @param council only those looked after by it, or {@code null} for every council
	 * @param institution only those whose college or university contains this, or
	 * {@code null} for everyone
	 * @param onlyMatching only those who turned matching on
	 * @param college only those whose college or university is the one of the list with
	 * this name, or {@code null} for everyone
	 */
	public record Filter(String name, RegionCode region, LocalAuthorityId council, String institution,
			boolean onlyMatching, String college) {

		public Filter(String name, RegionCode region, LocalAuthorityId council, String institution,
				boolean onlyMatching) {
			this(name, region, council, institution, onlyMatching, null);
		}

		/** Whether it asks for anyone in particular; an empty filter lists nobody. */
		public boolean isEmpty() {
			return (this.name == null || this.name.isBlank()) && this.region == null && this.council == null
					&& (this.institution == null || this.institution.isBlank()) && !this.onlyMatching
					&& (this.college == null || this.college.isBlank());
		}

	}

	/**
	 * One young person in a caseload.
	 *
	 * @param institution their college or university, or {@code null} when not given
	 */
	public record Person(AccountId account, String name, int age, String council, String region, String institution,
			boolean openToSuggestions) {

	}

	/** One page of a caseload. */
	public record Page(List<Person> people, long total, int page, int totalPages) {

	}

	/**
	 * A young person an opportunity fits, with why.
	 *
	 * @param score how well it fits them; higher first
	 * @param putForward whether they were already put forward for it
	 */
	public record Candidate(AccountId account, String name, int age, String council, String region, int score,
			List<String> reasons, boolean putForward) {

	}

	/** How many young people who turned matching on an opportunity fits, and the best. */
	public record Candidates(long total, List<Candidate> best) {

	}

}
