package org.covenantconnects.event;

import org.covenantconnects.identity.AccountId;

/** Someone on an event's sign-up list, as the organiser sees them. */
public record Attendee(AccountId account, String name, String email, SignUp signUp) {

}
