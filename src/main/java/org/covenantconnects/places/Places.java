package org.covenantconnects.places;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads regions and councils. The lists are reference data that change only by migration,
 * so they are read once and kept in memory.
 */
@Service
public class Places {

	private final List<Region> regions;

	private final List<LocalAuthority> localAuthorities;

	private final Map<LocalAuthorityId, LocalAuthority> localAuthoritiesById;

	Places(JdbcClient jdbc) {
		this.regions = jdbc.sql("select code, name, slug from region order by name")
			.query((rs, i) -> new Region(new RegionCode(rs.getString("code")), rs.getString("name"),
					rs.getString("slug")))
			.list();
		this.localAuthorities = jdbc.sql("select id, name, slug, region_code from local_authority order by name")
			.query((rs, i) -> new LocalAuthority(new LocalAuthorityId(rs.getInt("id")), rs.getString("name"),
					rs.getString("slug"), new RegionCode(rs.getString("region_code"))))
			.list();
		this.localAuthoritiesById = this.localAuthorities.stream()
			.collect(Collectors.toUnmodifiableMap(LocalAuthority::id, Function.identity()));
	}

	/** All nine regions, by name. */
	public List<Region> regions() {
		return this.regions;
	}

	/** All 153 councils with children's services, by name. */
	public List<LocalAuthority> localAuthorities() {
		return this.localAuthorities;
	}

	public Optional<LocalAuthority> localAuthority(LocalAuthorityId id) {
		return Optional.ofNullable(this.localAuthoritiesById.get(id));
	}

	public Optional<Region> region(RegionCode code) {
		return this.regions.stream().filter((region) -> region.code().equals(code)).findFirst();
	}

}
