package org.covenantconnects.takeup.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;

import org.covenantconnects.platform.Choice;
import org.covenantconnects.takeup.Sharing;

import org.springframework.validation.BindingResult;

/**
 * What a young person shares with an organisation when they apply or say yes to being put
 * forward.
 */
public class ApplyForm {

	private List<String> share = new ArrayList<>();

	@Size(max = 2000, message = "Your message must be 2000 characters or fewer")
	private String message;

	public List<String> getShare() {
		return this.share;
	}

	public void setShare(List<String> share) {
		this.share = (share != null) ? share : new ArrayList<>();
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	/**
	 * What the young person chose to share, or nothing with an error on the form when
	 * they chose nothing or something not on the list.
	 */
	public Set<Sharing> sharing(BindingResult errors) {
		Set<String> known = Arrays.stream(Sharing.values()).map(Enum::name).collect(Collectors.toSet());
		if (!known.containsAll(this.share)) {
			errors.rejectValue("share", "unknown", "Select what to share from the list");
			return Set.of();
		}
		if (this.share.isEmpty()) {
			errors.rejectValue("share", "missing", "Select at least one thing to share, so the organisation knows "
					+ "who is applying. Share your email address if you want them to reply to you");
			return Set.of();
		}
		return this.share.stream()
			.map(Sharing::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Sharing.class)));
	}

	/** The things a young person may share, as checkboxes. */
	public static List<Choice> shareChoices() {
		return Arrays.stream(Sharing.values()).map((s) -> Choice.of(s.name(), s.label())).toList();
	}

}
