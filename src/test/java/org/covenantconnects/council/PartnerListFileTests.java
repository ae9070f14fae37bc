package org.covenantconnects.council;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.covenantconnects.platform.CsvCells;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a published partner list: good files read, bad files refused whole. */
class PartnerListFileTests {

	@Test
	void aListWithAHeadingAQuotedNameAndAFinalLineBreakIsRead() {
		PartnerListFile.Reading reading = read(
				"partner_name_as_published\r\nLeeds\r\n\"Bournemouth, Christchurch and Poole\"\r\n");
		assertThat(reading.problem()).isNull();
		assertThat(reading.names()).containsExactly("Leeds", "Bournemouth, Christchurch and Poole");
	}

	@Test
	void badFilesAreRefusedWithTheReason() {
		assertThat(PartnerListFile.read(new byte[0]).problem()).isEqualTo("The selected file is empty");
		assertThat(read("\n\n").problem()).isEqualTo("The selected file is empty");
		assertThat(read("partner_name\n").problem())
			.isEqualTo("The selected file has no council names under its heading");
		assertThat(read("name\nLeeds\n\nKent\n").problem())
			.isEqualTo("Row 3 of the selected file is blank: remove blank rows");
		assertThat(read("name;region\nLeeds;Yorkshire\n").problem())
			.startsWith("Row 1 of the selected file has a semicolon");
		assertThat(read("name\nLeeds,Yorkshire\n").problem())
			.startsWith("Row 2 of the selected file has more than one column");
		assertThat(read("name\n=HYPERLINK(\"http://x.example\")\n").problem())
			.startsWith("Row 2 of the selected file starts with \"=\", which a spreadsheet runs as a formula");
		assertThat(read("name\n@SUM(A1)\n").problem()).contains("formula");
		assertThat(read("name\n\"Leeds\n").problem()).contains("quotation mark that is not closed");
		byte[] withMark = ("\uFEFFname\nLeeds\n").getBytes(StandardCharsets.UTF_8);
		assertThat(PartnerListFile.read(withMark).names()).containsExactly("Leeds");
		assertThat(PartnerListFile.read("name\nLeeds\n".getBytes(StandardCharsets.UTF_16)).problem())
			.contains("UTF-16");
		assertThat(PartnerListFile.read("name\nSaint-Étienne\n".getBytes(StandardCharsets.ISO_8859_1)).problem())
			.isEqualTo("The selected file must be saved as UTF-8 text (CSV UTF-8)");
		String many = "name\n" + "Leeds\n".repeat(100_000);
		assertThat(read(many).problem()).isEqualTo("The selected file must have 1,000 names or fewer: it has 100,000");
	}

	@Test
	void theCsvReportWritesFormulasAsText() {
		assertThat(CsvCells.row(List.of("=1+2", "+44", "-3", "@SUM(A1)", "Leeds", "a,b", "say \"hi\"")))
			.isEqualTo("\"'=1+2\",\"'+44\",\"'-3\",\"'@SUM(A1)\",Leeds,\"a,b\",\"say \"\"hi\"\"\"\r\n");
	}

	private static PartnerListFile.Reading read(String text) {
		return PartnerListFile.read(text.getBytes(StandardCharsets.UTF_8));
	}

}
