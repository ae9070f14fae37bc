package org.covenantconnects.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.contactlog.ContactKind;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.NewContact;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.council.CouncilLead;
import org.covenantconnects.council.CouncilPartnership;
import org.covenantconnects.council.Councils;
import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.event.EventTimes;
import org.covenantconnects.event.Events;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountStatus;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.meeting.internal.NetworkMeetingRepository;
import org.covenantconnects.supporter.SupporterProfile;
import org.covenantconnects.supporter.Supporters;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Network meetings: who is invited, the agenda, and after the meeting the notes, actions
 * and who came (ADR 038). The partner contacts invited have no accounts on Connects, so
 * everything they need reaches them by email: the invitation, the agenda, and the notes
 * with the actions. Each partner whose contacts came gets one entry in its contact log.
 */
@Service
public class NetworkMeetings {

	/** The longest agenda and notes kept. */
	public static final int LONGEST_AGENDA = 10000;

	public static final int LONGEST_NOTES = 20000;

	private static final java.time.format.DateTimeFormatter DUE = java.time.format.DateTimeFormatter
		.ofPattern("d MMMM yyyy", java.util.Locale.UK);

	private final Events events;

	private final NetworkMeetingRepository repository;

	private final Councils councils;

	private final Institutions institutions;

	private final ContactLog contactLog;

	private final Accounts accounts;

	private final Emails emails;

	private final Supporters supporters;

	private final Clock clock;

	NetworkMeetings(Events events, NetworkMeetingRepository repository, Councils councils, Institutions institutions,
			ContactLog contactLog, Accounts accounts, Emails emails, Supporters supporters, Clock clock) {
		this.supporters = supporters;
		this.events = events;
		this.repository = repository;
		this.councils = councils;
		this.institutions = institutions;
		this.contactLog = contactLog;
		this.accounts = accounts;
		this.emails = emails;
		this.clock = clock;
	}

	/**
	 * The network meeting of this event; empty when the event is not a network meeting.
	 */
	public Optional<NetworkMeeting> find(UUID id) {
		return this.events.find(id)
			.filter((event) -> event.details().kind() == EventKind.NETWORK_MEETING)
			.map((event) -> {
				Optional<NetworkMeetingRepository.Written> written = this.repository.written(id);
				return new NetworkMeeting(event, this.repository.invitees(id),
						written.map(NetworkMeetingRepository.Written::agenda).orElse(null),
						written.map(NetworkMeetingRepository.Written::agendaSentAt).orElse(null),
						written.map(NetworkMeetingRepository.Written::notes).orElse(null),
						written.map(NetworkMeetingRepository.Written::notesSentAt).orElse(null),
						this.repository.actions(id));
			});
	}

	/**
	 * The people a coordinator may invite to the meeting: the leads of the partner
	 * councils in its region and the central points of contact of the partner colleges
	 * and universities in its region, by partner.
	 */
	public List<PartnerContact> contactsToInvite(Event event) {
		List<PartnerContact> contacts = new ArrayList<>();
		for (CouncilPartnership partnership : this.councils.partners()) {
			if (!partnership.council().region().equals(event.details().region())) {
				continue;
			}
			for (CouncilLead lead : this.councils.leadsOf(partnership.council().id())) {
				contacts.add(new PartnerContact(PartnerRef.council(partnership.council().id().value()),
						partnership.council().name(), lead.name(), lead.role(), lead.email()));
			}
		}
		for (Institution institution : this.institutions.partners()) {
			if (!institution.details().region().equals(event.details().region())
					|| institution.partnership().contactName() == null
					|| institution.partnership().contactEmail() == null) {
				continue;
			}
			contacts.add(new PartnerContact(PartnerRef.institution(institution.id().value()), institution.name(),
					institution.partnership().contactName(), institution.partnership().contactRole(),
					institution.partnership().contactEmail()));
		}
		contacts.sort(java.util.Comparator.comparing(PartnerContact::partnerName).thenComparing(PartnerContact::name));
		return contacts;
	}

	/**
	 * Invites the chosen contacts, each of them one the meeting's region offers; each
	 * newly invited contact is emailed the invitation, with the agenda when it is
	 * written.
	 * @param chosen the contacts' keys ({@link PartnerContact#key()})
	 * @return how many were newly invited
	 */
	@Transactional
	public int invite(UUID id, Collection<String> chosen) {
		NetworkMeeting meeting = find(id).orElseThrow(() -> new NoSuchMeetingException(id));
		Instant now = this.clock.instant();
		if (meeting.event().isCancelled() || meeting.hasStarted(now)) {
			throw new MeetingStartedException();
		}
		Set<String> keys = Set.copyOf(chosen);
		int invited = 0;
		for (PartnerContact contact : contactsToInvite(meeting.event())) {
			if (keys.contains(contact.key()) && this.repository.invite(UUID.randomUUID(), id, contact, now)) {
				invited++;
				tell(contact.email(), "Invitation: " + meeting.event().details().title(),
						"""
								Hello %s,

								The Care Leaver Covenant invites you to %s, a network meeting with the councils, colleges and universities of the region: %s.

								%s
								%s
								The Covenant team
								"""
							.formatted(contact.name(), meeting.event().details().title(), meeting.event().when(),
									where(meeting.event()),
									(meeting.agenda() != null) ? "The agenda:\n\n" + meeting.agenda() + "\n"
											: "We will send you the agenda before the meeting.\n"));
			}
		}
		return invited;
	}

	/**
	 * Records the chosen contacts as invited without emailing them, before or after the
	 * meeting: for a meeting whose invitations went out before Connects kept it, such as
	 * the demo's past meeting.
	 * @return how many were newly recorded
	 */
	@Transactional
	public int recordInvited(UUID id, Collection<String> chosen) {
		NetworkMeeting meeting = find(id).orElseThrow(() -> new NoSuchMeetingException(id));
		Set<String> keys = Set.copyOf(chosen);
		int invited = 0;
		for (PartnerContact contact : contactsToInvite(meeting.event())) {
			if (keys.contains(contact.key())
					&& this.repository.invite(UUID.randomUUID(), id, contact, this.clock.instant())) {
				invited++;
			}
		}
		return invited;
	}

	/**
	 * Writes the agenda and emails it to everyone invited; before the meeting only.
	 * @throws MeetingStartedException once the meeting has started
	 */
	@Transactional
	public void writeAgenda(UUID id, String agenda) {
		NetworkMeeting meeting = find(id).orElseThrow(() -> new NoSuchMeetingException(id));
		Instant now = this.clock.instant();
		if (meeting.event().isCancelled() || meeting.hasStarted(now)) {
			throw new MeetingStartedException();
		}
		this.repository.saveAgenda(id, agenda.strip(), now);
		String title = meeting.event().details().title();
		for (Invitee invitee : meeting.invitees()) {
			tell(invitee.email(), ((meeting.agendaSentAt() != null) ? "Changed agenda: " : "Agenda: ") + title, """
					Hello %s,

					The agenda of %s, %s:

					%s

					%s

					The Covenant team
					""".formatted(invitee.name(), title, meeting.event().when(), agenda.strip(),
					where(meeting.event())));
		}
	}

	/**
	 * Writes the notes of the meeting and who came, emails the notes and the actions to
	 * everyone invited, and adds to the contact log of each partner whose contacts came
	 * for the first time an entry saying so; after the meeting has started only.
	 * @param came the invitees who came; every other invitee did not
	 * @param by the coordinator who writes them
	 * @throws MeetingNotStartedException before the meeting starts
	 */
	@Transactional
	public void writeNotes(UUID id, String notes, Collection<UUID> came, AccountId by) {
		NetworkMeeting meeting = find(id).orElseThrow(() -> new NoSuchMeetingException(id));
		Instant now = this.clock.instant();
		if (!meeting.hasStarted(now)) {
			throw new MeetingNotStartedException();
		}
		Set<UUID> invited = meeting.invitees().stream().map(Invitee::id).collect(Collectors.toSet());
		List<UUID> cameInvited = came.stream().filter(invited::contains).distinct().toList();
		this.repository.saveNotes(id, notes.strip(), now);
		this.repository.markAttendance(id, cameInvited);
		logAttendance(meeting, cameInvited, by, now);
		String title = meeting.event().details().title();
		String actions = meeting.actions().isEmpty() ? "No actions were agreed." : "Actions:\n" + meeting.actions()
			.stream()
			.map((action) -> "- " + action.what() + " (" + action.ownerName() + ", by " + dueDay(action.dueOn()) + ")")
			.collect(Collectors.joining("\n"));
		String partnersThatCame = meeting.invitees()
			.stream()
			.filter((invitee) -> cameInvited.contains(invitee.id()))
			.map(Invitee::partnerName)
			.distinct()
			.collect(Collectors.joining(", "));
		for (Invitee invitee : meeting.invitees()) {
			tell(invitee.email(), "Notes and actions: " + title, """
					Hello %s,

					The notes of %s, %s:

					%s

					%s

					Partners who came: %s.

					The Covenant team
					""".formatted(invitee.name(), title, EventTimes.day(meeting.event().details().startsAt()),
					notes.strip(), actions, partnersThatCame.isEmpty() ? "none recorded" : partnersThatCame));
		}
	}

	/**
	 * Adds an action with its owner: an invited contact or a member of the Covenant team.
	 * @param owner {@code invitee:<id>} or {@code staff:<account id>}, as
	 * {@link #ownersOf} gives them
	 * @throws NoSuchOwnerException if the owner is neither
	 */
	@Transactional
	public MeetingAction addAction(UUID id, String what, String owner, LocalDate dueOn) {
		NetworkMeeting meeting = find(id).orElseThrow(() -> new NoSuchMeetingException(id));
		Owner chosen = ownersOf(meeting).stream()
			.filter((candidate) -> candidate.key().equals(owner))
			.findFirst()
			.orElseThrow(NoSuchOwnerException::new);
		MeetingAction action = new MeetingAction(UUID.randomUUID(), id, what.strip(), chosen.invitee(), chosen.staff(),
				chosen.name(), dueOn, null);
		this.repository.addAction(action, this.clock.instant());
		return action;
	}

	/** Marks the meeting's action done; false when the meeting has no such action. */
	@Transactional
	public boolean markDone(UUID id, UUID action) {
		return this.repository.done(id, action, this.clock.instant());
	}

	/**
	 * Who may own an action of the meeting: its invited contacts, then the Covenant team.
	 */
	public List<Owner> ownersOf(NetworkMeeting meeting) {
		List<Owner> owners = new ArrayList<>();
		for (Invitee invitee : meeting.invitees()) {
			owners.add(new Owner("invitee:" + invitee.id(), invitee.name(), invitee.partnerName(), invitee.id(), null));
		}
		List<AccountSummary> staff = new ArrayList<>(this.accounts.activeWithRole(Role.COORDINATOR));
		staff.addAll(this.accounts.activeWithRole(Role.ADMIN));
		for (AccountSummary member : staff) {
			owners.add(new Owner("staff:" + member.id().value(), member.displayName(), "Covenant team", null,
					member.id()));
		}
		return owners;
	}

	/**
	 * Every open action of every network meeting, the earliest due (so overdue) first.
	 */
	public List<OpenAction> openActions() {
		Map<UUID, Optional<Event>> meetings = new LinkedHashMap<>();
		List<OpenAction> open = new ArrayList<>();
		for (MeetingAction action : this.repository.openActions()) {
			meetings.computeIfAbsent(action.meeting(), this.events::find)
				.ifPresent((event) -> open.add(new OpenAction(action, event.id(), event.details().title(),
						EventTimes.day(event.details().startsAt()))));
		}
		return open;
	}

	/**
	 * The address under which this person may see the meetings they are invited to: a
	 * verified supporter's confirmed, active address (ADR 054). Being invited copies a
	 * contact's work address; a supporter account at that same address, confirmed by its
	 * holder, reads what the invitation emails already send there. Empty for anyone else.
	 */
	public Optional<String> contactAddressOf(AccountId person) {
		return this.accounts.find(person)
			.filter((account) -> account.role() == Role.SUPPORTER && account.status() == AccountStatus.ACTIVE)
			.filter((account) -> this.supporters.find(person)
				.filter(SupporterProfile::isVerified)
				.filter(SupporterProfile::emailConfirmed)
				.isPresent())
			.map(AccountSummary::email);
	}

	/**
	 * The network meetings this person is invited to, as a partner contact with a
	 * supporter account at the address invited; the next coming first, then the past
	 * ones, the latest first. Empty for anyone who is not a verified supporter.
	 */
	public List<InvitedMeeting> invitedTo(AccountId person) {
		Instant now = this.clock.instant();
		List<InvitedMeeting> invited = contactAddressOf(person).stream()
			.flatMap((address) -> this.repository.meetingsInviting(address).stream())
			.map((id) -> invitedMeeting(person, id))
			.flatMap(Optional::stream)
			.toList();
		List<InvitedMeeting> ordered = new ArrayList<>(invited.stream()
			.filter((meeting) -> !meeting.meeting().hasStarted(now))
			.sorted(java.util.Comparator.comparing((InvitedMeeting m) -> m.meeting().event().details().startsAt()))
			.toList());
		ordered.addAll(invited.stream()
			.filter((meeting) -> meeting.meeting().hasStarted(now))
			.sorted(java.util.Comparator.comparing((InvitedMeeting m) -> m.meeting().event().details().startsAt())
				.reversed())
			.toList());
		return ordered;
	}

	/**
	 * The meeting as this person sees it, if they are invited to it under their address
	 * (ADR 054); empty for any other meeting, any event that is not a network meeting,
	 * and anyone who is not a verified supporter.
	 */
	public Optional<InvitedMeeting> invitedMeeting(AccountId person, UUID id) {
		Optional<String> address = contactAddressOf(person);
		if (address.isEmpty()) {
			return Optional.empty();
		}
		Set<UUID> theirs = Set.copyOf(this.repository.invitationsAt(id, address.get()));
		return find(id).flatMap((meeting) -> {
			List<Invitee> invitations = meeting.invitees()
				.stream()
				.filter((invitee) -> theirs.contains(invitee.id()))
				.toList();
			if (invitations.isEmpty() || !meeting.event().isPublished()) {
				return Optional.empty();
			}
			Set<UUID> ids = invitations.stream().map(Invitee::id).collect(Collectors.toSet());
			List<MeetingAction> yours = meeting.actions()
				.stream()
				.filter((action) -> action.ownerInvitee() != null && ids.contains(action.ownerInvitee()))
				.toList();
			List<MeetingAction> others = meeting.actions()
				.stream()
				.filter((action) -> !yours.contains(action))
				.toList();
			return Optional
				.of(new InvitedMeeting(meeting, invitations, yours, others, meeting.hasStarted(this.clock.instant())));
		});
	}

	/**
	 * The invited contact marks an action they own done; false when the meeting is not
	 * theirs or the action is not one they own.
	 */
	@Transactional
	public boolean markDoneByOwner(AccountId person, UUID id, UUID action) {
		return invitedMeeting(person, id)
			.filter((meeting) -> meeting.yourActions().stream().anyMatch((mine) -> mine.id().equals(action)))
			.map((meeting) -> this.repository.done(id, action, this.clock.instant()))
			.orElse(false);
	}

	/** Whether the meeting has started: the agenda gives way to the notes. */
	public boolean hasStarted(NetworkMeeting meeting) {
		return meeting.hasStarted(this.clock.instant());
	}

	/** Today in England, against which actions are overdue. */
	public LocalDate today() {
		return EventTimes.ukDate(this.clock.instant());
	}

	private void logAttendance(NetworkMeeting meeting, List<UUID> came, AccountId by, Instant now) {
		Map<PartnerRef, List<Invitee>> newlyCame = new LinkedHashMap<>();
		for (Invitee invitee : meeting.invitees()) {
			if (came.contains(invitee.id()) && invitee.loggedAt() == null) {
				newlyCame.computeIfAbsent(invitee.partner(), (partner) -> new ArrayList<>()).add(invitee);
			}
		}
		Set<PartnerRef> alreadyLogged = meeting.invitees()
			.stream()
			.filter((invitee) -> invitee.loggedAt() != null)
			.map(Invitee::partner)
			.collect(Collectors.toSet());
		LocalDate day = EventTimes.ukDate(meeting.event().details().startsAt());
		String title = meeting.event().details().title();
		for (Map.Entry<PartnerRef, List<Invitee>> partner : newlyCame.entrySet()) {
			List<UUID> ids = partner.getValue().stream().map(Invitee::id).toList();
			if (!alreadyLogged.contains(partner.getKey())) {
				Set<UUID> theirs = Set.copyOf(ids);
				String names = partner.getValue().stream().map(Invitee::name).collect(Collectors.joining(", "));
				String theirActions = meeting.actions()
					.stream()
					.filter((action) -> action.ownerInvitee() != null && theirs.contains(action.ownerInvitee()))
					.map((action) -> action.what() + " (" + action.ownerName() + ", by " + dueDay(action.dueOn()) + ")")
					.collect(Collectors.joining("; "));
				String summary = "Came to the network meeting " + title + "."
						+ (theirActions.isEmpty() ? "" : " Their actions: " + theirActions + ".");
				this.contactLog.add(partner.getKey(),
						new NewContact(ContactKind.MEETING, day,
								shorten("Network meeting: " + names, NewContact.LONGEST_WHO),
								shorten(summary, NewContact.LONGEST_SUMMARY), null, null),
						by);
			}
			this.repository.logged(ids, now);
		}
	}

	/** A due date as GOV.UK writes it: 18 December 2026. */
	public static String dueDay(LocalDate day) {
		return DUE.format(day);
	}

	private static String shorten(String text, int longest) {
		return (text.length() <= longest) ? text : text.substring(0, longest - 1) + "…";
	}

	private static String where(Event event) {
		return event.details().online() ? "It is online. Join here: " + event.details().joiningLink()
				: "Where: " + event.details().venue() + ", " + event.details().venueAddress();
	}

	private void tell(String address, String subject, String body) {
		this.emails.queue(new Email(address, subject, body));
	}

	/**
	 * Someone who may own an action.
	 *
	 * @param key what the form sends: {@code invitee:<id>} or {@code staff:<account id>}
	 * @param of the partner they are from, or "Covenant team"
	 */
	public record Owner(String key, String name, String of, UUID invitee, AccountId staff) {

	}

	/** No network meeting has this id. */
	public static class NoSuchMeetingException extends RuntimeException {

		NoSuchMeetingException(UUID id) {
			super("No network meeting " + id);
		}

	}

	/** Invitations and the agenda are for before the meeting. */
	public static class MeetingStartedException extends RuntimeException {

		MeetingStartedException() {
			super("The meeting has started, or is cancelled");
		}

	}

	/** Notes and who came are for after the meeting has started. */
	public static class MeetingNotStartedException extends RuntimeException {

		MeetingNotStartedException() {
			super("The meeting has not started yet");
		}

	}

	/**
	 * The owner chosen is neither an invited contact nor a member of the Covenant team.
	 */
	public static class NoSuchOwnerException extends RuntimeException {

		NoSuchOwnerException() {
			super("No such owner");
		}

	}

}
