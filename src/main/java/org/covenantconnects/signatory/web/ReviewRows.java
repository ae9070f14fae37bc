package org.covenantconnects.signatory.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.covenantconnects.platform.SummaryRow;
import org.covenantconnects.signatory.Sector;
import org.covenantconnects.signatory.Size;
import org.covenantconnects.signatory.internal.Signatory;

/**
 * An organisation's answers as summary list rows, for checking before submission and for
 * review.
 */
final class ReviewRows {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private ReviewRows() {
	}

	static List<SummaryRow> of(Signatory s, boolean forCoordinator) {
		List<SummaryRow> rows = new ArrayList<>();
		rows.add(SummaryRow.of("Organisation", s.name));
		rows.add(SummaryRow.of("Sector", s.sector.label()));
		rows.add(SummaryRow.of("Size", s.size.label()));
		rows.add(SummaryRow.of("Website", (s.website != null) ? s.website : "Not given"));
		rows.add(SummaryRow.of("Where", s.national ? "Across England" : s.regions.size() + " region(s)"));
		rows.add(SummaryRow.of("What it could offer", s.couldOffer));
		String change = forCoordinator ? null : "/organisation/statement-of-intent";
		rows.add(new SummaryRow("Statement of intent signed by",
				(s.intentLeaderName != null) ? s.intentLeaderName + ", " + s.intentLeaderRole : "Not yet", change,
				"who signed the statement of intent"));
		rows.add(new SummaryRow("Date signed", (s.intentSignedOn != null) ? DATE.format(s.intentSignedOn) : "Not yet",
				change, "the date the statement was signed"));
		String proforma = forCoordinator ? null : "/organisation/proforma";
		rows.add(new SummaryRow("The offer", (s.proformaOffer != null) ? s.proformaOffer : "Not yet", proforma,
				"the offer"));
		rows.add(new SummaryRow("First opportunities",
				(s.proformaFirstOpportunities != null) ? s.proformaFirstOpportunities : "Not yet", proforma,
				"the first opportunities"));
		rows.add(
				new SummaryRow("Contact phone", (s.proformaContactPhone != null) ? s.proformaContactPhone : "Not given",
						proforma, "the contact phone"));
		return rows;
	}

}
