package org.covenantconnects.signatory.web;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.PageLinks;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.Stage;
import org.covenantconnects.signatory.internal.Signatory;
import org.covenantconnects.signatory.web.SignatoryForms.ReturnForm;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' view of the signing pipeline: how many organisations are at each
 * stage, who has waited longest, and the review of a submitted proforma.
 */
@Controller
class PipelineController {

	private static final int PAGE_SIZE = 25;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Signatories signatories;

	private final Accounts accounts;

	private final Clock clock;

	private final ContactLog contactLog;

	PipelineController(Signatories signatories, Accounts accounts, Clock clock, ContactLog contactLog) {
		this.signatories = signatories;
		this.contactLog = contactLog;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/coordinator/signatories")
	String pipeline(@RequestParam(defaultValue = "PROFORMA_SUBMITTED") String stage,
			@RequestParam(defaultValue = "1") int page, Model model) {
		Stage shown = Arrays.stream(Stage.values())
			.filter((candidate) -> candidate.name().equals(stage))
			.findFirst()
			.orElse(Stage.PROFORMA_SUBMITTED);
		Map<Stage, Long> counts = this.signatories.pipeline();
		PageLinks pages = PageLinks.of(page, counts.get(shown), PAGE_SIZE,
				"/coordinator/signatories?stage=" + shown.name() + "&page=");
		List<PipelineRow> rows = this.signatories.atStage(shown, pages.offset(PAGE_SIZE), PAGE_SIZE)
			.stream()
			.map((s) -> new PipelineRow(s.id, s.name, s.sector.label(),
					Duration.between(s.stageChangedAt, this.clock.instant()).toDays(), managerName(s.accountManager)))
			.toList();
		model.addAttribute("stages", Stage.values());
		model.addAttribute("counts", counts);
		model.addAttribute("shown", shown);
		model.addAttribute("rows", rows);
		model.addAttribute("pages", pages);
		return "signatory/pipeline";
	}

	@GetMapping("/coordinator/signatories/{id}")
	String review(@PathVariable UUID id, Model model) {
		Signatory signatory = load(id);
		model.addAttribute("form", new ReturnForm());
		return reviewPage(signatory, model);
	}

	@PostMapping("/coordinator/signatories/{id}/approve")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		Signatory signatory = load(id);
		if (signatory.stage != Stage.PROFORMA_SUBMITTED) {
			redirect.addFlashAttribute("problem", "Only a submitted proforma can be approved");
			return "redirect:/coordinator/signatories/" + id;
		}
		this.signatories.approve(signatory.id());
		redirect.addFlashAttribute("done", signatory.name + " has signed the Covenant and is now listed publicly");
		return "redirect:/coordinator/signatories/" + id;
	}

	@PostMapping("/coordinator/signatories/{id}/return")
	String returnProforma(@PathVariable UUID id, @Valid @ModelAttribute("form") ReturnForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Signatory signatory = load(id);
		if (signatory.stage != Stage.PROFORMA_SUBMITTED) {
			redirect.addFlashAttribute("problem", "Only a submitted proforma can be returned");
			return "redirect:/coordinator/signatories/" + id;
		}
		if (errors.hasErrors()) {
			return reviewPage(signatory, model);
		}
		this.signatories.returnWithReasons(signatory.id(), form.getReasons().trim());
		redirect.addFlashAttribute("done", "The proforma was returned to " + signatory.name + " with your reasons");
		return "redirect:/coordinator/signatories/" + id;
	}

	@PostMapping("/coordinator/signatories/{id}/lapse")
	String lapse(@PathVariable UUID id, RedirectAttributes redirect) {
		Signatory signatory = load(id);
		if (signatory.stage != Stage.SIGNED) {
			redirect.addFlashAttribute("problem", "Only a signatory can be marked as lapsed");
			return "redirect:/coordinator/signatories/" + id;
		}
		this.signatories.lapse(signatory.id());
		redirect.addFlashAttribute("done", signatory.name + " is marked as lapsed");
		return "redirect:/coordinator/signatories/" + id;
	}

	@PostMapping("/coordinator/signatories/{id}/account-manager")
	String assign(@PathVariable UUID id, @RequestParam(required = false) String manager, RedirectAttributes redirect) {
		Signatory signatory = load(id);
		Optional<AccountSummary> coordinator = this.accounts.activeWithRole(Role.COORDINATOR)
			.stream()
			.filter((account) -> account.id().value().toString().equals(manager))
			.findFirst();
		if (coordinator.isEmpty()) {
			redirect.addFlashAttribute("problem", "Select a coordinator to be the account manager");
			return "redirect:/coordinator/signatories/" + id;
		}
		this.signatories.assignAccountManager(signatory.id(), coordinator.get().id());
		redirect.addFlashAttribute("done", coordinator.get().displayName() + " is now the account manager");
		return "redirect:/coordinator/signatories/" + id;
	}

	private String reviewPage(Signatory signatory, Model model) {
		model.addAttribute("signatory", signatory);
		model.addAttribute("rows", ReviewRows.of(signatory, true));
		model.addAttribute("manager", managerName(signatory.accountManager));
		model.addAttribute("coordinators",
				this.accounts.activeWithRole(Role.COORDINATOR)
					.stream()
					.map((account) -> Choice.of(account.id().value().toString(), account.displayName()))
					.toList());
		SignatoryForms.ManagerForm managerForm = new SignatoryForms.ManagerForm();
		managerForm.setManager((signatory.accountManager != null) ? signatory.accountManager.value().toString() : null);
		model.addAttribute("managerForm", managerForm);
		model.addAttribute("log",
				this.contactLog.of(PartnerRef.organisation(signatory.uuid()))
					.stream()
					.map((entry) -> new LogRow(entry.kind().label(), DAY.format(entry.happenedOn()), entry.who(),
							entry.summary(), entry.nextStep(),
							(entry.nextStepDue() != null) ? DAY.format(entry.nextStepDue()) : null))
					.toList());
		return "signatory/review";
	}

	private String managerName(AccountId manager) {
		return (manager != null) ? this.accounts.find(manager).map(AccountSummary::displayName).orElse("–") : "None";
	}

	private Signatory load(UUID id) {
		return this.signatories.detail(new SignatoryId(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A contact log entry as the review page shows it. */
	record LogRow(String kind, String date, String who, String summary, String nextStep, String due) {

	}

	record PipelineRow(UUID id, String name, String sector, long daysInStage, String manager) {

	}

}
