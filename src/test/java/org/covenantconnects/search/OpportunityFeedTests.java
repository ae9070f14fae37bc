package org.covenantconnects.search;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.signatory.SignatoryId;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Atom feed of new opportunities, parsed back with the JDK's XML parser and checked
 * for what RFC 4287 requires of a feed and of each entry; filtered by region and category
 * as the search page is, and linked from it.
 */
@ConnectsTest
@AutoConfigureMockMvc
class OpportunityFeedTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Test
	void theFeedOfARegionAndCategoryIsValidAtomWithTheNewestOpportunitiesThere() throws Exception {
		SignatoryId organisation = this.fixtures.organisation("Feed Bakery").id();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String northWest = "Baking course in Bolton & Bury <" + unique + ">";
		String london = "Baking course in Camden " + unique;
		String otherCategory = "Flat-sharing advice in Bolton " + unique;
		this.fixtures.publish(organisation,
				Fixtures.opportunity(northWest).in(Category.EDUCATION_AND_TRAINING).inRegions(Fixtures.NORTH_WEST),
				Instant.now());
		this.fixtures.publish(organisation,
				Fixtures.opportunity(london).in(Category.EDUCATION_AND_TRAINING).inRegions(Fixtures.LONDON),
				Instant.now());
		this.fixtures.publish(organisation,
				Fixtures.opportunity(otherCategory)
					.in(Category.INDEPENDENT_LIVING_AND_HOUSING)
					.inRegions(Fixtures.NORTH_WEST),
				Instant.now());

		MvcResult result = this.mvc
			.perform(get("/opportunities/feed.atom").param("region", "north-west")
				.param("category", "EDUCATION_AND_TRAINING"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/atom+xml")))
			.andExpect(header().string("Cache-Control", containsString("max-age=900")))
			.andReturn();
		Element feed = parse(result.getResponse().getContentAsByteArray()).getDocumentElement();

		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(only(feed, "id")).startsWith("http");
		assertThat(only(feed, "title"))
			.isEqualTo("New opportunities in North West: Education and training" + " – Covenant Connects");
		OffsetDateTime.parse(only(feed, "updated"));
		assertThat(only(child(feed, "author"), "name")).isEqualTo("Care Leaver Covenant");
		assertThat(link(feed, "self"))
			.endsWith("/opportunities/feed.atom?region=north-west&category=EDUCATION_AND_TRAINING");
		assertThat(link(feed, "alternate")).contains("/opportunities?region=north-west");

		List<String> titles = new ArrayList<>();
		for (Element entry : children(feed, "entry")) {
			String id = only(entry, "id");
			assertThat(id).contains("/opportunities/");
			assertThat(only(entry, "title")).isNotBlank();
			OffsetDateTime.parse(only(entry, "updated"));
			assertThat(only(entry, "summary")).isNotBlank();
			assertThat(link(entry, "alternate")).isEqualTo(id);
			titles.add(only(entry, "title"));
		}
		assertThat(titles).contains(northWest).doesNotContain(london, otherCategory);
		assertThat(titles.size()).isLessThanOrEqualTo(50);
	}

	@Test
	void theSearchPageLinksToTheFeedOfTheSameSearch() throws Exception {
		this.mvc.perform(get("/opportunities").param("region", "london").param("category", "HEALTH_AND_WELLBEING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/opportunities/feed.atom?region=london&amp;category=HEALTH_AND_WELLBEING\"")))
			.andExpect(content().string(containsString("Follow new opportunities like these in a feed reader")));
	}

	@Test
	void aFilterThatIsNotOneIsAnsweredAsAProblem() throws Exception {
		this.mvc.perform(get("/opportunities/feed.atom").param("region", "atlantis"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		Element feed = parse(this.mvc.perform(get("/opportunities/feed.atom"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).getDocumentElement();
		assertThat(only(feed, "title")).isEqualTo("New opportunities – Covenant Connects");
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	private static Element child(Element parent, String name) {
		List<Element> found = children(parent, name);
		assertThat(found).as(name).hasSize(1);
		return found.get(0);
	}

	private static String only(Element parent, String name) {
		return child(parent, name).getTextContent();
	}

	private static String link(Element parent, String rel) {
		List<Element> links = children(parent, "link").stream()
			.filter((link) -> rel.equals(link.getAttribute("rel")))
			.toList();
		assertThat(links).as("link rel=" + rel).hasSize(1);
		assertThat(links.get(0).getAttribute("type")).isNotBlank();
		return links.get(0).getAttribute("href");
	}

}
