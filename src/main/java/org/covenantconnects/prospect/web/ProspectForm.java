package org.covenantconnects.prospect.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.covenantconnects.platform.EmailAddress;

/** A prospect as a coordinator records it. */
public class ProspectForm {

	static final String BY_COUNCIL = "COUNCIL";

	static final String BY_SOMEONE_ELSE = "OTHER";

	@NotBlank(message = "Enter the organisation's name")
	@Size(max = 200, message = "Organisation name must be 200 characters or fewer")
	private String name;

	@Size(max = 300, message = "Website must be 300 characters or fewer")
	@Pattern(regexp = "^$|https?://[^\\s<>\"]+\\.[^\\s<>\"]+",
			message = "Enter the website address in the correct format, like https://www.example.org")
	private String website;

	private String sector;

	private String region;

	@NotBlank(message = "Enter the name of the person to contact")
	@Size(max = 100, message = "The contact's name must be 100 characters or fewer")
	private String contactName;

	@NotBlank(message = "Enter the contact's work email address")
	@EmailAddress.WellFormed
	private String contactEmail;

	@NotBlank(message = "Select who recommended the organisation")
	private String recommendedKind;

	private String council;

	@Size(max = 200, message = "Who recommended it must be 200 characters or fewer")
	private String recommendedBy;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getSector() {
		return this.sector;
	}

	public void setSector(String sector) {
		this.sector = sector;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getRecommendedKind() {
		return this.recommendedKind;
	}

	public void setRecommendedKind(String recommendedKind) {
		this.recommendedKind = recommendedKind;
	}

	public String getCouncil() {
		return this.council;
	}

	public void setCouncil(String council) {
		this.council = council;
	}

	public String getRecommendedBy() {
		return this.recommendedBy;
	}

	public void setRecommendedBy(String recommendedBy) {
		this.recommendedBy = recommendedBy;
	}

}
