package org.covenantconnects.careleaver;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.ChoiceGroup;
import org.covenantconnects.platform.DateAnswer;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The questions a care leaver is asked about themselves, as registration asks them, as
 * Your details asks them again, and as someone registering them on their behalf asks some
 * of them: the answers to choose from, the checks of an answer and what to say when it
 * will not do. Each check names the form field it belongs to.
 */
@Component
public class ProfileQuestions {

	public static final String FULL_NAME_TOO_LONG = "Full name must be 100 characters or fewer";

	public static final String PREFERRED_NAME_TOO_LONG = "The name you like to be called must be 100 characters or fewer";

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final Places places;

	private final Clock clock;

	private final Institutions institutions;

	/** The choice of a college or university that is not in the list. */
	public static final String NOT_LISTED = "not-listed";

	ProfileQuestions(Places places, Clock clock, Institutions institutions) {
		this.places = places;
		this.clock = clock;
		this.institutions = institutions;
	}

	/** Whose details a page asks about: the words change, the rules do not. */
	public enum Whose {

		YOURS("your", "you", "you"), THEIRS("their", "they", "them");

		final String possessive;

		final String subject;

		final String object;

		Whose(String possessive, String subject, String object) {
			this.possessive = possessive;
			this.subject = subject;
			this.object = object;
		}

	}

	/** The types of opportunity and kinds of support someone is interested in. */
	public record Interests(Set<OpportunityType> types, Set<Category> categories) {

	}

	/** The councils that may have looked after them, under the name of their region. */
	public List<ChoiceGroup> councils() {
		return this.places.regions()
			.stream()
			.map((region) -> new ChoiceGroup(region.name(),
					this.places.localAuthorities()
						.stream()
						.filter((council) -> council.region().equals(region.code()))
						.map((council) -> Choice.of(String.valueOf(council.id().value()), council.name()))
						.toList()))
			.toList();
	}

	/** The regions of England, where they live now. */
	public List<Choice> regions() {
		return this.places.regions().stream().map((region) -> Choice.of(region.code().value(), region.name())).toList();
	}

	/** The types of opportunity they may be interested in. */
	public List<Choice> types() {
		return Arrays.stream(OpportunityType.values()).map((type) -> Choice.of(type.name(), type.label())).toList();
	}

	/** The kinds of support they may be interested in. */
	public List<Choice> categories() {
		return Arrays.stream(Category.values())
			.map((category) -> Choice.of(category.name(), category.label()))
			.toList();
	}

	/** What they are doing now, each with its hint. */
	public List<Choice> situations() {
		return Arrays.stream(Situation.values())
			.map((situation) -> new Choice(situation.name(), situation.label(), situation.hint()))
			.toList();
	}

	/**
	 * The date of birth typed (field {@code dateOfBirth}), read on today's date in
	 * England.
	 */
	public DateOfBirth.Reading dateOfBirth(DateAnswer typed, Whose whose) {
		return DateOfBirth.read(typed, whose, LocalDate.now(this.clock.withZone(ENGLAND)));
	}

	/** The council chosen (field {@code council}), if it is one of the list. */
	public Optional<LocalAuthority> council(String chosen, Whose whose, Errors errors) {
		Optional<LocalAuthority> council = Optional.ofNullable(chosen)
			.map(String::trim)
			.filter((id) -> id.matches("\\d{1,4}"))
			.flatMap((id) -> this.places.localAuthority(new LocalAuthorityId(Integer.parseInt(id))));
		if (council.isEmpty()) {
			errors.rejectValue("council", "unknown", "Select the council that looked after " + whose.object);
		}
		return council;
	}

	/** The region chosen (field {@code region}), if it is one of England's. */
	public Optional<RegionCode> region(String chosen, Errors errors) {
		Optional<RegionCode> region = this.places.regions()
			.stream()
			.map(Region::code)
			.filter((code) -> code.value().equals(chosen))
			.findFirst();
		if (region.isEmpty()) {
			errors.rejectValue("region", "unknown", "Select the part of England where you live now");
		}
		return region;
	}

	/**
	 * What they are interested in (fields {@code types} and {@code categories}), if every
	 * choice is one of the list and there is at least one.
	 */
	public Optional<Interests> interests(List<String> types, List<String> categories, Errors errors) {
		Optional<Set<OpportunityType>> chosenTypes = valuesOf(types, OpportunityType.class);
		Optional<Set<Category>> chosenCategories = valuesOf(categories, Category.class);
		if (chosenTypes.isEmpty()) {
			errors.rejectValue("types", "unknown", "Select types of opportunity from the list");
		}
		if (chosenCategories.isEmpty()) {
			errors.rejectValue("categories", "unknown", "Select kinds of support from the list");
		}
		if (!errors.hasErrors() && chosenTypes.get().isEmpty() && chosenCategories.get().isEmpty()) {
			errors.rejectValue("types", "missing", "Select at least one thing you are interested in");
		}
		return errors.hasErrors() ? Optional.empty()
				: Optional.of(new Interests(chosenTypes.get(), chosenCategories.get()));
	}

	/** What they are doing now (field {@code situation}), if it is one of the list. */
	public Optional<Situation> situation(String chosen, Errors errors) {
		Optional<Situation> situation = Arrays.stream(Situation.values())
			.filter((candidate) -> candidate.name().equals(chosen))
			.findFirst();
		if (situation.isEmpty()) {
			errors.rejectValue("situation", "unknown", "Select what you are doing now, or that you prefer not to say");
		}
		return situation;
	}

	/**
	 * The colleges and universities to choose from, each by its address, then "It is not
	 * in this list".
	 */
	public List<Choice> institutions() {
		return Stream
			.concat(this.institutions.all().stream().map((i) -> Choice.of(i.slug(), i.name())),
					Stream.of(Choice.of(NOT_LISTED, "It is not in this list")))
			.toList();
	}

	/**
	 * A college or university as the chooser shows it: the address of the one in the list
	 * with this name, or {@link #NOT_LISTED} for a name not in the list, or {@code null}
	 * for none.
	 */
	public String chosenInstitution(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return listed(name).map(Institution::slug).orElse(NOT_LISTED);
	}

	/**
	 * The college or university (fields {@code chosenInstitution} and
	 * {@code institution}): the name of the one chosen from the list, or the name typed
	 * as a last resort when it is not listed, or empty text for none. A name typed that
	 * is in the list is kept as the list writes it.
	 */
	public Optional<String> institution(String chosenInstitution, String typedName, Whose whose, Errors errors) {
		String chosen = (chosenInstitution != null) ? chosenInstitution : "";
		String typed = (typedName != null) ? typedName.strip() : "";
		if (chosen.isEmpty() || NOT_LISTED.equals(chosen)) {
			if (NOT_LISTED.equals(chosen) && typed.isEmpty()) {
				errors.rejectValue("institution", "required",
						"Enter the name of " + whose.possessive + " college or university");
				return Optional.empty();
			}
			if (typed.length() > YourDetails.INSTITUTION_LENGTH) {
				errors.rejectValue("institution", "long", "The name of " + whose.possessive
						+ " college or university must be " + YourDetails.INSTITUTION_LENGTH + " characters or fewer");
				return Optional.empty();
			}
			return Optional.of(listed(typed).map(Institution::name).orElse(typed));
		}
		Optional<Institution> institution = this.institutions.bySlug(chosen);
		if (institution.isEmpty()) {
			errors.rejectValue("chosenInstitution", "invalid",
					"Select " + whose.possessive + " college or university from the list");
			return Optional.empty();
		}
		return Optional.of(institution.get().name());
	}

	/** The listed institution a typed name clearly names (ADR 033), if any. */
	private Optional<Institution> listed(String name) {
		return this.institutions.clearlyNamed(name.strip());
	}

	/** The values named, or empty if any name is not one of them. */
	private static <E extends Enum<E>> Optional<Set<E>> valuesOf(List<String> names, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		for (String name : (names != null) ? names : List.<String>of()) {
			Optional<E> value = Arrays.stream(type.getEnumConstants()).filter((e) -> e.name().equals(name)).findFirst();
			if (value.isEmpty()) {
				return Optional.empty();
			}
			values.add(value.get());
		}
		return Optional.of(values);
	}

}
