package org.covenantconnects.platform;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An Atom feed (RFC 4287) written as text: the feed's id, title, updated time, author and
 * links to itself and to the page it follows, and one entry for each item with its id,
 * title, updated time, summary and link. Times are in UTC.
 *
 * @param id a permanent address that names the feed
 * @param self where the feed itself is read
 * @param alternate the page of the service that shows the same items
 * @param whenEmpty the feed's updated time when it has no entries
 */
public record AtomFeed(String id, String title, String subtitle, String self, String alternate, String author,
		Instant whenEmpty, List<Entry> entries) {

	public static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	public AtomFeed {
		entries = List.copyOf(entries);
	}

	/**
	 * One item of the feed.
	 *
	 * @param id a permanent address that names the item (its page)
	 * @param published when it first appeared, or {@code null}
	 */
	public record Entry(String id, String title, Instant updated, Instant published, String summary, String link,
			List<String> categories) {

		public Entry {
			categories = List.copyOf(categories);
		}

	}

	/** The newest entry's time, or {@link #whenEmpty} when there is none. */
	public Instant updated() {
		return this.entries.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElse(this.whenEmpty);
	}

	/** The feed as an answer that caches may keep for a quarter of an hour. */
	public ResponseEntity<String> response() {
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(15)).cachePublic())
			.body(write());
	}

	/** The feed as XML. */
	public String write() {
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "feed");
			xml.writeDefaultNamespace(NAMESPACE);
			element(xml, "id", this.id);
			element(xml, "title", this.title);
			if (this.subtitle != null) {
				element(xml, "subtitle", this.subtitle);
			}
			element(xml, "updated", time(updated()));
			xml.writeStartElement(NAMESPACE, "author");
			element(xml, "name", this.author);
			xml.writeEndElement();
			link(xml, "self", ATOM.getType() + "/" + ATOM.getSubtype(), this.self);
			link(xml, "alternate", "text/html", this.alternate);
			for (Entry entry : this.entries) {
				xml.writeStartElement(NAMESPACE, "entry");
				element(xml, "id", entry.id());
				element(xml, "title", entry.title());
				element(xml, "updated", time(entry.updated()));
				if (entry.published() != null) {
					element(xml, "published", time(entry.published()));
				}
				for (String category : entry.categories()) {
					xml.writeEmptyElement(NAMESPACE, "category");
					xml.writeAttribute("term", category);
				}
				link(xml, "alternate", "text/html", entry.link());
				element(xml, "summary", entry.summary());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The feed could not be written", ex);
		}
		return text.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, name);
		xml.writeCharacters((value != null) ? withoutControlCharacters(value) : "");
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement(NAMESPACE, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static String time(Instant at) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}

	/** XML 1.0 cannot carry most control characters; tabs and line ends stay. */
	private static String withoutControlCharacters(String value) {
		return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
	}

}
