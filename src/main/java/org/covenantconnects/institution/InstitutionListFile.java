package org.covenantconnects.institution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.covenantconnects.platform.CsvFile;

/**
 * Reads a list of colleges and universities to import (ADR 033): a CSV file saved as
 * UTF-8 with a heading row naming its columns, in any order, then one institution a row.
 * Only {@code name} must be there; the other columns may be left out. A file whose
 * heading is wrong is refused whole; a row that cannot be read is kept with its problem,
 * to show in the import report.
 */
public final class InstitutionListFile {

	/** The most institutions a list may have. */
	public static final int MOST_ROWS = 1000;

	private InstitutionListFile() {
	}

	/** The columns a list may have, as its heading names them. */
	public enum Column {

		NAME("name", "The college's or university's name, as it should be listed: required"),
		KIND("kind", "FE for a further education college, HE for a university"),
		GROUP("group", "The group it belongs to, such as NCG"),
		REGION("region", "The region of England it is in, such as North East or London"),
		AREA("area", "The Covenant's area: North, Midlands or South"),
		WEB_ADDRESS("web_address", "Its web site, starting https://"),
		EMAIL_DOMAINS("email_domains", "Its staff's email domains, such as ncl-coll.ac.uk, separated by spaces"),
		PARTNER("partner", "yes if it is a partner of the Covenant, no if not");

		private final String heading;

		private final String meaning;

		Column(String heading, String meaning) {
			this.heading = heading;
			this.meaning = meaning;
		}

		public String heading() {
			return this.heading;
		}

		public String meaning() {
			return this.meaning;
		}

		/** The column a heading names, ignoring case, spaces, hyphens and underscores. */
		static Optional<Column> named(String heading) {
			String wanted = heading.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
			return Arrays.stream(values()).filter((column) -> column.heading.equals(wanted)).findFirst();
		}

	}

	/** Reads the rows of a file, or the problem that refuses it. */
	public static Reading read(byte[] bytes) {
		CsvFile.Lines file = CsvFile.lines(bytes);
		if (file.isRefused()) {
			return Reading.refused(file.problem());
		}
		List<String> lines = file.lines();
		List<String> headings = CsvFile.cells(lines.get(0));
		if (headings == null) {
			return Reading.refused("The heading row of the selected file has a quotation mark that is not closed");
		}
		List<Column> columns = new ArrayList<>();
		for (String heading : headings) {
			if (heading.isBlank()) {
				return Reading.refused("The heading row of the selected file has a column with no heading: the "
						+ "headings are " + headingList());
			}
			Optional<Column> column = Column.named(heading);
			if (column.isEmpty()) {
				return Reading.refused("The heading row of the selected file has a column \"%s\" that is not known: "
					.formatted(heading.strip()) + "the headings are " + headingList());
			}
			if (columns.contains(column.get())) {
				return Reading.refused(
						"The heading row of the selected file has the column \"%s\" twice".formatted(heading.strip()));
			}
			columns.add(column.get());
		}
		if (!columns.contains(Column.NAME)) {
			return Reading.refused("The selected file must start with a heading row that has a name column, "
					+ "such as: " + headingList());
		}
		List<ListedRow> rows = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			int rowNumber = i + 1;
			List<String> cells = CsvFile.cells(lines.get(i));
			if (cells == null) {
				rows.add(new ListedRow(rowNumber, Map.of(), "The row has a quotation mark that is not closed"));
				continue;
			}
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			if (cells.size() > columns.size() && cells.stream().skip(columns.size()).anyMatch((c) -> !c.isBlank())) {
				rows.add(new ListedRow(rowNumber, Map.of(),
						"The row has more cells than the heading row has columns: put commas in a cell in quotes"));
				continue;
			}
			Map<Column, String> values = new EnumMap<>(Column.class);
			for (int c = 0; c < columns.size(); c++) {
				values.put(columns.get(c), (c < cells.size()) ? cells.get(c).strip() : "");
			}
			rows.add(new ListedRow(rowNumber, values, null));
		}
		if (rows.isEmpty()) {
			return Reading.refused("The selected file has no colleges or universities under its heading row");
		}
		if (rows.size() > MOST_ROWS) {
			return Reading
				.refused("The selected file must have %,d rows or fewer: it has %,d".formatted(MOST_ROWS, rows.size()));
		}
		return new Reading(List.copyOf(rows), null);
	}

	private static String headingList() {
		return Arrays.stream(Column.values()).map(Column::heading).collect(Collectors.joining(", "));
	}

	/**
	 * One row of a list as read.
	 *
	 * @param row its number in the file, the heading row being 1
	 * @param cells the text of each column the file has, stripped; empty when the row
	 * could not be read
	 * @param problem why the row could not be read, or {@code null}
	 */
	public record ListedRow(int row, Map<Column, String> cells, String problem) {

		public ListedRow {
			cells = Map.copyOf(cells);
		}

		/** The text of a column, empty when the file does not have it. */
		public String cell(Column column) {
			return this.cells.getOrDefault(column, "");
		}

	}

	/**
	 * The rows read from a file, or why it was refused.
	 *
	 * @param problem {@code null} when the file was read
	 */
	public record Reading(List<ListedRow> rows, String problem) {

		static Reading refused(String problem) {
			return new Reading(List.of(), problem);
		}

		public boolean isRefused() {
			return this.problem != null;
		}

	}

}
