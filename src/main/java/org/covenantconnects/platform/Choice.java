package org.covenantconnects.platform;

/**
 * One option of a radio, checkbox or select question, as the page components render it.
 *
 * @param hint optional words under the option, or {@code null}
 */
public record Choice(String value, String text, String hint) {

	public static Choice of(String value, String text) {
		return new Choice(value, text, null);
	}

}
