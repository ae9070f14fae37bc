package org.covenantconnects.search.oruk;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answers of the Open Referral UK API, named as the standard names them (ADR 049).
 * Fields without a value are left out rather than sent as {@code null}.
 */
final class OrukJson {

	private OrukJson() {
	}

	/** What {@code /api/oruk/} says about the API. */
	record ApiInfo(String version, String profile, String openapi_url) {

	}

	/**
	 * One page of a list.
	 *
	 * @param page_number from 1
	 * @param size how many entities this page holds
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Page<T>(long total_items, int total_pages, int page_number, int size, boolean first_page, boolean last_page,
			boolean empty, List<T> contents) {

		static <T> Page<T> of(List<T> contents, long totalItems, int page, int perPage) {
			int totalPages = (int) Math.max(1, (totalItems + perPage - 1) / perPage);
			return new Page<>(totalItems, totalPages, page, contents.size(), page == 1, page >= totalPages,
					contents.isEmpty(), contents);
		}

	}

	/**
	 * A published opportunity as an Open Referral service. In lists the nested parts that
	 * have many rows ({@code service_areas}, {@code attributes}) are left out, as the
	 * standard's list answers have only the service's own fields and its organisation.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Service(String id, String organization_id, String name, String description, String url, String status,
			Integer minimum_age, Integer maximum_age, Instant last_modified, Organization organization,
			List<ServiceArea> service_areas, List<Attribute> attributes) {

	}

	/** A signatory organisation. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Organization(String id, String name, String description, String website, String uri,
			List<Service> services) {

	}

	/** Where a service is available: England, a region or a council's care leavers. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ServiceArea(String id, String service_id, String name, String description, String uri) {

	}

	/** A service's link to a taxonomy term (its category and its type). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Attribute(String id, String link_id, String link_type, String link_entity, String taxonomy_term_id,
			TaxonomyTerm taxonomy_term) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Taxonomy(String id, String name, String description, String uri, String version) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TaxonomyTerm(String id, String code, String name, String description, String taxonomy_id, String taxonomy) {

	}

}
