package org.covenantconnects.council;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a published partner list: UTF-8 text, one column of council names under a
 * heading, one name a row. A file that is not exactly that is refused whole, with the
 * first problem in words for the page, so nothing is read from it and nothing changes.
 */
public final class PartnerListFile {

	/** The most names a list may have. */
	public static final int MOST_ROWS = 1000;

	/** The largest file read, in bytes. */
	public static final int LARGEST = 1024 * 1024;

	/** The longest name read. */
	public static final int LONGEST_NAME = 200;

	private PartnerListFile() {
	}

	/** Reads the names of a file, or the problem that refuses it. */
	public static Reading read(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return Reading.refused("The selected file is empty");
		}
		if (bytes.length > LARGEST) {
			return Reading.refused("The selected file must be smaller than 1 MB");
		}
		if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
			return Reading.refused("The selected file must be saved as UTF-8 text: this one is UTF-16");
		}
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return Reading.refused(
					"The selected file starts with a byte order mark: save it as CSV (comma delimited) without one");
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return Reading.refused("The selected file must be saved as UTF-8 text (CSV UTF-8)");
		}
		if (text.indexOf('\u0000') >= 0) {
			return Reading.refused("The selected file must be a CSV file");
		}
		List<String> lines = new ArrayList<>(List.of(text.split("\\r\\n|\\n|\\r", -1)));
		if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		if (lines.stream().allMatch(String::isBlank)) {
			return Reading.refused("The selected file is empty");
		}
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
			List<String> cells = cells(line);
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

	/** The cells of one row, or {@code null} when a quoted cell is not closed. */
	static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		if (quoted) {
			return null;
		}
		cells.add(cell.toString());
		return cells;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
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
