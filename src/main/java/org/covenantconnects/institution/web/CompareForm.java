package org.covenantconnects.institution.web;

import java.util.ArrayList;
import java.util.List;

/** The colleges and universities someone chose to compare, by their addresses. */
public class CompareForm {

	private List<String> institutions = new ArrayList<>();

	public List<String> getInstitutions() {
		return this.institutions;
	}

	public void setInstitutions(List<String> institutions) {
		this.institutions = institutions;
	}

}
