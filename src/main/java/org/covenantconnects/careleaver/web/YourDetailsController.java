package org.covenantconnects.careleaver.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
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
import org.covenantconnects.careleaver.ProfileChoices;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.careleaver.YourDetails;
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

	private final Places places;

	YourDetailsController(CareLeavers careLeavers, Places places) {
		this.careLeavers = careLeavers;
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
		Optional<Region> region = this.places.regions()
			.stream()
			.filter((r) -> r.code().value().equals(form.getRegion()))
			.findFirst();
		if (region.isEmpty()) {
			errors.rejectValue("region", "unknown", "Select the part of England where you live now");
			return question("region", form, model);
		}
		return save(user, YourDetails.of(profile).withRegion(region.get().code()), redirect);
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
		Optional<Set<OpportunityType>> types = valuesOf(form.getTypes(), OpportunityType.class);
		Optional<Set<Category>> categories = valuesOf(form.getCategories(), Category.class);
		if (types.isEmpty()) {
			errors.rejectValue("types", "unknown", "Select types of opportunity from the list");
		}
		if (categories.isEmpty()) {
			errors.rejectValue("categories", "unknown", "Select kinds of support from the list");
		}
		if (!errors.hasErrors() && types.get().isEmpty() && categories.get().isEmpty()) {
			errors.rejectValue("types", "missing", "Select at least one thing you are interested in");
		}
		if (errors.hasErrors()) {
			return question("interests", form, model);
		}
		return save(user, YourDetails.of(profile).withInterests(categories.get(), types.get()), redirect);
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
		Optional<Situation> situation = Arrays.stream(Situation.values())
			.filter((s) -> s.name().equals(form.getSituation()))
			.findFirst();
		if (situation.isEmpty()) {
			errors.rejectValue("situation", "unknown", "Select what you are doing now, or that you prefer not to say");
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
			case "region" -> model.addAttribute("choices", ProfileChoices.regions(this.places));
			case "interests" -> {
				model.addAttribute("types", ProfileChoices.types());
				model.addAttribute("categories", ProfileChoices.categories());
			}
			case "situation" -> model.addAttribute("choices", ProfileChoices.situations());
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

	/** The values named, or empty if any name is not one of them. */
	private static <E extends Enum<E>> Optional<Set<E>> valuesOf(List<String> names, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		for (String name : (names != null) ? names : List.<String>of()) {
			Optional<E> value = Arrays.stream(type.getEnumConstants()).filter((e) -> e.name().equals(name)).findFirst();
			if (value.isEmpty()) {
				return Optional.empty();
			}
			values.add(value.get());
		}
		return Optional.of(values);
	}

	private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
		return values.stream().sorted(Comparator.naturalOrder()).collect(Collectors.toList());
	}

	/** The name they like to be called. */
	static class NameForm {

		@Size(max = 100, message = "The name you like to be called must be 100 characters or fewer")
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
