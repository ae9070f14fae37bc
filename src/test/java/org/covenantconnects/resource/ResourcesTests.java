package org.covenantconnects.resource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.demo.TinyPdf;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Resources for partners against the real database: a coordinator uploads a PDF, the
 * public list shows it and it downloads as an attachment under a name made from its
 * title; a text file renamed to .pdf, a PDF cut short and a file above 10 MB are refused
 * with messages and answers kept; a newer version replaces the older, which is kept but
 * no longer listed.
 */
@ConnectsTest
@AutoConfigureMockMvc
class ResourcesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Resources resources;

	@Test
	void aCoordinatorUploadsAPdfThePublicListsItAndItDownloadsAsAnAttachment() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		String title = "Social Value Toolkit " + unique();
		byte[] pdf = TinyPdf.of(title, List.of("For tests"));
		this.mvc
			.perform(upload("/coordinator/resources/new", coordinator,
					new MockMultipartFile("file", "../../etc/passwd\"; evil.exe", "text/html", pdf))
				.param("title", title)
				.param("audiences", "COUNCILS", "ORGANISATIONS"))
			.andExpect(redirectedUrl("/coordinator/resources"));
		PartnerResource published = this.resources.current()
			.stream()
			.filter((r) -> r.title().equals(title))
			.findFirst()
			.orElseThrow();
		assertThat(published.audiences()).containsExactly(Audience.COUNCILS, Audience.ORGANISATIONS);

		this.mvc.perform(get("/resources"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("/resources/" + published.id())));
		this.mvc.perform(get("/councils")).andExpect(content().string(containsString("href=\"/resources\"")));
		byte[] downloaded = this.mvc.perform(get("/resources/" + published.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"" + published.fileName() + "\""))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
		assertThat(published.fileName()).matches("social-value-toolkit-[a-z0-9]+-2026-03-01\\.pdf");
		this.mvc.perform(get("/resources/" + UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void aTextFileRenamedToPdfIsRefusedWithAMessageAndTheAnswersKept() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		String title = "Renamed " + unique();
		this.mvc
			.perform(upload("/coordinator/resources/new", coordinator,
					new MockMultipartFile("file", "guidance.pdf", "application/pdf",
							"Guidance for Virtual School Heads, as plain text".getBytes(StandardCharsets.UTF_8)))
				.param("title", title)
				.param("audiences", "VIRTUAL_SCHOOL_HEADS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("The selected file must be a PDF")))
			.andExpect(content().string(containsString("value=\"" + title + "\"")));
		byte[] cut = Arrays.copyOf(TinyPdf.of(title, List.of("Cut short")), 200);
		this.mvc
			.perform(upload("/coordinator/resources/new", coordinator,
					new MockMultipartFile("file", "cut.pdf", "application/pdf", cut))
				.param("title", title)
				.param("audiences", "VIRTUAL_SCHOOL_HEADS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The selected file is not a complete PDF")));
		assertThat(this.resources.anyTitled(title)).isFalse();
		assertThatThrownBy(() -> this.resources.publish(title, List.of(Audience.COUNCILS), LocalDate.now(),
				"%PDF-1.4 but nothing else".getBytes(StandardCharsets.ISO_8859_1), coordinator.id()))
			.isInstanceOf(Resources.NotAPdfException.class);
	}

	@Test
	void aFileAbove10MbIsRefusedWithAMessage() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		String title = "Too large " + unique();
		byte[] pdf = TinyPdf.of(title, List.of("Padded"));
		byte[] large = new byte[PdfFile.LARGEST + 1];
		Arrays.fill(large, (byte) ' ');
		System.arraycopy(pdf, 0, large, 0, pdf.length - 6);
		System.arraycopy("%%EOF\n".getBytes(StandardCharsets.ISO_8859_1), 0, large, large.length - 6, 6);
		this.mvc
			.perform(upload("/coordinator/resources/new", coordinator,
					new MockMultipartFile("file", "large.pdf", "application/pdf", large))
				.param("title", title)
				.param("audiences", "COUNCILS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The selected file must be 10 MB or smaller")));
		assertThat(this.resources.anyTitled(title)).isFalse();
		assertThat(PdfFile.problemWith(Arrays.copyOf(large, PdfFile.LARGEST))).as("10 MB exactly is allowed")
			.isNotEqualTo(PdfFile.problemWith(large));
	}

	@Test
	void aNewerVersionReplacesTheOlderWhichIsKeptButNoLongerListed() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		String title = "Whole Council Approach " + unique();
		PartnerResource first = this.resources.publish(title, List.of(Audience.COUNCILS), LocalDate.of(2025, 4, 1),
				TinyPdf.of(title, List.of("2025")), coordinator.id());
		this.mvc
			.perform(upload("/coordinator/resources/" + first.id() + "/new-version", coordinator,
					new MockMultipartFile("file", "new.pdf", "application/pdf", TinyPdf.of(title, List.of("2026"))))
				.param("title", title)
				.param("audiences", "COUNCILS"))
			.andExpect(redirectedUrl("/coordinator/resources"));

		List<PartnerResource> listed = this.resources.current()
			.stream()
			.filter((r) -> r.title().equals(title))
			.toList();
		assertThat(listed).singleElement()
			.satisfies((current) -> assertThat(current.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 1)))
			.satisfies((current) -> assertThat(current.documentId()).isEqualTo(first.documentId()));
		assertThat(this.resources.find(first.id()))
			.hasValueSatisfying((older) -> assertThat(older.isCurrent()).isFalse());
		this.mvc.perform(get("/resources"))
			.andExpect(content().string(containsString("/resources/" + listed.get(0).id())))
			.andExpect(content().string(not(containsString("/resources/" + first.id()))));
		this.mvc.perform(get("/coordinator/resources").with(as(coordinator)))
			.andExpect(content().string(containsString("Superseded")))
			.andExpect(content().string(containsString("/resources/" + first.id())));
	}

	private static MockMultipartHttpServletRequestBuilder upload(String path, CurrentUser coordinator,
			MockMultipartFile file) {
		MockMultipartHttpServletRequestBuilder request = multipart(path).file(file);
		request.with(csrf()).with(as(coordinator));
		request.param("publishedOn.day", "1").param("publishedOn.month", "3").param("publishedOn.year", "2026");
		return request;
	}

	private static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
