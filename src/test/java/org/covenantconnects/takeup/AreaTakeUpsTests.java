package org.covenantconnects.takeup;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.institution.Area;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.InstitutionDetails;
import org.covenantconnects.institution.InstitutionFigures;
import org.covenantconnects.institution.InstitutionKind;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.supporter.Verification;
import org.covenantconnects.takeup.TakeUpOutcomes.SixMonths;
import org.covenantconnects.takeup.TakeUpOutcomes.Whose;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.SignedIn.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A council's and an institution's take-ups by stage and still going six months on, read
 * from the take-ups' histories as of a day: against take-ups counted by hand, a past
 * day's figures unchanged by what is recorded later, and on each one's own page with
 * counts under 5 shown as "fewer than 5".
 */
@ConnectsTest
@AutoConfigureMockMvc
class AreaTakeUpsTests {

	/** A council no other test or demo record counts take-ups in. */
	private static final LocalAuthorityId ISLE_OF_WIGHT = new LocalAuthorityId(125);

	private static final LocalAuthorityId ELSEWHERE = new LocalAuthorityId(126);

	private static final RegionCode SOUTH_EAST = new RegionCode("E12000008");

	private static final Instant SEPTEMBER = Instant.parse("2024-09-02T00:00:00Z");

	private static final Instant NEW_YEAR = Instant.parse("2025-01-01T00:00:00Z");

	@Autowired
	private TakeUpOutcomes outcomes;

	@Autowired
	private TakeUpFunnel funnel;

	@Autowired
	private InstitutionFigures institutionFigures;

	@Autowired
	private Institutions institutions;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Supporters supporters;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Test
	void stagesAndSixMonthsOnAreCountedAsByHandAndAPastDayIsNotChangedByLaterRecords() throws Exception {
		String domain = "w" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		String name = "Isle of Wight College " + UUID.randomUUID().toString().substring(0, 8);
		Institution college = this.institutions.add(
				new InstitutionDetails(name, InstitutionKind.FE, null, SOUTH_EAST, Area.SOUTH, null, List.of(domain)),
				null);
		// Two young people at the college (one typed its name in capitals), and one at
		// another
		AccountId ana = goingTo(name);
		AccountId bo = goingTo(name.toUpperCase(java.util.Locale.ROOT));
		AccountId elsewhere = goingTo("Another College " + UUID.randomUUID());

		// Began 1 February, six months on (1 August) started: still going; later
		// sustained
		takeUp(ana, ISLE_OF_WIGHT, "APPLIED 2024-01-10T12:00:00Z", "OFFERED 2024-01-20T12:00:00Z",
				"STARTED 2024-02-01T12:00:00Z", "SUSTAINED 2024-08-05T12:00:00Z");
		// Completed before six months on: not still going
		takeUp(bo, ISLE_OF_WIGHT, "STARTED 2024-02-15T12:00:00Z", "COMPLETED 2024-05-01T12:00:00Z");
		// Began 1 March: six months on is 1 September at noon, before 2 September
		UUID leftLater = takeUp(ana, ISLE_OF_WIGHT, "STARTED 2024-03-01T12:00:00Z");
		// Began 1 June: not six months on by 2 September
		UUID june = takeUp(bo, ISLE_OF_WIGHT, "STARTED 2024-06-01T12:00:00Z");
		// Completed after six months on (5 July): still going then
		takeUp(ana, ISLE_OF_WIGHT, "STARTED 2024-01-05T12:00:00Z", "COMPLETED 2024-07-10T12:00:00Z");
		// Five only interested, and one turned down
		for (int i = 0; i < 5; i++) {
			takeUp((i % 2 == 0) ? ana : bo, ISLE_OF_WIGHT, "INTERESTED 2024-04-0" + (i + 1) + "T12:00:00Z");
		}
		takeUp(bo, ISLE_OF_WIGHT, "APPLIED 2024-05-01T12:00:00Z", "UNSUCCESSFUL 2024-05-20T12:00:00Z");
		// Neither the council's young people nor the college's
		takeUp(elsewhere, ELSEWHERE, "STARTED 2024-01-01T12:00:00Z");

		Map<TakeUpStatus, Long> september = Map.of(TakeUpStatus.INTERESTED, 5L, TakeUpStatus.UNSUCCESSFUL, 1L,
				TakeUpStatus.STARTED, 2L, TakeUpStatus.SUSTAINED, 1L, TakeUpStatus.COMPLETED, 2L);
		Whose council = Whose.council(ISLE_OF_WIGHT);
		Whose institution = Whose.institution(name);
		for (Whose whose : List.of(council, institution)) {
			assertThat(this.outcomes.byStage(whose, SEPTEMBER)).isEqualTo(september);
			assertThat(this.outcomes.sixMonthsOn(whose, SEPTEMBER)).isEqualTo(new SixMonths(4, 3));
			// Nothing before the first record
			assertThat(this.outcomes.byStage(whose, Instant.parse("2024-01-01T00:00:00Z"))).isEmpty();
			assertThat(this.outcomes.sixMonthsOn(whose, Instant.parse("2024-07-05T00:00:00Z")))
				.isEqualTo(new SixMonths(0, 0));
		}
		assertThat(this.outcomes.byStage(Whose.council(ELSEWHERE), SEPTEMBER))
			.isEqualTo(Map.of(TakeUpStatus.STARTED, 1L));
		// Ever, by type: eleven began, five of them started (the interested, the
		// unsuccessful and nothing else never did)
		assertThat(this.funnel.byTypeForCouncil(ISLE_OF_WIGHT))
			.containsExactly(new TakeUpFunnel.TypeCount(OpportunityType.JOB, 11, 5));
		assertThat(this.institutionFigures.takeUpsByType(name))
			.containsExactly(new InstitutionFigures.TakeUpsOfType(OpportunityType.JOB.label(), 11, 5));

		// Recorded later: the take-up begun in March ends in October, seven months on;
		// the
		// June one is still going in November; another application in October
		event(leftLater, "WITHDRAWN", "2024-10-01T12:00:00Z");
		event(june, "SUSTAINED", "2024-11-01T12:00:00Z");
		takeUp(ana, ISLE_OF_WIGHT, "APPLIED 2024-10-01T12:00:00Z");
		for (Whose whose : List.of(council, institution)) {
			assertThat(this.outcomes.byStage(whose, SEPTEMBER)).isEqualTo(september);
			assertThat(this.outcomes.sixMonthsOn(whose, SEPTEMBER)).isEqualTo(new SixMonths(4, 3));
			assertThat(this.outcomes.byStage(whose, NEW_YEAR))
				.isEqualTo(Map.of(TakeUpStatus.INTERESTED, 5L, TakeUpStatus.APPLIED, 1L, TakeUpStatus.UNSUCCESSFUL, 1L,
						TakeUpStatus.WITHDRAWN, 1L, TakeUpStatus.SUSTAINED, 2L, TakeUpStatus.COMPLETED, 2L));
			// Withdrawn seven months on still counts as still going six months on
			assertThat(this.outcomes.sixMonthsOn(whose, NEW_YEAR)).isEqualTo(new SixMonths(5, 4));
		}
		// A take-up withdrawn after it started still started; one only applied for has
		// not
		assertThat(this.funnel.byTypeForCouncil(ISLE_OF_WIGHT))
			.containsExactly(new TakeUpFunnel.TypeCount(OpportunityType.JOB, 12, 5));
		assertThat(this.institutionFigures.takeUpsByType(name))
			.containsExactly(new InstitutionFigures.TakeUpsOfType(OpportunityType.JOB.label(), 12, 5));
		assertThat(this.institutionFigures.takeUpsByStage(name, SEPTEMBER))
			.extracting(InstitutionFigures.AtStage::stage, InstitutionFigures.AtStage::count)
			.startsWith(org.assertj.core.groups.Tuple.tuple("Interested", 5L),
					org.assertj.core.groups.Tuple.tuple("Applied", 0L));
		assertThat(this.institutionFigures.sixMonthsOn(name, SEPTEMBER))
			.isEqualTo(new InstitutionFigures.SixMonthsOn(4, 3));

		// Each page, as of today, shows 5 as it is and everything under it as "fewer than
		// 5"
		for (String page : List.of(
				page("/supporter/council/isle-of-wight",
						supporter(ISLE_OF_WIGHT, OrganisationType.COUNCIL, SupporterRole.PERSONAL_ADVISER,
								Fixtures.uniqueEmail("iow-adviser"))),
				page("/supporter/institutions/" + college.slug() + "/figures", supporter(ISLE_OF_WIGHT,
						OrganisationType.COLLEGE_OR_UNIVERSITY, SupporterRole.COLLEGE_STAFF, "tutor@" + domain)))) {
			assertThat(page).containsPattern(
					"Interested</th>\\s*<td class=\"govuk-table__cell govuk-table__cell--numeric\">5</td>");
			assertThat(page).containsPattern(
					"Still going</th>\\s*<td class=\"govuk-table__cell govuk-table__cell--numeric\">fewer than 5</td>");
			assertThat(page).contains("id=\"six-months-began\">5<", "id=\"six-months-still-going\">fewer than 5<");
			assertThat(page).doesNotContainPattern("numeric\">[1-4]</td>");
		}
	}

	@Test
	void anInstitutionsContactSeesWhereItIsWithTheWholeInstitutionApproach() throws Exception {
		String domain = "p" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		Institution college = this.institutions
			.add(new InstitutionDetails("Ryde College " + UUID.randomUUID().toString().substring(0, 8),
					InstitutionKind.FE, null, SOUTH_EAST, Area.SOUTH, null, List.of(domain)), null);
		String page = page("/supporter/institutions/" + college.slug() + "/figures", supporter(ISLE_OF_WIGHT,
				OrganisationType.COLLEGE_OR_UNIVERSITY, SupporterRole.COLLEGE_STAFF, "pillars@" + domain));
		assertThat(page).contains("Your institution has not embedded the Whole Institution Approach yet.",
				"id=\"memorandum\">Not signed yet<", "Student pillar", "Employment pillar", "Community pillar",
				"0 actions in its plan");
		// Nothing to count yet: every stage and the six-month figures are "fewer than 5"
		assertThat(page).contains("id=\"six-months-began\">fewer than 5<");
		assertThat(page).doesNotContainPattern("numeric\">\\d+</td>");
	}

	private String page(String path, CurrentUser user) throws Exception {
		return this.mvc.perform(get(path).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private AccountId goingTo(String answer) {
		AccountId young = this.fixtures.careLeaver("Wight").id();
		this.jdbc.sql("update care_leaver set institution = :name where account_id = :id")
			.param("name", answer)
			.param("id", young.value())
			.update();
		return young;
	}

	private CurrentUser supporter(LocalAuthorityId council, OrganisationType type, SupporterRole role, String email) {
		AccountId account = this.accounts.createDemoAccount("Area Staff", email, Fixtures.PASSWORD, Role.SUPPORTER);
		this.supporters.createDemoSupporter(
				account, new NewSupporter("Area Staff", role, type,
						(type == OrganisationType.COUNCIL) ? null : "A college", council, email),
				Verification.VERIFIED);
		return new CurrentUser(account, email, "Area Staff", Role.SUPPORTER);
	}

	private UUID takeUp(AccountId young, LocalAuthorityId council, String... history) {
		UUID id = UUID.randomUUID();
		String last = history[history.length - 1];
		this.jdbc.sql("""
				insert into take_up (id, account_id, opportunity_id, signatory_id, status, created_at, updated_at,
				  opportunity_type, region_code, local_authority_id)
				values (:id, :account, :opportunity, :signatory, :status, :at, :at, 'JOB', 'E12000008', :council)
				""")
			.param("id", id)
			.param("account", young.value())
			.param("opportunity", UUID.randomUUID())
			.param("signatory", UUID.randomUUID())
			.param("status", last.split(" ")[0])
			.param("at", OffsetDateTime.parse(history[0].split(" ")[1]))
			.param("council", council.value())
			.update();
		for (String step : history) {
			event(id, step.split(" ")[0], step.split(" ")[1]);
		}
		return id;
	}

	private void event(UUID takeUp, String status, String at) {
		this.jdbc.sql("""
				insert into take_up_event (id, take_up_id, status, actor, occurred_at)
				values (:id, :takeUp, :status, 'SERVICE', :at)
				""")
			.param("id", UUID.randomUUID())
			.param("takeUp", takeUp)
			.param("status", status)
			.param("at", OffsetDateTime.parse(at))
			.update();
	}

}
