package org.covenantconnects.matching.internal;

import org.covenantconnects.careleaver.CareLeaverChanged;
import org.covenantconnects.careleaver.CareLeaverDeleted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the copy of the young people who turned matching on current with changes made
 * through this instance: each change replaces just that young person once it commits.
 */
@Component
class PoolUpdates {

	private final MatchingPool pool;

	PoolUpdates(MatchingPool pool) {
		this.pool = pool;
	}

	@EventListener
	void on(CareLeaverChanged changed) {
		this.pool.changed(changed.account());
	}

	@EventListener
	void on(CareLeaverDeleted deleted) {
		this.pool.changed(deleted.account());
	}

}
