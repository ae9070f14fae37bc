package org.covenantconnects.resource;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Whether an uploaded file is a PDF, by what it holds and never by its name or the type
 * the browser claims: it starts with the PDF header ({@code %PDF-1.x} or
 * {@code %PDF-2.x}), has at least one object and a cross-reference ({@code startxref}),
 * and ends with the end-of-file marker {@code %%EOF} (whitespace after it allowed).
 */
public final class PdfFile {

	/** The largest file accepted: 10 MB. */
	public static final int LARGEST = 10 * 1024 * 1024;

	static final String EMPTY = "The selected file is empty";

	static final String TOO_LARGE = "The selected file must be 10 MB or smaller";

	static final String NOT_PDF = "The selected file must be a PDF";

	static final String INCOMPLETE = "The selected file is not a complete PDF: save it as a PDF again and upload it";

	private PdfFile() {
	}

	/**
	 * What is wrong with the file, in words for the person who uploaded it, if anything.
	 */
	public static Optional<String> problemWith(byte[] content) {
		if (content.length == 0) {
			return Optional.of(EMPTY);
		}
		if (content.length > LARGEST) {
			return Optional.of(TOO_LARGE);
		}
		if (!hasHeader(content)) {
			return Optional.of(NOT_PDF);
		}
		if (!endsWithEndOfFile(content) || !contains(content, " obj") || !contains(tail(content, 2048), "startxref")) {
			return Optional.of(INCOMPLETE);
		}
		return Optional.empty();
	}

	private static boolean hasHeader(byte[] content) {
		if (content.length < 8) {
			return false;
		}
		String head = new String(content, 0, 8, StandardCharsets.ISO_8859_1);
		return head.matches("%PDF-[12]\\.\\d");
	}

	private static boolean endsWithEndOfFile(byte[] content) {
		int end = content.length;
		while (end > 0 && isWhitespace(content[end - 1])) {
			end--;
		}
		byte[] marker = "%%EOF".getBytes(StandardCharsets.ISO_8859_1);
		if (end < marker.length) {
			return false;
		}
		for (int i = 0; i < marker.length; i++) {
			if (content[end - marker.length + i] != marker[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isWhitespace(byte b) {
		return b == ' ' || b == '\r' || b == '\n' || b == '\t' || b == 0;
	}

	private static byte[] tail(byte[] content, int length) {
		int from = Math.max(0, content.length - length);
		byte[] tail = new byte[content.length - from];
		System.arraycopy(content, from, tail, 0, tail.length);
		return tail;
	}

	private static boolean contains(byte[] content, String text) {
		byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
		outer: for (int i = 0; i <= content.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (content[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
