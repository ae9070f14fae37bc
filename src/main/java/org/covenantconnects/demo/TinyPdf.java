package org.covenantconnects.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a small, valid one-page PDF of a few lines of text, for demo documents: the
 * header, five objects (catalogue, pages, page, font, contents), the cross-reference
 * table with each object's offset, and the trailer.
 */
public final class TinyPdf {

	private TinyPdf() {
	}

	/** A one-page PDF with the title in large type and the lines under it. */
	public static byte[] of(String title, List<String> lines) {
		StringBuilder text = new StringBuilder("BT /F1 20 Tf 72 760 Td (").append(escape(title)).append(") Tj ET\n");
		int y = 720;
		for (String line : lines) {
			text.append("BT /F1 12 Tf 72 ").append(y).append(" Td (").append(escape(line)).append(") Tj ET\n");
			y -= 18;
		}
		byte[] stream = text.toString().getBytes(StandardCharsets.ISO_8859_1);
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
						+ "/Contents 5 0 R >>",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", "<< /Length " + stream.length
						+ " >>\nstream\n" + new String(stream, StandardCharsets.ISO_8859_1) + "endstream");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(out, "%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(out.size());
			write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
		}
		int xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 ").append(objects.size() + 1)
			.append("\n0000000000 65535 f \n");
		offsets.forEach((offset) -> table.append(String.format("%010d 00000 n \n", offset)));
		table.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		write(out, table.toString());
		return out.toByteArray();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replaceAll("[^\\x20-\\x7e]", "?");
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}

}
