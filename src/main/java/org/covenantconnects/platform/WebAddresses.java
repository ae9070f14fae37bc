package org.covenantconnects.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The one rule for a web address and for a domain name that people type on a page or in
 * an imported file.
 */
public final class WebAddresses {

	/**
	 * One label of a domain name: letters, digits and hyphens, no hyphen at either end.
	 */
	private static final Pattern LABEL = Pattern.compile("[a-z0-9-]{1,63}");

	private WebAddresses() {
	}

	/**
	 * Whether the text is a web address: http or https, with a host name that has a dot,
	 * no spaces, 500 characters at most.
	 */
	public static boolean isWebAddress(String text) {
		if (text.length() > 500 || text.chars().anyMatch(Character::isWhitespace)) {
			return false;
		}
		try {
			URI uri = new URI(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getHost().contains(".");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * Whether the text, in lower case, is a domain name of two labels or more, such as
	 * ncl-coll.ac.uk, 100 characters at most; read label by label.
	 */
	public static boolean isDomainName(String domain) {
		if (domain.length() > 100) {
			return false;
		}
		String[] labels = domain.split("\\.", -1);
		if (labels.length < 2) {
			return false;
		}
		for (String label : labels) {
			if (!LABEL.matcher(label).matches() || label.startsWith("-") || label.endsWith("-")) {
				return false;
			}
		}
		return true;
	}

}
