package org.covenantconnects.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The retention periods as configured (connects.retention.*, ADR 022), in words for the
 * privacy notice, so that the notice says what the service does.
 */
@Component
class RetentionPeriods {

	private final Duration emailBodies;

	private final Duration unconfirmedAccounts;

	private final Duration accountTokens;

	private final Duration signInFailures;

	private final Duration emailChanges;

	private final Duration youngPeopleInactiveFor;

	private final Duration youngPeopleWarningBefore;

	private final Duration searchResultsKeptFor;

	RetentionPeriods(@Value("${connects.retention.email-bodies}") Duration emailBodies,
			@Value("${connects.retention.unconfirmed-accounts}") Duration unconfirmedAccounts,
			@Value("${connects.retention.account-tokens}") Duration accountTokens,
			@Value("${connects.retention.sign-in-failures}") Duration signInFailures,
			@Value("${connects.retention.email-changes}") Duration emailChanges,
			@Value("${connects.retention.young-people-inactive-for}") Duration youngPeopleInactiveFor,
			@Value("${connects.retention.young-people-warning-before}") Duration youngPeopleWarningBefore,
			@Value("${connects.search.results-kept-for}") Duration searchResultsKeptFor) {
		this.emailBodies = emailBodies;
		this.unconfirmedAccounts = unconfirmedAccounts;
		this.accountTokens = accountTokens;
		this.signInFailures = signInFailures;
		this.emailChanges = emailChanges;
		this.youngPeopleInactiveFor = youngPeopleInactiveFor;
		this.youngPeopleWarningBefore = youngPeopleWarningBefore;
		this.searchResultsKeptFor = searchResultsKeptFor;
	}

	public String emailBodies() {
		return words(this.emailBodies);
	}

	public String unconfirmedAccounts() {
		return words(this.unconfirmedAccounts);
	}

	public String accountTokens() {
		return words(this.accountTokens);
	}

	public String signInFailures() {
		return words(this.signInFailures);
	}

	public String emailChanges() {
		return words(this.emailChanges);
	}

	public String youngPeopleInactiveFor() {
		return words(this.youngPeopleInactiveFor);
	}

	public String youngPeopleWarningBefore() {
		return words(this.youngPeopleWarningBefore);
	}

	public String searchResultsKeptFor() {
		return words(this.searchResultsKeptFor);
	}

	/** "1 day", "30 days", "a year", "2 years", "12 hours", "30 seconds". */
	static String words(Duration duration) {
		long days = duration.toDays();
		if (days > 0 && days % 365 == 0) {
			return (days == 365) ? "a year" : (days / 365) + " years";
		}
		if (days > 0 && duration.equals(Duration.ofDays(days))) {
			return plural(days, "day");
		}
		if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
			return plural(duration.toHours(), "hour");
		}
		if (duration.toMinutes() > 0 && duration.equals(Duration.ofMinutes(duration.toMinutes()))) {
			return plural(duration.toMinutes(), "minute");
		}
		return plural(duration.toSeconds(), "second");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s");
	}

}
