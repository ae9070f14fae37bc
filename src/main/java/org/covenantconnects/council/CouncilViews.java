package org.covenantconnects.council;

import java.util.ArrayList;
import java.util.List;

import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.SearchCriteria;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.takeup.TakeUpFunnel;

import org.springframework.stereotype.Service;

/**
 * A council's own view for the people who work there: its partnership, its advisers and
 * care leavers on Connects, its young people's take-ups and opportunities, and what the
 * Covenant asks of it next. Counts of people and take-ups follow the small-number rule
 * ({@link SmallNumbers}); who may see which council's view is the caller's check.
 */
@Service
public class CouncilViews {

	private final Councils councils;

	private final Supporters supporters;

	private final CareLeavers careLeavers;

	private final TakeUpFunnel takeUps;

	private final Opportunities opportunities;

	private final Accounts accounts;

	CouncilViews(Councils councils, Supporters supporters, CareLeavers careLeavers, TakeUpFunnel takeUps,
			Opportunities opportunities, Accounts accounts) {
		this.councils = councils;
		this.supporters = supporters;
		this.careLeavers = careLeavers;
		this.takeUps = takeUps;
		this.opportunities = opportunities;
		this.accounts = accounts;
	}

	public CouncilView of(LocalAuthority council) {
		CouncilPartnership partnership = this.councils.partnershipOf(council);
		String manager = (partnership.accountManager() != null)
				? this.accounts.find(partnership.accountManager()).map(AccountSummary::displayName).orElse(null) : null;
		long advisers = this.supporters.countVerifiedAdvisersAt(council.id());
		long careLeavers = this.careLeavers.countLookedAfterBy(council.id());
		long open = this.opportunities
			.search(new SearchCriteria(null, null, council.id(), null, null, null, false, false, false, null, 1, 1))
			.total();
		List<CouncilView.TakeUpsOfType> takeUps = this.takeUps.byTypeForCouncil(council.id())
			.stream()
			.filter((count) -> !SmallNumbers.isHidden(count.began()))
			.map((count) -> new CouncilView.TakeUpsOfType(count.type().label(), SmallNumbers.shown(count.began()),
					SmallNumbers.shown(count.started())))
			.toList();
		return new CouncilView(partnership, manager, SmallNumbers.shown(advisers), SmallNumbers.shown(careLeavers),
				open, takeUps, asks(partnership, advisers, careLeavers));
	}

	/**
	 * What the Covenant asks next, from the council's state: to become a partner; to
	 * publish its local offer; to sign up its personal advisers, the minimum of part 1 of
	 * the Whole Council Approach; to tell its care leavers about Connects.
	 */
	static List<CouncilView.Ask> asks(CouncilPartnership partnership, long advisers, long careLeavers) {
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
		if (SmallNumbers.isHidden(careLeavers)) {
			asks.add(new CouncilView.Ask("Tell the care leavers you support about Connects",
					"Fewer than 5 young people your council looked after have an account, so few of them see the "
							+ "opportunities open to them."));
		}
		if (asks.isEmpty()) {
			asks.add(new CouncilView.Ask("Keep your advisers and care leavers using Connects",
					"Ask your account manager about the next part of the Whole Council Approach."));
		}
		return asks;
	}

}
