package org.covenantconnects.council.web;

import java.util.ArrayList;
import java.util.List;

/** A coordinator's patch as ticked: region codes and council ids. */
public class PatchForm {

	private List<String> regions = new ArrayList<>();

	private List<String> councils = new ArrayList<>();

	public List<String> getRegions() {
		return this.regions;
	}

	public void setRegions(List<String> regions) {
		this.regions = (regions != null) ? regions : new ArrayList<>();
	}

	public List<String> getCouncils() {
		return this.councils;
	}

	public void setCouncils(List<String> councils) {
		this.councils = (councils != null) ? councils : new ArrayList<>();
	}

}
