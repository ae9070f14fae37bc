package org.covenantconnects.platform;

/**
 * One row of a summary list.
 *
 * @param changeHref where the "Change" link goes, or {@code null} for no link
 */
public record SummaryRow(String key, String value, String changeHref, String changeLabel) {

	public static SummaryRow of(String key, String value) {
		return new SummaryRow(key, value, null, null);
	}

}
