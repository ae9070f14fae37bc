package org.covenantconnects.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.contactlog.PartnerKind;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.meeting.Invitee;
import org.covenantconnects.meeting.MeetingAction;
import org.covenantconnects.meeting.PartnerContact;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code network_meeting}, {@code network_meeting_invitee} and
 * {@code network_meeting_action} tables.
 */
@Repository
public class NetworkMeetingRepository {

	private static final String ACTION = """
			select id, event_id, what, owner_invitee_id, owner_account_id, owner_name, due_on, done_at
			from network_meeting_action
			""";

	private final JdbcClient jdbc;

	NetworkMeetingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What is written about a meeting: the agenda and the notes, with when each was sent.
	 */
	public record Written(@Nullable String agenda, @Nullable Instant agendaSentAt, @Nullable String notes,
			@Nullable Instant notesSentAt) {

	}

	public Optional<Written> written(UUID event) {
		return this.jdbc
			.sql("select agenda, agenda_sent_at, notes, notes_sent_at from network_meeting where event_id = :event")
			.param("event", event)
			.query((rs, i) -> new Written(rs.getString("agenda"), instant(rs, "agenda_sent_at"), rs.getString("notes"),
					instant(rs, "notes_sent_at")))
			.optional();
	}

	public void saveAgenda(UUID event, String agenda, Instant now) {
		this.jdbc.sql("""
				insert into network_meeting (event_id, agenda, agenda_sent_at, updated_at)
				values (:event, :agenda, :now, :now)
				on conflict (event_id) do update set agenda = :agenda, agenda_sent_at = :now, updated_at = :now
				""").param("event", event).param("agenda", agenda).param("now", Timestamp.from(now)).update();
	}

	public void saveNotes(UUID event, String notes, Instant now) {
		this.jdbc.sql("""
				insert into network_meeting (event_id, notes, notes_sent_at, updated_at)
				values (:event, :notes, :now, :now)
				on conflict (event_id) do update set notes = :notes, notes_sent_at = :now, updated_at = :now
				""").param("event", event).param("notes", notes).param("now", Timestamp.from(now)).update();
	}

	/** Invites the contact; false when they were already invited. */
	public boolean invite(UUID id, UUID event, PartnerContact contact, Instant now) {
		return this.jdbc.sql("""
				insert into network_meeting_invitee (id, event_id, partner_kind, partner_id, partner_name, contact_name,
				  contact_role, contact_email, invited_at)
				values (:id, :event, :kind, :partner, :partnerName, :name, :role, :email, :now)
				on conflict do nothing
				""")
			.param("id", id)
			.param("event", event)
			.param("kind", contact.partner().kind().name())
			.param("partner", contact.partner().id())
			.param("partnerName", contact.partnerName())
			.param("name", contact.name())
			.param("role", contact.role())
			.param("email", contact.email())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	public List<Invitee> invitees(UUID event) {
		return this.jdbc
			.sql("""
					select id, partner_kind, partner_id, partner_name, contact_name, contact_role, contact_email, invited_at,
					  attended, logged_at
					from network_meeting_invitee where event_id = :event
					order by partner_name, contact_name
					""")
			.param("event", event)
			.query((rs, i) -> invitee(rs))
			.list();
	}

	/** The meetings that invited this address, in any letter case. */
	public List<UUID> meetingsInviting(String email) {
		return this.jdbc
			.sql("select distinct event_id from network_meeting_invitee where lower(contact_email) = lower(:email)")
			.param("email", email)
			.query(UUID.class)
			.list();
	}

	/** The meeting's invitations to this address, in any letter case. */
	public List<UUID> invitationsAt(UUID event, String email) {
		return this.jdbc.sql(
				"select id from network_meeting_invitee where event_id = :event and lower(contact_email) = lower(:email)")
			.param("event", event)
			.param("email", email)
			.query(UUID.class)
			.list();
	}

	/**
	 * Records who came: the invitees listed did, every other invitee did not.
	 */
	public void markAttendance(UUID event, Collection<UUID> came) {
		this.jdbc.sql("""
				update network_meeting_invitee set attended = (id = any(:came))
				where event_id = :event
				""").param("event", event).param("came", came.toArray(UUID[]::new)).update();
	}

	/** Marks these invitees' coming as written to their partners' contact logs. */
	public void logged(Collection<UUID> invitees, Instant now) {
		this.jdbc.sql("update network_meeting_invitee set logged_at = :now where id = any(:ids) and logged_at is null")
			.param("ids", invitees.toArray(UUID[]::new))
			.param("now", Timestamp.from(now))
			.update();
	}

	public void addAction(MeetingAction action, Instant now) {
		AccountId staff = action.ownerStaff();
		this.jdbc.sql("""
				insert into network_meeting_action (id, event_id, what, owner_invitee_id, owner_account_id, owner_name,
				  due_on, created_at)
				values (:id, :event, :what, :invitee, :staff, :ownerName, :due, :now)
				""")
			.param("id", action.id())
			.param("event", action.meeting())
			.param("what", action.what())
			.param("invitee", action.ownerInvitee())
			.param("staff", (staff != null) ? staff.value() : null)
			.param("ownerName", action.ownerName())
			.param("due", action.dueOn())
			.param("now", Timestamp.from(now))
			.update();
	}

	public List<MeetingAction> actions(UUID event) {
		return this.jdbc.sql(ACTION + " where event_id = :event order by due_on, created_at")
			.param("event", event)
			.query((rs, i) -> action(rs))
			.list();
	}

	/** Every open action, the earliest due first. */
	public List<MeetingAction> openActions() {
		return this.jdbc.sql(ACTION + " where done_at is null order by due_on, created_at")
			.query((rs, i) -> action(rs))
			.list();
	}

	/** Marks the meeting's action done; false when it is no action of that meeting. */
	public boolean done(UUID event, UUID action, Instant now) {
		return this.jdbc.sql(
				"update network_meeting_action set done_at = coalesce(done_at, :now) where id = :id and event_id = :event")
			.param("id", action)
			.param("event", event)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	private static Invitee invitee(ResultSet rs) throws SQLException {
		return new Invitee(rs.getObject("id", UUID.class),
				new PartnerRef(PartnerKind.valueOf(rs.getString("partner_kind")), rs.getString("partner_id")),
				rs.getString("partner_name"), rs.getString("contact_name"), rs.getString("contact_role"),
				rs.getString("contact_email"), rs.getTimestamp("invited_at").toInstant(),
				(Boolean) rs.getObject("attended"), instant(rs, "logged_at"));
	}

	private static MeetingAction action(ResultSet rs) throws SQLException {
		UUID staff = rs.getObject("owner_account_id", UUID.class);
		return new MeetingAction(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getString("what"), rs.getObject("owner_invitee_id", UUID.class),
				(staff != null) ? new AccountId(staff) : null, rs.getString("owner_name"),
				rs.getObject("due_on", LocalDate.class), instant(rs, "done_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

}
