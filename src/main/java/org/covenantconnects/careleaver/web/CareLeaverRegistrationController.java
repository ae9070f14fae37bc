package org.covenantconnects.careleaver.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.covenantconnects.careleaver.CareLeaverForms.EmailForm;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.DateOfBirth;
import org.covenantconnects.careleaver.ProfileQuestions;
import org.covenantconnects.careleaver.ProfileQuestions.Whose;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.careleaver.web.ProfileForms.AmbitionsForm;
import org.covenantconnects.careleaver.web.ProfileForms.CouncilForm;
import org.covenantconnects.careleaver.web.ProfileForms.DateOfBirthForm;
import org.covenantconnects.careleaver.web.ProfileForms.InstitutionForm;
import org.covenantconnects.careleaver.web.ProfileForms.InterestsForm;
import org.covenantconnects.careleaver.web.ProfileForms.NameForm;
import org.covenantconnects.careleaver.web.ProfileForms.PasswordForm;
import org.covenantconnects.careleaver.web.ProfileForms.PrivacyForm;
import org.covenantconnects.careleaver.web.ProfileForms.RegionForm;
import org.covenantconnects.careleaver.web.ProfileForms.SituationForm;
import org.covenantconnects.identity.PasswordPolicy;
import org.covenantconnects.identity.RateLimits;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.DateAnswer;
import org.covenantconnects.platform.QuestionFlow;
import org.covenantconnects.platform.SummaryRow;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Registering as a care leaver, one question a page, then a check of every answer, then a
 * password. Answers are kept in the session from page to page and shown again on every
 * error. Someone younger than 16 is told kindly where to get help instead, and nothing
 * about them is kept.
 */
@Controller
class CareLeaverRegistrationController {

	static final String BASE = "/register/care-leaver";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final QuestionFlow<RegistrationAnswers> flow = new QuestionFlow<>(RegistrationAnswers.SESSION_KEY,
			RegistrationAnswers::new, CareLeaverRegistrationController::nextPage);

	private final CareLeavers careLeavers;

	private final ProfileQuestions questions;

	private final Places places;

	private final PasswordPolicy passwordPolicy;

	private final RateLimits rateLimits;

	CareLeaverRegistrationController(CareLeavers careLeavers, ProfileQuestions questions, Places places,
			PasswordPolicy passwordPolicy, RateLimits rateLimits) {
		this.careLeavers = careLeavers;
		this.questions = questions;
		this.places = places;
		this.passwordPolicy = passwordPolicy;
		this.rateLimits = rateLimits;
	}

	/** The question forms are plain holders of public fields. */
	@InitBinder("form")
	void bindFields(WebDataBinder binder) {
		binder.initDirectFieldAccess();
	}

	// Name

	@GetMapping(BASE)
	String name(HttpSession session, Model model) {
		RegistrationAnswers answers = this.flow.answers(session);
		NameForm form = new NameForm();
		form.fullName = answers.fullName;
		form.preferredName = answers.preferredName;
		return page("name", form, model, session);
	}

	@PostMapping(BASE)
	String saveName(@Valid @ModelAttribute("form") NameForm form, BindingResult errors, HttpSession session,
			Model model) {
		return this.flow.answer(session, errors, () -> page("name", form, model, session), (answers) -> {
			answers.fullName = form.fullName.trim();
			answers.preferredName = blankToNull(form.preferredName);
		});
	}

	// Date of birth

	@GetMapping(BASE + "/date-of-birth")
	String dateOfBirth(HttpSession session, Model model) {
		DateOfBirthForm form = new DateOfBirthForm();
		form.dateOfBirth = DateAnswer.of(this.flow.answers(session).dateOfBirth);
		return page("date-of-birth", form, model, session);
	}

	@PostMapping(BASE + "/date-of-birth")
	String saveDateOfBirth(@ModelAttribute("form") DateOfBirthForm form, BindingResult errors, HttpSession session,
			Model model) {
		DateOfBirth.Reading reading = this.questions.dateOfBirth(form.dateOfBirth, Whose.YOURS);
		if (reading.isTooYoung()) {
			// Nothing about someone too young to register is kept.
			this.flow.forget(session);
			return "redirect:" + BASE + "/too-young";
		}
		if (!reading.isValid()) {
			reading.problem().rejectIn(errors, "dateOfBirth");
		}
		return this.flow.answer(session, errors, () -> page("date-of-birth", form, model, session),
				(answers) -> answers.dateOfBirth = reading.date());
	}

	@GetMapping(BASE + "/too-young")
	String tooYoung() {
		return "careleaver/register-too-young";
	}

	// Email

	@GetMapping(BASE + "/email")
	String email(HttpSession session, Model model) {
		EmailForm form = new EmailForm();
		form.setEmail(this.flow.answers(session).email);
		return page("email", form, model, session);
	}

	@PostMapping(BASE + "/email")
	String saveEmail(@Valid @ModelAttribute("form") EmailForm form, BindingResult errors, HttpSession session,
			Model model) {
		return this.flow.answer(session, errors, () -> page("email", form, model, session),
				(answers) -> answers.email = form.getEmail().trim());
	}

	// Council that looked after them

	@GetMapping(BASE + "/council")
	String council(HttpSession session, Model model) {
		CouncilForm form = new CouncilForm();
		Integer council = this.flow.answers(session).council;
		form.council = (council != null) ? String.valueOf(council) : null;
		return page("council", form, model, session);
	}

	@PostMapping(BASE + "/council")
	String saveCouncil(@ModelAttribute("form") CouncilForm form, BindingResult errors, HttpSession session,
			Model model) {
		Optional<LocalAuthority> council = this.questions.council(form.council, Whose.YOURS, errors);
		return this.flow.answer(session, errors, () -> page("council", form, model, session),
				(answers) -> answers.council = council.get().id().value());
	}

	// Region where they live now

	@GetMapping(BASE + "/region")
	String region(HttpSession session, Model model) {
		RegionForm form = new RegionForm();
		form.region = this.flow.answers(session).region;
		return page("region", form, model, session);
	}

	@PostMapping(BASE + "/region")
	String saveRegion(@ModelAttribute("form") RegionForm form, BindingResult errors, HttpSession session, Model model) {
		Optional<RegionCode> region = this.questions.region(form.region, errors);
		return this.flow.answer(session, errors, () -> page("region", form, model, session),
				(answers) -> answers.region = region.get().value());
	}

	// Interests

	@GetMapping(BASE + "/interests")
	String interests(HttpSession session, Model model) {
		RegistrationAnswers answers = this.flow.answers(session);
		InterestsForm form = new InterestsForm();
		form.types = new ArrayList<>(answers.types);
		form.categories = new ArrayList<>(answers.categories);
		return page("interests", form, model, session);
	}

	@PostMapping(BASE + "/interests")
	String saveInterests(@ModelAttribute("form") InterestsForm form, BindingResult errors, HttpSession session,
			Model model) {
		Optional<ProfileQuestions.Interests> interests = this.questions.interests(form.types, form.categories, errors);
		return this.flow.answer(session, errors, () -> page("interests", form, model, session), (answers) -> {
			answers.types = new ArrayList<>(interests.get().types().stream().map(Enum::name).toList());
			answers.categories = new ArrayList<>(interests.get().categories().stream().map(Enum::name).toList());
		});
	}

	// Situation

	@GetMapping(BASE + "/situation")
	String situation(HttpSession session, Model model) {
		SituationForm form = new SituationForm();
		form.situation = this.flow.answers(session).situation;
		return page("situation", form, model, session);
	}

	@PostMapping(BASE + "/situation")
	String saveSituation(@ModelAttribute("form") SituationForm form, BindingResult errors, HttpSession session,
			Model model) {
		Optional<Situation> situation = this.questions.situation(form.situation, errors);
		return this.flow.answer(session, errors, () -> page("situation", form, model, session),
				(answers) -> answers.situation = situation.get().name());
	}

	// College or university (asked of someone in education; anyone may answer it)

	@GetMapping(BASE + "/institution")
	String institution(HttpSession session, Model model) {
		InstitutionForm form = new InstitutionForm();
		String answered = this.flow.answers(session).institution;
		form.chosenInstitution = this.questions.chosenInstitution(answered);
		if (ProfileQuestions.NOT_LISTED.equals(form.chosenInstitution)) {
			form.institution = answered;
		}
		return page("institution", form, model, session);
	}

	@PostMapping(BASE + "/institution")
	String saveInstitution(@ModelAttribute("form") InstitutionForm form, BindingResult errors, HttpSession session,
			Model model) {
		Optional<String> institution = this.questions.institution(form.chosenInstitution, form.institution, Whose.YOURS,
				errors);
		return this.flow.answer(session, errors, () -> page("institution", form, model, session),
				(answers) -> answers.institution = institution.get());
	}

	// Ambitions (optional)

	@GetMapping(BASE + "/ambitions")
	String ambitions(HttpSession session, Model model) {
		AmbitionsForm form = new AmbitionsForm();
		form.ambitions = this.flow.answers(session).ambitions;
		return page("ambitions", form, model, session);
	}

	@PostMapping(BASE + "/ambitions")
	String saveAmbitions(@Valid @ModelAttribute("form") AmbitionsForm form, BindingResult errors, HttpSession session,
			Model model) {
		return this.flow.answer(session, errors, () -> page("ambitions", form, model, session),
				(answers) -> answers.ambitions = (form.ambitions != null) ? form.ambitions.trim() : "");
	}

	// Privacy notice

	@GetMapping(BASE + "/privacy")
	String privacy(HttpSession session, Model model) {
		PrivacyForm form = new PrivacyForm();
		if (this.flow.answers(session).privacyNoticeAccepted) {
			form.agreed = new ArrayList<>(List.of("yes"));
		}
		return page("privacy", form, model, session);
	}

	@PostMapping(BASE + "/privacy")
	String savePrivacy(@ModelAttribute("form") PrivacyForm form, BindingResult errors, HttpSession session,
			Model model) {
		if (!form.agreed.equals(List.of("yes"))) {
			errors.rejectValue("agreed", "missing", "Select that you understand how we use your information");
		}
		return this.flow.answer(session, errors, () -> page("privacy", form, model, session),
				(answers) -> answers.privacyNoticeAccepted = true);
	}

	// Check answers

	@GetMapping(BASE + "/check-answers")
	String checkAnswers(HttpSession session, Model model) {
		RegistrationAnswers answers = this.flow.answers(session);
		if (answers.firstUnanswered() != null) {
			return "redirect:" + path(answers.firstUnanswered());
		}
		model.addAttribute("rows", rows(answers));
		return "careleaver/register-check-answers";
	}

	@PostMapping(BASE + "/check-answers")
	String confirmAnswers(HttpSession session) {
		RegistrationAnswers answers = this.flow.answers(session);
		if (answers.firstUnanswered() != null) {
			return "redirect:" + path(answers.firstUnanswered());
		}
		return "redirect:" + BASE + "/password";
	}

	// Password, which creates the account

	@GetMapping(BASE + "/password")
	String password(HttpSession session, Model model) {
		RegistrationAnswers answers = this.flow.answers(session);
		if (answers.firstUnanswered() != null) {
			return "redirect:" + path(answers.firstUnanswered());
		}
		model.addAttribute("form", new PasswordForm());
		return "careleaver/register-password";
	}

	@PostMapping(BASE + "/password")
	String createAccount(@ModelAttribute("form") PasswordForm form, BindingResult errors, HttpSession session,
			HttpServletRequest request) {
		RegistrationAnswers answers = this.flow.answers(session);
		if (answers.firstUnanswered() != null) {
			return "redirect:" + path(answers.firstUnanswered());
		}
		this.passwordPolicy.problemWith(form.password, answers.fullName, answers.preferredName, answers.email)
			.ifPresent((problem) -> errors.rejectValue("password", "weak", problem));
		if (!errors.hasErrors() && !this.rateLimits.tryAcquire(RateLimits.Action.REGISTER, request.getRemoteAddr())) {
			errors.rejectValue("password", "rate", RateLimits.TOO_MANY_ACCOUNTS);
		}
		if (errors.hasErrors()) {
			return "careleaver/register-password";
		}
		this.careLeavers.register(answers.toNewCareLeaver(), form.password);
		this.flow.forget(session);
		// The same next page whether or not the address already had an account.
		return "redirect:/register/check-email";
	}

	private String page(String question, Object form, Model model, HttpSession session) {
		model.addAttribute("form", form);
		RegistrationAnswers answers = this.flow.answers(session);
		int index = RegistrationAnswers.QUESTIONS.indexOf(question);
		while (index > 0 && !answers.isAsked(RegistrationAnswers.QUESTIONS.get(index - 1))) {
			index--;
		}
		model.addAttribute("back", (index == 0) ? "/register" : path(RegistrationAnswers.QUESTIONS.get(index - 1)));
		model.addAttribute("action", path(question));
		switch (question) {
			case "council" -> model.addAttribute("councils", this.questions.councils());
			case "region" -> model.addAttribute("regions", this.questions.regions());
			case "interests" -> {
				model.addAttribute("types", this.questions.types());
				model.addAttribute("categories", this.questions.categories());
			}
			case "situation" -> model.addAttribute("situations", this.questions.situations());
			case "institution" -> model.addAttribute("institutions", this.questions.institutions());
			case "privacy" -> model.addAttribute("agreement",
					List.of(Choice.of("yes", "I understand how Covenant Connects uses my information")));
			default -> {
			}
		}
		return "careleaver/register-" + question;
	}

	/** The first question not answered yet, or the check of every answer. */
	private static String nextPage(RegistrationAnswers answers) {
		return (answers.firstUnanswered() != null) ? path(answers.firstUnanswered()) : BASE + "/check-answers";
	}

	static String path(String question) {
		return "name".equals(question) ? BASE : BASE + "/" + question;
	}

	private List<SummaryRow> rows(RegistrationAnswers answers) {
		List<SummaryRow> rows = new ArrayList<>();
		rows.add(row("Full name", answers.fullName, "name", "full name"));
		rows.add(row("Name we call you", (answers.preferredName != null) ? answers.preferredName : answers.fullName,
				"name", "the name we call you"));
		rows.add(row("Date of birth", DATE.format(answers.dateOfBirth), "date-of-birth", "date of birth"));
		rows.add(row("Email address", answers.email, "email", "email address"));
		rows.add(row("Council that looked after you",
				this.careLeavers.councilName(new LocalAuthorityId(answers.council)), "council",
				"council that looked after you"));
		rows.add(row("Where you live now",
				this.places.region(new RegionCode(answers.region)).map(Region::name).orElse(answers.region), "region",
				"where you live now"));
		List<String> interests = new ArrayList<>();
		answers.types.stream()
			.map(OpportunityType::valueOf)
			.sorted(Comparator.naturalOrder())
			.forEach((type) -> interests.add(type.label()));
		answers.categories.stream()
			.map(Category::valueOf)
			.sorted(Comparator.naturalOrder())
			.forEach((category) -> interests.add(category.label()));
		rows.add(row("Interested in", String.join(", ", interests), "interests", "what you are interested in"));
		rows.add(row("What you are doing now", Situation.valueOf(answers.situation).label(), "situation",
				"what you are doing now"));
		rows.add(row("College or university",
				(answers.institution == null || answers.institution.isBlank()) ? "Not given" : answers.institution,
				"institution", "your college or university"));
		rows.add(row("Your hopes", answers.ambitions.isBlank() ? "Not given" : answers.ambitions, "ambitions",
				"your hopes"));
		rows.add(row("Privacy notice", "You understand how we use your information", "privacy", "privacy notice"));
		return rows;
	}

	private static SummaryRow row(String key, String value, String question, String label) {
		return new SummaryRow(key, value, path(question), label);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
