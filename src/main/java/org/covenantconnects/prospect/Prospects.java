package org.covenantconnects.prospect;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.covenantconnects.contactlog.ContactKind;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.NewContact;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.prospect.internal.ProspectRepository;
import org.covenantconnects.signatory.InvitationToSign;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.SignatorySummary;
import org.covenantconnects.signatory.SigningInvitations;
import org.covenantconnects.signatory.Stage;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prospects the Covenant team records, and inviting one to sign. The same
 * organisation is never recorded twice: a name that folds to one already recorded (case,
 * punctuation, "Ltd" and the like ignored), a name already in the signing pipeline, or a
 * contact address or website at the domain of a recorded contact's address is refused
 * with what it matched. Addresses at public mail services (gmail.com and the like) do not
 * count as an organisation's domain.
 */
@Service
public class Prospects {

	/**
	 * Mail services anyone can use: an address there says nothing about its organisation.
	 */
	static final Set<String> PUBLIC_MAIL = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
			"hotmail.co.uk", "live.com", "live.co.uk", "msn.com", "yahoo.com", "yahoo.co.uk", "icloud.com", "me.com",
			"aol.com", "btinternet.com", "protonmail.com", "proton.me", "mail.com", "gmx.com", "sky.com",
			"virginmedia.com", "talktalk.net");

	/** Words left out when comparing names: "Acme Ltd" is "Acme". */
	private static final Set<String> IGNORED_WORDS = Set.of("the", "ltd", "limited", "plc", "llp", "cic", "inc", "co");

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final ProspectRepository prospects;

	private final Signatories signatories;

	private final SigningInvitations invitations;

	private final ContactLog contactLog;

	private final Clock clock;

	Prospects(ProspectRepository prospects, Signatories signatories, SigningInvitations invitations,
			ContactLog contactLog, Clock clock) {
		this.prospects = prospects;
		this.signatories = signatories;
		this.invitations = invitations;
		this.contactLog = contactLog;
		this.clock = clock;
	}

	/** Every prospect, the latest recorded first. */
	public List<Prospect> all() {
		return this.prospects.all();
	}

	public Optional<Prospect> find(UUID id) {
		return this.prospects.find(id);
	}

	/**
	 * Why this organisation counts as one already recorded, or empty if it does not.
	 * @param website may be {@code null}
	 */
	public Optional<Duplicate> duplicateOf(String name, String contactEmail, @Nullable String website) {
		String key = nameKey(name);
		Optional<Prospect> sameName = this.prospects.withNameKey(key);
		if (sameName.isPresent()) {
			return Optional
				.of(new Duplicate(sameName.get().name() + " is already recorded as a prospect", sameName.get().id()));
		}
		if (this.signatories.isNameTaken(name.strip())) {
			return Optional.of(new Duplicate(
					"An organisation called " + name.strip() + " is already in the signing pipeline", null));
		}
		List<String> domains = new ArrayList<>();
		String emailDomain = emailDomain(contactEmail);
		if (emailDomain != null) {
			domains.add(emailDomain);
		}
		String websiteDomain = websiteDomain(website);
		if (websiteDomain != null && !websiteDomain.equals(emailDomain)) {
			domains.add(websiteDomain);
		}
		return this.prospects.withEmailDomain(domains)
			.map((other) -> new Duplicate(other.name() + " is already recorded as a prospect with a contact at "
					+ emailDomain(other.contactEmail()), other.id()));
	}

	/**
	 * Records a prospect.
	 * @throws DuplicateProspectException if it counts as one already recorded
	 */
	@Transactional
	public Prospect record(NewProspect prospect, AccountId coordinator) {
		Optional<Duplicate> duplicate = duplicateOf(prospect.name(), prospect.contactEmail(), prospect.website());
		if (duplicate.isPresent()) {
			throw new DuplicateProspectException(duplicate.get());
		}
		Prospect recorded = new Prospect(UUID.randomUUID(), prospect.name().strip(), blankToNull(prospect.website()),
				prospect.sector(), prospect.region(), prospect.contactName().strip(), prospect.contactEmail().strip(),
				prospect.recommendedByCouncil(),
				(prospect.recommendedByCouncil() == null)
						? Optional.ofNullable(prospect.recommendedBy()).map(String::strip).orElse(null) : null,
				coordinator, this.clock.instant(), null);
		try {
			this.prospects.insert(recorded, nameKey(recorded.name()), emailDomain(recorded.contactEmail()));
		}
		catch (DuplicateKeyException ex) {
			// Recorded by someone else a moment ago.
			throw new DuplicateProspectException(new Duplicate(recorded.name() + " is already recorded as a prospect",
					this.prospects.withNameKey(nameKey(recorded.name())).map(Prospect::id).orElse(null)));
		}
		return recorded;
	}

	/** How far the prospect has come. */
	public ProspectStatus status(Prospect prospect) {
		Optional<SignatorySummary> signatory = this.signatories.find(new SignatoryId(prospect.id()));
		if (signatory.isPresent()) {
			Stage stage = signatory.get().stage();
			return (stage == Stage.SIGNED || stage == Stage.LAPSED) ? ProspectStatus.SIGNED : ProspectStatus.SIGNING;
		}
		return (prospect.invitedAt() != null) ? ProspectStatus.INVITED : ProspectStatus.RECORDED;
	}

	/** Its stage in the signing pipeline, once it has started signing. */
	public Optional<Stage> stage(Prospect prospect) {
		return this.signatories.find(new SignatoryId(prospect.id())).map(SignatorySummary::stage);
	}

	/**
	 * Emails the prospect's contact an invitation to sign, with the form to sign filled
	 * in from what was recorded, and notes it in the prospect's contact log. Inviting
	 * again sends a new link in place of the last.
	 * @throws IllegalStateException if it has already started signing
	 */
	@Transactional
	public void invite(UUID id, AccountId coordinator) {
		Prospect prospect = this.prospects.find(id).orElseThrow(() -> new NoSuchProspectException(id));
		this.invitations.invite(
				new InvitationToSign(new SignatoryId(prospect.id()), prospect.name(), prospect.website(),
						prospect.sector(), prospect.region(), prospect.contactName(), prospect.contactEmail()),
				coordinator);
		this.prospects.invited(id, this.clock.instant());
		this.contactLog.add(PartnerRef.organisation(id),
				new NewContact(ContactKind.EMAIL, this.clock.instant().atZone(ENGLAND).toLocalDate(),
						prospect.contactName(), "Invited to sign the Covenant, with a link to the form to sign.", null,
						null),
				coordinator);
	}

	/**
	 * A name folded for comparing: case, accents, punctuation and "Ltd" and the like
	 * ignored.
	 */
	@SuppressFBWarnings(value = "IMPROPER_UNICODE",
			justification = "Folds an organisation's name only to compare it with names already recorded; it grants nothing")
	static String nameKey(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replaceAll("[^a-z0-9]+", " ");
		String key = Arrays.stream(folded.strip().split(" "))
			.filter((word) -> !word.isEmpty() && !IGNORED_WORDS.contains(word))
			.collect(Collectors.joining(" "));
		return key.isEmpty() ? folded.strip() : key;
	}

	/** The domain of an address, or {@code null} for a public mail service's. */
	static @Nullable String emailDomain(String address) {
		int at = address.lastIndexOf('@');
		if (at < 0) {
			return null;
		}
		String domain = address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
		return (domain.isEmpty() || PUBLIC_MAIL.contains(domain)) ? null : domain;
	}

	/** A website's host without "www.", or {@code null}. */
	static @Nullable String websiteDomain(@Nullable String website) {
		if (website == null || website.isBlank()) {
			return null;
		}
		try {
			String host = new URI(website.strip()).getHost();
			if (host == null) {
				return null;
			}
			host = host.toLowerCase(Locale.ROOT);
			return host.startsWith("www.") ? host.substring(4) : host;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * Why a new prospect counts as one already recorded.
	 *
	 * @param prospect the prospect it matched, or {@code null} when it matched an
	 * organisation in the signing pipeline
	 */
	public record Duplicate(String message, @Nullable UUID prospect) {

	}

	/** The prospect counts as one already recorded. */
	public static class DuplicateProspectException extends RuntimeException {

		private final transient Duplicate duplicate;

		DuplicateProspectException(Duplicate duplicate) {
			super(duplicate.message());
			this.duplicate = duplicate;
		}

		public Duplicate duplicate() {
			return this.duplicate;
		}

	}

	/** No prospect has this id. */
	public static class NoSuchProspectException extends RuntimeException {

		NoSuchProspectException(UUID id) {
			super("No prospect " + id);
		}

	}

}
