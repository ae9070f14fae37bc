package org.covenantconnects.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.covenantconnects.platform.CsvCells;
import org.covenantconnects.platform.CsvFile;

/**
 * Reads a published partner list: UTF-8 text, one column of council names under a
 * heading, one name a row. A file that is not exactly that is refused whole, with the
 * first problem in words for the page, so nothing is read from it and nothing changes.
 */
public final class PartnerListFile {

	/** The most names a list may have. */
	public static final int MOST_ROWS = 1000;

	/** The longest name read. */
	public static final int LONGEST_NAME = 200;

	private PartnerListFile() {
	}

	/** Reads the names of a file, or the problem that refuses it. */
	public static Reading read(byte[] bytes) {
		CsvFile.Lines file = CsvFile.lines(bytes);
		if (file.isRefused()) {
			return Reading.refused(file.problem());
		}
		List<String> lines = file.lines();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).indexOf(';') >= 0) {
				return Reading
					.refused(("Row %d of the selected file has a semicolon: save the file as CSV with commas, "
							+ "one council name a row")
						.formatted(i + 1));
			}
		}
		boolean heading = isHeading(lines.get(0));
		int names = lines.size() - (heading ? 1 : 0);
		if (names > MOST_ROWS) {
			return Reading
				.refused("The selected file must have %,d names or fewer: it has %,d".formatted(MOST_ROWS, names));
		}
		List<String> read = new ArrayList<>();
		for (int i = heading ? 1 : 0; i < lines.size(); i++) {
			int rowNumber = i + 1;
			String line = lines.get(i);
			if (line.isBlank()) {
				return Reading.refused("Row %d of the selected file is blank: remove blank rows".formatted(rowNumber));
			}
			List<String> cells = CsvFile.cells(line);
			if (cells == null) {
				return Reading.refused(
						"Row %d of the selected file has a quotation mark that is not closed".formatted(rowNumber));
			}
			if (cells.size() > 1 && cells.stream().skip(1).anyMatch((cell) -> !cell.isBlank())) {
				return Reading.refused(("Row %d of the selected file has more than one column: "
						+ "the file must have one column of council names")
					.formatted(rowNumber));
			}
			String name = cells.get(0).strip();
			if (name.isEmpty()) {
				return Reading.refused("Row %d of the selected file is blank: remove blank rows".formatted(rowNumber));
			}
			if (CsvCells.looksLikeFormula(name)) {
				return Reading.refused(("Row %d of the selected file starts with \"%s\", which a spreadsheet runs as "
						+ "a formula: enter the council's name only")
					.formatted(rowNumber, name.substring(0, 1)));
			}
			if (name.length() > LONGEST_NAME) {
				return Reading.refused("Row %d of the selected file must be %d characters or fewer".formatted(rowNumber,
						LONGEST_NAME));
			}
			read.add(name);
		}
		if (read.isEmpty()) {
			return Reading.refused("The selected file has no council names under its heading");
		}
		return new Reading(List.copyOf(read), null);
	}

	private static boolean isHeading(String line) {
		String lower = line.toLowerCase(Locale.ROOT);
		return lower.contains("name") || lower.contains("partner") || lower.contains("local_authority")
				|| lower.contains("local authority");
	}

	/**
	 * The names read from a file, or why it was refused.
	 *
	 * @param problem {@code null} when the file was read
	 */
	public record Reading(List<String> names, String problem) {

		static Reading refused(String problem) {
			return new Reading(List.of(), problem);
		}

		public boolean isRefused() {
			return this.problem != null;
		}

	}

}
