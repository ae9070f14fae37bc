package org.covenantconnects.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Open Referral UK API against the real database, every answer validated with a JSON
 * Schema validator against {@code oruk/oruk-v3.schema.json}. No package (npm or Maven)
 * carries the official Open Referral UK schemas, so that schema was written for this
 * service from the published version 3 specification's field list: the standard's field
 * names, types and required fields, and nothing else allowed (ADR 049).
 */
@ConnectsTest
@AutoConfigureMockMvc
class OpenReferralApiTests {

	private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

	private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
		.formatAssertionsEnabled(true)
		.build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Test
	void aPublishedOpportunityIsAServiceWithItsOrganisationAreasAgesAndTerms() throws Exception {
		Fixtures.Organisation organisation = this.fixtures.organisation("Open Data Joinery");
		String word = "joinery" + UUID.randomUUID().toString().substring(0, 6);
		OpportunityId regional = this.fixtures.publish(organisation.id(),
				Fixtures.opportunity("Apprentice carpenter, " + word)
					.in(Category.EDUCATION_AND_TRAINING)
					.inRegions(Fixtures.NORTH_WEST, Fixtures.LONDON)
					.forAges(18, 24),
				Instant.now());
		OpportunityId forCouncil = this.fixtures.publish(organisation.id(),
				Fixtures.opportunity("Tool discount, " + word)
					.ofType(OpportunityType.DISCOUNT)
					.forCouncils(Fixtures.MANCHESTER),
				Instant.now());

		String service = valid("service", "/api/oruk/services/" + regional);
		assertThat(service).doesNotContain(organisation.member().getUsername());
		this.mvc.perform(get("/api/oruk/services/" + regional))
			.andExpect(header().string("Cache-Control", containsString("max-age=300")))
			.andExpect(jsonPath("$.status").value("active"))
			.andExpect(jsonPath("$.minimum_age").value(18))
			.andExpect(jsonPath("$.maximum_age").value(24))
			.andExpect(jsonPath("$.url").value(endsWith("/opportunities/" + regional)))
			.andExpect(jsonPath("$.organization.id").value(organisation.id().value().toString()))
			.andExpect(jsonPath("$.organization.name").value(organisation.name()))
			.andExpect(jsonPath("$.service_areas[*].name").value(hasItem("North West")))
			.andExpect(jsonPath("$.service_areas[*].uri")
				.value(hasItem("http://statistics.data.gov.uk/id/statistical-geography/E12000002")))
			.andExpect(jsonPath("$.attributes[*].taxonomy_term.code").value(hasItem("EDUCATION_AND_TRAINING")))
			.andExpect(jsonPath("$.attributes[*].taxonomy_term.code").value(hasItem("APPRENTICESHIP")));
		valid("service", "/api/oruk/services/" + forCouncil);
		this.mvc.perform(get("/api/oruk/services/" + forCouncil))
			.andExpect(jsonPath("$.service_areas[0].name").value("Manchester"));

		String education = termId("EDUCATION_AND_TRAINING");
		valid("service_page", "/api/oruk/services?search=" + word + "&taxonomy_term_id=" + education);
		this.mvc.perform(get("/api/oruk/services").param("search", word).param("taxonomy_term_id", education))
			.andExpect(jsonPath("$.total_items").value(1))
			.andExpect(jsonPath("$.contents[0].id").value(regional.toString()))
			.andExpect(jsonPath("$.page_number").value(1))
			.andExpect(jsonPath("$.first_page").value(true))
			.andExpect(jsonPath("$.last_page").value(true));
		this.mvc.perform(get("/api/oruk/services").param("search", word)).andExpect(jsonPath("$.total_items").value(2));

		valid("service_page", "/api/oruk/services?per_page=3&page=2");
		this.mvc.perform(get("/api/oruk/services").param("per_page", "3"))
			.andExpect(jsonPath("$.size").value(lessThanOrEqualTo(3)));
	}

	@Test
	void servicesAreFilteredByTheirMinimumAndMaximumAges() throws Exception {
		Fixtures.Organisation organisation = this.fixtures.organisation("Open Data Ages Trust");
		String word = "ages" + UUID.randomUUID().toString().substring(0, 6);
		OpportunityId allAges = this.fixtures.publish(organisation.id(),
				Fixtures.opportunity("Driving lessons, " + word).forAges(16, 25), Instant.now());
		OpportunityId eighteenToTwentyOne = this.fixtures.publish(organisation.id(),
				Fixtures.opportunity("Tenancy course, " + word).forAges(18, 21), Instant.now());
		OpportunityId olderOnly = this.fixtures.publish(organisation.id(),
				Fixtures.opportunity("Graduate scheme, " + word).forAges(21, 30), Instant.now());

		assertThat(ids("search=" + word + "&minimum_age=18")).containsExactlyInAnyOrder(eighteenToTwentyOne.toString(),
				olderOnly.toString());
		assertThat(ids("search=" + word + "&maximum_age=25")).containsExactlyInAnyOrder(allAges.toString(),
				eighteenToTwentyOne.toString());
		assertThat(ids("search=" + word + "&minimum_age=18&maximum_age=25"))
			.containsExactly(eighteenToTwentyOne.toString());
		assertThat(ids("search=" + word + "&minimum_age=16&maximum_age=30")).hasSize(3);
		// Ages are whole years: at least 17.5 is 18 or more, at most 21.9 is 21 or less.
		assertThat(ids("search=" + word + "&minimum_age=17.5&maximum_age=21.9"))
			.containsExactly(eighteenToTwentyOne.toString());
		assertThat(ids("search=" + word + "&minimum_age=22")).isEmpty();
		// Without words, from the copy of the published opportunities in memory as well.
		assertThat(ids("minimum_age=21&maximum_age=30&per_page=100")).contains(olderOnly.toString())
			.doesNotContain(allAges.toString(), eighteenToTwentyOne.toString());
		this.mvc.perform(get("/api/oruk/services").param("search", word).param("maximum_age", "21"))
			.andExpect(jsonPath("$.total_items").value(1))
			.andExpect(jsonPath("$.contents[0].minimum_age").value(18))
			.andExpect(jsonPath("$.contents[0].maximum_age").value(21));
	}

	@Test
	void organisationsAreTheSignatoriesWithTheirOpenServices() throws Exception {
		Fixtures.Organisation organisation = this.fixtures.organisation("Open Data Garden Centre");
		OpportunityId job = this.fixtures.publish(organisation.id(), Fixtures.opportunity("Garden centre assistant"),
				Instant.now());

		valid("organization_page", "/api/oruk/organizations?per_page=5");
		String one = valid("organization", "/api/oruk/organizations/" + organisation.id().value());
		assertThat(one).doesNotContain(organisation.member().getUsername());
		this.mvc.perform(get("/api/oruk/organizations/" + organisation.id().value()))
			.andExpect(jsonPath("$.name").value(organisation.name()))
			.andExpect(jsonPath("$.services[*].id").value(hasItem(job.toString())));
	}

	@Test
	void theApiSaysItsVersionAndListsItsTaxonomies() throws Exception {
		valid("api_info", "/api/oruk/");
		valid("api_info", "/api/oruk");
		this.mvc.perform(get("/api/oruk/")).andExpect(jsonPath("$.version").value("3.0"));
		valid("taxonomy_page", "/api/oruk/taxonomies");
		valid("taxonomy_term_page", "/api/oruk/taxonomy_terms");
	}

	@Test
	void badQueriesAndUnknownIdsAreProblemDetails() throws Exception {
		this.mvc.perform(get("/api/oruk/services").param("page", "0").param("per_page", "500"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors.length()").value(2));
		this.mvc.perform(get("/api/oruk/services").param("taxonomy_term_id", "not-a-term"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid query"));
		this.mvc.perform(get("/api/oruk/services").param("minimum_age", "eighteen").param("maximum_age", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0]").value(containsString("minimum_age")))
			.andExpect(jsonPath("$.errors[1]").value(containsString("maximum_age")));
		this.mvc.perform(get("/api/oruk/services").param("minimum_age", "1E-999999999"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/oruk/services").param("minimum_age", "24").param("maximum_age", "18"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0]").value("minimum_age must not be more than maximum_age"));
		this.mvc.perform(get("/api/oruk/services/not-an-id"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		this.mvc.perform(get("/api/oruk/services/" + UUID.randomUUID())).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/oruk/organizations/" + UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void theSchemaRefusesAServiceWithoutItsRequiredFieldsOrWithOthers() {
		assertThat(
				schema("service").validate("{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"A\"}", InputFormat.JSON))
			.isNotEmpty();
		assertThat(schema("service").validate("{\"id\":\"" + UUID.randomUUID()
				+ "\",\"name\":\"A\",\"status\":\"active\",\"url\":\"https://example.com\",\"staff_email\":\"x@example.com\"}",
				InputFormat.JSON))
			.isNotEmpty();
		assertThat(
				schema("service").validate(
						"{\"id\":\"" + UUID.randomUUID()
								+ "\",\"name\":\"A\",\"status\":\"active\",\"url\":\"https://example.com\"}",
						InputFormat.JSON))
			.isEmpty();
	}

	/**
	 * The answer of a GET, after checking it is valid against the schema's definition.
	 */
	private String valid(String definition, String path) throws Exception {
		String body = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/json")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Set<ValidationMessage> problems = schema(definition).validate(body, InputFormat.JSON);
		assertThat(problems).as(path + " as " + definition + ": " + body).isEmpty();
		return body;
	}

	/**
	 * The ids of the services a query lists, after checking the page is valid against the
	 * schema.
	 */
	private List<String> ids(String query) throws Exception {
		String body = valid("service_page", "/api/oruk/services?" + query);
		return JsonPath.read(body, "$.contents[*].id");
	}

	private String termId(String code) throws Exception {
		String terms = this.mvc.perform(get("/api/oruk/taxonomy_terms")).andReturn().getResponse().getContentAsString();
		int at = terms.indexOf("\"code\":\"" + code + "\"");
		int id = terms.lastIndexOf("\"id\":\"", at);
		return terms.substring(id + 6, terms.indexOf('"', id + 6));
	}

	private static JsonSchema schema(String definition) {
		return SCHEMAS.getSchema(SchemaLocation.of("classpath:oruk/oruk-v3.schema.json#/$defs/" + definition), CONFIG);
	}

}
