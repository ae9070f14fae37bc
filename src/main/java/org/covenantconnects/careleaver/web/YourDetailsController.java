package org.covenantconnects.careleaver.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.covenantconnects.careleaver.CareLeaverForms.InterestsForm;
import org.covenantconnects.careleaver.CareLeaverForms.RegionForm;
import org.covenantconnects.careleaver.CareLeaverForms.SituationForm;
import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.ProfileQuestions;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.careleaver.YourDetails;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.SummaryRow;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A care leaver's details after registering: a summary of what they told us, and one
 * question page for each thing they may change (the name they like to be called, where
 * they live now, what they are interested in, what they are doing now, and their college
 * or university). A wrong answer is shown again with what was wrong; nothing is saved
 * until it is right.
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

	// The name they like to be called

	@GetMapping(BASE + "/name")
	String name(@AuthenticationPrincipal CurrentUser user, Model model) {
		NameForm form = new NameForm();
		form.setPreferredName(profile(user).preferredName());
		return question("name", form, model);
	}

	@PostMapping(BASE + "/name")
	String saveName(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") NameForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CareLeaverProfile profile = profile(user);
		if (errors.hasErrors()) {
			return question("name", form, model);
		}
		return save(user, YourDetails.of(profile).withPreferredName(form.getPreferredName()), redirect);
	}

	// Where they live now

	@GetMapping(BASE + "/region")
	String region(@AuthenticationPrincipal CurrentUser user, Model model) {
		RegionForm form = new RegionForm();
		form.setRegion(profile(user).region().value());
		return question("region", form, model);
	}

	@PostMapping(BASE + "/region")
	String saveRegion(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") RegionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CareLeaverProfile profile = profile(user);
		Optional<RegionCode> region = this.questions.region(form.getRegion(), errors);
		if (region.isEmpty()) {
			return question("region", form, model);
		}
		return save(user, YourDetails.of(profile).withRegion(region.get()), redirect);
	}

	// What they are interested in

	@GetMapping(BASE + "/interests")
	String interests(@AuthenticationPrincipal CurrentUser user, Model model) {
		CareLeaverProfile profile = profile(user);
		InterestsForm form = new InterestsForm();
		form.setTypes(new ArrayList<>(profile.types().stream().map(Enum::name).toList()));
		form.setCategories(new ArrayList<>(profile.categories().stream().map(Enum::name).toList()));
		return question("interests", form, model);
	}

	@PostMapping(BASE + "/interests")
	String saveInterests(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") InterestsForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CareLeaverProfile profile = profile(user);
		Optional<ProfileQuestions.Interests> interests = this.questions.interests(form.getTypes(), form.getCategories(),
				errors);
		if (interests.isEmpty()) {
			return question("interests", form, model);
		}
		return save(user, YourDetails.of(profile).withInterests(interests.get().categories(), interests.get().types()),
				redirect);
	}

	// What they are doing now

	@GetMapping(BASE + "/situation")
	String situation(@AuthenticationPrincipal CurrentUser user, Model model) {
		SituationForm form = new SituationForm();
		form.setSituation(profile(user).situation().name());
		return question("situation", form, model);
	}

	@PostMapping(BASE + "/situation")
	String saveSituation(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") SituationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CareLeaverProfile profile = profile(user);
		Optional<Situation> situation = this.questions.situation(form.getSituation(), errors);
		if (situation.isEmpty()) {
			return question("situation", form, model);
		}
		return save(user, YourDetails.of(profile).withSituation(situation.get()), redirect);
	}

	// Their college or university

	@GetMapping(BASE + "/institution")
	String institution(@AuthenticationPrincipal CurrentUser user, Model model) {
		InstitutionForm form = new InstitutionForm();
		form.setInstitution(profile(user).institution());
		return question("institution", form, model);
	}

	@PostMapping(BASE + "/institution")
	String saveInstitution(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") InstitutionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		CareLeaverProfile profile = profile(user);
		if (errors.hasErrors()) {
			return question("institution", form, model);
		}
		return save(user, YourDetails.of(profile).withInstitution(form.getInstitution()), redirect);
	}

	private String save(CurrentUser user, YourDetails details, RedirectAttributes redirect) {
		this.careLeavers.changeDetails(user.id(), details);
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
			default -> {
			}
		}
		return "careleaver/your-details-" + question;
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

	/** The name they like to be called. */
	static class NameForm {

		@Size(max = 100, message = ProfileQuestions.PREFERRED_NAME_TOO_LONG)
		private String preferredName;

		public String getPreferredName() {
			return this.preferredName;
		}

		public void setPreferredName(String preferredName) {
			this.preferredName = preferredName;
		}

	}

	/** Their college or university. */
	static class InstitutionForm {

		@Size(max = YourDetails.INSTITUTION_LENGTH,
				message = "The name of your college or university must be 100 characters or fewer")
		private String institution;

		public String getInstitution() {
			return this.institution;
		}

		public void setInstitution(String institution) {
			this.institution = institution;
		}

	}

}
