package org.covenantconnects.socialvalue.web;

/** One outcome's proxy value as typed: pounds, its source and its year. */
public class ProxyValueForm {

	private String pounds;

	private String source;

	private String year;

	public String getPounds() {
		return this.pounds;
	}

	public void setPounds(String pounds) {
		this.pounds = pounds;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

}
