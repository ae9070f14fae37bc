package org.covenantconnects.careleaver;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The few facts that rank the young people who turned matching on against an opportunity,
 * held in memory: about 60 bytes each, so 60,000 take a few megabytes, and ranking all of
 * them takes a millisecond or two where PostgreSQL takes a hundred. It only narrows the
 * field: the best are read again from the database, and anyone who has since turned
 * matching off or no longer fits is left out.
 * <p>
 * A change to one young person made through this instance replaces just them in the copy,
 * once it commits. Changes made through other instances are picked up by reading the
 * whole copy again: in the background once it is older than
 * {@code connects.matching.pool-kept-for}, and before answering once it is older than
 * twice that.
 */
@Component
class MatchingPool {

	/**
	 * Where the copy is read again in the background: one thread, never holding up
	 * shutdown.
	 */
	private static final Executor BACKGROUND = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "matching-pool-refresh");
		thread.setDaemon(true);
		return thread;
	});

	private static final String COLUMNS = """
			select account_id, date_of_birth, local_authority_id, region_code, interest_types, interest_categories,
			  situation
			from care_leaver where open_to_suggestions""";

	private final JdbcClient jdbc;

	private final Duration keptFor;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private volatile Copy copy;

	MatchingPool(JdbcClient jdbc, @Value("${connects.matching.pool-kept-for:30s}") Duration keptFor) {
		this.jdbc = jdbc;
		this.keptFor = keptFor;
	}

	/**
	 * Brings one young person up to date in the copy once the change made now commits (at
	 * once when there is no transaction): added, replaced, or removed when they turned
	 * matching off or deleted their account.
	 */
	void changed(AccountId account) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					update(account.value());
				}
			});
		}
		else {
			update(account.value());
		}
	}

	/** Everyone who turned matching on. */
	List<Member> members() {
		Copy current = this.copy;
		if (current != null && current.isYoungerThan(this.keptFor.multipliedBy(2))) {
			if (!current.isYoungerThan(this.keptFor) && this.refreshing.compareAndSet(false, true)) {
				CompletableFuture.runAsync(() -> {
					try {
						reread();
					}
					finally {
						this.refreshing.set(false);
					}
				}, BACKGROUND);
			}
			return current.members();
		}
		synchronized (this) {
			current = this.copy;
			if (current != null && current.isYoungerThan(this.keptFor.multipliedBy(2))) {
				return current.members();
			}
			return reread();
		}
	}

	private synchronized List<Member> reread() {
		List<Member> members = List.copyOf(this.jdbc.sql(COLUMNS).query(MatchingPool::member).list());
		this.copy = new Copy(Instant.now(), members);
		return members;
	}

	/**
	 * Replaces one young person in the copy. Synchronized with reading the whole copy, so
	 * that a read that began before the change cannot put the old facts back.
	 */
	private synchronized void update(UUID account) {
		Copy current = this.copy;
		if (current == null) {
			return;
		}
		Optional<Member> now = this.jdbc.sql(COLUMNS + " and account_id = :account")
			.param("account", account)
			.query(MatchingPool::member)
			.optional();
		List<Member> members = new ArrayList<>(current.members().size() + 1);
		for (Member member : current.members()) {
			if (!member.account().equals(account)) {
				members.add(member);
			}
		}
		now.ifPresent(members::add);
		this.copy = new Copy(current.readAt(), List.copyOf(members));
	}

	private static Member member(ResultSet rs, int row) throws SQLException {
		int types = 0;
		for (String type : strings(rs.getArray("interest_types"))) {
			types |= 1 << OpportunityType.valueOf(type).ordinal();
		}
		int categories = 0;
		for (String category : strings(rs.getArray("interest_categories"))) {
			categories |= 1 << Category.valueOf(category).ordinal();
		}
		return new Member(rs.getObject("account_id", UUID.class),
				rs.getDate("date_of_birth").toLocalDate().toEpochDay(), rs.getInt("local_authority_id"),
				rs.getString("region_code").intern(), types, categories,
				Situation.NONE.name().equals(rs.getString("situation")));
	}

	private static String[] strings(Array array) throws SQLException {
		return (array != null) ? (String[]) array.getArray() : new String[0];
	}

	/**
	 * One young person who turned matching on.
	 *
	 * @param bornOn their date of birth, as a day count
	 * @param types their interests among opportunity types, one bit per type
	 * @param categories their interests among categories, one bit per category
	 * @param notInWork not in education, employment or training
	 */
	record Member(UUID account, long bornOn, int council, String region, int types, int categories, boolean notInWork) {

	}

	private record Copy(Instant readAt, List<Member> members) {

		boolean isYoungerThan(Duration age) {
			return this.readAt.plus(age).isAfter(Instant.now());
		}

	}

}
