package org.covenantconnects.event;

import java.time.Instant;
import java.util.List;

import org.covenantconnects.places.RegionCode;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What the organiser says about an event. Times are instants; pages enter and show them
 * in UK time ({@link EventTimes}).
 *
 * @param venue the venue's name, for an event in person
 * @param venueAddress the venue's address, for an event in person
 * @param joiningLink the link to join an online event, shown only to people with a place
 */
public record EventDetails(String title, String description, EventKind kind, List<Audience> audiences, Instant startsAt,
		Instant endsAt, boolean online, @Nullable String venue, @Nullable String venueAddress,
		@Nullable String joiningLink, RegionCode region, int capacity, @Nullable String accessibility,
		boolean travelPaid) {

	/** The longest title kept. */
	public static final int LONGEST_TITLE = 200;

	public EventDetails {
		Assert.hasText(title, "title must not be empty");
		Assert.isTrue(title.length() <= LONGEST_TITLE, "title is too long");
		Assert.hasText(description, "description must not be empty");
		Assert.notEmpty(audiences, "an event is for someone");
		audiences = audiences.stream().distinct().sorted().toList();
		Assert.isTrue(endsAt.isAfter(startsAt), "an event ends after it starts");
		Assert.isTrue(capacity > 0, "an event has at least one place");
		if (online) {
			Assert.hasText(joiningLink, "an online event has a joining link");
			venue = null;
			venueAddress = null;
		}
		else {
			Assert.hasText(venue, "an event in person has a venue");
			Assert.hasText(venueAddress, "an event in person has an address");
			joiningLink = null;
		}
		accessibility = (accessibility == null || accessibility.isBlank()) ? null : accessibility;
	}

	/**
	 * Whether anyone may see the event signed out: events for care leavers, supporters or
	 * partners are public; events for staff only are not.
	 */
	public boolean isPublic() {
		return this.audiences.stream().anyMatch((audience) -> audience != Audience.STAFF);
	}

}
