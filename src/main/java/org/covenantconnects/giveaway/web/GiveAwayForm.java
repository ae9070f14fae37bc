package org.covenantconnects.giveaway.web;

/** What a coordinator types to set up a give-away, kept as typed. */
public class GiveAwayForm {

	private String month;

	private String prize;

	private String details;

	private String youngest;

	private String oldest;

	private String region;

	public String getMonth() {
		return this.month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

	public String getPrize() {
		return this.prize;
	}

	public void setPrize(String prize) {
		this.prize = prize;
	}

	public String getDetails() {
		return this.details;
	}

	public void setDetails(String details) {
		this.details = details;
	}

	public String getYoungest() {
		return this.youngest;
	}

	public void setYoungest(String youngest) {
		this.youngest = youngest;
	}

	public String getOldest() {
		return this.oldest;
	}

	public void setOldest(String oldest) {
		this.oldest = oldest;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

}
