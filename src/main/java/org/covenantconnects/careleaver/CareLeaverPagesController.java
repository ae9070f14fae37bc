package org.covenantconnects.careleaver;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.covenantconnects.careleaver.CareLeaverForms.ApplyForm;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.Opportunities.NoSuchOpportunityException;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.platform.PageLinks;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in care leaver's own pages: the opportunities that fit them, acting on one,
 * and the list of what they saved and took up. Each acts only on the signed-in person's
 * own data.
 */
@Controller
class CareLeaverPagesController {

	static final int FEED_PAGE_SIZE = 10;

	private final CareLeavers careLeavers;

	private final Opportunities opportunities;

	private final Places places;

	private final List<ForYouSuggestions> suggestions;

	private final Proposals proposals;

	CareLeaverPagesController(CareLeavers careLeavers, Opportunities opportunities, Places places,
			List<ForYouSuggestions> suggestions, Proposals proposals) {
		this.proposals = proposals;
		this.careLeavers = careLeavers;
		this.opportunities = opportunities;
		this.places = places;
		this.suggestions = suggestions;
	}

	@GetMapping("/for-you")
	String forYou(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "1") String page,
			Model model) {
		int requested = parsePage(page);
		CareLeavers.Feed feed = this.careLeavers.forYou(user.id(), requested, FEED_PAGE_SIZE)
			.orElseThrow(CareLeavers.NoSuchTakeUpException::new);
		if (feed.results().items().isEmpty() && requested > 1) {
			return "redirect:/for-you";
		}
		model.addAttribute("feed", feed);
		model.addAttribute("suggested", suggested(user));
		model.addAttribute("putForward", this.proposals.waitingWithOpportunities(user.id()));
		model.addAttribute("name", feed.profile().nameToUse());
		model.addAttribute("region",
				this.places.region(feed.profile().region()).map(Region::name).orElse(feed.profile().region().value()));
		model.addAttribute("pages", new PageLinks(requested, feed.results().totalPages(), "/for-you?page="));
		return "careleaver/for-you";
	}

	/** Suggestions whose opportunity is still published, with its title. */
	private List<Suggested> suggested(CurrentUser user) {
		return this.suggestions.stream()
			.flatMap((source) -> source.suggestedTo(user.id()).stream())
			.flatMap((suggestion) -> this.opportunities.findPublic(suggestion.opportunity())
				.map((opportunity) -> new Suggested(suggestion, opportunity))
				.stream())
			.toList();
	}

	/** A suggestion with the opportunity it is for. */
	record Suggested(ForYouSuggestions.Suggestion suggestion, OpportunityView opportunity) {

	}

	@PostMapping("/opportunities/{id}/save")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		OpportunityId opportunity = parse(id);
		this.careLeavers.save(user.id(), opportunity);
		return "redirect:/opportunities/" + opportunity + "#what-you-can-do";
	}

	@PostMapping("/opportunities/{id}/unsave")
	String unsave(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		OpportunityId opportunity = parse(id);
		this.careLeavers.unsave(user.id(), opportunity);
		return "redirect:/opportunities/" + opportunity + "#what-you-can-do";
	}

	@PostMapping("/opportunities/{id}/interest")
	String interest(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		OpportunityId opportunity = parse(id);
		this.careLeavers.expressInterest(user.id(), opportunity);
		return "redirect:/opportunities/" + opportunity + "#what-you-can-do";
	}

	@PostMapping("/opportunities/{id}/code")
	String code(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		OpportunityId opportunity = parse(id);
		this.careLeavers.claimCode(user.id(), opportunity);
		return "redirect:/opportunities/" + opportunity + "#your-code";
	}

	@GetMapping("/opportunities/{id}/apply")
	String applyForm(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		OpportunityView opportunity = applicable(user, parse(id));
		return applyPage(opportunity, new ApplyForm(), model);
	}

	@PostMapping("/opportunities/{id}/apply")
	String apply(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@Valid @ModelAttribute("form") ApplyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		OpportunityView opportunity = applicable(user, parse(id));
		Set<Sharing> sharing = form.sharing(errors);
		if (errors.hasErrors()) {
			return applyPage(opportunity, form, model);
		}
		this.careLeavers.apply(user.id(), opportunity.id(), sharing, form.getMessage());
		redirect.addFlashAttribute("done", "Your application to " + opportunity.organisationName() + " has been sent");
		return "redirect:/my-opportunities";
	}

	@GetMapping("/my-opportunities")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		this.careLeavers.profile(user.id()).orElseThrow(CareLeavers.NoSuchTakeUpException::new);
		model.addAttribute("mine", this.careLeavers.mine(user.id()));
		return "careleaver/my-opportunities";
	}

	@PostMapping("/my-opportunities/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		TakeUpId takeUp = TakeUpId.parse(id).orElseThrow(CareLeavers.NoSuchTakeUpException::new);
		this.careLeavers.withdraw(user.id(), takeUp);
		redirect.addFlashAttribute("done", "You have withdrawn");
		return "redirect:/my-opportunities";
	}

	private String applyPage(OpportunityView opportunity, ApplyForm form, Model model) {
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("form", form);
		model.addAttribute("shareChoices", ApplyForm.shareChoices());
		return "careleaver/apply";
	}

	/**
	 * An open opportunity applied for through Covenant Connects, which fits the person.
	 */
	private OpportunityView applicable(CurrentUser user, OpportunityId id) {
		OpportunityView opportunity = this.opportunities.findPublic(id)
			.orElseThrow(() -> new NoSuchOpportunityException(id));
		CareLeavers.Position position = this.careLeavers.positionOn(user.id(), opportunity);
		if (!position.hasProfile() || opportunity.details().takeUp() != TakeUpRoute.CONNECTS || !position.mayApply()) {
			throw new CareLeavers.TakeUpRefusedException("You cannot apply for this opportunity");
		}
		return opportunity;
	}

	private static OpportunityId parse(String id) {
		return OpportunityId.parse(id).orElseThrow(() -> new NoSuchOpportunityException(null));
	}

	private static int parsePage(String page) {
		return (page != null && page.matches("\\d{1,5}")) ? Math.max(1, Integer.parseInt(page)) : 1;
	}

}
