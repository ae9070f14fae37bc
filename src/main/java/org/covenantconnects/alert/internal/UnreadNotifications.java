package org.covenantconnects.alert.internal;

import org.covenantconnects.alert.Subscriptions;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the pages of care leavers and supporters their count of unread notifications
 * ({@code notificationsUnread}), for the link on their home page.
 */
@ControllerAdvice
class UnreadNotifications {

	private final Subscriptions subscriptions;

	UnreadNotifications(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@ModelAttribute("notificationsUnread")
	Long notificationsUnread(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& (user.is(Role.CARE_LEAVER) || user.is(Role.SUPPORTER))) {
			return this.subscriptions.unreadCount(user.id());
		}
		return null;
	}

}
