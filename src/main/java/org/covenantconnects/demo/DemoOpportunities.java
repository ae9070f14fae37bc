package org.covenantconnects.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Barriers;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.InternshipFacts;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.opportunity.Scope;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.Dataset;
import org.covenantconnects.signatory.NewOrganisation;
import org.covenantconnects.signatory.Sector;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.Size;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads 30 fictional signed organisations of every sector and region with five published
 * opportunities each, covering every type, each offer different (see
 * {@link DemoOfferings}), based in a council's area of its region, with closing dates and
 * ways to apply that differ. The demo signatory user acts for the first. Runs once: if
 * the demo signatory user already acts for an organisation, nothing is added.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoOpportunities implements ApplicationRunner {

	static final List<String> ORGANISATIONS = List.of("Northwind Bakeries", "Brightpath Housing Trust",
			"Kestrel Rail Services", "Meadowbank College", "Harbourside Cinemas", "Fernhill Building Society",
			"Oakleaf Care Partnership", "Riverside Leisure Centres", "Copperfield Engineering", "Lantern Youth Charity",
			"Skylark Digital", "Greenway Supermarkets", "Thistle Health Trust", "Ironbridge Construction",
			"Bluebell Theatre Company", "Marston Energy", "Willow Tree Furniture Bank", "Falcon Logistics",
			"Seaview Hotels", "Redbrick Borough Services", "Juniper Law", "Orchard Gardens Trust", "Beacon Sports Club",
			"Quayside Museums", "Pennine Water", "Sunrise Cafe Cooperative", "Harrow Lane Motors",
			"Starling Bank of Savings", "Moorland Outdoor Centre", "Crescent Arts Studio");

	private static final Log log = LogFactory.getLog(DemoOpportunities.class);

	private static final String SIGNATORY_EMAIL = "signatory@example.com";

	private final Dataset dataset;

	private final Accounts accounts;

	private final Signatories signatories;

	private final Opportunities opportunities;

	private final Places places;

	private final Clock clock;

	DemoOpportunities(Dataset dataset, Accounts accounts, Signatories signatories, Opportunities opportunities,
			Places places, Clock clock) {
		this.dataset = dataset;
		this.accounts = accounts;
		this.signatories = signatories;
		this.opportunities = opportunities;
		this.places = places;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.dataset.claimFor(Dataset.Kind.demo);
		AccountId member = this.accounts.idOf(SIGNATORY_EMAIL)
			.orElseGet(() -> this.accounts.createDemoAccount("Priya Shah", SIGNATORY_EMAIL, DemoData.PASSWORD,
					Role.SIGNATORY));
		if (this.signatories.ofMember(member).isPresent()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		Instant now = this.clock.instant();
		List<Region> regions = this.places.regions();
		OpportunityType[] types = OpportunityType.values();
		int created = 0;
		for (int i = 0; i < ORGANISATIONS.size(); i++) {
			String name = ORGANISATIONS.get(i);
			boolean national = i % 5 == 0;
			Region home = regions.get(i % regions.size());
			List<RegionCode> orgRegions = national ? List.of()
					: List.of(home.code(), regions.get((i + 4) % regions.size()).code());
			SignatoryId signatory = this.signatories.createDemoSignatory(
					new NewOrganisation(name, Sector.values()[i % 3], Size.values()[i % 4],
							"https://" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".example.org",
							national, orgRegions, "Jobs, training and everyday help for care leavers"),
					today.minusDays(30L + i * 11L), (i == 0) ? member : null);
			List<LocalAuthority> inRegion = this.places.localAuthorities()
				.stream()
				.filter((council) -> council.region().equals(home.code()))
				.toList();
			List<LocalAuthorityId> councils = inRegion.stream().limit(2).map(LocalAuthority::id).toList();
			for (int j = 0; j < 5; j++) {
				int n = i * 5 + j;
				OpportunityType type = types[n % types.length];
				Scope scope = national ? Scope.NATIONAL : ((j % 2 == 0) ? Scope.REGIONS : Scope.COUNCILS);
				// Each opportunity is based in one of the region's councils' areas, the
				// organisation's offers spread across them.
				String town = inRegion.get((i * 7 + j * 3) % inRegion.size()).name();
				this.opportunities.createDemo(signatory,
						details(type, name, town, n, scope, orgRegions, councils, today),
						now.minus(n % 60, ChronoUnit.DAYS).minus(n, ChronoUnit.MINUTES));
				created++;
			}
		}
		log.info("Demo data: " + ORGANISATIONS.size() + " signatories with " + created + " opportunities");
	}

	static OpportunityDetails details(OpportunityType type, String organisation, String town, int n, Scope scope,
			List<RegionCode> regions, List<LocalAuthorityId> councils, LocalDate today) {
		DemoOfferings.Offer offer = DemoOfferings.offer(type, n / OpportunityType.values().length);
		String title = offer.title();
		Category category = switch (type) {
			case JOB, APPRENTICESHIP, INTERNSHIP, WORK_EXPERIENCE, TRAINEESHIP ->
				Category.EMPLOYMENT_AND_WORK_EXPERIENCE;
			case TRAINING_COURSE, WORKSHOP_OR_EVENT, MENTORING -> Category.EDUCATION_AND_TRAINING;
			case DISCOUNT, FINANCIAL_HELP, EXEMPTION -> Category.MONEY_AND_FINANCIAL_SUPPORT;
			case FREE_TICKETS_OR_ACTIVITY -> Category.LEISURE_AND_LIFESTYLE;
			case HELP_SETTING_UP_HOME -> Category.INDEPENDENT_LIVING_AND_HOUSING;
			case OTHER -> Category.HEALTH_AND_WELLBEING;
		};
		Set<Outcome> outcomes = switch (category) {
			case EMPLOYMENT_AND_WORK_EXPERIENCE, EDUCATION_AND_TRAINING ->
				EnumSet.of(Outcome.EMPLOYMENT_EDUCATION_TRAINING);
			case MONEY_AND_FINANCIAL_SUPPORT -> EnumSet.of(Outcome.FINANCIAL_STABILITY);
			case INDEPENDENT_LIVING_AND_HOUSING ->
				EnumSet.of(Outcome.LIVE_INDEPENDENTLY, Outcome.STABILITY_SAFETY_SECURITY);
			case HEALTH_AND_WELLBEING -> EnumSet.of(Outcome.HEALTH_SUPPORT);
			case LEISURE_AND_LIFESTYLE -> EnumSet.of(Outcome.STABILITY_SAFETY_SECURITY);
		};
		// Most jobs are applied for on the employer's own site, some through the Covenant
		// team; courses and workshops are booked either way; discounts and tickets use a
		// code; the rest go through the Covenant team. The first of each type keeps its
		// route, which the browser journeys take.
		boolean first = n < OpportunityType.values().length;
		TakeUpRoute route = switch (type) {
			case DISCOUNT, FREE_TICKETS_OR_ACTIVITY -> TakeUpRoute.CODE;
			case JOB, APPRENTICESHIP, TRAINEESHIP ->
				(!first && (n / OpportunityType.values().length) % 3 == 1) ? TakeUpRoute.CONNECTS : TakeUpRoute.LINK;
			case TRAINING_COURSE, WORKSHOP_OR_EVENT, WORK_EXPERIENCE ->
				(!first && (n / OpportunityType.values().length) % 2 != 0) ? TakeUpRoute.LINK : TakeUpRoute.CONNECTS;
			default -> TakeUpRoute.CONNECTS;
		};
		boolean employment = type.isJobLike();
		// Some close soon, some later, a third have no closing date and are re-confirmed.
		LocalDate closes = switch (n % 3) {
			case 0 -> today.plusDays(5 + n % 9);
			case 1 -> today.plusDays(21 + (n * 17) % 90);
			default -> null;
		};
		boolean quality = type == OpportunityType.INTERNSHIP && n % 2 == 0;
		String site = organisation.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "");
		String howToApply = switch (route) {
			case LINK ->
				(!employment) ? "Book your place on our website; places go to the first to book." : (n % 2 == 0)
						? "Apply on our website. If you would rather talk first, call %s and ask for the early careers team."
							.formatted(DemoOfferings.phone(n))
						: "Apply on our website, or email your CV to careers@%s.example.org and we will ring you back."
							.formatted(site);
			case CODE -> (n % 2 == 0) ? "Sign in to see your code, then show it at the till or quote it online."
					: "Sign in to see your code and quote it when you book by phone on %s."
						.formatted(DemoOfferings.phone(n));
			case CONNECTS ->
				"Apply through Covenant Connects: the Covenant team passes your application to %s and keeps in touch with you both."
					.formatted(organisation);
		};
		return new OpportunityDetails(title, "%s with %s in %s: %s.".formatted(title, organisation, town, offer.what()),
				"""
						%s: %s. Open to care leavers in and around %s; you do not need any experience or qualifications to start.

						We will talk to you before you start about anything that would make it easier for you to take part, and you can bring someone you trust to the first meeting.

						%s"""
					.formatted(title, offer.what(), town, howToApply),
				type, category, outcomes, scope, (scope == Scope.REGIONS) ? regions : List.of(),
				(scope == Scope.COUNCILS) ? councils : List.of(), 16, (n % 4 == 0) ? 30 : 25,
				(n % 7 == 0) ? "You need to be able to travel to our office" : null, (n % 2 == 0) ? null : 5 + n % 20,
				today.minusDays(10), closes, employment ? today.plusDays(60) : null, route,
				(route == TakeUpRoute.LINK) ? "https://" + site + ".example.org/careers/" + (1000 + n) : null,
				(route == TakeUpRoute.CODE) ? "CARE-" + (1000 + n) : null,
				new Barriers(employment, type == OpportunityType.JOB, employment && n % 2 == 0, true),
				quality ? new InternshipFacts(true, true, true, true, true)
						: new InternshipFacts(true, n % 3 == 0, true, false, false),
				// One in ten is only for young people whose care experience is confirmed,
				// the first of them open anywhere in England.
				n % 10 == 1);
	}

}
