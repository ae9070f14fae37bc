package org.covenantconnects.careleaver.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.covenantconnects.careleaver.CollegeAnswers;
import org.covenantconnects.careleaver.CollegeAnswers.TypedAnswer;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.platform.Choice;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The colleges and universities young people typed that match no listed one: each answer
 * with how many gave it, never who, and a coordinator matching an answer to an
 * institution by hand (ADR 033).
 */
@Controller
class TypedCollegesController {

	private final CollegeAnswers answers;

	private final Institutions institutions;

	TypedCollegesController(CollegeAnswers answers, Institutions institutions) {
		this.answers = answers;
		this.institutions = institutions;
	}

	@GetMapping("/coordinator/institutions/typed-names")
	String typed(Model model) {
		return page(this.answers.unmatched(), Map.of(), null, model);
	}

	@PostMapping("/coordinator/institutions/typed-names")
	String match(@RequestParam(name = "answer", required = false) String answer,
			@RequestParam(name = "institution", required = false) String slug,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		List<TypedAnswer> unmatched = this.answers.unmatched();
		int row = indexOf(unmatched, answer);
		if (row < 0) {
			redirect.addFlashAttribute("done", "Nobody has that answer now: it may have been matched already");
			return "redirect:/coordinator/institutions/typed-names";
		}
		Optional<Institution> institution = (slug != null) ? this.institutions.bySlug(slug) : Optional.empty();
		if (institution.isEmpty()) {
			return page(unmatched,
					Map.of(row, "Select the college or university that \u201c" + answer + "\u201d names"), slug, model);
		}
		int written = this.answers.matchByHand(answer, institution.get().id(), user.id());
		redirect.addFlashAttribute("done", "\u201c%s\u201d is matched to %s for %d young %s".formatted(answer,
				institution.get().name(), written, (written == 1) ? "person" : "people"));
		return "redirect:/coordinator/institutions/typed-names";
	}

	private String page(List<TypedAnswer> unmatched, Map<Integer, String> problems, String chosen, Model model) {
		model.addAttribute("rows", unmatched);
		model.addAttribute("problems", problems);
		model.addAttribute("chosen", chosen);
		model.addAttribute("institutions",
				this.institutions.all().stream().map((i) -> Choice.of(i.slug(), i.name())).toList());
		return "careleaver/typed-colleges";
	}

	private static int indexOf(List<TypedAnswer> unmatched, String answer) {
		for (int i = 0; i < unmatched.size(); i++) {
			if (unmatched.get(i).answer().equals(answer)) {
				return i;
			}
		}
		return -1;
	}

}
