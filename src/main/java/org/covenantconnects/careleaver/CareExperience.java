package org.covenantconnects.careleaver;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.covenantconnects.careleaver.internal.CareExperienceRepository;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * A young person's care experience, confirmed once: a personal adviser linked with them,
 * or a Covenant coordinator, confirms that they are care-experienced and which council
 * looked after them. The first confirmation is never repeated; a coordinator may correct
 * it (another council) or withdraw it, and every correction is kept with its reason. The
 * young person sees who confirmed it. Organisations may offer an opportunity only to
 * young people whose care experience is confirmed.
 * <p>
 * Callers check who may confirm: {@code adviserlink} that the adviser is linked with the
 * young person, {@code matching} that a coordinator is acting. Every change publishes
 * {@link CareLeaverChanged}, since it changes what fits the young person.
 */
@Service
public class CareExperience {

	/** The longest reason for a correction. */
	public static final int REASON_LENGTH = 500;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final CareExperienceRepository confirmations;

	private final CareLeavers careLeavers;

	private final Accounts accounts;

	private final Places places;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CareExperience(CareExperienceRepository confirmations, CareLeavers careLeavers, Accounts accounts, Places places,
			Clock clock, ApplicationEventPublisher events) {
		this.confirmations = confirmations;
		this.careLeavers = careLeavers;
		this.accounts = accounts;
		this.places = places;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Confirms, once, that the young person is care-experienced and was looked after by
	 * this council, which becomes the council on their profile.
	 * @param by who confirms, and as what; the caller has checked that they may
	 * @throws AlreadyConfirmedException if it was confirmed before, saying by whom
	 * @throws CareLeavers.NoSuchCareLeaverException if there is no such young person
	 */
	@Transactional
	public void confirm(AccountId youngPerson, LocalAuthorityId council, AccountId by, Confirmer as) {
		Assert.notNull(council, "council must not be null");
		requireCouncil(council);
		this.careLeavers.profile(youngPerson).orElseThrow(CareLeavers.NoSuchCareLeaverException::new);
		// Taking the young person's row first makes two confirmations at once wait for
		// each other, so the second sees the first and is refused with its words.
		this.confirmations.lockYoungPerson(youngPerson);
		Optional<Confirmation> first = this.confirmations.first(youngPerson).map(this::words);
		if (first.isPresent()) {
			throw new AlreadyConfirmedException(first.get());
		}
		Instant now = this.clock.instant();
		this.confirmations.insert(youngPerson, council, as, by, now, null);
		this.confirmations.setStanding(youngPerson, council, now);
		this.events.publishEvent(new CareLeaverChanged(youngPerson));
	}

	/**
	 * A coordinator corrects a confirmation: another council, or, with no council,
	 * withdraws it. The correction is kept beside the first confirmation, with the
	 * reason.
	 * @param council the council that looked after them, or {@code null} to withdraw
	 * @throws NotConfirmedException if it was never confirmed (confirm it instead)
	 */
	@Transactional
	public void correct(AccountId youngPerson, LocalAuthorityId council, AccountId coordinator, String reason) {
		Assert.isTrue(reason != null && !reason.isBlank() && reason.trim().length() <= REASON_LENGTH,
				"A correction has a reason of 500 characters or fewer");
		if (council != null) {
			requireCouncil(council);
		}
		this.careLeavers.profile(youngPerson).orElseThrow(CareLeavers.NoSuchCareLeaverException::new);
		this.confirmations.lockYoungPerson(youngPerson);
		if (this.confirmations.first(youngPerson).isEmpty()) {
			throw new NotConfirmedException();
		}
		Instant now = this.clock.instant();
		this.confirmations.insert(youngPerson, council, Confirmer.COORDINATOR, coordinator, now, reason.trim());
		this.confirmations.setStanding(youngPerson, council, (council != null) ? now : null);
		this.events.publishEvent(new CareLeaverChanged(youngPerson));
	}

	/**
	 * Where the young person's care experience stands: the latest confirmation or
	 * correction, or empty when nobody has confirmed it.
	 */
	public Optional<Confirmation> standing(AccountId youngPerson) {
		List<CareExperienceRepository.Row> rows = this.confirmations.historyOf(youngPerson);
		return rows.isEmpty() ? Optional.empty() : Optional.of(words(rows.get(rows.size() - 1)));
	}

	/** Every confirmation and correction, oldest first. */
	public List<Confirmation> historyOf(AccountId youngPerson) {
		return this.confirmations.historyOf(youngPerson).stream().map(this::words).toList();
	}

	/** The council the young person says (or was confirmed) looked after them. */
	public Optional<LocalAuthorityId> statedCouncil(AccountId youngPerson) {
		return this.careLeavers.profile(youngPerson).map(CareLeaverProfile::council);
	}

	/** Whether the young person's care experience is confirmed now. */
	public boolean isConfirmed(AccountId youngPerson) {
		return this.careLeavers.profile(youngPerson).map(CareLeaverProfile::isCareExperienceConfirmed).orElse(false);
	}

	private void requireCouncil(LocalAuthorityId council) {
		Assert.isTrue(this.places.localAuthority(council).isPresent(), "No such council");
	}

	private Confirmation words(CareExperienceRepository.Row row) {
		String name = (row.by() != null) ? this.accounts.find(row.by()).map(AccountSummary::displayName).orElse(null)
				: null;
		String council = (row.council() != null)
				? this.places.localAuthority(row.council()).map(LocalAuthority::name).orElse("Unknown council") : null;
		return new Confirmation(row.council(), council, row.confirmer(),
				(name != null) ? name : "someone whose account has since closed", row.at(), DATE.format(row.at()),
				row.correctionReason());
	}

	/** Who may confirm a young person's care experience. */
	public enum Confirmer {

		/** A personal adviser linked with the young person. */
		PERSONAL_ADVISER("your personal adviser", "their personal adviser"),

		/** A coordinator in the Covenant team. */
		COORDINATOR("from the Covenant team", "from the Covenant team");

		private final String toYoungPerson;

		private final String toOthers;

		Confirmer(String toYoungPerson, String toOthers) {
			this.toYoungPerson = toYoungPerson;
			this.toOthers = toOthers;
		}

		public String toYoungPerson() {
			return this.toYoungPerson;
		}

		public String toOthers() {
			return this.toOthers;
		}

	}

	/**
	 * One confirmation or correction, in words.
	 *
	 * @param councilId the council that looked after them; {@code null} when withdrawn
	 * @param council its name; {@code null} when withdrawn
	 * @param by the name of who confirmed it
	 * @param on the day, as pages show it
	 * @param correctionReason {@code null} for the first confirmation
	 */
	public record Confirmation(LocalAuthorityId councilId, String council, Confirmer confirmer, String by, Instant at,
			String on, String correctionReason) {

		/** Whether this is a coordinator's correction of the first confirmation. */
		public boolean isCorrection() {
			return this.correctionReason != null;
		}

		/** Whether it says the young person's care experience is confirmed. */
		public boolean isConfirmed() {
			return this.councilId != null;
		}

		/** Who, for the young person: "Sam Patel, your personal adviser". */
		public String whoToYoungPerson() {
			return this.by + ", " + this.confirmer.toYoungPerson();
		}

		/** Who, for others: "Sam Patel, their personal adviser". */
		public String whoToOthers() {
			return this.by + ", " + this.confirmer.toOthers();
		}

	}

	/** It was confirmed before; it is confirmed once, and only corrected after. */
	public static class AlreadyConfirmedException extends RuntimeException {

		private final transient Confirmation first;

		AlreadyConfirmedException(Confirmation first) {
			super("Their care experience was already confirmed by " + first.whoToOthers() + ", on " + first.on()
					+ ". It is confirmed once; if it is wrong, the Covenant team can correct it");
			this.first = first;
		}

		public Confirmation first() {
			return this.first;
		}

	}

	/** There is nothing to correct: nobody has confirmed it yet. */
	public static class NotConfirmedException extends RuntimeException {

		NotConfirmedException() {
			super("Their care experience has not been confirmed yet");
		}

	}

}
