package org.covenantconnects.opportunity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether each published opportunity of a copy is open today, as numbers: its closing
 * day, and when it was asked to be re-confirmed, for every place in the copy. Testing an
 * opportunity then reads three arrays side by side instead of its record and the dates
 * and instants it points to, which For you and the search's filters do for thousands of
 * opportunities per request. The same test as {@link PublishedListing.Listed#isOpen}.
 */
final class OpenToday {

	/** The closing day as an epoch day, {@link Long#MAX_VALUE} for none. */
	private final long[] closesOn;

	/**
	 * When re-confirmation was asked for, in seconds since the epoch,
	 * {@link Long#MAX_VALUE} when it was not.
	 */
	private final long[] reconfirmSeconds;

	/** The nanoseconds of that second. */
	private final int[] reconfirmNanos;

	private final boolean[] confirmedOnly;

	private OpenToday(long[] closesOn, long[] reconfirmSeconds, int[] reconfirmNanos, boolean[] confirmedOnly) {
		this.closesOn = closesOn;
		this.reconfirmSeconds = reconfirmSeconds;
		this.reconfirmNanos = reconfirmNanos;
		this.confirmedOnly = confirmedOnly;
	}

	/** Reads the rows of a copy, in its order. */
	static OpenToday of(List<PublishedListing.Listed> rows) {
		int size = rows.size();
		long[] closesOn = new long[size];
		long[] reconfirmSeconds = new long[size];
		int[] reconfirmNanos = new int[size];
		boolean[] confirmedOnly = new boolean[size];
		for (int i = 0; i < size; i++) {
			PublishedListing.Listed listed = rows.get(i);
			closesOn[i] = (listed.closesOn() != null) ? listed.closesOn().toEpochDay() : Long.MAX_VALUE;
			Instant reconfirm = listed.reconfirmRequestedAt();
			reconfirmSeconds[i] = (reconfirm != null) ? reconfirm.getEpochSecond() : Long.MAX_VALUE;
			reconfirmNanos[i] = (reconfirm != null) ? reconfirm.getNano() : 0;
			confirmedOnly[i] = listed.confirmedOnly();
		}
		return new OpenToday(closesOn, reconfirmSeconds, reconfirmNanos, confirmedOnly);
	}

	/** One day's test, for many opportunities. */
	Test on(LocalDate today, Instant hideBefore) {
		return new Test(today.toEpochDay(), hideBefore.getEpochSecond(), hideBefore.getNano());
	}

	/** Only for young people whose care experience is confirmed. */
	boolean confirmedOnly(int place) {
		return this.confirmedOnly[place];
	}

	/**
	 * Open on one day, and not hidden for want of re-confirmation at one instant.
	 */
	final class Test {

		private final long today;

		private final long hideBeforeSeconds;

		private final int hideBeforeNanos;

		private Test(long today, long hideBeforeSeconds, int hideBeforeNanos) {
			this.today = today;
			this.hideBeforeSeconds = hideBeforeSeconds;
			this.hideBeforeNanos = hideBeforeNanos;
		}

		/** Closing today or later (or never), and asked to re-confirm not before then. */
		boolean isOpen(int place) {
			if (OpenToday.this.closesOn[place] < this.today) {
				return false;
			}
			long seconds = OpenToday.this.reconfirmSeconds[place];
			return seconds > this.hideBeforeSeconds || (seconds == this.hideBeforeSeconds
					&& OpenToday.this.reconfirmNanos[place] >= this.hideBeforeNanos);
		}

	}

}
