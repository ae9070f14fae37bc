package org.covenantconnects.council.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.council.Patch;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code coordinator_patch_region} and {@code coordinator_patch_council}. */
@Repository
public class PatchRepository {

	private final JdbcClient jdbc;

	PatchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Patch of(AccountId coordinator) {
		Set<RegionCode> regions = new HashSet<>(
				this.jdbc.sql("select region_code from coordinator_patch_region where account_id = :account")
					.param("account", coordinator.value())
					.query((rs, i) -> new RegionCode(rs.getString("region_code")))
					.list());
		Set<LocalAuthorityId> councils = new HashSet<>(
				this.jdbc.sql("select local_authority_id from coordinator_patch_council where account_id = :account")
					.param("account", coordinator.value())
					.query((rs, i) -> new LocalAuthorityId(rs.getInt("local_authority_id")))
					.list());
		return new Patch(regions, councils);
	}

	/**
	 * Each coordinator's patch, in two queries whatever their number; an empty patch for
	 * one who has none.
	 */
	public Map<AccountId, Patch> ofEach(Collection<AccountId> coordinators) {
		Map<AccountId, Set<RegionCode>> regions = new HashMap<>();
		Map<AccountId, Set<LocalAuthorityId>> councils = new HashMap<>();
		UUID[] accounts = coordinators.stream().map(AccountId::value).toArray(UUID[]::new);
		this.jdbc.sql("select account_id, region_code from coordinator_patch_region where account_id = any(:accounts)")
			.param("accounts", accounts)
			.query((rs) -> {
				regions.computeIfAbsent(new AccountId(rs.getObject("account_id", UUID.class)), (a) -> new HashSet<>())
					.add(new RegionCode(rs.getString("region_code")));
			});
		this.jdbc.sql(
				"select account_id, local_authority_id from coordinator_patch_council where account_id = any(:accounts)")
			.param("accounts", accounts)
			.query((rs) -> {
				councils.computeIfAbsent(new AccountId(rs.getObject("account_id", UUID.class)), (a) -> new HashSet<>())
					.add(new LocalAuthorityId(rs.getInt("local_authority_id")));
			});
		Map<AccountId, Patch> patches = new HashMap<>();
		for (AccountId coordinator : coordinators) {
			patches.put(coordinator, new Patch(regions.getOrDefault(coordinator, Set.of()),
					councils.getOrDefault(coordinator, Set.of())));
		}
		return patches;
	}

	/** Replaces a coordinator's patch with this one. */
	public void replace(AccountId coordinator, Patch patch) {
		this.jdbc.sql("delete from coordinator_patch_region where account_id = :account")
			.param("account", coordinator.value())
			.update();
		this.jdbc.sql("delete from coordinator_patch_council where account_id = :account")
			.param("account", coordinator.value())
			.update();
		for (RegionCode region : patch.regions()) {
			this.jdbc.sql("insert into coordinator_patch_region (account_id, region_code) values (:account, :region)")
				.param("account", coordinator.value())
				.param("region", region.value())
				.update();
		}
		for (LocalAuthorityId council : patch.councils()) {
			this.jdbc.sql(
					"insert into coordinator_patch_council (account_id, local_authority_id) values (:account, :council)")
				.param("account", coordinator.value())
				.param("council", council.value())
				.update();
		}
	}

}
