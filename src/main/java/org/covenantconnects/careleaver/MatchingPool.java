package org.covenantconnects.careleaver;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

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
 * matching off or no longer fits is left out. Read again after a change made through this
 * instance that could matter, and in the background once older than
 * {@code connects.matching.pool-kept-for}, for changes made through other instances.
 */
@Component
class MatchingPool {

	private final JdbcClient jdbc;

	private final Duration keptFor;

	private final AtomicLong generation = new AtomicLong();

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private volatile Copy copy;

	MatchingPool(JdbcClient jdbc, @Value("${connects.matching.pool-kept-for:30s}") Duration keptFor) {
		this.jdbc = jdbc;
		this.keptFor = keptFor;
	}

	/**
	 * Forgets the copy, after a change to whom it holds or what it holds about them: at
	 * once, and again when the change commits, so that a copy read in between is not
	 * kept.
	 */
	void forget() {
		this.generation.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					MatchingPool.this.generation.incrementAndGet();
				}
			});
		}
	}

	/** Everyone who turned matching on. */
	List<Member> members() {
		Copy current = this.copy;
		long now = this.generation.get();
		if (current != null && current.generation() == now) {
			if (current.readAt().plus(this.keptFor).isBefore(Instant.now())
					&& this.refreshing.compareAndSet(false, true)) {
				CompletableFuture.runAsync(() -> {
					try {
						reread();
					}
					finally {
						this.refreshing.set(false);
					}
				});
			}
			return current.members();
		}
		synchronized (this) {
			current = this.copy;
			if (current != null && current.generation() == this.generation.get()) {
				return current.members();
			}
			return reread();
		}
	}

	private List<Member> reread() {
		long before = this.generation.get();
		List<Member> members = this.jdbc.sql("""
				select account_id, date_of_birth, local_authority_id, region_code, interest_types, interest_categories,
				  situation
				from care_leaver where open_to_suggestions
				""").query((rs, i) -> {
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
		}).list();
		if (this.generation.get() == before) {
			this.copy = new Copy(before, Instant.now(), new ArrayList<>(members));
		}
		return members;
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

	private record Copy(long generation, Instant readAt, List<Member> members) {

	}

}
