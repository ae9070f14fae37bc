package org.covenantconnects.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A termly report: the goals and KPIs as of the term's end with their months, the
 * highlights, and the coordinator's narrative. A report being prepared has no id; an
 * issued one is kept exactly as it was issued, its wording included (ADR 040).
 *
 * @param id {@code null} until issued
 * @param version 0 until issued, then 1, 2 and so on for the term
 * @param asOf the day its figures are as of: the term's last day, or today if the term
 * has not ended
 * @param issuedBy the name of the coordinator who issued it ({@code null} until issued,
 * or once their account is erased)
 */
public record TermlyReport(@Nullable UUID id, Term term, int version, LocalDate asOf, String narrative,
		String statusRule, @Nullable String issuedBy, @Nullable Instant issuedAt, List<Figure> figures,
		List<Delivered> signatories, List<Approach> councils, List<Approach> institutions) {

	public TermlyReport {
		figures = List.copyOf(figures);
		signatories = List.copyOf(signatories);
		councils = List.copyOf(councils);
		institutions = List.copyOf(institutions);
	}

	public boolean issued() {
		return this.id != null;
	}

	/** Whether its figures stop before the term's last day, the term not having ended. */
	public boolean beforeTermEnd() {
		return this.asOf.isBefore(this.term.lastDay());
	}

	public List<Figure> goals() {
		return this.figures.stream().filter(Figure::goal).toList();
	}

	public List<Figure> kpis() {
		return this.figures.stream().filter((f) -> !f.goal()).toList();
	}

	/** The narrative's paragraphs, as blank lines divide them. */
	public List<String> paragraphs() {
		return java.util.Arrays.stream(this.narrative.split("\\R\\s*\\R"))
			.map(String::strip)
			.filter((p) -> !p.isEmpty())
			.toList();
	}

	/** Such as "Spring term 2027, version 2". */
	public String title() {
		return this.term.label() + (issued() ? ", version " + this.version : "");
	}

	/**
	 * One goal's or KPI's figure, worded as it was when the report was made.
	 *
	 * @param measure the measure's code, such as {@code SIGNATORIES}
	 * @param cadence a KPI's cadence in words, such as "Monthly"; {@code null} for a goal
	 */
	public record Figure(String measure, boolean goal, String title, String shortTitle, String definition,
			@Nullable String cadence, @Nullable Long figure, @Nullable String note, int target, long expected,
			Status status, List<Month> months) {

		public Figure {
			months = List.copyOf(months);
		}

	}

	/** A figure at a month's end ({@code null} after the day or when not recorded). */
	public record Month(YearMonth month, @Nullable Long figure, long trajectory) {

		public String name() {
			return FiscalYear.monthName(this.month);
		}

		public String shortName() {
			return FiscalYear.shortMonthName(this.month);
		}

	}

	/** Take-ups a signatory delivered in the term, and in the year to the term's end. */
	public record Delivered(String organisation, long inTerm, long inYear) {

	}

	/**
	 * Where a council is with the Whole Council Approach (parts in place of five) or an
	 * institution with the Whole Institution Approach (pillars met of three).
	 *
	 * @param progress in words, such as "Parts 1, 2 and 3 in place"
	 */
	public record Approach(String organisation, long done, String progress, boolean embedded) {

	}

}
