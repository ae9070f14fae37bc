package org.covenantconnects.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uploaded CSV file as lines of text: UTF-8, with or without a byte order mark,
 * at most {@link #LARGEST} bytes. A file that is not text of that kind is refused whole,
 * with the problem in words for the page, so nothing is read from it. What the lines must
 * hold is for each import to say; {@link #cells(String)} splits one line into its cells.
 */
public final class CsvFile {

	/** The largest file read, in bytes. */
	public static final int LARGEST = 1024 * 1024;

	private CsvFile() {
	}

	/**
	 * The lines of a file, without a last empty line, or the problem that refuses it. A
	 * file with only blank lines is refused as empty.
	 */
	public static Lines lines(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return Lines.refused("The selected file is empty");
		}
		if (bytes.length > LARGEST) {
			return Lines.refused("The selected file must be smaller than 1 MB");
		}
		if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
			return Lines.refused("The selected file must be saved as UTF-8 text: this one is UTF-16");
		}
		// Spreadsheets saving "CSV UTF-8" start the file with a byte order mark: it is
		// not part of the first heading.
		int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return Lines.refused("The selected file must be saved as UTF-8 text (CSV UTF-8)");
		}
		if (text.indexOf('\u0000') >= 0) {
			return Lines.refused("The selected file must be a CSV file");
		}
		List<String> lines = new ArrayList<>(List.of(text.split("\\r\\n|\\n|\\r", -1)));
		if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		if (lines.stream().allMatch(String::isBlank)) {
			return Lines.refused("The selected file is empty");
		}
		return new Lines(List.copyOf(lines), null);
	}

	/**
	 * The cells of one line, split at commas outside double quotes, a doubled quote read
	 * as one; {@code null} when a quoted cell is not closed.
	 */
	public static List<String> cells(String line) {
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
	 * The lines read from a file, or why it was refused.
	 *
	 * @param problem {@code null} when the file was read
	 */
	public record Lines(List<String> lines, String problem) {

		static Lines refused(String problem) {
			return new Lines(List.of(), problem);
		}

		public boolean isRefused() {
			return this.problem != null;
		}

	}

}
