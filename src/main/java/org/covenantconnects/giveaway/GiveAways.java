package org.covenantconnects.giveaway;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.audit.AdminAuditLog;
import org.covenantconnects.audit.AuditTrail;
import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.ConfirmedCareLeaver;
import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.giveaway.internal.GiveAwayRepository;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly give-away: setting one up, closing its draw and drawing the winner, drawing
 * again when a winner does not claim in time, checking a draw by making it again, the
 * winner's claim, and a young person's opting out (ADR 039).
 * <p>
 * Every draw of a give-away first locks the give-away's row, so that a coordinator and
 * the scheduled work, or two instances of the service, never draw it twice. What
 * coordinators do (set up, draw, check) goes into the admin audit log, with the draw's
 * fingerprint, seed and winning entry; a coordinator seeing who won is written to the
 * winner's audit trail.
 */
@Service
public class GiveAways {

	/** The time zone months and closing days are read in. */
	public static final ZoneId UK = ZoneId.of("Europe/London");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
		.withZone(UK);

	private final GiveAwayRepository giveAways;

	private final CareLeavers careLeavers;

	private final Accounts accounts;

	private final Emails emails;

	private final Places places;

	private final AdminAuditLog auditLog;

	private final AuditTrail auditTrail;

	private final Clock clock;

	private final String baseUrl;

	GiveAways(GiveAwayRepository giveAways, CareLeavers careLeavers, Accounts accounts, Emails emails, Places places,
			AdminAuditLog auditLog, AuditTrail auditTrail, Clock clock, @Value("${connects.base-url}") String baseUrl) {
		this.giveAways = giveAways;
		this.careLeavers = careLeavers;
		this.accounts = accounts;
		this.emails = emails;
		this.places = places;
		this.auditLog = auditLog;
		this.auditTrail = auditTrail;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** The month it is now, in the UK. */
	public YearMonth thisMonth() {
		return YearMonth.from(this.clock.instant().atZone(UK));
	}

	/**
	 * Sets up the give-away of a month.
	 * @throws MonthTakenException if the month already has one
	 */
	@Transactional
	public GiveAway setUp(YearMonth month, String prize, @Nullable String details, @Nullable Integer youngest,
			@Nullable Integer oldest, @Nullable RegionCode region, AccountId coordinator) {
		if (this.giveAways.forMonth(month).isPresent()) {
			throw new MonthTakenException(month);
		}
		GiveAway giveAway = new GiveAway(UUID.randomUUID(), month, prize, details, youngest, oldest, region,
				this.clock.instant());
		this.giveAways.insert(giveAway, coordinator);
		this.auditLog.record(coordinator, "Set up a give-away", null,
				GiveAway.monthName(month) + ": " + abbreviate(prize, 200), this.clock.instant());
		return giveAway;
	}

	public Optional<GiveAway> find(UUID id) {
		return this.giveAways.find(id);
	}

	public Optional<GiveAway> forMonth(YearMonth month) {
		return this.giveAways.forMonth(month);
	}

	/** Every give-away, the latest month first. */
	public List<GiveAway> all() {
		return this.giveAways.all();
	}

	/** The draws of a give-away, the first first. */
	public List<Draw> draws(UUID giveAway) {
		return this.giveAways.draws(giveAway);
	}

	/** The latest draw of every give-away drawn, by give-away. */
	public Map<UUID, Draw> latestDraws() {
		return this.giveAways.latestDraws();
	}

	public Optional<Draw> draw(UUID id) {
		return this.giveAways.draw(id);
	}

	/**
	 * Closes the give-away's draw now and draws the winner, who is told.
	 * @throws AlreadyDrawnException if it has been drawn
	 */
	@Transactional
	public Draw closeAndDraw(UUID giveAway, AccountId coordinator) {
		if (!this.giveAways.lock(giveAway)) {
			throw new NoSuchGiveAwayException();
		}
		if (!this.giveAways.draws(giveAway).isEmpty()) {
			throw new AlreadyDrawnException();
		}
		Draw draw = drawRound(this.giveAways.find(giveAway).orElseThrow(), 1, coordinator);
		this.auditLog.record(coordinator, "Drew a give-away's winner", draw.winner(), words(draw),
				this.clock.instant());
		return draw;
	}

	/**
	 * Draws one give-away whose month has ended and that no coordinator drew, if there is
	 * one that no other instance is drawing.
	 * @return whether one was drawn
	 */
	@Transactional
	public boolean drawOneDue() {
		Optional<UUID> due = this.giveAways.lockOneToDraw(thisMonth());
		due.ifPresent((id) -> drawRound(this.giveAways.find(id).orElseThrow(), 1, null));
		return due.isPresent();
	}

	/**
	 * Draws again one give-away whose winner did not claim in time, if there is one that
	 * no other instance is drawing: the unclaimed draw lapses and a new one closes now,
	 * without the earlier winners.
	 * @return whether one was drawn again
	 */
	@Transactional
	public boolean redrawOneLapsed() {
		Instant now = this.clock.instant();
		Optional<UUID> lapsed = this.giveAways.lockOneLapsed(now);
		lapsed.ifPresent((id) -> {
			for (UUID draw : this.giveAways.lapse(id, now)) {
				this.giveAways.record(draw, DrawHappening.What.LAPSED, DrawHappening.Who.SERVICE,
						"Not claimed within " + Draw.TO_CLAIM.toDays() + " days", now);
			}
			List<Draw> draws = this.giveAways.draws(id);
			Draw last = draws.get(draws.size() - 1);
			Draw again = drawRound(this.giveAways.find(id).orElseThrow(), last.round() + 1, null);
			this.giveAways.record(again.id(), DrawHappening.What.REDRAWN, DrawHappening.Who.SERVICE,
					"The winner of draw " + last.round() + " did not claim within " + Draw.TO_CLAIM.toDays() + " days",
					now);
		});
		return lapsed.isPresent();
	}

	/**
	 * The winner says no thanks: the prize is drawn again at once, without them.
	 * @return whether it was theirs to decline and still open
	 */
	@Transactional
	public boolean decline(UUID drawId, AccountId winner) {
		Instant now = this.clock.instant();
		Optional<Draw> draw = this.giveAways.draw(drawId).filter((found) -> found.isWonBy(winner));
		if (draw.isEmpty() || !this.giveAways.lock(draw.get().giveAway())
				|| !this.giveAways.decline(drawId, winner, now)) {
			return false;
		}
		this.giveAways.record(drawId, DrawHappening.What.DECLINED, DrawHappening.Who.WINNER,
				"The winner said no thanks", now);
		List<Draw> draws = this.giveAways.draws(draw.get().giveAway());
		Draw again = drawRound(this.giveAways.find(draw.get().giveAway()).orElseThrow(),
				draws.get(draws.size() - 1).round() + 1, null);
		this.giveAways.record(again.id(), DrawHappening.What.REDRAWN, DrawHappening.Who.SERVICE,
				"The winner of draw " + draw.get().round() + " declined the prize", now);
		return true;
	}

	/** What happened to the give-away's draws after they closed, in order. */
	public List<DrawHappening> history(UUID giveAway) {
		return this.giveAways.history(giveAway);
	}

	private Draw drawRound(GiveAway giveAway, int round, @Nullable AccountId coordinator) {
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		Map<String, ConfirmedCareLeaver> entries = new LinkedHashMap<>();
		for (ConfirmedCareLeaver person : eligible(giveAway, now)) {
			entries.put(TheDraw.entry(id, person.account()), person);
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String seed = HexFormat.of().formatHex(bytes);
		String fingerprint = TheDraw.fingerprint(entries.keySet());
		String winningEntry = TheDraw.winner(seed, entries.keySet()).orElse(null);
		ConfirmedCareLeaver winner = (winningEntry != null) ? entries.get(winningEntry) : null;
		Draw draw = new Draw(id, giveAway.id(), round, now, seed, fingerprint, entries.size(), winningEntry,
				(winner != null) ? winner.account() : null, (winner != null) ? winner.region() : null, coordinator,
				(winner != null) ? now.plus(Draw.TO_CLAIM) : null, null, null, null);
		Map<String, AccountId> list = new LinkedHashMap<>();
		entries.forEach((entry, person) -> list.put(entry, person.account()));
		this.giveAways.insert(draw, list);
		if (winner != null) {
			tellTheWinner(giveAway, draw);
		}
		return draw;
	}

	/**
	 * Who may win the give-away if its draw closes now: care leavers with an active
	 * account and confirmed care experience, of its ages on the UK day and in its region,
	 * who have not opted out and have not won an earlier draw of it.
	 */
	List<ConfirmedCareLeaver> eligible(GiveAway giveAway, Instant at) {
		LocalDate day = LocalDate.ofInstant(at, UK);
		Set<AccountId> optedOut = this.giveAways.optedOut();
		Set<AccountId> won = this.giveAways.winnersOf(giveAway.id());
		return this.careLeavers.confirmedWithActiveAccounts()
			.stream()
			.filter((person) -> !optedOut.contains(person.account()) && !won.contains(person.account()))
			.filter((person) -> fits(giveAway, person, day))
			.toList();
	}

	private static boolean fits(GiveAway giveAway, ConfirmedCareLeaver person, LocalDate day) {
		int age = CareLeaverProfile.ageOn(person.dateOfBirth(), day);
		Integer from = giveAway.youngest();
		Integer to = giveAway.oldest();
		RegionCode region = giveAway.region();
		int youngest = (from != null) ? from : CareLeaverProfile.YOUNGEST;
		int oldest = (to != null) ? to : CareLeaverProfile.OLDEST;
		return age >= youngest && age <= oldest && (region == null || region.equals(person.region()));
	}

	/**
	 * Whether the young person would be in the draw if it closed now, and if not why, in
	 * their words.
	 */
	public Standing standingOf(GiveAway giveAway, AccountId person) {
		if (this.giveAways.optedOut().contains(person)) {
			return new Standing(false, "You chose not to take part in the give-away.");
		}
		Optional<ConfirmedCareLeaver> confirmed = this.careLeavers.confirmedWithActiveAccounts()
			.stream()
			.filter((c) -> c.account().equals(person))
			.findFirst();
		if (confirmed.isEmpty()) {
			return new Standing(false,
					"Only young people whose care experience is confirmed can win. Your personal adviser or the "
							+ "Covenant team can confirm it.");
		}
		if (!fits(giveAway, confirmed.get(), LocalDate.ofInstant(this.clock.instant(), UK))) {
			return new Standing(false, "This month's prize is for " + whoFor(giveAway) + ".");
		}
		return new Standing(true, "You are in the draw for " + giveAway.monthName() + ".");
	}

	/**
	 * Makes the draw again from its fixed list and its seed, for anyone on the team; the
	 * check is written to the admin audit log.
	 */
	@Transactional
	public DrawCheck check(UUID drawId, AccountId by) {
		Draw draw = this.giveAways.draw(drawId).orElseThrow(NoSuchGiveAwayException::new);
		List<GiveAwayRepository.Entry> entries = this.giveAways.entries(drawId);
		List<String> keys = entries.stream().map(GiveAwayRepository.Entry::entry).toList();
		boolean theirs = entries.stream().allMatch((entry) -> isTheirs(drawId, entry));
		AccountId winner = draw.winner();
		if (winner != null) {
			theirs = theirs && TheDraw.entry(drawId, winner).equals(draw.winningEntry());
		}
		DrawCheck check = new DrawCheck(draw, keys.size(), TheDraw.fingerprint(keys),
				TheDraw.winner(draw.seed(), keys).orElse(null), theirs);
		this.auditLog.record(by, "Checked a give-away draw", null,
				"Draw " + drawId + ": " + (check.matches() ? "matches" : "does not match"), this.clock.instant());
		return check;
	}

	private static boolean isTheirs(UUID draw, GiveAwayRepository.Entry entry) {
		AccountId account = entry.account();
		return account == null || TheDraw.entry(draw, account).equals(entry.entry());
	}

	/** A draw's fixed list of entries, sorted, as its fingerprint reads them. */
	public List<String> entriesOf(UUID draw) {
		return this.giveAways.entries(draw).stream().map(GiveAwayRepository.Entry::entry).toList();
	}

	/**
	 * Who won the draw, for a coordinator; their seeing it is written to the winner's
	 * audit trail.
	 */
	@Transactional
	public Optional<AccountSummary> winnerFor(Draw draw, AccountId coordinator, Role role) {
		AccountId won = draw.winner();
		if (won == null) {
			return Optional.empty();
		}
		Optional<AccountSummary> winner = this.accounts.find(won);
		winner.ifPresent((account) -> this.auditTrail.recordView(coordinator, role, account.id(),
				"Saw that they won the give-away (draw " + draw.round() + ")"));
		return winner;
	}

	/**
	 * The winner claims the prize.
	 * @return whether it was theirs to claim and still open
	 */
	@Transactional
	public boolean claim(UUID draw, AccountId winner) {
		Instant now = this.clock.instant();
		boolean claimed = this.giveAways.claim(draw, winner, now);
		if (claimed) {
			this.giveAways.record(draw, DrawHappening.What.CLAIMED, DrawHappening.Who.WINNER, null, now);
		}
		return claimed;
	}

	/** The draws the person won, the latest first. */
	public List<Draw> winsOf(AccountId person) {
		return this.giveAways.winsOf(person);
	}

	@Transactional
	public void takePart(AccountId person, boolean takingPart) {
		if (takingPart) {
			this.giveAways.optIn(person);
		}
		else {
			this.giveAways.optOut(person, this.clock.instant());
		}
	}

	public boolean isTakingPart(AccountId person) {
		return this.giveAways.optedOutAt(person).isEmpty();
	}

	/**
	 * Who may win the give-away, in words: "care leavers aged 18 to 25 in the North
	 * West".
	 */
	public String whoFor(GiveAway giveAway) {
		StringBuilder words = new StringBuilder("care leavers");
		if (!giveAway.ages().isEmpty()) {
			words.append(' ').append(giveAway.ages());
		}
		RegionCode region = giveAway.region();
		words.append((region != null) ? " living in the " + regionName(region) : " anywhere in England");
		return words.toString();
	}

	/** The region's name, as the public page reads it. */
	public String regionName(@Nullable RegionCode region) {
		if (region == null) {
			return "England";
		}
		return this.places.region(region).map(Region::name).orElse(region.value());
	}

	/** A day, as people read it: "21 December 2026". */
	public static String day(Instant at) {
		return DAY.format(at);
	}

	private void tellTheWinner(GiveAway giveAway, Draw draw) {
		AccountId won = draw.winner();
		Instant claimBy = draw.claimBy();
		if (won == null || claimBy == null) {
			return;
		}
		this.accounts.find(won)
			.ifPresent((winner) -> this.emails.queue(new Email(winner.email(), "You won the monthly give-away", """
					Hello,

					You won the Covenant Connects give-away for %s: %s.

					Claim your prize by %s, or it goes to someone else:
					%s/my-account/give-away

					Once you claim it, the Covenant team will email you to arrange getting it to you.
					""".formatted(giveAway.monthName(), giveAway.prize(), day(claimBy), this.baseUrl))
				.about(winner.id().value())));
	}

	private static String words(Draw draw) {
		return "Round " + draw.round() + ", " + draw.entrants() + " entries, fingerprint " + draw.fingerprint()
				+ ", seed " + draw.seed() + ", winning entry " + draw.winningEntry();
	}

	private static String abbreviate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

	/**
	 * Whether a young person is in the draw, and why not.
	 *
	 * @param why in their words
	 */
	public record Standing(boolean inTheDraw, String why) {

	}

	/** The month already has a give-away. */
	public static class MonthTakenException extends RuntimeException {

		MonthTakenException(YearMonth month) {
			super(GiveAway.monthName(month) + " already has a give-away");
		}

	}

	/** The give-away has been drawn. */
	public static class AlreadyDrawnException extends RuntimeException {

		AlreadyDrawnException() {
			super("This give-away has been drawn");
		}

	}

	/** No such give-away or draw. */
	public static class NoSuchGiveAwayException extends RuntimeException {

		NoSuchGiveAwayException() {
			super("No such give-away");
		}

	}

}
