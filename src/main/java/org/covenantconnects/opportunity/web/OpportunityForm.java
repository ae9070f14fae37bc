package org.covenantconnects.opportunity.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.covenantconnects.opportunity.Barriers;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.InternshipFacts;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.opportunity.Scope;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.DateAnswer;

import org.springframework.validation.BindingResult;

/**
 * The opportunity form as typed. Everything is text until {@link #toDetails} checks it,
 * so nothing typed can fail before the page can explain it.
 */
class OpportunityForm {

	static final String TRAVEL = "travel", CLOTHING = "clothing", INTERVIEW = "interview", ADVISER = "adviser";

	static final String YES = "yes", NO = "no";

	static final String WEEKS = "weeks", WAGE = "wage", MENTOR = "mentor", SKILLS = "skills", JOB = "job";

	/** The fields in page order, for the error summary. */
	static final List<String> FIELDS = List.of("title", "summary", "description", "type", "category", "outcomes",
			"scope", "regions", "councils", "ageFrom", "ageTo", "otherConditions", "places", "opensOn", "closesOn",
			"startsOn", "takeUp", "applyUrl", "accessCode", "barriers", "internship", "confirmedOnly");

	private String title;

	private String summary;

	private String description;

	private String type;

	private String category;

	private List<String> outcomes = new ArrayList<>();

	private String scope;

	private List<String> regions = new ArrayList<>();

	private String councils;

	private String ageFrom = String.valueOf(OpportunityDetails.YOUNGEST);

	private String ageTo = String.valueOf(OpportunityDetails.DEFAULT_OLDEST);

	private String otherConditions;

	private String places;

	private DateAnswer opensOn = new DateAnswer();

	private DateAnswer closesOn = new DateAnswer();

	private DateAnswer startsOn = new DateAnswer();

	private String takeUp;

	private String applyUrl;

	private String accessCode;

	private List<String> barriers = new ArrayList<>();

	private List<String> internship = new ArrayList<>();

	private String confirmedOnly = NO;

	static OpportunityForm of(OpportunityDetails details, Places places) {
		OpportunityForm form = new OpportunityForm();
		form.title = details.title();
		form.summary = details.summary();
		form.description = details.description();
		form.type = details.type().name();
		form.category = details.category().name();
		form.outcomes = new ArrayList<>(details.outcomes().stream().map(Enum::name).sorted().toList());
		form.scope = details.scope().name();
		form.regions = new ArrayList<>(details.regions().stream().map(RegionCode::value).toList());
		form.councils = String.join("\n",
				details.councils()
					.stream()
					.map((id) -> places.localAuthority(id).map(LocalAuthority::name).orElse(""))
					.toList());
		form.ageFrom = String.valueOf(details.ageFrom());
		form.ageTo = String.valueOf(details.ageTo());
		form.otherConditions = details.otherConditions();
		form.places = (details.places() != null) ? String.valueOf(details.places()) : "";
		form.opensOn = DateAnswer.of(details.opensOn());
		form.closesOn = DateAnswer.of(details.closesOn());
		form.startsOn = DateAnswer.of(details.startsOn());
		form.takeUp = details.takeUp().name();
		form.applyUrl = details.applyUrl();
		form.accessCode = details.accessCode();
		Barriers b = details.barriers();
		form.barriers = new ArrayList<>();
		addIf(form.barriers, b.travelPaid(), TRAVEL);
		addIf(form.barriers, b.clothingProvided(), CLOTHING);
		addIf(form.barriers, b.guaranteedInterview(), INTERVIEW);
		addIf(form.barriers, b.applyWithAdviser(), ADVISER);
		InternshipFacts f = details.internship();
		form.internship = new ArrayList<>();
		addIf(form.internship, f.lastsTwelveWeeks(), WEEKS);
		addIf(form.internship, f.paidLivingWage(), WAGE);
		addIf(form.internship, f.hasMentor(), MENTOR);
		addIf(form.internship, f.certifiedSkills(), SKILLS);
		addIf(form.internship, f.routeToJob(), JOB);
		form.confirmedOnly = details.confirmedOnly() ? YES : NO;
		return form;
	}

	/**
	 * The details typed, with every problem recorded against its field; {@code null} when
	 * there are any.
	 */
	OpportunityDetails toDetails(Places places, BindingResult errors) {
		OpportunityType chosenType = choice(OpportunityType.class, this.type, "type", "Select the type of opportunity",
				errors);
		Category chosenCategory = choice(Category.class, this.category, "category", "Select a category", errors);
		Set<Outcome> chosenOutcomes = EnumSet.noneOf(Outcome.class);
		for (String outcome : this.outcomes) {
			Outcome parsed = choice(Outcome.class, outcome, "outcomes", "Select outcomes from the list", errors);
			if (parsed != null) {
				chosenOutcomes.add(parsed);
			}
		}
		Scope chosenScope = choice(Scope.class, this.scope, "scope", "Select where the opportunity is available",
				errors);
		List<RegionCode> chosenRegions = new ArrayList<>();
		for (String code : this.regions) {
			places.regions()
				.stream()
				.filter((region) -> region.code().value().equals(code))
				.map(Region::code)
				.findFirst()
				.ifPresentOrElse(chosenRegions::add, () -> reject(errors, "regions", "Select regions from the list"));
		}
		List<LocalAuthorityId> chosenCouncils = new ArrayList<>();
		if (this.councils != null) {
			for (String name : this.councils.split("[\\n,;]")) {
				String wanted = name.trim();
				if (wanted.isEmpty()) {
					continue;
				}
				places.localAuthorities()
					.stream()
					.filter((council) -> isNamed(council, wanted))
					.map(LocalAuthority::id)
					.findFirst()
					.ifPresentOrElse((id) -> {
						if (!chosenCouncils.contains(id)) {
							chosenCouncils.add(id);
						}
					}, () -> reject(errors, "councils", "There is no council called '" + abbreviated(wanted)
							+ "' with children's services in England. Check the spelling"));
			}
		}
		Integer from = number(this.ageFrom, "ageFrom", "Youngest age must be a number, like 16", errors);
		Integer to = number(this.ageTo, "ageTo", "Oldest age must be a number, like 25", errors);
		Integer placeCount = hasText(this.places)
				? number(this.places, "places", "Number of places must be a number, or leave it empty", errors) : null;
		LocalDate opens = dateOf(this.opensOn, "opensOn", "Opening date", errors);
		LocalDate closes = dateOf(this.closesOn, "closesOn", "Closing date", errors);
		LocalDate starts = dateOf(this.startsOn, "startsOn", "Start date", errors);
		TakeUpRoute route = choice(TakeUpRoute.class, this.takeUp, "takeUp", "Select how care leavers take it up",
				errors);
		OpportunityDetails details = new OpportunityDetails(this.title, this.summary, this.description, chosenType,
				chosenCategory, chosenOutcomes, chosenScope, chosenRegions, chosenCouncils, from, to,
				this.otherConditions, placeCount, opens, closes, starts, route, this.applyUrl, this.accessCode,
				new Barriers(this.barriers.contains(TRAVEL), this.barriers.contains(CLOTHING),
						this.barriers.contains(INTERVIEW), this.barriers.contains(ADVISER)),
				new InternshipFacts(this.internship.contains(WEEKS), this.internship.contains(WAGE),
						this.internship.contains(MENTOR), this.internship.contains(SKILLS),
						this.internship.contains(JOB)),
				YES.equals(this.confirmedOnly));
		if (!YES.equals(this.confirmedOnly) && !NO.equals(this.confirmedOnly)) {
			reject(errors, "confirmedOnly",
					"Select whether it is only for young people whose care experience is " + "confirmed");
		}
		for (OpportunityDetails.Problem problem : details.problems()) {
			if (!errors.hasFieldErrors(problem.field())) {
				reject(errors, problem.field(), problem.message());
			}
		}
		return errors.hasErrors() ? null : details;
	}

	private static String abbreviated(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message,
			BindingResult errors) {
		if (!hasText(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException ex) {
			reject(errors, field, message);
			return null;
		}
	}

	private static Integer number(String value, String field, String message, BindingResult errors) {
		if (!hasText(value)) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			reject(errors, field, message);
			return null;
		}
	}

	private static void reject(BindingResult errors, String field, String message) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "invalid", message);
		}
	}

	private static void addIf(List<String> values, boolean condition, String value) {
		if (condition) {
			values.add(value);
		}
	}

	@SuppressFBWarnings(value = "IMPROPER_UNICODE",
			justification = "A typed council name is matched to the list of councils; the match only chooses which council is meant")
	private static boolean isNamed(LocalAuthority council, String typed) {
		return council.name().equalsIgnoreCase(typed) || council.slug().equalsIgnoreCase(typed);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	/**
	 * The date typed, or {@code null} for none; a year outside 2000 to 2100 or parts that
	 * make no real date are refused with the field's name.
	 */
	private static LocalDate dateOf(DateAnswer parts, String field, String name, BindingResult errors) {
		if (parts.isEmpty()) {
			return null;
		}
		if (parts.getYear() == null || parts.getMonth() == null || parts.getDay() == null) {
			reject(errors, field, name + " must be a real date, like 27 3 2027");
			return null;
		}
		try {
			int y = Integer.parseInt(parts.getYear().trim());
			if (y < 2000 || y > 2100) {
				reject(errors, field, name + " must have a year with 4 numbers, like 2027");
				return null;
			}
			return LocalDate.of(y, Integer.parseInt(parts.getMonth().trim()), Integer.parseInt(parts.getDay().trim()));
		}
		catch (NumberFormatException | DateTimeException ex) {
			reject(errors, field, name + " must be a real date, like 27 3 2027");
			return null;
		}
	}

	// Accessors for binding

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public List<String> getOutcomes() {
		return this.outcomes;
	}

	public void setOutcomes(List<String> outcomes) {
		this.outcomes = (outcomes != null) ? outcomes : new ArrayList<>();
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public List<String> getRegions() {
		return this.regions;
	}

	public void setRegions(List<String> regions) {
		this.regions = (regions != null) ? regions : new ArrayList<>();
	}

	public String getCouncils() {
		return this.councils;
	}

	public void setCouncils(String councils) {
		this.councils = councils;
	}

	public String getAgeFrom() {
		return this.ageFrom;
	}

	public void setAgeFrom(String ageFrom) {
		this.ageFrom = ageFrom;
	}

	public String getAgeTo() {
		return this.ageTo;
	}

	public void setAgeTo(String ageTo) {
		this.ageTo = ageTo;
	}

	public String getOtherConditions() {
		return this.otherConditions;
	}

	public void setOtherConditions(String otherConditions) {
		this.otherConditions = otherConditions;
	}

	public String getPlaces() {
		return this.places;
	}

	public void setPlaces(String places) {
		this.places = places;
	}

	public DateAnswer getOpensOn() {
		return this.opensOn;
	}

	public void setOpensOn(DateAnswer opensOn) {
		this.opensOn = opensOn;
	}

	public DateAnswer getClosesOn() {
		return this.closesOn;
	}

	public void setClosesOn(DateAnswer closesOn) {
		this.closesOn = closesOn;
	}

	public DateAnswer getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(DateAnswer startsOn) {
		this.startsOn = startsOn;
	}

	public String getTakeUp() {
		return this.takeUp;
	}

	public void setTakeUp(String takeUp) {
		this.takeUp = takeUp;
	}

	public String getApplyUrl() {
		return this.applyUrl;
	}

	public void setApplyUrl(String applyUrl) {
		this.applyUrl = applyUrl;
	}

	public String getAccessCode() {
		return this.accessCode;
	}

	public void setAccessCode(String accessCode) {
		this.accessCode = accessCode;
	}

	public List<String> getBarriers() {
		return this.barriers;
	}

	public void setBarriers(List<String> barriers) {
		this.barriers = (barriers != null) ? barriers : new ArrayList<>();
	}

	public List<String> getInternship() {
		return this.internship;
	}

	public void setInternship(List<String> internship) {
		this.internship = (internship != null) ? internship : new ArrayList<>();
	}

	public String getConfirmedOnly() {
		return this.confirmedOnly;
	}

	public void setConfirmedOnly(String confirmedOnly) {
		this.confirmedOnly = confirmedOnly;
	}

}
