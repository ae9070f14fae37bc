package org.covenantconnects.socialvalue;

import java.util.Locale;

/**
 * What one unit of an outcome is worth in social value, where that value comes from and
 * the year it is for.
 *
 * @param unit what is counted, in the singular ("week", "job")
 * @param pence the value of one unit, in pence
 * @param isDefault whether it is the value Connects shipped, which nobody has checked or
 * changed yet
 */
public record ProxyValue(Outcome outcome, String unit, long pence, String source, int year, boolean isDefault) {

	/** The value of one unit in pounds and pence, like "£245.00". */
	public String pounds() {
		return pounds(this.pence);
	}

	/** An amount in pence as pounds and pence, like "£1,245.50". */
	public static String pounds(long pence) {
		return String.format(Locale.UK, "£%,d.%02d", pence / 100, pence % 100);
	}

}
