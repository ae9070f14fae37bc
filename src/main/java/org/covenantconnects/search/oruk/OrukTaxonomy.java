package org.covenantconnects.search.oruk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;

/**
 * The service's own two taxonomies, so that Open Referral readers can filter: the six
 * categories care leavers browse by, and the kinds of opportunity. Each taxonomy and term
 * has a fixed id made from its name, the same on every instance and every day.
 */
final class OrukTaxonomy {

	static final String CATEGORIES = "categories";

	static final String TYPES = "types";

	private OrukTaxonomy() {
	}

	/** A fixed UUID (name-based) for something the service names but does not number. */
	static String fixedId(String name) {
		return UUID.nameUUIDFromBytes(("covenant-connects:" + name).getBytes(StandardCharsets.UTF_8)).toString();
	}

	static List<OrukJson.Taxonomy> taxonomies(String baseUrl) {
		return List.of(
				new OrukJson.Taxonomy(fixedId("taxonomy:" + CATEGORIES), "Covenant Connects categories",
						"The six categories care leavers browse opportunities by", baseUrl + "/opportunities", "1"),
				new OrukJson.Taxonomy(fixedId("taxonomy:" + TYPES), "Covenant Connects opportunity types",
						"The kinds of opportunity: jobs, apprenticeships, discounts and others",
						baseUrl + "/opportunities", "1"));
	}

	static OrukJson.TaxonomyTerm term(Category category) {
		return new OrukJson.TaxonomyTerm(fixedId("category:" + category.name()), category.name(), category.label(),
				category.label(), fixedId("taxonomy:" + CATEGORIES), "Covenant Connects categories");
	}

	static OrukJson.TaxonomyTerm term(OpportunityType type) {
		return new OrukJson.TaxonomyTerm(fixedId("type:" + type.name()), type.name(), type.label(), type.label(),
				fixedId("taxonomy:" + TYPES), "Covenant Connects opportunity types");
	}

	static List<OrukJson.TaxonomyTerm> terms() {
		List<OrukJson.TaxonomyTerm> terms = new ArrayList<>();
		for (Category category : Category.values()) {
			terms.add(term(category));
		}
		for (OpportunityType type : OpportunityType.values()) {
			terms.add(term(type));
		}
		return terms;
	}

	/** The category whose term has this id. */
	static Optional<Category> category(String termId) {
		for (Category category : Category.values()) {
			if (term(category).id().equals(termId)) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}

	/** The kind of opportunity whose term has this id. */
	static Optional<OpportunityType> type(String termId) {
		for (OpportunityType type : OpportunityType.values()) {
			if (term(type).id().equals(termId)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
