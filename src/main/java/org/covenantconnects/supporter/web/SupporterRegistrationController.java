package org.covenantconnects.supporter.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.covenantconnects.identity.PasswordPolicy;
import org.covenantconnects.identity.RateLimits;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.EmailAddress;
import org.covenantconnects.platform.SummaryRow;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A supporter registers on question pages, one question a page, then checks their answers
 * and creates a password. Answers wait in the session until then; the account is created
 * only from the last page.
 */
@Controller
class SupporterRegistrationController {

	private static final List<Choice> ROLES = List.of(Choice.of("PERSONAL_ADVISER", "Personal adviser"),
			Choice.of("VIRTUAL_SCHOOL_HEAD", "Virtual school head"),
			new Choice("LEAVING_CARE_TEAM", "Leaving-care team",
					"For example, a leaving-care manager or social worker"),
			Choice.of("COLLEGE_STAFF", "College or university staff"), Choice.of("CHARITY_WORKER", "Charity worker"),
			Choice.of("OTHER", "Other"));

	private static final List<Choice> ORGANISATION_TYPES = List.of(
			new Choice("COUNCIL", "A council",
					"Including a children's trust that runs a council's children's services"),
			Choice.of("COLLEGE_OR_UNIVERSITY", "A college or university"), Choice.of("CHARITY", "A charity"));

	private final Supporters supporters;

	private final Places places;

	private final PasswordPolicy passwordPolicy;

	private final RateLimits rateLimits;

	SupporterRegistrationController(Supporters supporters, Places places, PasswordPolicy passwordPolicy,
			RateLimits rateLimits) {
		this.supporters = supporters;
		this.places = places;
		this.passwordPolicy = passwordPolicy;
		this.rateLimits = rateLimits;
	}

	@GetMapping("/register/supporter")
	String name(HttpSession session, Model model) {
		return ask(SupporterQuestion.NAME, answers(session), model);
	}

	@PostMapping("/register/supporter")
	String answerName(@ModelAttribute("form") RegistrationForm form, BindingResult errors, HttpSession session,
			Model model) {
		RegistrationAnswers answers = answers(session);
		String name = trimmed(form.getName());
		if (name == null) {
			errors.rejectValue("name", "required", "Enter your name");
		}
		else if (name.length() > 100) {
			errors.rejectValue("name", "long", "Name must be 100 characters or fewer");
		}
		if (errors.hasErrors()) {
			return page(SupporterQuestion.NAME, answers, model);
		}
		answers.name = name;
		return next(session, answers);
	}

	@GetMapping("/register/supporter/role")
	String role(HttpSession session, Model model) {
		return ask(SupporterQuestion.ROLE, answers(session), model);
	}

	@PostMapping("/register/supporter/role")
	String answerRole(@ModelAttribute("form") RegistrationForm form, BindingResult errors, HttpSession session,
			Model model) {
		RegistrationAnswers answers = answers(session);
		Optional<SupporterRole> role = choice(SupporterRole.class, form.getRole());
		if (trimmed(form.getRole()) == null) {
			errors.rejectValue("role", "required", "Select your role");
		}
		else if (role.isEmpty()) {
			errors.rejectValue("role", "unknown", "Select your role from the list");
		}
		if (errors.hasErrors()) {
			return page(SupporterQuestion.ROLE, answers, model);
		}
		answers.role = role.get();
		return next(session, answers);
	}

	@GetMapping("/register/supporter/organisation")
	String organisation(HttpSession session, Model model) {
		return ask(SupporterQuestion.ORGANISATION, answers(session), model);
	}

	@PostMapping("/register/supporter/organisation")
	String answerOrganisation(@ModelAttribute("form") RegistrationForm form, BindingResult errors, HttpSession session,
			Model model) {
		RegistrationAnswers answers = answers(session);
		Optional<OrganisationType> type = choice(OrganisationType.class, form.getOrganisationType());
		if (trimmed(form.getOrganisationType()) == null) {
			errors.rejectValue("organisationType", "required", "Select where you work");
		}
		else if (type.isEmpty()) {
			errors.rejectValue("organisationType", "unknown", "Select where you work from the list");
		}
		if (errors.hasErrors()) {
			return page(SupporterQuestion.ORGANISATION, answers, model);
		}
		if (answers.organisationType != type.get()) {
			// A college's name is no charity's, and a council has none.
			answers.organisationName = null;
		}
		answers.organisationType = type.get();
		return next(session, answers);
	}

	@GetMapping("/register/supporter/council")
	String council(HttpSession session, Model model) {
		return ask(SupporterQuestion.COUNCIL, answers(session), model);
	}

	@PostMapping("/register/supporter/council")
	String answerCouncil(@ModelAttribute("form") RegistrationForm form, BindingResult errors, HttpSession session,
			Model model) {
		RegistrationAnswers answers = answers(session);
		if (!answers.worksForCouncil()) {
			return next(session, answers);
		}
		Optional<LocalAuthority> council = council(form.getCouncil(), errors, "Select the council you work for");
		if (errors.hasErrors()) {
			return page(SupporterQuestion.COUNCIL, answers, model);
		}
		answers.council = council.get().id().value();
		return next(session, answers);
	}

	@GetMapping("/register/supporter/organisation-name")
	String organisationName(HttpSession session, Model model) {
		return ask(SupporterQuestion.ORGANISATION_NAME, answers(session), model);
	}

	@PostMapping("/register/supporter/organisation-name")
	String answerOrganisationName(@ModelAttribute("form") RegistrationForm form, BindingResult errors,
			HttpSession session, Model model) {
		RegistrationAnswers answers = answers(session);
		if (answers.organisationType == null || answers.worksForCouncil()) {
			return next(session, answers);
		}
		String name = trimmed(form.getOrganisationName());
		if (name == null) {
			errors.rejectValue("organisationName", "required", (answers.organisationType == OrganisationType.CHARITY)
					? "Enter the name of your charity" : "Enter the name of your college or university");
		}
		else if (name.length() > 200) {
			errors.rejectValue("organisationName", "long", "Name must be 200 characters or fewer");
		}
		Optional<LocalAuthority> council = council(form.getCouncil(), errors,
				"Select the council area where you mostly work");
		if (errors.hasErrors()) {
			return page(SupporterQuestion.ORGANISATION_NAME, answers, model);
		}
		answers.organisationName = name;
		answers.council = council.get().id().value();
		return next(session, answers);
	}

	@GetMapping("/register/supporter/email")
	String email(HttpSession session, Model model) {
		return ask(SupporterQuestion.EMAIL, answers(session), model);
	}

	@PostMapping("/register/supporter/email")
	String answerEmail(@ModelAttribute("form") RegistrationForm form, BindingResult errors, HttpSession session,
			Model model) {
		RegistrationAnswers answers = answers(session);
		String email = trimmed(form.getEmail());
		if (email == null) {
			errors.rejectValue("email", "required", "Enter your work email address");
		}
		else if (email.length() > EmailAddress.LONGEST) {
			errors.rejectValue("email", "long", EmailAddress.TOO_LONG);
		}
		else if (!EmailAddress.isValid(email)) {
			errors.rejectValue("email", "format", EmailAddress.WRONG_FORMAT);
		}
		if (errors.hasErrors()) {
			return page(SupporterQuestion.EMAIL, answers, model);
		}
		answers.email = email;
		return next(session, answers);
	}

	@GetMapping("/register/supporter/check-answers")
	String checkAnswers(HttpSession session, Model model) {
		RegistrationAnswers answers = answers(session);
		if (answers.firstUnanswered() != null) {
			return next(session, answers);
		}
		model.addAttribute("form", new RegistrationForm());
		return checkAnswersPage(answers, model);
	}

	@PostMapping("/register/supporter/check-answers")
	String create(@ModelAttribute("form") RegistrationForm form, BindingResult errors, HttpSession session, Model model,
			HttpServletRequest request) {
		RegistrationAnswers answers = answers(session);
		if (answers.firstUnanswered() != null) {
			return next(session, answers);
		}
		this.passwordPolicy.problemWith(form.getPassword(), answers.name, answers.email)
			.ifPresent((problem) -> errors.rejectValue("password", "weak", problem));
		if (!form.isConsent()) {
			errors.rejectValue("consent", "required",
					"Confirm that you have read the privacy notice and agree to us keeping your details");
		}
		if (!errors.hasErrors() && !this.rateLimits.tryAcquire(RateLimits.Action.REGISTER, request.getRemoteAddr())) {
			errors.rejectValue("password", "rate", RateLimits.TOO_MANY_ACCOUNTS);
		}
		if (errors.hasErrors()) {
			form.setPassword(null);
			return checkAnswersPage(answers, model);
		}
		this.supporters.register(new NewSupporter(answers.name, answers.role, answers.organisationType,
				answers.worksForCouncil() ? null : answers.organisationName, new LocalAuthorityId(answers.council),
				answers.email), form.getPassword());
		session.removeAttribute(RegistrationAnswers.SESSION_ATTRIBUTE);
		return "redirect:/register/check-email";
	}

	/**
	 * Shows a question, unless an earlier one is unanswered or it does not apply; then
	 * goes where the answers lead.
	 */
	private String ask(SupporterQuestion question, RegistrationAnswers answers, Model model) {
		SupporterQuestion unanswered = answers.firstUnanswered();
		boolean earlierUnanswered = unanswered != null && unanswered.ordinal() < question.ordinal();
		boolean doesNotApply = (question == SupporterQuestion.COUNCIL
				|| question == SupporterQuestion.ORGANISATION_NAME)
				&& (answers.organisationType == null
						|| answers.worksForCouncil() != (question == SupporterQuestion.COUNCIL));
		if (earlierUnanswered || doesNotApply) {
			return "redirect:" + ((unanswered != null) ? unanswered : SupporterQuestion.CHECK_ANSWERS).path();
		}
		model.addAttribute("form", RegistrationForm.of(answers));
		return page(question, answers, model);
	}

	private String page(SupporterQuestion question, RegistrationAnswers answers, Model model) {
		model.addAttribute("question", question.id());
		model.addAttribute("questionHeading", question.heading(answers.organisationType));
		model.addAttribute("action", question.path());
		model.addAttribute("organisationType", answers.organisationType);
		model.addAttribute("back", back(question, answers));
		model.addAttribute("roles", ROLES);
		model.addAttribute("organisationTypes", ORGANISATION_TYPES);
		model.addAttribute("councils",
				this.places.localAuthorities()
					.stream()
					.map((council) -> Choice.of(String.valueOf(council.id().value()), council.name()))
					.toList());
		return "supporter/register-question";
	}

	private static String back(SupporterQuestion question, RegistrationAnswers answers) {
		return switch (question) {
			case NAME -> "/register";
			case ROLE -> SupporterQuestion.NAME.path();
			case ORGANISATION -> SupporterQuestion.ROLE.path();
			case COUNCIL, ORGANISATION_NAME -> SupporterQuestion.ORGANISATION.path();
			case EMAIL -> answers.worksForCouncil() ? SupporterQuestion.COUNCIL.path()
					: SupporterQuestion.ORGANISATION_NAME.path();
			case CHECK_ANSWERS -> SupporterQuestion.EMAIL.path();
		};
	}

	private String checkAnswersPage(RegistrationAnswers answers, Model model) {
		String council = this.places.localAuthority(new LocalAuthorityId(answers.council))
			.map(LocalAuthority::name)
			.orElse("?");
		List<SummaryRow> rows = new java.util.ArrayList<>();
		rows.add(new SummaryRow("Name", answers.name, SupporterQuestion.NAME.path(), "name"));
		rows.add(new SummaryRow("Role", answers.role.label(), SupporterQuestion.ROLE.path(), "role"));
		rows.add(new SummaryRow("Where you work", answers.organisationType.label(),
				SupporterQuestion.ORGANISATION.path(), "where you work"));
		if (answers.worksForCouncil()) {
			rows.add(new SummaryRow("Council", council, SupporterQuestion.COUNCIL.path(), "council"));
		}
		else {
			rows.add(new SummaryRow("Organisation", answers.organisationName,
					SupporterQuestion.ORGANISATION_NAME.path(), "organisation"));
			rows.add(new SummaryRow("Council area", council, SupporterQuestion.ORGANISATION_NAME.path(),
					"council area"));
		}
		rows.add(new SummaryRow("Work email address", answers.email, SupporterQuestion.EMAIL.path(),
				"work email address"));
		model.addAttribute("rows", rows);
		model.addAttribute("consentChoices", List.of(Choice.of("true",
				"I have read the privacy notice and agree to Covenant Connects keeping these details")));
		return "supporter/register-check-answers";
	}

	private String next(HttpSession session, RegistrationAnswers answers) {
		// Set again so that the session store writes the changed answers.
		session.setAttribute(RegistrationAnswers.SESSION_ATTRIBUTE, answers);
		SupporterQuestion unanswered = answers.firstUnanswered();
		return "redirect:" + ((unanswered != null) ? unanswered : SupporterQuestion.CHECK_ANSWERS).path();
	}

	private Optional<LocalAuthority> council(String typed, BindingResult errors, String whenMissing) {
		if (trimmed(typed) == null) {
			errors.rejectValue("council", "required", whenMissing);
			return Optional.empty();
		}
		Optional<LocalAuthority> council = this.places.localAuthorities()
			.stream()
			.filter((candidate) -> String.valueOf(candidate.id().value()).equals(typed.trim()))
			.findFirst();
		if (council.isEmpty()) {
			errors.rejectValue("council", "unknown", "Select a council from the list");
		}
		return council;
	}

	private static RegistrationAnswers answers(HttpSession session) {
		Object answers = session.getAttribute(RegistrationAnswers.SESSION_ATTRIBUTE);
		return (answers instanceof RegistrationAnswers kept) ? kept : new RegistrationAnswers();
	}

	private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants()).filter((constant) -> constant.name().equals(value)).findFirst();
	}

	private static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
