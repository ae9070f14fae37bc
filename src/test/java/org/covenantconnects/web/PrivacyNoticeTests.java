package org.covenantconnects.web;

import org.covenantconnects.ConnectsTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The privacy notice states every retention period, with its default (ADR 022). */
@ConnectsTest
@AutoConfigureMockMvc
class PrivacyNoticeTests {

	@Autowired
	MockMvc mvc;

	@Test
	void thePrivacyNoticeSaysHowLongEachThingIsKept() throws Exception {
		String page = this.mvc.perform(get("/privacy")).andReturn().getResponse().getContentAsString();
		assertThat(page.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ")).contains(
				"what an email we sent you said: 30 days after it was sent",
				"an account whose email address was never confirmed: 30 days after it was made",
				"accept an invitation: 7 days after they stop working or are used",
				"a failed attempt to sign in: after 1 day",
				"a change of email address that was never confirmed: 7 days after its link stopped working",
				"only the page of results for 30 seconds",
				"have not signed in for a year: we email you first, and delete it 30 days later unless you sign in");
	}

	@Test
	void periodsAreWrittenInWords() {
		assertThat(RetentionPeriods.words(java.time.Duration.ofDays(365))).isEqualTo("a year");
		assertThat(RetentionPeriods.words(java.time.Duration.ofDays(730))).isEqualTo("2 years");
		assertThat(RetentionPeriods.words(java.time.Duration.ofDays(1))).isEqualTo("1 day");
		assertThat(RetentionPeriods.words(java.time.Duration.ofHours(36))).isEqualTo("36 hours");
		assertThat(RetentionPeriods.words(java.time.Duration.ofSeconds(30))).isEqualTo("30 seconds");
	}

}
