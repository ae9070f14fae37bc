package org.covenantconnects.platform;

/**
 * One row of a summary list.
 *
 * @param changeHref where the row's link goes, or {@code null} for no link
 * @param changeLabel what the link is about, for screen readers ({@code null}: the key)
 * @param action the link's words
 */
public record SummaryRow(String key, String value, String changeHref, String changeLabel, String action) {

	/** A row whose link changes it. */
	public SummaryRow(String key, String value, String changeHref, String changeLabel) {
		this(key, value, changeHref, changeLabel, "Change");
	}

	public static SummaryRow of(String key, String value) {
		return new SummaryRow(key, value, null, null);
	}

	/** A row whose link does something else to it, such as "Remove". */
	public static SummaryRow withAction(String key, String value, String action, String href, String label) {
		return new SummaryRow(key, value, href, label, action);
	}

}
