package org.covenantconnects.giveaway;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.Fixtures.YoungPerson;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.careleaver.CareExperience;
import org.covenantconnects.identity.AccountData;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monthly give-away against the real database: who is in the draw (confirmed, active,
 * of its ages and region, not opted out); the draw made again from its fixed list and
 * seed picks the same winner, and a changed list is caught by the fingerprint; the winner
 * is emailed, told on For you and claims, only their own win; an unclaimed prize is drawn
 * again once however often the work runs; the public page names no one; the forms' error
 * summaries; a draw still checks after the winner's account is erased.
 */
@ConnectsTest
@AutoConfigureMockMvc
class GiveAwaysTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private GiveAways giveAways;

	@Autowired
	private CareExperience careExperience;

	@Autowired
	private Accounts accounts;

	@Autowired
	private AccountData accountData;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theDrawIsTheSameWhateverTheOrderAndAnyChangeToTheListChangesTheFingerprint() {
		List<String> entries = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			entries.add(TheDraw.entry(UUID.randomUUID(), new AccountId(UUID.randomUUID())));
		}
		String seed = "5eed".repeat(16);
		List<String> shuffled = new ArrayList<>(entries);
		java.util.Collections.shuffle(shuffled);
		assertThat(TheDraw.fingerprint(shuffled)).isEqualTo(TheDraw.fingerprint(entries)).hasSize(64);
		assertThat(TheDraw.winner(seed, shuffled)).isEqualTo(TheDraw.winner(seed, entries)).isPresent();
		List<String> changed = new ArrayList<>(entries);
		changed.remove(7);
		assertThat(TheDraw.fingerprint(changed)).isNotEqualTo(TheDraw.fingerprint(entries));
		assertThat(TheDraw.winner(seed, List.of())).isEmpty();
		// sha256sum of the sorted list, one entry a line
		StringBuilder file = new StringBuilder();
		TheDraw.sorted(entries).forEach((entry) -> file.append(entry).append('\n'));
		assertThat(TheDraw.fingerprint(entries)).isEqualTo(TheDraw.sha256(file.toString()));
	}

	@Test
	void onlyConfirmedCareLeaversOfItsAgesAndRegionWhoDidNotOptOutAreInTheDrawAndItChecks() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		CurrentUser amira = confirmed(YoungPerson.named("Amira").aged(23).livingIn(Fixtures.SOUTH_WEST), coordinator);
		CurrentUser ben = confirmed(YoungPerson.named("Ben").aged(23).livingIn(Fixtures.SOUTH_WEST), coordinator);
		CurrentUser unconfirmed = this.fixtures
			.careLeaver(YoungPerson.named("Cara").aged(23).livingIn(Fixtures.SOUTH_WEST));
		CurrentUser optedOut = confirmed(YoungPerson.named("Dan").aged(23).livingIn(Fixtures.SOUTH_WEST), coordinator);
		CurrentUser tooYoung = confirmed(YoungPerson.named("Eve").aged(19).livingIn(Fixtures.SOUTH_WEST), coordinator);
		CurrentUser elsewhere = confirmed(YoungPerson.named("Finn").aged(23).livingIn(Fixtures.LONDON), coordinator);
		this.mvc.perform(post("/my-account/give-away").param("takePart", "no").with(as(optedOut)).with(csrf()))
			.andExpect(redirectedUrl("/my-account/give-away"));
		assertThat(this.giveAways.isTakingPart(optedOut.id())).isFalse();

		GiveAway giveAway = this.giveAways.setUp(someMonth(), "A £50 voucher", null, 22, 25, Fixtures.SOUTH_WEST,
				coordinator.id());
		Draw draw = this.giveAways.closeAndDraw(giveAway.id(), coordinator.id());

		List<String> entries = this.giveAways.entriesOf(draw.id());
		assertThat(entries).hasSize(draw.entrants())
			.contains(TheDraw.entry(draw.id(), amira.id()), TheDraw.entry(draw.id(), ben.id()))
			.doesNotContain(TheDraw.entry(draw.id(), unconfirmed.id()), TheDraw.entry(draw.id(), optedOut.id()),
					TheDraw.entry(draw.id(), tooYoung.id()), TheDraw.entry(draw.id(), elsewhere.id()));
		assertThat(draw.fingerprint()).isEqualTo(TheDraw.fingerprint(entries));
		assertThat(draw.winningEntry()).isEqualTo(TheDraw.winner(draw.seed(), entries).orElseThrow());
		assertThat(TheDraw.entry(draw.id(), draw.winner())).isEqualTo(draw.winningEntry());
		assertThat(draw.winnerRegion()).isEqualTo(Fixtures.SOUTH_WEST);
		assertThat(draw.claimBy()).isEqualTo(draw.closedAt().plus(Draw.TO_CLAIM));

		// Made again, by anyone on the team, it picks the same winner
		DrawCheck check = this.giveAways.check(draw.id(), this.fixtures.staff(Role.ADMIN).id());
		assertThat(check.matches()).isTrue();
		assertThat(check.winningEntry()).isEqualTo(draw.winningEntry());
		this.mvc.perform(get("/coordinator/give-aways/draws/" + draw.id() + "/check").with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The draw matches")));
		String file = this.mvc
			.perform(get("/coordinator/give-aways/draws/" + draw.id() + "/entries.txt").with(as(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(TheDraw.sha256(file)).isEqualTo(draw.fingerprint());

		// Someone's entry given to someone else is caught
		this.jdbc.sql("update give_away_entry set account_id = :other where draw_id = :draw and account_id = :amira")
			.param("other", unconfirmed.id().value())
			.param("draw", draw.id())
			.param("amira", amira.id().value())
			.update();
		assertThat(this.giveAways.check(draw.id(), coordinator.id()).entriesBelongToTheirPeople()).isFalse();
		this.jdbc.sql("update give_away_entry set account_id = :amira where draw_id = :draw and account_id = :other")
			.param("other", unconfirmed.id().value())
			.param("draw", draw.id())
			.param("amira", amira.id().value())
			.update();
		assertThat(this.giveAways.check(draw.id(), coordinator.id()).matches()).isTrue();

		// A changed list: someone added after the draw closed
		this.jdbc.sql("insert into give_away_entry (draw_id, entry, account_id) values (:draw, :entry, :who)")
			.param("draw", draw.id())
			.param("entry", TheDraw.entry(draw.id(), unconfirmed.id()))
			.param("who", unconfirmed.id().value())
			.update();
		DrawCheck changed = this.giveAways.check(draw.id(), coordinator.id());
		assertThat(changed.sameList()).isFalse();
		assertThat(changed.fingerprint()).isNotEqualTo(draw.fingerprint());
		assertThat(changed.matches()).isFalse();
		this.mvc.perform(get("/coordinator/give-aways/draws/" + draw.id() + "/check").with(as(coordinator)))
			.andExpect(content().string(containsString("The draw does not match")));
	}

	@Test
	void theWinnerIsToldClaimsOnlyTheirOwnWinAndTheRedrawHappensOnceWhenAClaimLapses() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		for (String name : List.of("Gus", "Hana", "Ivo")) {
			confirmed(YoungPerson.named(name).aged(24), coordinator);
		}
		GiveAway giveAway = this.giveAways.setUp(someMonth(), "Two football tickets", null, 24, 24, Fixtures.NORTH_WEST,
				coordinator.id());
		this.mvc.perform(post("/coordinator/give-aways/" + giveAway.id() + "/draw").with(as(coordinator)).with(csrf()))
			.andExpect(redirectedUrl("/coordinator/give-aways/" + giveAway.id()));
		Draw first = this.giveAways.draws(giveAway.id()).get(0);
		AccountSummary winner = this.accounts.find(first.winner()).orElseThrow();
		CurrentUser winnerSignedIn = new CurrentUser(winner.id(), winner.email(), winner.displayName(),
				Role.CARE_LEAVER);
		assertThat(TestMailServer.awaitEmail(winner.email(), "You won the monthly give-away")).isNotNull();
		this.mvc.perform(get("/for-you").with(as(winnerSignedIn)))
			.andExpect(content().string(containsString("You won the give-away for " + giveAway.monthName())));
		// the coordinator sees who won; the public page only where they live
		this.mvc.perform(get("/coordinator/give-aways/" + giveAway.id()).with(as(coordinator)))
			.andExpect(content().string(containsString(winner.email())));
		this.mvc.perform(get("/give-away"))
			.andExpect(content().string(allOf(
					containsString(
							giveAway.monthName() + ": a care leaver from the North West won Two football tickets"),
					not(containsString(winner.displayName())), not(containsString(winner.email())))));
		// a second draw is refused
		this.mvc.perform(post("/coordinator/give-aways/" + giveAway.id() + "/draw").with(as(coordinator)).with(csrf()))
			.andExpect(redirectedUrl("/coordinator/give-aways/" + giveAway.id()));
		assertThat(this.giveAways.draws(giveAway.id())).hasSize(1);

		// The time to claim passes: drawn again, once, without the first winner
		this.jdbc.sql("update give_away_draw set claim_by = now() - interval '1 minute' where id = :id")
			.param("id", first.id())
			.update();
		while (this.giveAways.redrawOneLapsed()) {
			// every lapsed claim, this one's among them
		}
		assertThat(this.giveAways.redrawOneLapsed()).isFalse();
		List<Draw> draws = this.giveAways.draws(giveAway.id());
		assertThat(draws).hasSize(2);
		assertThat(draws.get(0).hasLapsed()).isTrue();
		Draw second = draws.get(1);
		assertThat(second.round()).isEqualTo(2);
		assertThat(second.entrants()).isEqualTo(first.entrants() - 1);
		assertThat(second.winner()).isNotNull().isNotEqualTo(first.winner());
		assertThat(this.giveAways.check(second.id(), coordinator.id()).matches()).isTrue();
		assertThat(this.giveAways.check(first.id(), coordinator.id()).matches()).isTrue();
		assertThat(this.giveAways.history(giveAway.id()))
			.extracting(DrawHappening::round, DrawHappening::what, DrawHappening::who, DrawHappening::why)
			.containsExactly(
					tuple(1, DrawHappening.What.LAPSED, DrawHappening.Who.SERVICE, "Not claimed within 14 days"),
					tuple(2, DrawHappening.What.REDRAWN, DrawHappening.Who.SERVICE,
							"The winner of draw 1 did not claim within 14 days"));

		// the first winner can no longer claim; no one claims another's win
		this.mvc
			.perform(post("/my-account/give-away/wins/" + first.id() + "/claim").with(as(winnerSignedIn)).with(csrf()))
			.andExpect(redirectedUrl("/my-account/give-away"));
		assertThat(this.giveAways.draw(first.id()).orElseThrow().isClaimed()).isFalse();
		this.mvc
			.perform(post("/my-account/give-away/wins/" + second.id() + "/claim").with(as(winnerSignedIn)).with(csrf()))
			.andExpect(status().isNotFound());
		AccountSummary secondWinner = this.accounts.find(second.winner()).orElseThrow();
		CurrentUser secondSignedIn = new CurrentUser(secondWinner.id(), secondWinner.email(),
				secondWinner.displayName(), Role.CARE_LEAVER);
		this.mvc.perform(get("/my-account/give-away").with(as(secondSignedIn)))
			.andExpect(content().string(containsString("Claim your prize")));
		this.mvc
			.perform(post("/my-account/give-away/wins/" + second.id() + "/claim").with(as(secondSignedIn)).with(csrf()))
			.andExpect(redirectedUrl("/my-account/give-away"));
		assertThat(this.giveAways.draw(second.id()).orElseThrow().isClaimed()).isTrue();
		this.mvc.perform(get("/my-account/give-away").with(as(secondSignedIn)))
			.andExpect(content().string(containsString("You claimed it")));
		assertThat(this.giveAways.history(giveAway.id())).last()
			.satisfies((claimed) -> assertThat(claimed.what()).isEqualTo(DrawHappening.What.CLAIMED))
			.satisfies((claimed) -> assertThat(claimed.who()).isEqualTo(DrawHappening.Who.WINNER))
			.satisfies((claimed) -> assertThat(claimed.round()).isEqualTo(2));

		// Erasing the winner leaves the draw checkable, without them
		this.accountData.erase(second.winner());
		Draw erased = this.giveAways.draw(second.id()).orElseThrow();
		assertThat(erased.winner()).isNull();
		assertThat(this.giveAways.check(second.id(), coordinator.id()).matches()).isTrue();
	}

	@Test
	void badAnswersShowTheErrorSummaryKeepingWhatWasTyped() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc
			.perform(post("/coordinator/give-aways/new").param("month", "")
				.param("prize", "")
				.param("details", "Kept as typed")
				.param("youngest", "30")
				.param("oldest", "twenty")
				.with(as(coordinator))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("There is a problem"), containsString("Select the month of the give-away"),
						containsString("Enter the prize"), containsString("The youngest age must be between 16 and 25"),
						containsString("The oldest age must be a number, like 18"), containsString("Kept as typed"),
						containsString("value=\"twenty\""))));
		CurrentUser careLeaver = this.fixtures.careLeaver("Jo");
		this.mvc.perform(post("/my-account/give-away").with(as(careLeaver)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("There is a problem"),
					containsString("Select whether you want to take part in the give-away"))));
		this.mvc.perform(get("/my-account/give-away").with(as(careLeaver)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Do you want to take part in the give-away?")));
	}

	@Test
	void aWinnerWhoSaysNoThanksIsReplacedAtOnceAndTheTeamSeesWhoDidWhatWhenAndWhy() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		for (String name : List.of("Jo", "Kit", "Lev")) {
			confirmed(YoungPerson.named(name).aged(23), coordinator);
		}
		GiveAway giveAway = this.giveAways.setUp(someMonth(), "A bike and a helmet", null, 23, 23, Fixtures.NORTH_WEST,
				coordinator.id());
		Draw first = this.giveAways.closeAndDraw(giveAway.id(), coordinator.id());
		AccountSummary winner = this.accounts.find(first.winner()).orElseThrow();
		CurrentUser winnerSignedIn = new CurrentUser(winner.id(), winner.email(), winner.displayName(),
				Role.CARE_LEAVER);
		CurrentUser someoneElse = this.fixtures.careLeaver(YoungPerson.named("Mo").aged(23));
		this.mvc.perform(get("/my-account/give-away").with(as(winnerSignedIn)))
			.andExpect(content().string(containsString("No thanks, let someone else have it")));

		// no one declines another's win
		this.mvc
			.perform(post("/my-account/give-away/wins/" + first.id() + "/decline").with(as(someoneElse)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.giveAways.draws(giveAway.id())).hasSize(1);

		this.mvc
			.perform(
					post("/my-account/give-away/wins/" + first.id() + "/decline").with(as(winnerSignedIn)).with(csrf()))
			.andExpect(redirectedUrl("/my-account/give-away"));
		List<Draw> draws = this.giveAways.draws(giveAway.id());
		assertThat(draws).hasSize(2);
		assertThat(draws.get(0).wasDeclined()).isTrue();
		assertThat(draws.get(0).isClaimed()).isFalse();
		Draw second = draws.get(1);
		assertThat(second.round()).isEqualTo(2);
		assertThat(second.drawnBy()).isNull();
		assertThat(second.winner()).isNotNull().isNotEqualTo(first.winner());
		assertThat(second.entrants()).isEqualTo(first.entrants() - 1);
		// each round makes its own winner again from its own list and seed
		assertThat(this.giveAways.check(first.id(), coordinator.id()).matches()).isTrue();
		assertThat(this.giveAways.check(second.id(), coordinator.id()).matches()).isTrue();
		// declining again, or claiming what was declined, changes nothing
		this.mvc
			.perform(
					post("/my-account/give-away/wins/" + first.id() + "/decline").with(as(winnerSignedIn)).with(csrf()))
			.andExpect(redirectedUrl("/my-account/give-away"));
		this.mvc
			.perform(post("/my-account/give-away/wins/" + first.id() + "/claim").with(as(winnerSignedIn)).with(csrf()))
			.andExpect(redirectedUrl("/my-account/give-away"));
		assertThat(this.giveAways.draws(giveAway.id())).hasSize(2);
		assertThat(this.giveAways.draw(first.id()).orElseThrow().isClaimed()).isFalse();
		this.mvc.perform(get("/my-account/give-away").with(as(winnerSignedIn)))
			.andExpect(content().string(containsString("You said no thanks")));

		assertThat(this.giveAways.history(giveAway.id()))
			.extracting(DrawHappening::round, DrawHappening::what, DrawHappening::who, DrawHappening::why)
			.containsExactly(
					tuple(1, DrawHappening.What.DECLINED, DrawHappening.Who.WINNER, "The winner said no thanks"),
					tuple(2, DrawHappening.What.REDRAWN, DrawHappening.Who.SERVICE,
							"The winner of draw 1 declined the prize"));
		this.mvc.perform(get("/coordinator/give-aways/" + giveAway.id()).with(as(coordinator)))
			.andExpect(content().string(allOf(containsString("What happened after each draw"),
					containsString("Declined: drawn again"), containsString("The winner said no thanks"),
					containsString("The winner of draw 1 declined the prize"), containsString("the service"))));
	}

	private CurrentUser confirmed(YoungPerson who, CurrentUser coordinator) {
		CurrentUser careLeaver = this.fixtures.careLeaver(who);
		this.careExperience.confirm(careLeaver.id(), who.council(), coordinator.id(),
				CareExperience.Confirmer.COORDINATOR);
		return careLeaver;
	}

	/** A month far ahead that no other test has used. */
	private YearMonth someMonth() {
		while (true) {
			YearMonth month = YearMonth.of(2200 + ThreadLocalRandom.current().nextInt(7000),
					1 + ThreadLocalRandom.current().nextInt(12));
			if (this.giveAways.forMonth(month).isEmpty()) {
				return month;
			}
		}
	}

}
