package org.covenantconnects.impact;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.signatory.Signatories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.SignedIn.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signatory's own impact page: its take-ups by stage (counts under 5 as "fewer than
 * 5"), its tier and what the next needs, its pledge against what it delivered; and never
 * another organisation's figures.
 */
@ConnectsTest
@AutoConfigureMockMvc
class OrganisationImpactTests {

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Signatories signatories;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Test
	void aSignatorySeesItsOwnTakeUpsTierAndPledgeAndNoOneElses() throws Exception {
		Fixtures.Organisation bakery = this.fixtures.organisation("Impact Bakery");
		Fixtures.Organisation other = this.fixtures.organisation("Other Impact Works");
		this.fixtures.publish(bakery.id(), Fixtures.opportunity("Bakery apprenticeship"));
		Instant now = Instant.now();
		for (int i = 0; i < 6; i++) {
			takeUp(bakery, "APPLIED", now.minus(2, ChronoUnit.DAYS), null);
		}
		for (int i = 0; i < 5; i++) {
			takeUp(bakery, "STARTED", now.minus(30, ChronoUnit.DAYS), now.minus(30, ChronoUnit.DAYS));
		}
		takeUp(bakery, "SUSTAINED", now.minus(200, ChronoUnit.DAYS), now.minus(200, ChronoUnit.DAYS));
		for (int i = 0; i < 7; i++) {
			takeUp(other, "OFFERED", now.minus(3, ChronoUnit.DAYS), null);
		}

		String page = this.mvc.perform(get("/organisation/impact").with(as(bakery.member())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row(page, "Applied")).isEqualTo("6");
		assertThat(row(page, "Started")).isEqualTo("5");
		assertThat(row(page, "Still going")).isEqualTo("fewer than 5");
		assertThat(row(page, "Offered a place")).as("another organisation's take-ups").isEqualTo("fewer than 5");
		// Six started in the last 12 months earn silver; gold needs five still going
		assertThat(page).contains(">Silver<")
			.contains(
					"Gold needs 5 take-ups still going (or completed) six months after they started; you have fewer than 5.");
		assertThat(page).contains(this.signatories.pledgeOf(bakery.id()).orElseThrow());
		assertThat(page).contains("id=\"delivered-ever\">6<");

		String others = this.mvc.perform(get("/organisation/impact").with(as(other.member())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row(others, "Offered a place")).isEqualTo("7");
		assertThat(row(others, "Applied")).isEqualTo("fewer than 5");
		assertThat(others).contains("Bronze needs one opportunity open to young people").doesNotContain(bakery.name());
	}

	/** The figure in a row of the take-ups by stage table. */
	private static String row(String page, String stage) {
		String header = ">" + stage + "</th>";
		int at = page.indexOf(header, page.indexOf("id=\"stages\""));
		assertThat(at).as(stage).isPositive();
		int cell = page.indexOf('>', page.indexOf("<td", at)) + 1;
		return page.substring(cell, page.indexOf("</td>", cell)).strip();
	}

	private void takeUp(Fixtures.Organisation organisation, String status, Instant at, Instant startedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into take_up (id, account_id, opportunity_id, signatory_id, status, created_at, updated_at,
				  opportunity_type, region_code, started_at)
				values (:id, null, :opportunity, :signatory, :status, :at, :at, 'APPRENTICESHIP', 'E12000002', :started)
				""")
			.param("id", id)
			.param("opportunity", UUID.randomUUID())
			.param("signatory", organisation.id().value())
			.param("status", status)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("started", (startedAt != null) ? OffsetDateTime.ofInstant(startedAt, ZoneOffset.UTC) : null,
					java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.update();
		this.jdbc.sql("""
				insert into take_up_event (id, take_up_id, status, actor, occurred_at)
				values (:id, :takeUp, :status, 'SERVICE', :at)
				""")
			.param("id", UUID.randomUUID())
			.param("takeUp", id)
			.param("status", "SUSTAINED".equals(status) ? "STARTED" : status)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

}
