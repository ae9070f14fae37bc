package org.covenantconnects.council.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.council.Patch;
import org.covenantconnects.council.Patches;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.Choice;

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
 * Coordinators' patches: a coordinator sets their own, and an administrator may set any
 * coordinator's. A coordinator's own patch leads back to "My councils" on their home.
 */
@Controller
class PatchController {

	private final Patches patches;

	private final Places places;

	private final Accounts accounts;

	PatchController(Patches patches, Places places, Accounts accounts) {
		this.patches = patches;
		this.places = places;
		this.accounts = accounts;
	}

	@GetMapping("/coordinator/patch")
	String ownPatch(@AuthenticationPrincipal CurrentUser user, Model model) {
		PatchForm form = formOf(this.patches.of(user.id()));
		model.addAttribute("form", form);
		return page(model, null, form);
	}

	@PostMapping("/coordinator/patch")
	String saveOwnPatch(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") PatchForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Optional<Patch> patch = read(form, errors);
		if (patch.isEmpty()) {
			return page(model, null, form);
		}
		this.patches.set(user.id(), patch.get());
		redirect.addFlashAttribute("patchSaved", "Your patch is saved");
		return "redirect:/home#my-councils";
	}

	@GetMapping("/admin/patches")
	String allPatches(Model model) {
		Map<String, String> regionNames = this.places.regions()
			.stream()
			.collect(Collectors.toMap((r) -> r.code().value(), Region::name));
		Map<LocalAuthorityId, String> councilNames = this.places.localAuthorities()
			.stream()
			.collect(Collectors.toMap(LocalAuthority::id, LocalAuthority::name));
		model.addAttribute("rows", coordinators().stream().map((coordinator) -> {
			Patch patch = this.patches.of(coordinator.id());
			String regions = patch.regions()
				.stream()
				.map((code) -> regionNames.getOrDefault(code.value(), code.value()))
				.sorted()
				.collect(Collectors.joining(", "));
			String councils = patch.councils()
				.stream()
				.map((id) -> councilNames.getOrDefault(id, "?"))
				.sorted()
				.collect(Collectors.joining(", "));
			return new PatchRow(coordinator.id().value().toString(), coordinator.displayName(),
					patch.isEmpty() ? "No patch set" : String.join("; ", nonEmpty(regions, councils)));
		}).toList());
		return "council/patches";
	}

	@GetMapping("/admin/patches/{id}")
	String coordinatorsPatch(@PathVariable("id") String account, Model model) {
		AccountSummary coordinator = coordinator(account);
		PatchForm form = formOf(this.patches.of(coordinator.id()));
		model.addAttribute("form", form);
		return page(model, coordinator, form);
	}

	@PostMapping("/admin/patches/{id}")
	String saveCoordinatorsPatch(@PathVariable("id") String account, @ModelAttribute("form") PatchForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		AccountSummary coordinator = coordinator(account);
		Optional<Patch> patch = read(form, errors);
		if (patch.isEmpty()) {
			return page(model, coordinator, form);
		}
		this.patches.set(coordinator.id(), patch.get());
		redirect.addFlashAttribute("done", coordinator.displayName() + "'s patch is saved");
		return "redirect:/admin/patches";
	}

	private Optional<Patch> read(PatchForm form, BindingResult errors) {
		Set<RegionCode> regions = new HashSet<>();
		for (String code : form.getRegions()) {
			this.places.regions()
				.stream()
				.filter((r) -> r.code().value().equals(code))
				.findFirst()
				.ifPresentOrElse((r) -> regions.add(r.code()),
						() -> errors.rejectValue("regions", "invalid", "Select regions from the list"));
		}
		Set<LocalAuthorityId> councils = new HashSet<>();
		for (String id : form.getCouncils()) {
			this.places.localAuthorities()
				.stream()
				.filter((c) -> String.valueOf(c.id().value()).equals(id))
				.findFirst()
				.ifPresentOrElse((c) -> councils.add(c.id()),
						() -> errors.rejectValue("councils", "invalid", "Select councils from the list"));
		}
		if (!errors.hasErrors() && regions.isEmpty() && councils.isEmpty()) {
			errors.rejectValue("regions", "required", "Select at least one region or council");
		}
		return errors.hasErrors() ? Optional.empty() : Optional.of(new Patch(regions, councils));
	}

	private String page(Model model, AccountSummary coordinator, PatchForm form) {
		model.addAttribute("coordinator", coordinator);
		model.addAttribute("action",
				(coordinator != null) ? "/admin/patches/" + coordinator.id().value() : "/coordinator/patch");
		model.addAttribute("regionChoices",
				this.places.regions().stream().map((r) -> Choice.of(r.code().value(), r.name())).toList());
		List<LocalAuthority> all = this.places.localAuthorities();
		model.addAttribute("councilGroups",
				this.places.regions()
					.stream()
					.map((r) -> new CouncilGroup(r.name(),
							all.stream()
								.filter((c) -> c.region().equals(r.code()))
								.map((c) -> Choice.of(String.valueOf(c.id().value()), c.name()))
								.toList(),
							all.stream()
								.anyMatch((c) -> c.region().equals(r.code())
										&& form.getCouncils().contains(String.valueOf(c.id().value())))))
					.toList());
		model.addAttribute("firstCouncil", all.isEmpty() ? "" : String.valueOf(all.get(0).id().value()));
		return "council/patch";
	}

	private static PatchForm formOf(Patch patch) {
		PatchForm form = new PatchForm();
		form.setRegions(patch.regions().stream().map(RegionCode::value).sorted().collect(Collectors.toList()));
		form.setCouncils(patch.councils()
			.stream()
			.map((id) -> String.valueOf(id.value()))
			.sorted()
			.collect(Collectors.toList()));
		return form;
	}

	private static List<String> nonEmpty(String... texts) {
		return java.util.Arrays.stream(texts).filter((t) -> !t.isEmpty()).toList();
	}

	private List<AccountSummary> coordinators() {
		return this.accounts.activeWithRole(Role.COORDINATOR)
			.stream()
			.sorted(java.util.Comparator.comparing(AccountSummary::displayName))
			.toList();
	}

	/** An active coordinator; any other account is not found. */
	private AccountSummary coordinator(String account) {
		UUID id;
		try {
			id = UUID.fromString(account);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		AccountId wanted = new AccountId(id);
		return coordinators().stream()
			.filter((a) -> a.id().equals(wanted))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	record CouncilGroup(String region, List<Choice> councils, boolean open) {

	}

	record PatchRow(String account, String name, String patch) {

	}

}
