package org.covenantconnects.opportunity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.SummaryRow;

import org.springframework.stereotype.Component;

/** Words and choices the opportunity pages share. */
@Component
public class OpportunityPages {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Places places;

	OpportunityPages(Places places) {
		this.places = places;
	}

	/** Where an opportunity is available, in words. */
	public String where(OpportunityDetails details) {
		return switch (details.scope()) {
			case NATIONAL -> "Anywhere in England";
			case REGIONS -> details.regions()
				.stream()
				.map((code) -> this.places.region(code).map(Region::name).orElse(code.value()))
				.collect(Collectors.joining(", "));
			case COUNCILS -> details.councils()
				.stream()
				.map((id) -> this.places.localAuthority(id).map(LocalAuthority::name).orElse("?"))
				.collect(Collectors.joining(", "));
		};
	}

	/** What an opportunity only for confirmed young people says about it. */
	public static final String CONFIRMED_ONLY = "Needs confirmation: only for young people whose care experience a "
			+ "personal adviser linked with them, or the Covenant team, has confirmed";

	/** The facts of an opportunity for a summary list; never the access code. */
	public List<SummaryRow> facts(OpportunityDetails details) {
		List<SummaryRow> rows = new ArrayList<>();
		rows.add(SummaryRow.of("Type", details.type().label()));
		rows.add(SummaryRow.of("Category", details.category().label()));
		rows.add(SummaryRow.of("Outcomes",
				details.outcomes().stream().sorted().map(Outcome::label).collect(Collectors.joining("; "))));
		rows.add(SummaryRow.of("Where", where(details)));
		rows.add(SummaryRow.of("Age", details.ageFrom() + " to " + details.ageTo()));
		if (details.confirmedOnly()) {
			rows.add(SummaryRow.of("Care experience", CONFIRMED_ONLY));
		}
		if (details.otherConditions() != null && !details.otherConditions().isBlank()) {
			rows.add(SummaryRow.of("Other conditions", details.otherConditions()));
		}
		rows.add(SummaryRow.of("Places", (details.places() != null) ? String.valueOf(details.places()) : "Unlimited"));
		rows.add(SummaryRow.of("Opens", date(details.opensOn(), "Now")));
		rows.add(SummaryRow.of("Closes", date(details.closesOn(), "No closing date")));
		if (details.startsOn() != null) {
			rows.add(SummaryRow.of("Starts", date(details.startsOn(), "")));
		}
		List<String> help = details.barriers().described();
		rows.add(SummaryRow.of("Help to take part", help.isEmpty() ? "None listed" : String.join("; ", help)));
		if (details.type() == OpportunityType.INTERNSHIP) {
			rows.add(SummaryRow.of("Quality internship", details.isQualityInternship()
					? "Yes: meets all five quality criteria" : "No: does not meet all five quality criteria"));
		}
		return rows;
	}

	static String date(LocalDate date, String otherwise) {
		return (date != null) ? DATE.format(date) : otherwise;
	}

	/** The paragraphs of a description, split at blank lines or line breaks. */
	public static List<String> paragraphs(String text) {
		return Arrays.stream(text.split("\\R")).map(String::trim).filter((line) -> !line.isEmpty()).toList();
	}

	public List<Choice> regionChoices() {
		return this.places.regions().stream().map((r) -> Choice.of(r.code().value(), r.name())).toList();
	}

	public List<Choice> councilChoices() {
		return this.places.localAuthorities()
			.stream()
			.map((c) -> Choice.of(String.valueOf(c.id().value()), c.name()))
			.toList();
	}

	public static <E extends Enum<E>> List<Choice> choices(E[] values, java.util.function.Function<E, String> label) {
		return Arrays.stream(values).map((value) -> Choice.of(value.name(), label.apply(value))).toList();
	}

}
