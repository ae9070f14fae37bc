package org.covenantconnects.supporter.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for the email domains coordinators put on a council's allowed list. */
public final class DomainNames {

	/**
	 * One label of a domain name: letters, digits and inner hyphens, up to 63 of them.
	 */
	private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

	private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}");

	/**
	 * Providers where anyone can get an address, so an address there proves nothing about
	 * where someone works.
	 */
	private static final Set<String> PUBLIC_PROVIDERS = Set.of("gmail.com", "googlemail.com", "outlook.com",
			"hotmail.com", "hotmail.co.uk", "live.com", "live.co.uk", "msn.com", "yahoo.com", "yahoo.co.uk",
			"icloud.com", "me.com", "aol.com", "protonmail.com", "proton.me", "gmx.com", "mail.com", "btinternet.com",
			"sky.com", "virginmedia.com", "talktalk.net");

	private DomainNames() {
	}

	/** The domain of an email address, in lower case. */
	public static String ofEmail(String email) {
		return email.substring(email.lastIndexOf('@') + 1).trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * A domain as typed, in lower case, without surrounding spaces or a leading "@"
	 * (people often copy it from an address).
	 */
	public static String normalise(String typed) {
		String domain = (typed != null) ? typed.trim().toLowerCase(Locale.ROOT) : "";
		return domain.startsWith("@") ? domain.substring(1) : domain;
	}

	/**
	 * What is wrong with a normalised domain, in words for the page; empty if nothing.
	 */
	public static Optional<String> problemWith(String domain) {
		if (domain.isEmpty()) {
			return Optional.of("Enter an email domain, like leeds.gov.uk");
		}
		if (domain.length() > 253) {
			return Optional.of("Email domain must be 253 characters or fewer");
		}
		if (domain.contains("@")) {
			return Optional.of("Enter only the part of the email address after the @, like leeds.gov.uk");
		}
		String[] labels = domain.split("\\.", -1);
		boolean shaped = labels.length >= 2 && TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
		for (String label : labels) {
			shaped = shaped && LABEL.matcher(label).matches();
		}
		if (!shaped) {
			return Optional.of("Enter an email domain in the correct format, like leeds.gov.uk");
		}
		if (PUBLIC_PROVIDERS.contains(domain)) {
			return Optional.of("You cannot allow " + domain + ": anyone can get an email address there");
		}
		return Optional.empty();
	}

}
