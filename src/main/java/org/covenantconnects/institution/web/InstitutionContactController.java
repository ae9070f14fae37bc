package org.covenantconnects.institution.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.InstitutionFigures;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.institution.OfferAnswer;
import org.covenantconnects.institution.Pillar;
import org.covenantconnects.institution.InstitutionRules;
import org.covenantconnects.institution.WholeInstitutionApproach;
import org.covenantconnects.platform.CountsAsOf;
import org.covenantconnects.platform.SmallNumbers;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterProfile;
import org.covenantconnects.supporter.Supporters;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An institution's own contact keeps what it offers care leavers: a verified supporter on
 * the staff of a college or university whose email address is at one of its email
 * domains. They reach only their own institution; any other is not found. A supporter
 * whose address matches no institution is told so.
 */
@Controller
class InstitutionContactController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Institutions institutions;

	private final Supporters supporters;

	private final InstitutionFigures figures;

	private final Clock clock;

	InstitutionContactController(Institutions institutions, Supporters supporters, InstitutionFigures figures,
			Clock clock) {
		this.institutions = institutions;
		this.supporters = supporters;
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping("/supporter/institution")
	String own(@AuthenticationPrincipal CurrentUser user) {
		List<Institution> own = ownInstitutions(user);
		if (own.isEmpty()) {
			return "institution/no-institution";
		}
		return "redirect:/supporter/institutions/" + own.get(0).slug() + "/offers";
	}

	@GetMapping("/supporter/institutions/{slug}/offers")
	String editOffers(@PathVariable String slug, @AuthenticationPrincipal CurrentUser user, Model model) {
		Institution institution = load(slug, user);
		model.addAttribute("form", OfferAnswers.formOf(this.institutions.offersOf(institution.id())));
		return offersPage(institution, model);
	}

	@PostMapping("/supporter/institutions/{slug}/offers")
	String saveOffers(@PathVariable String slug, @ModelAttribute("form") OffersForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Institution institution = load(slug, user);
		List<OfferAnswer> answers = OfferAnswers.read(form, errors);
		if (errors.hasErrors()) {
			return offersPage(institution, model);
		}
		boolean changed = this.institutions.answerOffers(institution.id(), answers, user.id());
		redirect.addFlashAttribute("done", changed ? "Your offers are saved" : "Nothing was changed");
		return "redirect:/supporter/institutions/" + institution.slug() + "/offers";
	}

	/**
	 * The institution's own figures: its care leavers on Connects, their take-ups by type
	 * and by stage as of today, those still going six months on, and the events they came
	 * to, each count under 5 shown as "fewer than 5" (ADR 029); and where it is with the
	 * Whole Institution Approach.
	 */
	@GetMapping("/supporter/institutions/{slug}/figures")
	String figures(@PathVariable String slug, @AuthenticationPrincipal CurrentUser user, Model model) {
		Institution institution = load(slug, user);
		List<Shown> takeUps = this.figures.takeUpsByType(institution.name())
			.stream()
			.filter((count) -> !SmallNumbers.isHidden(count.began()))
			.map((count) -> new Shown(count.type(), SmallNumbers.shown(count.began()),
					SmallNumbers.shown(count.started())))
			.toList();
		model.addAttribute("institution", institution);
		model.addAttribute("careLeavers", SmallNumbers.shown(this.figures.careLeavers(institution.name())));
		model.addAttribute("takeUps", takeUps);
		InstitutionFigures.EventsAttended events = this.figures.eventsAttended(institution.name());
		model.addAttribute("attendances", SmallNumbers.shown(events.attendances()));
		model.addAttribute("attendedBy", SmallNumbers.shown(events.careLeavers()));
		model.addAttribute("offers", "/supporter/institutions/" + institution.slug() + "/offers");
		Instant now = this.clock.instant();
		model.addAttribute("asOf", DAY.format(now.atZone(CountsAsOf.ENGLAND)));
		model.addAttribute("stages",
				this.figures.takeUpsByStage(institution.name(), now)
					.stream()
					.map((stage) -> new AtStage(stage.stage(), SmallNumbers.shown(stage.count())))
					.toList());
		InstitutionFigures.SixMonthsOn sixMonths = this.figures.sixMonthsOn(institution.name(), now);
		model.addAttribute("sixMonths",
				new SixMonthsOn(SmallNumbers.shown(sixMonths.began()), SmallNumbers.shown(sixMonths.stillGoing())));
		WholeInstitutionApproach approach = this.institutions.approachOf(institution);
		model.addAttribute("embedded", approach.embedded());
		model.addAttribute("embeddedRule", InstitutionRules.EMBEDDED);
		model.addAttribute("memorandumSigned", approach.partnership().mouSigned());
		model.addAttribute("pillars",
				java.util.Arrays.stream(Pillar.values())
					.map((pillar) -> new PillarShown(pillar.title(), pillar.slug(), approach.pillarMet(pillar),
							approach.of(pillar).size()))
					.toList());
		return "institution/figures";
	}

	/** The take-ups of one type, as the page shows them. */
	record Shown(String type, String began, String started) {

	}

	/** The take-ups at one stage, as the page shows them. */
	record AtStage(String stage, String count) {

	}

	/** The six-month figures, as the page shows them. */
	record SixMonthsOn(String began, String stillGoing) {

	}

	/**
	 * A pillar of the Whole Institution Approach: whether an action of it is done with
	 * its evidence, and how many actions its plan has.
	 */
	record PillarShown(String title, String slug, boolean met, int actions) {

	}

	private String offersPage(Institution institution, Model model) {
		model.addAttribute("institution", institution);
		model.addAttribute("answers", OfferAnswers.ANSWERS);
		model.addAttribute("fields", OfferAnswers.Field.all());
		model.addAttribute("action", "/supporter/institutions/" + institution.slug() + "/offers");
		model.addAttribute("back", "/supporter");
		model.addAttribute("figuresPage", "/supporter/institutions/" + institution.slug() + "/figures");
		model.addAttribute("publicPage",
				institution.partnership().partner() ? "/colleges-and-universities/" + institution.slug() : null);
		return "institution/offers";
	}

	/** The institution, if it is the supporter's own; otherwise not found. */
	private Institution load(String slug, CurrentUser user) {
		return ownInstitutions(user).stream()
			.filter((i) -> i.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private List<Institution> ownInstitutions(CurrentUser user) {
		return this.supporters.find(user.id())
			.filter(SupporterProfile::isVerified)
			.filter((profile) -> profile.organisationType() == OrganisationType.COLLEGE_OR_UNIVERSITY)
			.map((profile) -> this.institutions.withEmailDomain(profile.emailDomain()))
			.orElse(List.of());
	}

}
