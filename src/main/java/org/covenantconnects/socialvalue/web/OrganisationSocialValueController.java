package org.covenantconnects.socialvalue.web;

import java.util.ArrayList;
import java.util.List;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatorySummary;
import org.covenantconnects.socialvalue.Period;
import org.covenantconnects.socialvalue.SocialValue;
import org.covenantconnects.socialvalue.SocialValues;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A signatory's social value, for its users: the outcomes it delivered in a year, their
 * proxy values and the total, and the statement to download. Only the organisation the
 * user acts for: the address names none, so no other can be asked for. The counts are of
 * the organisation's own take-ups, each of which it recorded itself, so they are shown
 * exactly (ADR 047).
 */
@Controller
class OrganisationSocialValueController {

	private final Signatories signatories;

	private final SocialValues socialValues;

	OrganisationSocialValueController(Signatories signatories, SocialValues socialValues) {
		this.signatories = signatories;
		this.socialValues = socialValues;
	}

	@GetMapping("/organisation/social-value")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String year, Model model) {
		SignatorySummary organisation = ownOrganisation(user);
		Period period = period(year);
		SocialValue value = this.socialValues.ofOrganisation(organisation.id(), period,
				this.socialValues.asOfFor(period));
		model.addAttribute("organisation", organisation);
		model.addAttribute("value", value);
		model.addAttribute("asOf", Statement.DAY.format(value.asOf()));
		model.addAttribute("selectedYear", String.valueOf(period.startYear()));
		model.addAttribute("yearChoices", yearChoices());
		model.addAttribute("anyDefault", value.rows().stream().anyMatch((row) -> row.proxy().isDefault()));
		model.addAttribute("metaDescription",
				"The social value your organisation delivered for care leavers through the Covenant, "
						+ "and the statement to put in a tender.");
		return "socialvalue/organisation";
	}

	@GetMapping("/organisation/social-value/statement.pdf")
	ResponseEntity<byte[]> statement(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String year) {
		SignatorySummary organisation = ownOrganisation(user);
		Period period = period(year);
		SocialValue value = this.socialValues.ofOrganisation(organisation.id(), period,
				this.socialValues.asOfFor(period));
		byte[] pdf = Statement.pdf(organisation.name(), value, this.socialValues.today());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(Statement.fileName(organisation.name(), value))
						.build()
						.toString())
			.body(pdf);
	}

	private SignatorySummary ownOrganisation(CurrentUser user) {
		return this.signatories.ofMember(user.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The year asked for, or this year when none or one out of range is. */
	private Period period(String year) {
		int current = Period.of(this.socialValues.today()).startYear();
		if (year != null && year.matches("[0-9]{4}")) {
			int wanted = Integer.parseInt(year);
			if (wanted >= Period.FIRST && wanted <= current) {
				return new Period(wanted);
			}
		}
		return new Period(current);
	}

	private List<Choice> yearChoices() {
		List<Choice> years = new ArrayList<>();
		for (int year = Period.of(this.socialValues.today()).startYear(); year >= Period.FIRST; year--) {
			years.add(Choice.of(String.valueOf(year), new Period(year).label()));
		}
		return years;
	}

}
