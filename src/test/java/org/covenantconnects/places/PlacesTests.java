package org.covenantconnects.places;

import org.covenantconnects.ConnectsTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ConnectsTest
class PlacesTests {

	@Autowired
	private Places places;

	@Test
	void englandHasNineRegionsAnd153CouncilsWithChildrensServices() {
		assertThat(this.places.regions()).hasSize(9);
		assertThat(this.places.localAuthorities()).hasSize(153);
	}

	@Test
	void everyCouncilBelongsToOneOfTheNineRegions() {
		assertThat(this.places.localAuthorities())
			.allSatisfy((council) -> assertThat(this.places.region(council.region())).isPresent());
	}

	@Test
	void londonHas33Councils() {
		RegionCode london = new RegionCode("E12000007");
		assertThat(this.places.localAuthorities().stream().filter((council) -> council.region().equals(london)))
			.hasSize(33);
		assertThat(this.places.region(london))
			.hasValueSatisfying((region) -> assertThat(region.name()).isEqualTo("London"));
	}

}
