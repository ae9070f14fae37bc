package org.covenantconnects.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTests {

	@Test
	void aShortListHasOnePage() {
		PageLinks pages = PageLinks.of(1, 3, 25, "/things?page=");
		assertThat(pages.total()).isEqualTo(1);
		assertThat(pages.hasPrevious()).isFalse();
		assertThat(pages.hasNext()).isFalse();
	}

	@Test
	void aPageBeyondTheEndShowsTheLastPage() {
		PageLinks pages = PageLinks.of(99, 60, 25, "/things?page=");
		assertThat(pages.current()).isEqualTo(3);
		assertThat(pages.offset(25)).isEqualTo(50);
	}

	@Test
	void longListsShowTheEndsAndTheNeighboursWithGapsBetween() {
		PageLinks pages = PageLinks.of(6, 250, 25, "/things?page=");
		assertThat(pages.numbers()).containsExactly(1, 0, 5, 6, 7, 0, 10);
		assertThat(pages.href(7)).isEqualTo("/things?page=7");
	}

}
