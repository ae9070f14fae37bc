package org.covenantconnects.work.web;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.work.internal.StuckWork;
import org.covenantconnects.work.internal.WorkSettings;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Work that follows a change and is stuck: failed and waiting for a retry, given up on
 * after every retry failed, or left unfinished by an instance that stopped. An
 * administrator can run failed work again at once.
 */
@Controller
class StuckWorkController {

	private final StuckWork work;

	private final WorkSettings settings;

	StuckWorkController(StuckWork work, WorkSettings settings) {
		this.work = work;
		this.settings = settings;
	}

	@GetMapping("/admin/stuck-work")
	String list(Model model) {
		model.addAttribute("pieces", this.work.list());
		model.addAttribute("takeOverAfter", inWords(this.settings.takeOverAfter()));
		model.addAttribute("retries",
				IntStream.range(0, this.settings.maxAttempts())
					.mapToObj((i) -> inWords(this.settings.retryAfter().multipliedBy(1L << i)))
					.collect(Collectors.joining(", ")));
		return "work/admin-stuck-work";
	}

	@PostMapping("/admin/stuck-work/{id}")
	String runAgain(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		redirect.addFlashAttribute("ranAgain", this.work.runAgain(id, admin.id()));
		return "redirect:/admin/stuck-work";
	}

	private static String inWords(Duration duration) {
		long minutes = duration.toMinutes();
		if (minutes > 0 && duration.equals(Duration.ofMinutes(minutes))) {
			return (minutes == 1) ? "1 minute" : minutes + " minutes";
		}
		long seconds = duration.toSeconds();
		return (seconds == 1) ? "1 second" : seconds + " seconds";
	}

}
