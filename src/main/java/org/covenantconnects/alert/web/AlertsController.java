package org.covenantconnects.alert.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.covenantconnects.alert.AlertPreferences;
import org.covenantconnects.alert.Frequency;
import org.covenantconnects.alert.Subscriptions;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.PageLinks;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * A person's alert preferences ({@code /alerts}) and notifications
 * ({@code /notifications}), for care leavers and supporters; each sees and changes only
 * their own.
 */
@Controller
public class AlertsController {

	public static final int NOTIFICATIONS_PER_PAGE = 20;

	private final Subscriptions subscriptions;

	private final Opportunities opportunities;

	private final Places places;

	AlertsController(Subscriptions subscriptions, Opportunities opportunities, Places places) {
		this.subscriptions = subscriptions;
		this.opportunities = opportunities;
		this.places = places;
	}

	@GetMapping("/alerts")
	String preferences(@AuthenticationPrincipal CurrentUser user, Model model) {
		AlertPreferences preferences = this.subscriptions.preferencesOf(user.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return page(user, PreferencesForm.of(preferences), model);
	}

	@PostMapping("/alerts")
	String change(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") PreferencesForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (this.subscriptions.preferencesOf(user.id()).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Set<String> regions = this.places.regions().stream().map((r) -> r.code().value()).collect(Collectors.toSet());
		AlertPreferences preferences = form.validate(errors, regions);
		if (preferences == null) {
			return page(user, form, model);
		}
		this.subscriptions.change(user.id(), preferences);
		redirect.addFlashAttribute("done", "Your alert settings have been saved");
		return "redirect:/alerts";
	}

	private String page(CurrentUser user, PreferencesForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("supporter", user.is(Role.SUPPORTER));
		model.addAttribute("channels", List.of(Choice.of(PreferencesForm.EMAIL, "By email"),
				Choice.of(PreferencesForm.IN_APP, "In Notifications, when you sign in")));
		model.addAttribute("frequencies",
				java.util.Arrays.stream(Frequency.values()).map((f) -> Choice.of(f.name(), f.label())).toList());
		model.addAttribute("types",
				java.util.Arrays.stream(OpportunityType.values())
					.map((type) -> Choice.of(type.name(), type.label()))
					.toList());
		model.addAttribute("categories",
				java.util.Arrays.stream(Category.values())
					.map((category) -> Choice.of(category.name(), category.label()))
					.toList());
		model.addAttribute("regions",
				this.places.regions()
					.stream()
					.map((Region region) -> Choice.of(region.code().value(), region.name()))
					.toList());
		return "alert/alerts";
	}

	/**
	 * A page of the person's notifications, newest first. A page number past the end (a
	 * notification removed, an old bookmark) shows the last page and says so; one that is
	 * not a number shows the first.
	 */
	@GetMapping("/notifications")
	String notifications(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "1") String page,
			Model model) {
		int requested = pageNumber(page);
		PageLinks pages = PageLinks.of(requested, this.subscriptions.notificationCount(user.id()),
				NOTIFICATIONS_PER_PAGE, "/notifications?page=");
		List<Subscriptions.Notification> notifications = this.subscriptions.notifications(user.id(),
				pages.offset(NOTIFICATIONS_PER_PAGE), NOTIFICATIONS_PER_PAGE);
		Map<OpportunityId, OpportunityView> shown = notifications.stream()
			.map((n) -> this.opportunities.findPublic(n.opportunity()).orElse(null))
			.filter(Objects::nonNull)
			.collect(Collectors.toMap(OpportunityView::id, (o) -> o, (a, b) -> a));
		model.addAttribute("notifications",
				notifications.stream().filter((n) -> shown.containsKey(n.opportunity())).toList());
		model.addAttribute("opportunities", shown);
		model.addAttribute("supporter", user.is(Role.SUPPORTER));
		model.addAttribute("pages", pages);
		model.addAttribute("pageMoved", requested != pages.current());
		return "alert/notifications";
	}

	private static int pageNumber(String requested) {
		try {
			return Integer.parseInt(requested.trim());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/** Opens one of the person's own notifications; anyone else's is not found. */
	@GetMapping("/notifications/{id}")
	String open(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		long notification;
		try {
			notification = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		OpportunityId opportunity = this.subscriptions.open(user.id(), notification)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return "redirect:/opportunities/" + opportunity.value();
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal CurrentUser user) {
		this.subscriptions.markAllRead(user.id());
		return "redirect:/notifications";
	}

}
