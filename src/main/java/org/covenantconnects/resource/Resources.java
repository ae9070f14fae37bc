package org.covenantconnects.resource;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.resource.internal.ResourceRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * The documents for partners: publishing one, replacing it with a newer version (the
 * older is kept, marked superseded, and no longer listed publicly), the lists, and a
 * version's content to download. Every file is checked to be a PDF of at most 10 MB first
 * ({@link PdfFile}).
 */
@Service
public class Resources {

	/** The longest title kept. */
	public static final int LONGEST_TITLE = 200;

	private final ResourceRepository resources;

	private final Clock clock;

	Resources(ResourceRepository resources, Clock clock) {
		this.resources = resources;
		this.clock = clock;
	}

	/**
	 * Publishes a new document.
	 * @throws NotAPdfException if the content is not a PDF of at most 10 MB
	 */
	@Transactional
	public PartnerResource publish(String title, List<Audience> audiences, LocalDate publishedOn, byte[] content,
			@Nullable AccountId coordinator) {
		return add(UUID.randomUUID(), title, audiences, publishedOn, content, coordinator);
	}

	/**
	 * Publishes a newer version of the document the given version belongs to; the current
	 * version is kept, marked superseded.
	 * @throws NotAPdfException if the content is not a PDF of at most 10 MB
	 * @throws NoSuchResourceException if there is no such version
	 */
	@Transactional
	public PartnerResource publishNewVersion(UUID versionOf, String title, List<Audience> audiences,
			LocalDate publishedOn, byte[] content, @Nullable AccountId coordinator) {
		PartnerResource earlier = this.resources.find(versionOf)
			.orElseThrow(() -> new NoSuchResourceException(versionOf));
		checkPdf(content);
		this.resources.lock(earlier.documentId());
		this.resources.supersede(earlier.documentId(), this.clock.instant());
		return add(earlier.documentId(), title, audiences, publishedOn, content, coordinator);
	}

	/** The current version of every document, the latest dated first. */
	public List<PartnerResource> current() {
		return this.resources.current();
	}

	/** Every version of every document, each document's latest first. */
	public List<PartnerResource> allVersions() {
		return this.resources.all();
	}

	public Optional<PartnerResource> find(UUID id) {
		return this.resources.find(id);
	}

	/** A version's file, to download. */
	public Optional<byte[]> content(UUID id) {
		return this.resources.content(id);
	}

	/** Whether a document with this title (case ignored) was ever published. */
	public boolean anyTitled(String title) {
		return this.resources.anyTitled(title);
	}

	private PartnerResource add(UUID documentId, String title, List<Audience> audiences, LocalDate publishedOn,
			byte[] content, @Nullable AccountId coordinator) {
		Assert.hasText(title, "title must not be empty");
		Assert.isTrue(title.strip().length() <= LONGEST_TITLE, "title is too long");
		Assert.notEmpty(audiences, "a resource is for at least one audience");
		checkPdf(content);
		Instant now = this.clock.instant();
		PartnerResource resource = new PartnerResource(UUID.randomUUID(), documentId, title.strip(),
				audiences.stream().distinct().sorted().toList(), publishedOn, fileName(title, publishedOn),
				content.length, coordinator, now, null);
		this.resources.insert(resource, content);
		return resource;
	}

	private static void checkPdf(byte[] content) {
		PdfFile.problemWith(content).ifPresent((problem) -> {
			throw new NotAPdfException(problem);
		});
	}

	/**
	 * The name a file is downloaded under: its title's letters and digits, with its date,
	 * such as {@code social-value-toolkit-2026-03-01.pdf}. Nothing of the uploaded file's
	 * own name is used.
	 */
	@SuppressFBWarnings(value = "IMPROPER_UNICODE",
			justification = "Folds a title into the letters of a file name; the result is only ever a-z, 0-9 and hyphens")
	static String fileName(String title, LocalDate publishedOn) {
		String base = Normalizer.normalize(title, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (base.length() > 80) {
			base = base.substring(0, 80).replaceAll("-+$", "");
		}
		return (base.isEmpty() ? "resource" : base) + "-" + publishedOn + ".pdf";
	}

	/** The file is not a PDF of at most 10 MB; the message says why, for the uploader. */
	public static class NotAPdfException extends RuntimeException {

		NotAPdfException(String problem) {
			super(problem);
		}

	}

	/** No version of a resource has this id. */
	public static class NoSuchResourceException extends RuntimeException {

		NoSuchResourceException(UUID id) {
			super("No resource " + id);
		}

	}

}
