package org.covenantconnects.supporter.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.covenantconnects.identity.PasswordPolicy;
import org.covenantconnects.identity.RateLimits;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.EmailAddress;
import org.covenantconnects.platform.QuestionFlow;
import org.covenantconnects.platform.SummaryRow;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
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

	private final QuestionFlow<RegistrationAnswers> flow = new QuestionFlow<>(RegistrationAnswers.SESSION_ATTRIBUTE,
			RegistrationAnswers::new, (answers) -> answers.nextQuestion().path());

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

	/** The registration form is a plain holder of public fields. */
	@InitBinder("form")
	void bindFields(WebDataBinder binder) {
		binder.initDirectFieldAccess();
	}

	@GetMapping(SupporterQuestion.START)
	String name(HttpSession session, Model model) {
		return ask(SupporterQuestion.NAME, session, model);
	}

	@PostMapping(SupporterQuestion.START)
	String answerName(@ModelAttribute("form") RegistrationForm form, BindingResult errors, HttpSession session,
			Model model) {
		String name = text(form.name, "name", "Enter your name", 100, "Name must be 100 characters or fewer", errors);
		return answer(SupporterQuestion.NAME, session, errors, model, (answers) -> answers.name = name);
	}

	@GetMapping("/register/supporter/role")
	String role(HttpSession session, Model model) {
		return ask(SupporterQuestion.ROLE, session, model);
	}

	@PostMapping("/register/supporter/role")
	String answerRole(@ModelAttribute("form") RegistrationForm form, BindingResult errors, HttpSession session,
			Model model) {
		Optional<SupporterRole> role = choice(SupporterRole.class, form.role, "role", "Select your role",
				"Select your role from the list", errors);
		return answer(SupporterQuestion.ROLE, session, errors, model, (answers) -> answers.role = role.get());
	}

	@GetMapping("/register/supporter/organisation")
	String organisation(HttpSession session, Model model) {
		return ask(SupporterQuestion.ORGANISATION, session, model);
	}

	@PostMapping("/register/supporter/organisation")
	String answerOrganisation(@ModelAttribute("form") RegistrationForm form, BindingResult errors, HttpSession session,
			Model model) {
		Optional<OrganisationType> type = choice(OrganisationType.class, form.organisationType, "organisationType",
				"Select where you work", "Select where you work from the list", errors);
		return answer(SupporterQuestion.ORGANISATION, session, errors, model, (answers) -> {
			if (answers.organisationType != type.get()) {
				// A college's name is no charity's, and a council has none.
				answers.organisationName = null;
			}
			answers.organisationType = type.get();
		});
	}

	@GetMapping("/register/supporter/council")
	String council(HttpSession session, Model model) {
		return ask(SupporterQuestion.COUNCIL, session, model);
	}

	@PostMapping("/register/supporter/council")
	String answerCouncil(@ModelAttribute("form") RegistrationForm form, BindingResult errors, HttpSession session,
			Model model) {
		RegistrationAnswers answers = this.flow.answers(session);
		if (!answers.worksForCouncil()) {
			return this.flow.next(session, answers);
		}
		Optional<LocalAuthority> council = council(form.council, errors, "Select the council you work for");
		return answer(SupporterQuestion.COUNCIL, session, errors, model,
				(kept) -> kept.council = council.get().id().value());
	}

	@GetMapping("/register/supporter/organisation-name")
	String organisationName(HttpSession session, Model model) {
		return ask(SupporterQuestion.ORGANISATION_NAME, session, model);
	}

	@PostMapping("/register/supporter/organisation-name")
	String answerOrganisationName(@ModelAttribute("form") RegistrationForm form, BindingResult errors,
			HttpSession session, Model model) {
		RegistrationAnswers answers = this.flow.answers(session);
		if (answers.organisationType == null || answers.worksForCouncil()) {
			return this.flow.next(session, answers);
		}
		String name = text(form.organisationName, "organisationName",
				(answers.organisationType == OrganisationType.CHARITY) ? "Enter the name of your charity"
						: "Enter the name of your college or university",
				200, "Name must be 200 characters or fewer", errors);
		Optional<LocalAuthority> council = council(form.council, errors,
				"Select the council area where you mostly work");
		return answer(SupporterQuestion.ORGANISATION_NAME, session, errors, model, (kept) -> {
			kept.organisationName = name;
			kept.council = council.get().id().value();
		});
	}

	@GetMapping("/register/supporter/email")
	String email(HttpSession session, Model model) {
		return ask(SupporterQuestion.EMAIL, session, model);
	}

	@PostMapping("/register/supporter/email")
	String answerEmail(@ModelAttribute("form") RegistrationForm form, BindingResult errors, HttpSession session,
			Model model) {
		String email = text(form.email, "email", "Enter your work email address", EmailAddress.LONGEST,
				EmailAddress.TOO_LONG, errors);
		if (email != null && !EmailAddress.isValid(email)) {
			errors.rejectValue("email", "format", EmailAddress.WRONG_FORMAT);
		}
		return answer(SupporterQuestion.EMAIL, session, errors, model, (answers) -> answers.email = email);
	}

	@GetMapping("/register/supporter/check-answers")
	String checkAnswers(HttpSession session, Model model) {
		RegistrationAnswers answers = this.flow.answers(session);
		if (answers.firstUnanswered() != null) {
			return this.flow.next(session, answers);
		}
		model.addAttribute("form", new RegistrationForm());
		return checkAnswersPage(answers, model);
	}

	@PostMapping("/register/supporter/check-answers")
	String create(@ModelAttribute("form") RegistrationForm form, BindingResult errors, HttpSession session, Model model,
			HttpServletRequest request) {
		RegistrationAnswers answers = this.flow.answers(session);
		if (answers.firstUnanswered() != null) {
			return this.flow.next(session, answers);
		}
		this.passwordPolicy.problemWith(form.password, answers.name, answers.email)
			.ifPresent((problem) -> errors.rejectValue("password", "weak", problem));
		if (!form.consent) {
			errors.rejectValue("consent", "required",
					"Confirm that you have read the privacy notice and agree to us keeping your details");
		}
		if (!errors.hasErrors() && !this.rateLimits.tryAcquire(RateLimits.Action.REGISTER, request.getRemoteAddr())) {
			errors.rejectValue("password", "rate", RateLimits.TOO_MANY_ACCOUNTS);
		}
		if (errors.hasErrors()) {
			form.password = null;
			return checkAnswersPage(answers, model);
		}
		this.supporters.register(new NewSupporter(answers.name, answers.role, answers.organisationType,
				answers.worksForCouncil() ? null : answers.organisationName, new LocalAuthorityId(answers.council),
				answers.email), form.password);
		this.flow.forget(session);
		return "redirect:/register/check-email";
	}

	/**
	 * Shows a question, unless an earlier one is unanswered or it does not apply; then
	 * goes where the answers lead.
	 */
	private String ask(SupporterQuestion question, HttpSession session, Model model) {
		RegistrationAnswers answers = this.flow.answers(session);
		SupporterQuestion unanswered = answers.firstUnanswered();
		boolean earlierUnanswered = unanswered != null && unanswered.ordinal() < question.ordinal();
		boolean doesNotApply = (question == SupporterQuestion.COUNCIL
				|| question == SupporterQuestion.ORGANISATION_NAME)
				&& (answers.organisationType == null
						|| answers.worksForCouncil() != (question == SupporterQuestion.COUNCIL));
		if (earlierUnanswered || doesNotApply) {
			return "redirect:" + answers.nextQuestion().path();
		}
		model.addAttribute("form", RegistrationForm.of(answers));
		return page(question, answers, model);
	}

	/** The question's page again when its answer has errors, else the next page. */
	private String answer(SupporterQuestion question, HttpSession session, Errors errors, Model model,
			Consumer<RegistrationAnswers> keep) {
		return this.flow.answer(session, errors, () -> page(question, this.flow.answers(session), model), keep);
	}

	private String page(SupporterQuestion question, RegistrationAnswers answers, Model model) {
		model.addAttribute("question", question.id());
		model.addAttribute("questionHeading", question.heading(answers.organisationType));
		model.addAttribute("action", question.path());
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
		List<SummaryRow> rows = new ArrayList<>();
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

	private Optional<LocalAuthority> council(String typed, Errors errors, String whenMissing) {
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

	/** The text typed, trimmed, or {@code null} after saying what is wrong with it. */
	private static String text(String typed, String field, String whenEmpty, int longest, String whenTooLong,
			Errors errors) {
		String text = trimmed(typed);
		if (text == null) {
			errors.rejectValue(field, "required", whenEmpty);
		}
		else if (text.length() > longest) {
			errors.rejectValue(field, "long", whenTooLong);
			return null;
		}
		return text;
	}

	/** The choice made, or empty after saying what is wrong with it. */
	private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String typed, String field, String whenEmpty,
			String whenUnknown, Errors errors) {
		Optional<E> choice = Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equals(typed))
			.findFirst();
		if (trimmed(typed) == null) {
			errors.rejectValue(field, "required", whenEmpty);
		}
		else if (choice.isEmpty()) {
			errors.rejectValue(field, "unknown", whenUnknown);
		}
		return choice;
	}

	private static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
