package org.covenantconnects.impact.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.covenantconnects.directory.Recognition;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.impact.FiscalYear;
import org.covenantconnects.impact.ImpactFigures;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.platform.CountsAsOf;
import org.covenantconnects.platform.SmallNumbers;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.SignatorySummary;
import org.covenantconnects.takeup.TakeUpStatus;
import org.covenantconnects.takeup.TakeUpsAsOf;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A signatory's own impact, for its users: its take-ups by stage, those still going six
 * months after they started, its recognition tier and what the next tier needs, and its
 * pledge against what it delivered. Only the organisation the user acts for; counts under
 * 5 are shown as "fewer than 5" (ADR 029), as everywhere outside the Covenant team.
 */
@Controller
class OrganisationImpactController {

	private static final List<TakeUpStatus> STAGES = List.of(TakeUpStatus.INTERESTED, TakeUpStatus.APPLIED,
			TakeUpStatus.REFERRED, TakeUpStatus.OFFERED, TakeUpStatus.CLAIMED, TakeUpStatus.STARTED,
			TakeUpStatus.SUSTAINED, TakeUpStatus.COMPLETED, TakeUpStatus.DECLINED, TakeUpStatus.UNSUCCESSFUL,
			TakeUpStatus.WITHDRAWN);

	private final Signatories signatories;

	private final TakeUpsAsOf takeUps;

	private final Opportunities opportunities;

	private final ObjectProvider<Recognition.DeliveryCounts> delivery;

	private final ImpactFigures figures;

	private final Recognition.Thresholds thresholds;

	OrganisationImpactController(Signatories signatories, TakeUpsAsOf takeUps, Opportunities opportunities,
			ObjectProvider<Recognition.DeliveryCounts> delivery, ImpactFigures figures,
			@Value("${connects.recognition.silver-started:5}") long silverStarted,
			@Value("${connects.recognition.gold-sustained:5}") long goldSustained) {
		this.signatories = signatories;
		this.takeUps = takeUps;
		this.opportunities = opportunities;
		this.delivery = delivery;
		this.figures = figures;
		this.thresholds = new Recognition.Thresholds(silverStarted, goldSustained);
	}

	@GetMapping("/organisation/impact")
	String impact(@AuthenticationPrincipal CurrentUser user, Model model) {
		SignatorySummary organisation = this.signatories.ofMember(user.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		SignatoryId id = organisation.id();
		FiscalYear year = FiscalYear.of(this.figures.today());
		TakeUpsAsOf.Stages stages = this.takeUps.stagesOf(id, CountsAsOf.endOf(year.firstDay().minusDays(1)));
		Recognition.DeliveryCounts counts = this.delivery.getIfAvailable();
		Recognition.Delivered delivered = (counts != null)
				? counts.of(List.of(id)).getOrDefault(id, Recognition.Delivered.NOTHING)
				: Recognition.Delivered.NOTHING;
		boolean published = this.opportunities.openCounts().containsKey(id);
		Recognition tier = Recognition.earned(published, delivered, this.thresholds);
		List<Map.Entry<String, String>> rows = new ArrayList<>();
		for (TakeUpStatus stage : STAGES) {
			rows.add(Map.entry(stage.label(), SmallNumbers.shown(stages.at(stage))));
		}
		model.addAttribute("organisation", organisation);
		model.addAttribute("year", year);
		model.addAttribute("stages", rows);
		model.addAttribute("tier", (tier.label() != null) ? tier.label() : "Not recognised yet");
		model.addAttribute("tierColour", tier.colour());
		model.addAttribute("nextTier", nextTier(tier, delivered));
		model.addAttribute("sustained", SmallNumbers.shown(delivered.sustainedAt6Months()));
		model.addAttribute("startedInLast12Months", SmallNumbers.shown(delivered.startedInLast12Months()));
		model.addAttribute("pledge", this.signatories.pledgeOf(id).orElse(null));
		model.addAttribute("deliveredThisYear", SmallNumbers.shown(stages.deliveredSince()));
		model.addAttribute("deliveredEver", SmallNumbers.shown(stages.deliveredEver()));
		return "impact/organisation";
	}

	private String nextTier(Recognition tier, Recognition.Delivered delivered) {
		return switch (tier) {
			case NONE -> "Bronze needs one opportunity open to young people: publish one.";
			case BRONZE ->
				"Silver needs " + this.thresholds.silverStarted() + " take-ups started in the last 12 months; you have "
						+ SmallNumbers.shown(delivered.startedInLast12Months()) + ".";
			case SILVER -> "Gold needs " + this.thresholds.goldSustained()
					+ " take-ups still going (or completed) six months after they started; you have "
					+ SmallNumbers.shown(delivered.sustainedAt6Months()) + ".";
			case GOLD -> "Gold is the highest tier: keep your take-ups going to keep it.";
		};
	}

}
