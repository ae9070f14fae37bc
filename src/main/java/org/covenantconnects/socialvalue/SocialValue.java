package org.covenantconnects.socialvalue;

import java.time.LocalDate;
import java.util.List;

import org.covenantconnects.platform.SmallNumbers;

/**
 * The social value delivered in a period, as of a day: each outcome with how much of it
 * was delivered, the proxy value used, and what that is worth; and the total.
 *
 * @param asOf the day the figures are as of (the period's last day, or today while it
 * lasts)
 */
public record SocialValue(Period period, LocalDate asOf, List<Row> rows) {

	public SocialValue {
		rows = List.copyOf(rows);
	}

	/** The total value of every outcome, in pence. */
	public long totalPence() {
		return this.rows.stream().mapToLong(Row::pence).sum();
	}

	public String total() {
		return ProxyValue.pounds(totalPence());
	}

	/**
	 * The total of the outcomes shown outside the Covenant team: those with 5 or more
	 * take-ups behind them (ADR 029).
	 */
	public String totalShown() {
		return ProxyValue.pounds(this.rows.stream().filter((row) -> !row.isHidden()).mapToLong(Row::pence).sum());
	}

	/** Whether any outcome is hidden outside the Covenant team. */
	public boolean anyHidden() {
		return this.rows.stream().anyMatch(Row::isHidden);
	}

	/**
	 * One outcome.
	 *
	 * @param quantity how many units were delivered (weeks, jobs, courses)
	 * @param takeUps how many take-ups they came from
	 */
	public record Row(Outcome outcome, long quantity, long takeUps, ProxyValue proxy) {

		/** What the outcome is worth, in pence. */
		public long pence() {
			return this.quantity * this.proxy.pence();
		}

		public String value() {
			return ProxyValue.pounds(pence());
		}

		/** The quantity with its unit: "1 week", "12 jobs". */
		public String quantityWithUnit() {
			return String.format(java.util.Locale.UK, "%,d", this.quantity) + " " + this.proxy.unit()
					+ ((this.quantity == 1) ? "" : "s");
		}

		/**
		 * Whether fewer than 5 take-ups are behind it, so it is hidden outside the team.
		 */
		public boolean isHidden() {
			return SmallNumbers.isHidden(this.takeUps) && this.takeUps > 0;
		}

		/** How many take-ups it came from, by the small-number rule. */
		public String takeUpsShown() {
			return SmallNumbers.shown(this.takeUps);
		}

	}

}
