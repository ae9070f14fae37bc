package org.covenantconnects.council;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.covenantconnects.platform.SmallNumbers;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.SearchCriteria;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.platform.CountsAsOf;
import org.covenantconnects.takeup.TakeUpFunnel;
import org.covenantconnects.takeup.TakeUpOutcomes;
import org.covenantconnects.takeup.TakeUpStatus;

import org.springframework.stereotype.Service;

/**
 * A council's own view for the people who work there: its partnership, its advisers and
 * care leavers on Connects, its young people's take-ups and opportunities, and what the
 * Covenant asks of it next. Counts of people and take-ups follow the small-number rule
 * ({@link SmallNumbers}); who may see which council's view is the caller's check.
 */
@Service
public class CouncilViews {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Councils councils;

	private final TakeUpFunnel takeUps;

	private final Opportunities opportunities;

	private final Accounts accounts;

	private final TakeUpOutcomes outcomes;

	private final Clock clock;

	CouncilViews(Councils councils, TakeUpFunnel takeUps, Opportunities opportunities, Accounts accounts,
			TakeUpOutcomes outcomes, Clock clock) {
		this.councils = councils;
		this.takeUps = takeUps;
		this.opportunities = opportunities;
		this.accounts = accounts;
		this.outcomes = outcomes;
		this.clock = clock;
	}

	/**
	 * The view of a council, from its approach ({@link Councils#approachOf}), whose exact
	 * counts stay in this module.
	 */
	public CouncilView of(LocalAuthority council, WholeCouncilApproach approach) {
		CouncilPartnership partnership = this.councils.partnershipOf(council);
		String manager = (partnership.accountManager() != null)
				? this.accounts.find(partnership.accountManager()).map(AccountSummary::displayName).orElse(null) : null;
		long advisers = approach.advisersOnConnects();
		long careLeavers = approach.careLeaversOnConnects();
		long open = this.opportunities
			.search(new SearchCriteria(null, null, council.id(), null, null, null, false, false, false, null, 1, 1))
			.total();
		List<CouncilView.TakeUpsOfType> takeUps = this.takeUps.byTypeForCouncil(council.id())
			.stream()
			.filter((count) -> !SmallNumbers.isHidden(count.began()))
			.map((count) -> new CouncilView.TakeUpsOfType(count.type().label(), SmallNumbers.shown(count.began()),
					SmallNumbers.shown(count.started())))
			.toList();
		Integer employed = approach.awareness().personalAdvisers();
		String headcount = (employed != null) ? SmallNumbers.exactly(employed)
				: "Not known yet: tell your account manager how many personal advisers you employ";
		Instant now = this.clock.instant();
		TakeUpOutcomes.Whose area = TakeUpOutcomes.Whose.council(council.id());
		return new CouncilView(partnership, manager, SmallNumbers.shown(advisers), headcount, coverage(approach),
				approach.minimumMet(), approach.embedded(), SmallNumbers.shown(careLeavers), open, takeUps,
				DAY.format(now.atZone(CountsAsOf.ENGLAND)), stages(area, now), sixMonthsOn(area, now),
				asks(partnership, approach));
	}

	/**
	 * The young people's take-ups by the stage each was at as of a moment, every stage
	 * listed in order, each count by the small-number rule.
	 */
	List<CouncilView.AtStage> stages(TakeUpOutcomes.Whose area, Instant asOf) {
		var counted = this.outcomes.byStage(area, asOf);
		return TakeUpStatus.IN_ORDER.stream()
			.map((stage) -> new CouncilView.AtStage(stage.label(), SmallNumbers.shown(counted.getOrDefault(stage, 0L))))
			.toList();
	}

	/** Take-ups still going six months after they began, as of a moment, in words. */
	CouncilView.SixMonthsOn sixMonthsOn(TakeUpOutcomes.Whose area, Instant asOf) {
		TakeUpOutcomes.SixMonths counted = this.outcomes.sixMonthsOn(area, asOf);
		return new CouncilView.SixMonthsOn(SmallNumbers.shown(counted.began()),
				SmallNumbers.shown(counted.stillGoing()));
	}

	/**
	 * The share of the council's personal advisers on Connects; hidden while fewer than 5
	 * are, as together with the headcount it would give their exact number (ADR 029).
	 */
	static String coverage(WholeCouncilApproach approach) {
		if (approach.awareness().personalAdvisers() == null) {
			return "Shown once we know how many personal advisers you employ";
		}
		if (SmallNumbers.isHidden(approach.advisersOnConnects())) {
			return "Shown once 5 or more of your personal advisers are on Connects";
		}
		return approach.coveragePercent().map((percent) -> percent + "%").orElse("Not known");
	}

	/** The first of parts 1 to 3, which embed the approach, not yet in place. */
	private static Optional<ApproachPart> nextPart(WholeCouncilApproach approach) {
		return Stream
			.of(ApproachPart.RAISING_AWARENESS, ApproachPart.COUNCIL_TAX_EXEMPTION,
					ApproachPart.TRAINING_AND_EMPLOYMENT)
			.filter((part) -> !approach.progressOf(part).inPlace())
			.findFirst();
	}

	/**
	 * What the Covenant asks next, from the council's state: to become a partner; to
	 * publish its local offer; to sign up its personal advisers, the minimum of part 1 of
	 * the Whole Council Approach; to tell its care leavers about Connects.
	 */
	static List<CouncilView.Ask> asks(CouncilPartnership partnership, WholeCouncilApproach approach) {
		long advisers = approach.advisersOnConnects();
		long careLeavers = approach.careLeaversOnConnects();
		List<CouncilView.Ask> asks = new ArrayList<>();
		if (!partnership.partner()) {
			asks.add(new CouncilView.Ask("Become a partner of the Care Leaver Covenant",
					"Partner councils commit to the Whole Council Approach and are listed as partners on Connects."));
		}
		else if (partnership.localOffer() == null) {
			asks.add(new CouncilView.Ask("Send the Covenant team the link to your local offer for care leavers",
					"Your young people then find it from your council's page on Connects."));
		}
		if (SmallNumbers.isHidden(advisers)) {
			asks.add(new CouncilView.Ask("Invite your personal advisers to sign up to Connects",
					"As a minimum, the Covenant asks that every personal adviser is on Connects, so that they can "
							+ "send opportunities to the young people they support."));
		}
		else if (approach.awareness().personalAdvisers() == null) {
			asks.add(new CouncilView.Ask("Tell your account manager how many personal advisers you employ",
					"Connects then shows how many of them are on Connects, part 1's minimum of the Whole Council "
							+ "Approach."));
		}
		else if (!approach.minimumMet()) {
			asks.add(new CouncilView.Ask("Invite the rest of your personal advisers to sign up to Connects",
					"As a minimum, the Covenant asks that at least " + ApproachRules.MINIMUM_COVERAGE_PERCENT
							+ "% of your personal advisers are on Connects."));
		}
		if (SmallNumbers.isHidden(careLeavers)) {
			asks.add(new CouncilView.Ask("Tell the care leavers you support about Connects",
					"Fewer than 5 young people your council looked after have an account, so few of them see the "
							+ "opportunities open to them."));
		}
		if (partnership.partner()) {
			nextPart(approach).ifPresent((part) -> asks.add(new CouncilView.Ask(
					"Put part " + part.number() + " of the Whole Council Approach in place: "
							+ part.title().toLowerCase(Locale.UK),
					"Parts 1, 2 and 3 in place, with part 1's minimum met, embed the approach. Your account manager "
							+ "can help.")));
		}
		if (asks.isEmpty()) {
			asks.add(new CouncilView.Ask("Keep your advisers and care leavers using Connects",
					"Ask your account manager about the next part of the Whole Council Approach."));
		}
		return asks;
	}

}
