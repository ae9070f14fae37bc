package org.covenantconnects.event;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Role;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Atom feeds of public events, parsed back with the JDK's XML parser and checked for
 * what RFC 4287 requires of a feed and each entry: a region's feed carries its public
 * events to come (a cancelled one marked so), not another region's, not one for staff
 * only, not one that has ended, and never an online event's joining link; linked from the
 * events page and the open data page.
 */
@ConnectsTest
@AutoConfigureMockMvc
class EventFeedTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Events events;

	@Test
	void aRegionsFeedIsValidAtomWithItsPublicEventsToComeAndNoJoiningLink() throws Exception {
		AccountId coordinator = this.fixtures.staff(Role.COORDINATOR).id();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String joiningLink = "https://meet.example/secret-" + unique;
		Event inPerson = this.events.create(event("Careers in nursing & <care> " + unique, false, Fixtures.NORTH_WEST,
				List.of(Audience.CARE_LEAVERS), 5), coordinator);
		Event online = this.events.create(
				event("Online awareness session " + unique, true, Fixtures.NORTH_WEST, List.of(Audience.SUPPORTERS), 6),
				coordinator);
		this.events.create(
				event("London workshop " + unique, false, Fixtures.LONDON, List.of(Audience.CARE_LEAVERS), 5),
				coordinator);
		this.events.create(event("Team away day " + unique, false, Fixtures.NORTH_WEST, List.of(Audience.STAFF), 5),
				coordinator);
		Event cancelled = this.events.create(
				event("Cancelled session " + unique, false, Fixtures.NORTH_WEST, List.of(Audience.CARE_LEAVERS), 7),
				coordinator);
		this.events.cancel(cancelled.id());
		this.events.create(
				event("Ended session " + unique, false, Fixtures.NORTH_WEST, List.of(Audience.CARE_LEAVERS), -3),
				coordinator);

		byte[] body = this.mvc.perform(get("/events/regions/north-west/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/atom+xml")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(joiningLink);
		Element feed = parse(body).getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(only(feed, "id")).startsWith("http").endsWith("/events/regions/north-west/feed.atom");
		assertThat(only(feed, "title")).isEqualTo("Events in the North West – Covenant Connects");
		OffsetDateTime.parse(only(feed, "updated"));
		assertThat(only(child(feed, "author"), "name")).isEqualTo("Care Leaver Covenant");
		assertThat(link(feed, "self")).endsWith("/events/regions/north-west/feed.atom");
		assertThat(link(feed, "alternate")).endsWith("/events?region=north-west");

		List<String> titles = new ArrayList<>();
		for (Element entry : children(feed, "entry")) {
			String id = only(entry, "id");
			assertThat(id).contains("/events/");
			OffsetDateTime.parse(only(entry, "updated"));
			OffsetDateTime.parse(only(entry, "published"));
			assertThat(only(entry, "summary")).isNotBlank();
			assertThat(link(entry, "alternate")).isEqualTo(id);
			titles.add(only(entry, "title"));
			if (id.endsWith("/events/" + inPerson.id())) {
				assertThat(only(entry, "summary")).contains("(UK time)", "Manchester Central Library");
				assertThat(children(entry, "category")).extracting((c) -> c.getAttribute("term"))
					.contains("Career-path session", "Care leavers");
			}
			if (id.endsWith("/events/" + online.id())) {
				assertThat(only(entry, "summary")).contains("Online");
			}
		}
		assertThat(titles)
			.contains("Careers in nursing & <care> " + unique, "Online awareness session " + unique,
					"Cancelled: Cancelled session " + unique)
			.doesNotContain("London workshop " + unique, "Team away day " + unique, "Ended session " + unique);
		assertThat(titles.indexOf("Careers in nursing & <care> " + unique)).as("soonest first")
			.isLessThan(titles.indexOf("Online awareness session " + unique));

		Element everyRegion = parse(this.mvc.perform(get("/events/feed.atom"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).getDocumentElement();
		assertThat(children(everyRegion, "entry")).extracting((entry) -> only(entry, "title"))
			.contains("London workshop " + unique, "Careers in nursing & <care> " + unique)
			.doesNotContain("Team away day " + unique);
		this.mvc.perform(get("/events/regions/atlantis/feed.atom")).andExpect(status().isNotFound());
	}

	@Test
	void theEventsPageAndTheOpenDataPageLinkToTheFeeds() throws Exception {
		this.mvc.perform(get("/events").param("region", "london"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/events/regions/london/feed.atom\"")))
			.andExpect(content().string(containsString("href=\"/events/regions/north-west/feed.atom\"")));
		this.mvc.perform(get("/open-data"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/events/feed.atom\"")));
	}

	private static EventDetails event(String title, boolean online, org.covenantconnects.places.RegionCode region,
			List<Audience> audiences, int inDays) {
		Instant start = EventTimes.instant(LocalDate.now(EventTimes.UK).plusDays(inDays), LocalTime.of(18, 0));
		return new EventDetails(title, "People who work there talk about how they started.",
				EventKind.CAREER_PATH_SESSION, audiences, start, start.plus(Duration.ofHours(2)), online,
				online ? null : "Manchester Central Library", online ? null : "St Peter's Square, Manchester M2 5PD",
				online ? "https://meet.example/secret-" + title.substring(title.length() - 8) : null, region, 10, null,
				false);
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
