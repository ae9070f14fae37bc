package org.covenantconnects.platform;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV cells that a spreadsheet opens as text: a cell that would start a formula
 * gets a leading apostrophe, and cells with commas, quotes or line breaks are quoted.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/** Whether a spreadsheet would read the text as a formula. */
	public static boolean looksLikeFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
	}

	/** One cell, safe to open in a spreadsheet. */
	public static String cell(String text) {
		String value = (text != null) ? text : "";
		if (looksLikeFormula(value)) {
			value = "'" + value;
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
				|| value.contains("'")) {
			value = "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	/** One row, ended by CRLF. */
	public static String row(List<String> cells) {
		return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
	}

}
