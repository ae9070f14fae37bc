package org.covenantconnects.platform;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The small-number rule for figures shown to anyone outside the Covenant team (ACCESS.md,
 * ADR 029): a count under 5, nought included, is shown as "fewer than 5", so that nobody
 * can pick out a young person in a small council, or see a figure move by one.
 */
public final class SmallNumbers {

	/** The smallest count shown as it is. */
	public static final int SMALLEST_SHOWN = 5;

	public static final String FEWER_THAN_5 = "fewer than 5";

	private SmallNumbers() {
	}

	public static boolean isHidden(long count) {
		return count < SMALLEST_SHOWN;
	}

	/** The count in words for a page: "fewer than 5", or the number, "1,204". */
	public static String shown(long count) {
		return isHidden(count) ? FEWER_THAN_5 : exactly(count);
	}

	/** A figure that is not a count of people on Connects, as it is: "1,204". */
	public static String exactly(long figure) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(figure);
	}

}
