package org.covenantconnects.signatory.web;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.covenantconnects.identity.PasswordPolicy;
import org.covenantconnects.identity.RateLimits;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.signatory.InvitationToSign;
import org.covenantconnects.signatory.NewOrganisation;
import org.covenantconnects.signatory.Sector;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SigningInvitations;
import org.covenantconnects.signatory.Size;
import org.covenantconnects.signatory.web.SignatoryForms.JoinForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Sign the Covenant": an organisation expresses interest and its contact gets an
 * account.
 */
@Controller
class JoinController {

	static final List<Choice> SECTORS = Arrays.stream(Sector.values())
		.map((sector) -> Choice.of(sector.name(), sector.label()))
		.toList();

	static final List<Choice> SIZES = Arrays.stream(Size.values())
		.map((size) -> Choice.of(size.name(), size.label()))
		.toList();

	static final List<Choice> NATIONAL = List.of(Choice.of("yes", "Yes, across England"),
			Choice.of("no", "No, in some regions"));

	private final Signatories signatories;

	private final Places places;

	private final PasswordPolicy passwordPolicy;

	private final RateLimits rateLimits;

	private final SigningInvitations invitations;

	JoinController(Signatories signatories, Places places, PasswordPolicy passwordPolicy, RateLimits rateLimits,
			SigningInvitations invitations) {
		this.signatories = signatories;
		this.invitations = invitations;
		this.places = places;
		this.passwordPolicy = passwordPolicy;
		this.rateLimits = rateLimits;
	}

	@GetMapping("/signatories/join")
	String form(@ModelAttribute("form") JoinForm form, Model model) {
		return page(model);
	}

	@PostMapping("/signatories/join")
	String join(@Valid @ModelAttribute("form") JoinForm form, BindingResult errors, Model model,
			HttpServletRequest request) {
		if (!errors.hasFieldErrors("name") && this.signatories.isNameTaken(form.getName())) {
			errors.rejectValue("name", "taken",
					"An organisation with this name has already joined. Ask a colleague there to invite you");
		}
		check(form, errors, request);
		if (errors.hasErrors()) {
			return page(model);
		}
		this.signatories.join(organisation(form), form.getContactName(), form.getContactEmail(), form.getPassword());
		return "redirect:/register/check-email";
	}

	/**
	 * The form to sign, from the Covenant team's emailed invitation: filled in with what
	 * the team recorded.
	 */
	@GetMapping("/signatories/join/{token}")
	String invited(@PathVariable String token, Model model) {
		Optional<InvitationToSign> invitation = this.invitations.invitation(token);
		if (invitation.isEmpty()) {
			return "signatory/invitation-expired";
		}
		InvitationToSign invited = invitation.get();
		JoinForm form = new JoinForm();
		form.setName(invited.name());
		form.setWebsite(invited.website());
		form.setSector(Optional.ofNullable(invited.sector()).map(Sector::name).orElse(null));
		Optional.ofNullable(invited.region()).ifPresent((region) -> {
			form.setNational("no");
			form.setRegions(new ArrayList<>(List.of(region.value())));
		});
		form.setContactName(invited.contactName());
		form.setContactEmail(invited.contactEmail());
		model.addAttribute("form", form);
		return invitedPage(invited, token, model);
	}

	@PostMapping("/signatories/join/{token}")
	String joinInvited(@PathVariable String token, @Valid @ModelAttribute("form") JoinForm form, BindingResult errors,
			Model model, HttpServletRequest request) {
		Optional<InvitationToSign> invitation = this.invitations.invitation(token);
		if (invitation.isEmpty()) {
			return "signatory/invitation-expired";
		}
		if (!errors.hasFieldErrors("name") && this.signatories.isNameTaken(form.getName())) {
			errors.rejectValue("name", "taken",
					"An organisation with this name has already joined. Ask a colleague there to invite you");
		}
		check(form, errors, request);
		if (errors.hasErrors()) {
			return invitedPage(invitation.get(), token, model);
		}
		this.invitations.join(token, organisation(form), form.getContactName(), form.getContactEmail(),
				form.getPassword());
		return "redirect:/register/check-email";
	}

	private String invitedPage(InvitationToSign invitation, String token, Model model) {
		model.addAttribute("invitedAs", invitation.name());
		model.addAttribute("token", token);
		return page(model);
	}

	private NewOrganisation organisation(JoinForm form) {
		boolean national = "yes".equals(form.getNational());
		return new NewOrganisation(form.getName(), Sector.valueOf(form.getSector()), Size.valueOf(form.getSize()),
				blankToNull(form.getWebsite()), national,
				national ? List.of() : form.getRegions().stream().map(RegionCode::new).toList(),
				form.getCouldOffer().trim());
	}

	private void check(JoinForm form, BindingResult errors, HttpServletRequest request) {
		Set<String> knownRegions = this.places.regions()
			.stream()
			.map((region) -> region.code().value())
			.collect(Collectors.toSet());
		if (!errors.hasFieldErrors("sector") && !enumValue(Sector.class, form.getSector())) {
			errors.rejectValue("sector", "unknown", "Select your organisation's sector");
		}
		if (!errors.hasFieldErrors("size") && !enumValue(Size.class, form.getSize())) {
			errors.rejectValue("size", "unknown", "Select how many people your organisation employs");
		}
		if ("no".equals(form.getNational())) {
			if (form.getRegions().isEmpty()) {
				errors.rejectValue("regions", "required",
						"Select the regions where your organisation could offer support");
			}
			else if (!knownRegions.containsAll(form.getRegions())) {
				errors.rejectValue("regions", "unknown", "Select regions from the list");
			}
		}
		else if (!errors.hasFieldErrors("national") && !"yes".equals(form.getNational())) {
			errors.rejectValue("national", "unknown",
					"Select whether your organisation could offer support across England");
		}
		this.passwordPolicy.problemWith(form.getPassword(), form.getContactName(), form.getContactEmail())
			.ifPresent((problem) -> errors.rejectValue("password", "weak", problem));
		if (!errors.hasErrors() && !this.rateLimits.tryAcquire(RateLimits.Action.REGISTER, request.getRemoteAddr())) {
			errors.rejectValue("contactEmail", "rate", RateLimits.TOO_MANY_ACCOUNTS);
		}
	}

	private String page(Model model) {
		model.addAttribute("sectors", SECTORS);
		model.addAttribute("sizes", SIZES);
		model.addAttribute("nationalChoices", NATIONAL);
		model.addAttribute("regionChoices",
				this.places.regions()
					.stream()
					.map((region) -> Choice.of(region.code().value(), region.name()))
					.toList());
		return "signatory/join";
	}

	private static <E extends Enum<E>> boolean enumValue(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants()).anyMatch((constant) -> constant.name().equals(value));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
