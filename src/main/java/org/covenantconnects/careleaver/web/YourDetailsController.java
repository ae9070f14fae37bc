package org.covenantconnects.careleaver.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.ProfileQuestions;
import org.covenantconnects.careleaver.ProfileQuestions.Whose;
import org.covenantconnects.careleaver.YourDetails;
import org.covenantconnects.careleaver.web.ProfileForms.DetailsForm;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.platform.SummaryRow;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A care leaver's details after registering: a summary of what they told us, and one
 * question page for each thing they may change (the name they like to be called, where
 * they live now, what they are interested in, what they are doing now, and their college
 * or university), all answered by the same two handlers. A wrong answer is shown again
 * with what was wrong; nothing is saved until it is right.
 */
@Controller
class YourDetailsController {

	private static final String BASE = "/my-account/details";

	private final CareLeavers careLeavers;

	private final ProfileQuestions questions;

	private final Places places;

	YourDetailsController(CareLeavers careLeavers, ProfileQuestions questions, Places places) {
		this.careLeavers = careLeavers;
		this.questions = questions;
		this.places = places;
	}

	/** The question forms are plain holders of public fields. */
	@InitBinder("form")
	void bindFields(WebDataBinder binder) {
		binder.initDirectFieldAccess();
	}

	@GetMapping(BASE)
	String details(@AuthenticationPrincipal CurrentUser user, Model model) {
		CareLeaverProfile profile = profile(user);
		List<String> interests = Stream
			.concat(sorted(profile.types()).stream().map(OpportunityType::label),
					sorted(profile.categories()).stream().map(Category::label))
			.toList();
		model.addAttribute("rows", List.of(
				new SummaryRow("Name we call you", profile.nameToUse(), BASE + "/name", "the name we call you"),
				new SummaryRow("Where you live now", regionName(profile), BASE + "/region", "where you live now"),
				new SummaryRow("What you are interested in", String.join(", ", interests), BASE + "/interests",
						"what you are interested in"),
				new SummaryRow("What you are doing now", profile.situation().label(), BASE + "/situation",
						"what you are doing now"),
				new SummaryRow("College or university",
						(profile.institution() != null) ? profile.institution() : "Not given", BASE + "/institution",
						"your college or university")));
		return "careleaver/your-details";
	}

	@GetMapping({ BASE + "/name", BASE + "/region", BASE + "/interests", BASE + "/situation", BASE + "/institution" })
	String question(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		DetailsForm form = DetailsForm.of(profile(user));
		form.chosenInstitution = this.questions.chosenInstitution(form.institution);
		if (form.chosenInstitution != null && !ProfileQuestions.NOT_LISTED.equals(form.chosenInstitution)) {
			form.institution = null;
		}
		return question(questionIn(request), form, model);
	}

	@PostMapping({ BASE + "/name", BASE + "/region", BASE + "/interests", BASE + "/situation", BASE + "/institution" })
	String change(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") DetailsForm form,
			BindingResult errors, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		String question = questionIn(request);
		YourDetails details = YourDetails.of(profile(user));
		Optional<YourDetails> changed = errors.hasErrors() ? Optional.empty() : switch (question) {
			case "name" -> Optional.of(details.withPreferredName(form.preferredName));
			case "region" -> this.questions.region(form.region, errors).map(details::withRegion);
			case "interests" -> this.questions.interests(form.types, form.categories, errors)
				.map((interests) -> details.withInterests(interests.categories(), interests.types()));
			case "situation" -> this.questions.situation(form.situation, errors).map(details::withSituation);
			default -> this.questions.institution(form.chosenInstitution, form.institution, Whose.YOURS, errors)
				.map(details::withInstitution);
		};
		if (changed.isEmpty()) {
			return question(question, form, model);
		}
		this.careLeavers.changeDetails(user.id(), changed.get());
		redirect.addFlashAttribute("done", "Your details have been saved");
		return "redirect:" + BASE;
	}

	private String question(String question, Object form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("question", question);
		switch (question) {
			case "region" -> model.addAttribute("choices", this.questions.regions());
			case "interests" -> {
				model.addAttribute("types", this.questions.types());
				model.addAttribute("categories", this.questions.categories());
			}
			case "situation" -> model.addAttribute("choices", this.questions.situations());
			case "institution" -> model.addAttribute("institutions", this.questions.institutions());
			default -> {
			}
		}
		return "careleaver/your-details-" + question;
	}

	/** The question a page asks, by the last part of its address. */
	private static String questionIn(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private String regionName(CareLeaverProfile profile) {
		return this.places.region(profile.region()).map(Region::name).orElse("");
	}

	private CareLeaverProfile profile(CurrentUser user) {
		return this.careLeavers.profile(user.id()).orElseThrow(CareLeavers.NoSuchCareLeaverException::new);
	}

	private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
		return values.stream().sorted(Comparator.naturalOrder()).collect(Collectors.toList());
	}

}
