package org.covenantconnects.alert.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.covenantconnects.alert.AlertPreferences;
import org.covenantconnects.alert.Frequency;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.RegionCode;

import org.springframework.validation.Errors;

/** The answers on the alerts page, as sent: anything may have been tampered with. */
class PreferencesForm {

	static final String EMAIL = "EMAIL";

	static final String IN_APP = "IN_APP";

	private List<String> channels = new ArrayList<>();

	private String frequency;

	private List<String> categories = new ArrayList<>();

	private List<String> types = new ArrayList<>();

	private List<String> regions = new ArrayList<>();

	static PreferencesForm of(AlertPreferences preferences) {
		PreferencesForm form = new PreferencesForm();
		if (preferences.byEmail()) {
			form.channels.add(EMAIL);
		}
		if (preferences.inApp()) {
			form.channels.add(IN_APP);
		}
		form.frequency = preferences.frequency().name();
		preferences.categories().forEach((category) -> form.categories.add(category.name()));
		preferences.types().forEach((type) -> form.types.add(type.name()));
		preferences.regions().forEach((region) -> form.regions.add(region.value()));
		return form;
	}

	/**
	 * The preferences, or {@code null} with the problems recorded when an answer is
	 * missing or is not one of the choices offered.
	 */
	AlertPreferences validate(Errors errors, Set<String> knownRegions) {
		if (!List.of(EMAIL, IN_APP).containsAll(this.channels)) {
			errors.rejectValue("channels", "unknown", "Choose how we tell you from the list");
		}
		Frequency chosen = null;
		if (this.frequency == null || this.frequency.isBlank()) {
			errors.rejectValue("frequency", "missing", "Choose how often we email you");
		}
		else {
			try {
				chosen = Frequency.valueOf(this.frequency);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("frequency", "unknown", "Choose how often we email you from the list");
			}
		}
		Set<Category> categories = EnumSet.noneOf(Category.class);
		for (String value : this.categories) {
			try {
				categories.add(Category.valueOf(value));
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("categories", "unknown", "Choose kinds of support from the list");
				break;
			}
		}
		Set<OpportunityType> types = EnumSet.noneOf(OpportunityType.class);
		for (String value : this.types) {
			try {
				types.add(OpportunityType.valueOf(value));
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("types", "unknown", "Choose types of opportunity from the list");
				break;
			}
		}
		if (!knownRegions.containsAll(this.regions)) {
			errors.rejectValue("regions", "unknown", "Choose regions from the list");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new AlertPreferences(this.channels.contains(EMAIL), this.channels.contains(IN_APP), chosen, categories,
				types, this.regions.stream().map(RegionCode::new).collect(java.util.stream.Collectors.toSet()));
	}

	public List<String> getChannels() {
		return this.channels;
	}

	public void setChannels(List<String> channels) {
		this.channels = (channels != null) ? channels : new ArrayList<>();
	}

	public String getFrequency() {
		return this.frequency;
	}

	public void setFrequency(String frequency) {
		this.frequency = frequency;
	}

	public List<String> getCategories() {
		return this.categories;
	}

	public void setCategories(List<String> categories) {
		this.categories = (categories != null) ? categories : new ArrayList<>();
	}

	public List<String> getTypes() {
		return this.types;
	}

	public void setTypes(List<String> types) {
		this.types = (types != null) ? types : new ArrayList<>();
	}

	public List<String> getRegions() {
		return this.regions;
	}

	public void setRegions(List<String> regions) {
		this.regions = (regions != null) ? regions : new ArrayList<>();
	}

}
