package org.covenantconnects.takeup;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.AccountSummary;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.takeup.internal.TakeUpRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Putting a young person forward for an opportunity: a linked adviser refers them, or the
 * Covenant team suggests a match. Nothing reaches the organisation until the young person
 * says yes; then their application goes with only what they chose to share, and the
 * take-up is "referred". They may say no thanks, and nobody is ever turned away by the
 * service itself.
 */
@Service
public class Proposals {

	private final JdbcClient jdbc;

	private final CareLeavers careLeavers;

	private final TakeUps takeUps;

	private final TakeUpRepository takeUpRecords;

	private final Opportunities opportunities;

	private final Accounts accounts;

	private final Emails emails;

	private final Clock clock;

	private final String baseUrl;

	Proposals(JdbcClient jdbc, CareLeavers careLeavers, TakeUps takeUps, TakeUpRepository takeUpRecords,
			Opportunities opportunities, Accounts accounts, Emails emails, Clock clock,
			@Value("${connects.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.careLeavers = careLeavers;
		this.takeUps = takeUps;
		this.takeUpRecords = takeUpRecords;
		this.opportunities = opportunities;
		this.accounts = accounts;
		this.emails = emails;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Puts a young person forward for an open opportunity that fits them, and tells them
	 * by email. A coordinator may do so only for young people who turned matching on;
	 * callers check that an adviser is linked with them.
	 * @param reasons why it was put forward, shown to the young person
	 * @throws TakeUps.TakeUpRefusedException with a message for the proposer, if it
	 * cannot be put forward
	 */
	@Transactional
	public UUID propose(Proposer proposer, AccountId careLeaver, OpportunityId id, List<String> reasons) {
		CareLeaverProfile profile = this.careLeavers.profile(careLeaver)
			.orElseThrow(TakeUps.NoSuchTakeUpException::new);
		if (proposer.role() == Role.COORDINATOR && !profile.openToSuggestions()) {
			throw new TakeUps.TakeUpRefusedException(
					"They have not turned on suggestions from the Covenant team, so you cannot suggest this");
		}
		OpportunityView opportunity = this.opportunities.findPublic(id)
			.orElseThrow(() -> new Opportunities.NoSuchOpportunityException(id));
		if (!CareLeavers.isOpenTo(profile, opportunity.details())) {
			throw new TakeUps.TakeUpRefusedException("This opportunity is only for young people whose care experience "
					+ "is confirmed, and theirs is not confirmed yet");
		}
		if (!opportunity.isOpen() || !this.careLeavers.fits(profile, opportunity.details())) {
			throw new TakeUps.TakeUpRefusedException("This opportunity is not open to them");
		}
		if (this.takeUpRecords.takeUp(careLeaver, id).isPresent()) {
			throw new TakeUps.TakeUpRefusedException("They have already shown interest in this or applied");
		}
		UUID proposal = UUID.randomUUID();
		try {
			this.jdbc.sql("""
					insert into take_up_proposal (id, care_leaver_account_id, opportunity_id, proposed_by,
					  proposed_by_role, proposed_by_name, reasons, proposed_at)
					values (:id, :careLeaver, :opportunity, :by, :role, :name, :reasons::text[], :at)
					""")
				.param("id", proposal)
				.param("careLeaver", careLeaver.value())
				.param("opportunity", id.value())
				.param("by", proposer.account().value())
				.param("role", proposer.role().name())
				.param("name", proposer.storedName())
				.param("reasons", textArray(reasons))
				.param("at", now().atOffset(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new TakeUps.TakeUpRefusedException("They have already been put forward for this");
		}
		AccountSummary person = this.accounts.find(careLeaver).orElseThrow();
		String title = opportunity.details().title();
		this.emails.queue(new Email(person.email(), "You have been put forward for " + title,
				"""
						Hello %s,

						%s thinks "%s" with %s could suit you, and has put you forward for it.

						Nothing is sent to %s unless you say yes. You choose what they see.

						Tell us what you want to do: %s/put-forward/%s
						""".formatted(person.displayName(), Proposal.from(proposer.role(), proposer.storedName()),
						title, opportunity.organisationName(), opportunity.organisationName(), this.baseUrl, proposal))
			.about(careLeaver.value(), (proposer.account() != null) ? proposer.account().value() : null));
		return proposal;
	}

	/**
	 * What the young person has been put forward for and not yet answered, newest first.
	 */
	public List<Proposal> waitingFor(AccountId careLeaver) {
		return waitingWithOpportunities(careLeaver).stream().map(Waiting::proposal).toList();
	}

	/**
	 * What the young person has been put forward for and not yet answered, newest first,
	 * each with its opportunity; those whose opportunity has closed are left out.
	 */
	public List<Waiting> waitingWithOpportunities(AccountId careLeaver) {
		return this.jdbc
			.sql(SELECT + " where care_leaver_account_id = :careLeaver and answer is null"
					+ " order by proposed_at desc, id")
			.param("careLeaver", careLeaver.value())
			.query(Proposals::map)
			.list()
			.stream()
			.flatMap((proposal) -> this.opportunities.findPublic(proposal.opportunity())
				.filter(OpportunityView::isOpen)
				.map((opportunity) -> new Waiting(proposal, opportunity))
				.stream())
			.toList();
	}

	/** A proposal waiting for the young person's answer, with its open opportunity. */
	public record Waiting(Proposal proposal, OpportunityView opportunity) {

	}

	/** The young people put forward for an opportunity, whatever they answered. */
	public Set<AccountId> peopleProposedFor(OpportunityId opportunity) {
		return this.jdbc.sql("select care_leaver_account_id from take_up_proposal where opportunity_id = :id")
			.param("id", opportunity.value())
			.query((rs, i) -> new AccountId(rs.getObject(1, UUID.class)))
			.set();
	}

	/** Everything the young person has been put forward for, newest first. */
	public List<Proposal> madeFor(AccountId careLeaver) {
		return this.jdbc.sql(SELECT + " where care_leaver_account_id = :careLeaver order by proposed_at desc, id")
			.param("careLeaver", careLeaver.value())
			.query(Proposals::map)
			.list();
	}

	/** One proposal to the young person, answered or not; empty if it is not theirs. */
	public Optional<Proposal> find(AccountId careLeaver, UUID id) {
		return this.jdbc.sql(SELECT + " where id = :id and care_leaver_account_id = :careLeaver")
			.param("id", id)
			.param("careLeaver", careLeaver.value())
			.query(Proposals::map)
			.optional();
	}

	/**
	 * Withdraws what an adviser put a young person forward for and they have not
	 * answered, when the link between them ends: nothing was sent, and it no longer
	 * shows.
	 */
	@Transactional
	public void withdrawWaiting(AccountId proposer, AccountId careLeaver) {
		this.jdbc.sql("""
				delete from take_up_proposal
				where proposed_by = :proposer and care_leaver_account_id = :careLeaver and answer is null
				""").param("proposer", proposer.value()).param("careLeaver", careLeaver.value()).update();
	}

	/**
	 * One proposal to the young person that waits for their answer.
	 * @throws TakeUps.NoSuchTakeUpException if it is not theirs, or already answered
	 */
	public Proposal waiting(AccountId careLeaver, UUID id) {
		return this.jdbc.sql(SELECT + " where id = :id and care_leaver_account_id = :careLeaver and answer is null")
			.param("id", id)
			.param("careLeaver", careLeaver.value())
			.query(Proposals::map)
			.optional()
			.orElseThrow(TakeUps.NoSuchTakeUpException::new);
	}

	/**
	 * The young person says yes to an opportunity applied for through Covenant Connects:
	 * their application goes with what they chose to share, referred by the proposer.
	 */
	@Transactional
	public void acceptWithApplication(AccountId careLeaver, UUID id, Set<Sharing> sharing, String message) {
		Proposal proposal = answer(careLeaver, id, Answer.ACCEPTED);
		this.takeUps.referAfterYes(careLeaver, proposal.opportunity(), sharing, message,
				(proposal.proposedByRole() == Role.COORDINATOR) ? TakeUp.Actor.COORDINATOR : TakeUp.Actor.SUPPORTER,
				proposal.proposedBy());
	}

	/**
	 * The young person says yes to an opportunity taken up elsewhere (a link) or by a
	 * code: it is recorded as their interest, and they go on from its page.
	 */
	@Transactional
	public OpportunityId acceptElsewhere(AccountId careLeaver, UUID id) {
		Proposal proposal = answer(careLeaver, id, Answer.ACCEPTED);
		OpportunityView opportunity = this.opportunities.findPublic(proposal.opportunity())
			.orElseThrow(() -> new Opportunities.NoSuchOpportunityException(proposal.opportunity()));
		if (opportunity.details().takeUp() == TakeUpRoute.LINK) {
			this.takeUps.expressInterest(careLeaver, proposal.opportunity());
		}
		return proposal.opportunity();
	}

	/** The young person says no thanks. Nothing else changes. */
	@Transactional
	public void decline(AccountId careLeaver, UUID id) {
		answer(careLeaver, id, Answer.DECLINED);
	}

	private Proposal answer(AccountId careLeaver, UUID id, Answer answer) {
		Proposal proposal = waiting(careLeaver, id);
		int changed = this.jdbc.sql("""
				update take_up_proposal set answer = :answer, answered_at = :at
				where id = :id and care_leaver_account_id = :careLeaver and answer is null
				""")
			.param("answer", answer.name())
			.param("at", now().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.param("careLeaver", careLeaver.value())
			.update();
		if (changed != 1) {
			throw new TakeUps.NoSuchTakeUpException();
		}
		return proposal;
	}

	private static final String SELECT = """
			select id, care_leaver_account_id, opportunity_id, proposed_by, proposed_by_role, proposed_by_name,
			  reasons, proposed_at, answer, answered_at
			from take_up_proposal""";

	private static Proposal map(ResultSet rs, int row) throws SQLException {
		UUID by = rs.getObject("proposed_by", UUID.class);
		String answer = rs.getString("answer");
		java.sql.Timestamp answeredAt = rs.getTimestamp("answered_at");
		return new Proposal(rs.getObject("id", UUID.class),
				new AccountId(rs.getObject("care_leaver_account_id", UUID.class)),
				new OpportunityId(rs.getObject("opportunity_id", UUID.class)), (by != null) ? new AccountId(by) : null,
				Role.valueOf(rs.getString("proposed_by_role")), rs.getString("proposed_by_name"),
				strings(rs.getArray("reasons")), rs.getTimestamp("proposed_at").toInstant(),
				(answer != null) ? Answer.valueOf(answer) : null, (answeredAt != null) ? answeredAt.toInstant() : null);
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	/** A text array literal, each element quoted. */
	private static String textArray(List<String> values) {
		StringBuilder literal = new StringBuilder("{");
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				literal.append(',');
			}
			literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return literal.append('}').toString();
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * Who put the young person forward.
	 *
	 * @param role {@link Role#SUPPORTER} or {@link Role#COORDINATOR}
	 * @param name an adviser's name; ignored for coordinators, who are "the Covenant
	 * team"
	 */
	public record Proposer(AccountId account, Role role, String name) {

		public Proposer {
			if (role != Role.SUPPORTER && role != Role.COORDINATOR) {
				throw new IllegalArgumentException("Only advisers and coordinators put young people forward");
			}
		}

		String storedName() {
			return (this.role == Role.COORDINATOR) ? "The Covenant team" : this.name;
		}

	}

	/** The young person's answer. */
	public enum Answer {

		ACCEPTED("Said yes"), DECLINED("Said no thanks");

		private final String label;

		Answer(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * One time a young person was put forward.
	 *
	 * @param proposedBy {@code null} once that account is deleted
	 * @param answer {@code null} while it waits
	 */
	public record Proposal(UUID id, AccountId careLeaver, OpportunityId opportunity, AccountId proposedBy,
			Role proposedByRole, String proposedByName, List<String> reasons, Instant proposedAt, Answer answer,
			Instant answeredAt) {

		public Proposal {
			reasons = List.copyOf(reasons);
		}

		/** Who put them forward, as the young person reads it. */
		public String from() {
			return from(this.proposedByRole, this.proposedByName);
		}

		static String from(Role role, String name) {
			return (role == Role.COORDINATOR) ? "The Covenant team" : name + " (your adviser)";
		}

	}

}
