package org.covenantconnects.adviserlink.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.covenantconnects.adviserlink.internal.RegistrationsOnBehalf;
import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.RateLimits;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.ChoiceGroup;
import org.covenantconnects.platform.EmailAddress;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator or a verified supporter registers a young person with a few details. The
 * page says the same whether or not the address already has an account. Supporters who
 * are not verified are sent to their home.
 */
@Controller
class RegisterYoungPersonController {

	private final RegistrationsOnBehalf registrations;

	private final Places places;

	private final Clock clock;

	private final RateLimits rateLimits;

	RegisterYoungPersonController(RegistrationsOnBehalf registrations, Places places, Clock clock,
			RateLimits rateLimits) {
		this.registrations = registrations;
		this.places = places;
		this.clock = clock;
		this.rateLimits = rateLimits;
	}

	@GetMapping("/register-young-person")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!this.registrations.mayRegister(user.id(), user.role())) {
			return "redirect:/supporter";
		}
		return page(new RegisterForm(), model);
	}

	@PostMapping("/register-young-person")
	String register(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") RegisterForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!this.registrations.mayRegister(user.id(), user.role())) {
			return "redirect:/supporter";
		}
		String name = (form.getFullName() != null) ? form.getFullName().trim() : "";
		if (name.isEmpty()) {
			errors.rejectValue("fullName", "missing", "Enter their full name");
		}
		else if (name.length() > 100) {
			errors.rejectValue("fullName", "long", "Full name must be 100 characters or fewer");
		}
		String email = (form.getEmail() != null) ? form.getEmail().trim() : "";
		if (email.isEmpty()) {
			errors.rejectValue("email", "missing", EmailForm.MISSING);
		}
		else if (!EmailAddress.isValid(email)) {
			errors.rejectValue("email", "format", EmailAddress.WRONG_FORMAT);
		}
		LocalDate dateOfBirth = readDate(form.getDateOfBirth(), errors);
		Optional<LocalAuthority> council = parseCouncil(form.getCouncil());
		if (council.isEmpty()) {
			errors.rejectValue("council", "unknown", "Select the council that looked after them");
		}
		if (!errors.hasErrors() && !this.rateLimits.tryAcquire(RateLimits.Action.LINK_REQUEST, user.id().toString())) {
			errors.rejectValue("email", "rate",
					"You have sent " + this.rateLimits.capacity(RateLimits.Action.LINK_REQUEST)
							+ " emails to young people in the last hour. Try again later");
		}
		if (errors.hasErrors()) {
			return page(form, model);
		}
		this.registrations.register(user.id(), user.role(), name, email, dateOfBirth, council.get().id());
		// The same words whether or not the address already has an account.
		redirect.addFlashAttribute("sentTo", email);
		return "redirect:/register-young-person/sent";
	}

	@GetMapping("/register-young-person/sent")
	String sent(@AuthenticationPrincipal CurrentUser user) {
		return "adviserlink/register-young-person-sent";
	}

	private String page(RegisterForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("councils",
				this.places.regions()
					.stream()
					.map((region) -> new ChoiceGroup(region.name(),
							this.places.localAuthorities()
								.stream()
								.filter((council) -> council.region().equals(region.code()))
								.map((council) -> Choice.of(String.valueOf(council.id().value()), council.name()))
								.toList()))
					.toList());
		return "adviserlink/register-young-person";
	}

	private Optional<LocalAuthority> parseCouncil(String value) {
		try {
			return (value == null) ? Optional.empty()
					: this.places.localAuthority(new LocalAuthorityId(Integer.parseInt(value.trim())));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Reads the date of birth the GOV.UK way: each problem named with the part it belongs
	 * to, so only that part is highlighted.
	 */
	private LocalDate readDate(DateParts parts, BindingResult errors) {
		List<String> missing = new ArrayList<>();
		if (blank(parts.getDay())) {
			missing.add("day");
		}
		if (blank(parts.getMonth())) {
			missing.add("month");
		}
		if (blank(parts.getYear())) {
			missing.add("year");
		}
		if (missing.size() == 3) {
			errors.rejectValue("dateOfBirth", "missing", "Enter their date of birth");
			return null;
		}
		if (!missing.isEmpty()) {
			errors.rejectValue("dateOfBirth." + missing.get(0), "missing",
					"Date of birth must include a " + String.join(" and a ", missing));
			return null;
		}
		Integer day = number(parts.getDay());
		Integer month = number(parts.getMonth());
		Integer year = number(parts.getYear());
		if (day == null || day < 1 || day > 31) {
			errors.rejectValue("dateOfBirth.day", "real", "Date of birth must be a real date");
			return null;
		}
		if (month == null || month < 1 || month > 12) {
			errors.rejectValue("dateOfBirth.month", "real", "Date of birth must be a real date");
			return null;
		}
		if (year == null || parts.getYear().trim().length() != 4) {
			errors.rejectValue("dateOfBirth.year", "real", "Year must include 4 numbers, like 2007");
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.of(year, month, day);
		}
		catch (DateTimeException impossible) {
			errors.rejectValue("dateOfBirth", "real", "Date of birth must be a real date");
			return null;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		if (!date.isBefore(today)) {
			errors.rejectValue("dateOfBirth", "past", "Date of birth must be in the past");
			return null;
		}
		int age = CareLeaverProfile.ageOn(date, today);
		if (age < CareLeaverProfile.YOUNGEST) {
			errors.rejectValue("dateOfBirth", "young",
					"They must be 16 or older. Covenant Connects is for care leavers aged 16 to 25");
			return null;
		}
		if (age > 30) {
			errors.rejectValue("dateOfBirth.year", "old",
					"Check the year they were born. Covenant Connects is for care leavers aged 16 to 25, and a few offers are open until 30");
			return null;
		}
		return date;
	}

	private static Integer number(String text) {
		String trimmed = text.trim();
		return trimmed.matches("\\d{1,4}") ? Integer.parseInt(trimmed) : null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** The details a coordinator or adviser gives. */
	static class RegisterForm {

		private String fullName;

		private String email;

		private DateParts dateOfBirth = new DateParts();

		private String council;

		public String getFullName() {
			return this.fullName;
		}

		public void setFullName(String fullName) {
			this.fullName = fullName;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public DateParts getDateOfBirth() {
			return this.dateOfBirth;
		}

		public void setDateOfBirth(DateParts dateOfBirth) {
			this.dateOfBirth = dateOfBirth;
		}

		public String getCouncil() {
			return this.council;
		}

		public void setCouncil(String council) {
			this.council = council;
		}

	}

	/** A date typed as day, month and year. */
	static class DateParts {

		private String day;

		private String month;

		private String year;

		public String getDay() {
			return this.day;
		}

		public void setDay(String day) {
			this.day = day;
		}

		public String getMonth() {
			return this.month;
		}

		public void setMonth(String month) {
			this.month = month;
		}

		public String getYear() {
			return this.year;
		}

		public void setYear(String year) {
			this.year = year;
		}

	}

}
