package org.covenantconnects.council.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.covenantconnects.council.ApproachPart;
import org.covenantconnects.council.ApproachRules;
import org.covenantconnects.council.Councils;
import org.covenantconnects.council.PartFacts;
import org.covenantconnects.council.PartProgress;
import org.covenantconnects.council.PartStatus;
import org.covenantconnects.council.WholeCouncilApproach;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.DateAnswer;
import org.covenantconnects.platform.WebAddresses;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.SignatorySummary;

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
 * The Covenant team keeps each part of a council's Whole Council Approach on a page of
 * its own: its status, date and evidence, and the part's own facts.
 */
@Controller
class ApproachController {

	/** The form's fields in page order, for the error summary. */
	static final List<String> FIELDS = List.of("status", "on", "evidence", "evidenceLink", "personalAdvisers",
			"taxExemption", "taxExemptionAge", "taxExemptionSince", "councilSignatory", "ringFencedPlaces",
			"aimPercent", "latestPercent", "latestYear", "socialValueAdopted", "socialValueAdoptedOn", "threshold",
			"namesCareLeavers", "employersEngaged", "eventOn");

	private final Councils councils;

	private final Signatories signatories;

	ApproachController(Councils councils, Signatories signatories) {
		this.councils = councils;
		this.signatories = signatories;
	}

	@GetMapping("/coordinator/councils/{slug}/approach/{part}")
	String edit(@PathVariable String slug, @PathVariable("part") String partSlug, Model model) {
		LocalAuthority council = load(slug);
		ApproachPart part = part(partSlug);
		WholeCouncilApproach approach = this.councils.approachOf(council.id());
		PartProgress progress = approach.progressOf(part);
		PartForm form = new PartForm();
		form.setStatus(progress.status().name());
		if (progress.on() != null) {
			form.setOn(DateAnswer.of(progress.on()));
		}
		form.setEvidence(progress.evidence());
		form.setEvidenceLink(progress.evidenceLink());
		PartFacts.Awareness awareness = approach.awareness();
		form.setPersonalAdvisers(text(awareness.personalAdvisers()));
		PartFacts.TaxExemption tax = approach.taxExemption();
		form.setTaxExemption(yesNo(tax.offered()));
		form.setTaxExemptionAge(text(tax.upToAge()));
		form.setTaxExemptionSince(date(tax.since()));
		PartFacts.TrainingAndEmployment training = approach.trainingAndEmployment();
		form.setCouncilSignatory(
				(training.councilSignatory() != null) ? training.councilSignatory().value().toString() : "");
		form.setRingFencedPlaces(text(training.ringFencedPlaces()));
		form.setAimPercent(text(training.aimPercent()));
		form.setLatestPercent(text(training.latestPercent()));
		form.setLatestYear(text(training.latestYear()));
		PartFacts.SocialValuePolicy policy = approach.socialValuePolicy();
		form.setSocialValueAdopted(yesNo(policy.adopted()));
		form.setSocialValueAdoptedOn(date(policy.adoptedOn()));
		form.setThreshold((policy.thresholdPounds() != null) ? String.valueOf(policy.thresholdPounds()) : "");
		form.setNamesCareLeavers(yesNo(policy.namesCareLeavers()));
		PartFacts.EconomicDevelopment economic = approach.economicDevelopment();
		form.setEmployersEngaged(text(economic.employersEngaged()));
		form.setEventOn(date(economic.socialValueEventOn()));
		model.addAttribute("form", form);
		return page(council, part, approach, model);
	}

	@PostMapping("/coordinator/councils/{slug}/approach/{part}")
	String save(@PathVariable String slug, @PathVariable("part") String partSlug, @ModelAttribute("form") PartForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		LocalAuthority council = load(slug);
		ApproachPart part = part(partSlug);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		PartStatus status = Arrays.stream(PartStatus.values())
			.filter((s) -> s.name().equals(form.getStatus()))
			.findFirst()
			.orElse(null);
		if (status == null) {
			errors.rejectValue("status", "required", "Select how far the council has gone with this part");
		}
		LocalDate on = null;
		boolean dateGiven = form.getOn() != null && !form.getOn().isEmpty();
		if (status == PartStatus.NOT_STARTED && dateGiven) {
			errors.rejectValue("on", "notStarted", "Leave the date empty for a part that has not started");
		}
		else if (status != null && status != PartStatus.NOT_STARTED) {
			String name = switch (status) {
				case PLANNED -> "The date it is planned for";
				case IN_PROGRESS -> "The date it started";
				default -> "The date it was put in place";
			};
			on = readDate(errors, "on", form.getOn(), name,
					"Enter " + Character.toLowerCase(name.charAt(0)) + name.substring(1), today.getYear());
			if (on != null && status != PartStatus.PLANNED && on.isAfter(today)) {
				errors.rejectValue("on", "future", name + " must be today or in the past");
			}
		}
		String evidence = strip(form.getEvidence());
		if (evidence.length() > PartProgress.LONGEST_EVIDENCE) {
			errors.rejectValue("evidence", "long",
					"Evidence must be " + String.format("%,d", PartProgress.LONGEST_EVIDENCE) + " characters or fewer");
		}
		else if (evidence.isEmpty() && status == PartStatus.IN_PLACE) {
			errors.rejectValue("evidence", "required", "Enter the evidence that this part is in place");
		}
		String link = strip(form.getEvidenceLink());
		if (!link.isEmpty() && !WebAddresses.isWebAddress(link)) {
			errors.rejectValue("evidenceLink", "invalid",
					"Enter the evidence link in the correct format, like https://www.example.gov.uk/policy");
		}
		PartFacts facts = facts(part, form, status, errors, today);
		if (errors.hasErrors()) {
			return page(council, part, this.councils.approachOf(council.id()), model);
		}
		boolean changed = this.councils.recordPart(council.id(),
				new PartProgress(status, on, evidence.isEmpty() ? null : evidence, link.isEmpty() ? null : link), facts,
				user.id());
		redirect.addFlashAttribute("done", changed ? part.numbered() + " is saved" : "Nothing was changed");
		return "redirect:/coordinator/councils/" + council.slug() + "#approach";
	}

	private PartFacts facts(ApproachPart part, PartForm form, PartStatus status, BindingResult errors,
			LocalDate today) {
		return switch (part) {
			case RAISING_AWARENESS -> new PartFacts.Awareness(wholeNumber(errors, "personalAdvisers",
					form.getPersonalAdvisers(), "The number of personal advisers", 0, 10000));
			case COUNCIL_TAX_EXEMPTION -> {
				Boolean offered = answer(form.getTaxExemption());
				if (status == PartStatus.IN_PLACE && !Boolean.TRUE.equals(offered)) {
					errors.rejectValue("taxExemption", "inPlace",
							"Select yes if the exemption is in place, or choose another status");
				}
				Integer age = null;
				LocalDate since = null;
				if (Boolean.TRUE.equals(offered)) {
					age = wholeNumber(errors, "taxExemptionAge", form.getTaxExemptionAge(), "The age", 18, 30);
					if (age == null && !errors.hasFieldErrors("taxExemptionAge")) {
						errors.rejectValue("taxExemptionAge", "required",
								"Enter the age up to which care leavers are exempt");
					}
					since = optionalDate(errors, "taxExemptionSince", form.getTaxExemptionSince(),
							"The date the exemption began", today);
				}
				yield new PartFacts.TaxExemption(offered, age, since);
			}
			case TRAINING_AND_EMPLOYMENT -> {
				SignatoryId signatory = null;
				String chosen = strip(form.getCouncilSignatory());
				if (!chosen.isEmpty()) {
					signatory = signedOrganisations().stream()
						.map(SignatorySummary::id)
						.filter((id) -> id.value().toString().equals(chosen))
						.findFirst()
						.orElse(null);
					if (signatory == null) {
						errors.rejectValue("councilSignatory", "invalid", "Select an organisation from the list");
					}
				}
				Integer places = wholeNumber(errors, "ringFencedPlaces", form.getRingFencedPlaces(),
						"The number of ring-fenced apprenticeships and opportunities", 0, 100000);
				Integer aim = wholeNumber(errors, "aimPercent", form.getAimPercent(), "The aim", 0, 100);
				Integer latest = wholeNumber(errors, "latestPercent", form.getLatestPercent(), "The latest figure", 0,
						100);
				Integer year = wholeNumber(errors, "latestYear", form.getLatestYear(), "The year", 2000,
						today.getYear());
				if (latest != null && year == null && !errors.hasFieldErrors("latestYear")) {
					errors.rejectValue("latestYear", "required", "Enter the year of the latest figure");
				}
				if (year != null && latest == null && !errors.hasFieldErrors("latestPercent")) {
					errors.rejectValue("latestPercent", "required", "Enter the latest figure, or leave its year empty");
				}
				yield new PartFacts.TrainingAndEmployment(signatory, places, aim, latest, year);
			}
			case SOCIAL_VALUE_POLICY -> {
				Boolean adopted = answer(form.getSocialValueAdopted());
				if (status == PartStatus.IN_PLACE && !Boolean.TRUE.equals(adopted)) {
					errors.rejectValue("socialValueAdopted", "inPlace",
							"Select yes if the policy is in place, or choose another status");
				}
				LocalDate adoptedOn = Boolean.TRUE.equals(adopted) ? optionalDate(errors, "socialValueAdoptedOn",
						form.getSocialValueAdoptedOn(), "The date it was adopted", today) : null;
				Long threshold = null;
				String pounds = strip(form.getThreshold()).replace("£", "").replace(",", "").strip();
				if (!pounds.isEmpty()) {
					if (!pounds.matches("\\d{1,10}") || Long.parseLong(pounds) > 10_000_000_000L) {
						errors.rejectValue("threshold", "invalid",
								"Enter the contract value in whole pounds, like 100000");
					}
					else {
						threshold = Long.parseLong(pounds);
					}
				}
				yield new PartFacts.SocialValuePolicy(adopted, adoptedOn, threshold,
						answer(form.getNamesCareLeavers()));
			}
			case ECONOMIC_DEVELOPMENT -> {
				Integer employers = wholeNumber(errors, "employersEngaged", form.getEmployersEngaged(),
						"The number of employers engaged", 0, 100000);
				LocalDate event = null;
				if (form.getEventOn() != null && !form.getEventOn().isEmpty()) {
					event = readDate(errors, "eventOn", form.getEventOn(), "The date of the event", "",
							today.getYear());
				}
				yield new PartFacts.EconomicDevelopment(employers, event);
			}
		};
	}

	private String page(LocalAuthority council, ApproachPart part, WholeCouncilApproach approach, Model model) {
		model.addAttribute("council", council);
		model.addAttribute("part", part);
		model.addAttribute("approach", approach);
		model.addAttribute("minimumRule", ApproachRules.MINIMUM);
		model.addAttribute("fields", FIELDS);
		model.addAttribute("statuses",
				Arrays.stream(PartStatus.values()).map((s) -> Choice.of(s.name(), s.label())).toList());
		model.addAttribute("yesNo", List.of(Choice.of("yes", "Yes"), Choice.of("no", "No")));
		model.addAttribute("organisations",
				signedOrganisations().stream().map((s) -> Choice.of(s.id().value().toString(), s.name())).toList());
		return "council/part";
	}

	private List<SignatorySummary> signedOrganisations() {
		return this.signatories.signed();
	}

	private static Integer wholeNumber(BindingResult errors, String field, String value, String name, int least,
			int most) {
		String text = strip(value).replace(",", "");
		if (text.isEmpty()) {
			return null;
		}
		if (!text.matches("\\d{1,9}")) {
			errors.rejectValue(field, "invalid", name + " must be a whole number, like " + Math.max(least, 25));
			return null;
		}
		int number = Integer.parseInt(text);
		if (number < least || number > most) {
			errors.rejectValue(field, "range", name + " must be between " + least + " and " + most);
			return null;
		}
		return number;
	}

	private static LocalDate optionalDate(BindingResult errors, String field, DateAnswer answer, String name,
			LocalDate today) {
		if (answer == null || answer.isEmpty()) {
			return null;
		}
		return readDate(errors, field, answer, name, "", today.getYear());
	}

	private static LocalDate readDate(BindingResult errors, String field, DateAnswer answer, String name,
			String whenEmpty, int exampleYear) {
		DateAnswer.Reading reading = ((answer != null) ? answer : new DateAnswer()).read(name, whenEmpty, exampleYear);
		if (reading.isValid()) {
			return reading.date();
		}
		errors.rejectValue((reading.problem().part() != null) ? field + "." + reading.problem().part() : field,
				"invalid", reading.problem().message());
		return null;
	}

	@SuppressFBWarnings(value = "NP_BOOLEAN_RETURN_NULL",
			justification = "Yes, no, or not answered: a fact not recorded is null in the part's facts")
	private static Boolean answer(String yesOrNo) {
		return "yes".equals(yesOrNo) ? Boolean.TRUE : ("no".equals(yesOrNo) ? Boolean.FALSE : null);
	}

	private static String yesNo(Boolean value) {
		return (value == null) ? "" : (value ? "yes" : "no");
	}

	private static String text(Integer value) {
		return (value != null) ? String.valueOf(value) : "";
	}

	private static DateAnswer date(LocalDate value) {
		return (value != null) ? DateAnswer.of(value) : new DateAnswer();
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	private static ApproachPart part(String slug) {
		return ApproachPart.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private LocalAuthority load(String slug) {
		return this.councils.councilBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
