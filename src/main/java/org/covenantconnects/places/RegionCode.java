package org.covenantconnects.places;

import java.util.regex.Pattern;

/** An ONS region code such as {@code E12000002} (North West). */
public record RegionCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("E1200000[1-9]");

	public RegionCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not an English region code: " + value);
		}
	}

}
