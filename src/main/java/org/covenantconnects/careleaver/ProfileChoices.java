package org.covenantconnects.careleaver;

import java.util.Arrays;
import java.util.List;

import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.Places;
import org.covenantconnects.platform.Choice;

/**
 * The answers a care leaver chooses from about themselves, as registration asks them and
 * as Your details asks them again.
 */
public final class ProfileChoices {

	private ProfileChoices() {
	}

	/** The regions of England, where they live now. */
	public static List<Choice> regions(Places places) {
		return places.regions().stream().map((region) -> Choice.of(region.code().value(), region.name())).toList();
	}

	/** The types of opportunity they may be interested in. */
	public static List<Choice> types() {
		return Arrays.stream(OpportunityType.values()).map((type) -> Choice.of(type.name(), type.label())).toList();
	}

	/** The kinds of support they may be interested in. */
	public static List<Choice> categories() {
		return Arrays.stream(Category.values())
			.map((category) -> Choice.of(category.name(), category.label()))
			.toList();
	}

	/** What they are doing now, each with its hint. */
	public static List<Choice> situations() {
		return Arrays.stream(Situation.values())
			.map((situation) -> new Choice(situation.name(), situation.label(), situation.hint()))
			.toList();
	}

}
