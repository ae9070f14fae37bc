package org.covenantconnects.demo;

import org.covenantconnects.adviserlink.Links;
import org.covenantconnects.careleaver.CareExperience;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.takeup.TakeUps;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Links the demo care leaver with the demo personal adviser, who confirms her care
 * experience (looked after by Manchester), and saves one opportunity for the young
 * person, so that both sides show something. Runs once the demo accounts and
 * opportunities exist; repeatable.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoLinks {

	private final Accounts accounts;

	private final CareLeavers careLeavers;

	private final Links links;

	private final TakeUps takeUps;

	private final CareExperience careExperience;

	DemoLinks(Accounts accounts, CareLeavers careLeavers, Links links, TakeUps takeUps, CareExperience careExperience) {
		this.careExperience = careExperience;
		this.takeUps = takeUps;
		this.accounts = accounts;
		this.careLeavers = careLeavers;
		this.links = links;
	}

	@EventListener(ApplicationReadyEvent.class)
	void link() {
		AccountId careLeaver = this.accounts.idOf(DemoData.CARE_LEAVER_EMAIL).orElse(null);
		AccountId supporter = this.accounts.idOf(DemoData.SUPPORTER_EMAIL).orElse(null);
		if (careLeaver == null || supporter == null || this.careLeavers.profile(careLeaver).isEmpty()) {
			return;
		}
		this.links.createDemoLink(supporter, careLeaver);
		if (this.careExperience.historyOf(careLeaver).isEmpty()) {
			this.careExperience.confirm(careLeaver, this.careLeavers.profile(careLeaver).orElseThrow().council(),
					supporter, CareExperience.Confirmer.PERSONAL_ADVISER);
		}
		if (this.takeUps.mine(careLeaver).isEmpty()) {
			this.careLeavers.forYou(careLeaver, 1, 2).ifPresent((feed) -> {
				if (!feed.results().items().isEmpty()) {
					this.takeUps.save(careLeaver, feed.results().items().get(0).id());
				}
			});
		}
	}

}
