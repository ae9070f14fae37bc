package org.covenantconnects.impact.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.covenantconnects.impact.ImpactFigures.Figure;
import org.covenantconnects.impact.TermlyReport;
import org.jspecify.annotations.Nullable;

/**
 * A figure's months as a bar chart with its trajectory as a line, laid out here for the
 * page to draw as SVG on the server: no JavaScript, and the same figures in a table
 * beside it.
 */
record Chart(String title, String description, int width, int height, List<Bar> bars, String trajectory,
		List<Tick> ticks, int left, int bottom) {

	private static final int WIDTH = 640;

	private static final int HEIGHT = 300;

	private static final int LEFT = 56;

	private static final int RIGHT = 12;

	private static final int TOP = 16;

	private static final int BOTTOM_SPACE = 32;

	static Chart of(Figure figure, String yearLabel) {
		if (!figure.targeted()) {
			Chart chart = of(figure.measure().shortName(), 0,
					figure.months().stream().map((m) -> new Point(m.shortName(), m.figure(), 0)).toList(), yearLabel);
			return new Chart(chart.title(), figure.measure().shortName() + " at the end of each month of " + yearLabel
					+ ", as bars. It has no target for this area. The table beside the chart gives the same figures.",
					chart.width(), chart.height(), chart.bars(), chart.trajectory(), chart.ticks(), chart.left(),
					chart.bottom());
		}
		return of(figure.measure().shortName(), figure.target(),
				figure.months().stream().map((m) -> new Point(m.shortName(), m.figure(), m.trajectory())).toList(),
				yearLabel);
	}

	/** A termly report's figure, as it was issued. */
	static Chart of(TermlyReport.Figure figure, String yearLabel) {
		return of(figure.shortTitle(), figure.target(),
				figure.months().stream().map((m) -> new Point(m.shortName(), m.figure(), m.trajectory())).toList(),
				yearLabel);
	}

	private static Chart of(String shortName, int target, List<Point> months, String yearLabel) {
		long highest = Math.max(1, target);
		for (Point month : months) {
			Long value = month.figure();
			if (value != null) {
				highest = Math.max(highest, value);
			}
			highest = Math.max(highest, month.trajectory());
		}
		long top = roundUp(highest);
		int bottom = HEIGHT - BOTTOM_SPACE;
		double plotHeight = bottom - TOP;
		double slot = (double) (WIDTH - LEFT - RIGHT) / months.size();
		List<Bar> bars = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < months.size(); i++) {
			Point month = months.get(i);
			double x = LEFT + (i * slot);
			Long value = month.figure();
			double barHeight = (value != null) ? plotHeight * value / top : 0;
			bars.add(new Bar(format(x + slot * 0.15), format(bottom - barHeight), format(slot * 0.7), format(barHeight),
					format(x + slot / 2), month.label(), value != null));
			double y = bottom - (plotHeight * month.trajectory() / top);
			line.append((i == 0) ? "" : " ").append(format(x + slot / 2)).append(',').append(format(y));
		}
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i <= 4; i++) {
			long value = top * i / 4;
			ticks.add(new Tick(format(bottom - plotHeight * value / top), String.format(Locale.UK, "%,d", value)));
		}
		String description = shortName + " at the end of each month of " + yearLabel
				+ ", as bars, against the trajectory to the target of " + String.format(Locale.UK, "%,d", target)
				+ ", as a line. The table beside the chart gives the same figures.";
		return new Chart(shortName + ", month by month", description, WIDTH, HEIGHT, bars, line.toString(), ticks, LEFT,
				bottom);
	}

	/** Rounds up to 1, 2 or 5 times a power of ten. */
	static long roundUp(long value) {
		long power = 1;
		while (power * 10 <= value) {
			power *= 10;
		}
		for (long step : new long[] { 1, 2, 5, 10 }) {
			if (step * power >= value) {
				return step * power;
			}
		}
		return 10 * power;
	}

	/**
	 * The number to one decimal place, as {@code %.1f} gives it (halves away from zero),
	 * without a formatter for each of the chart's hundred or so numbers.
	 */
	static String format(double number) {
		long tenths = Math.round(Math.abs(number) * 10);
		String sign = (number < 0) ? "-" : "";
		return sign + (tenths / 10) + "." + (tenths % 10);
	}

	/** One month's bar and its label. */
	record Bar(String x, String y, String width, String height, String labelX, String label, boolean counted) {

	}

	/** A month's label, figure ({@code null} when none) and trajectory. */
	private record Point(String label, @Nullable Long figure, long trajectory) {

	}

	/** A line across the chart at a value, and its label. */
	record Tick(String y, String label) {

	}

}
