package org.covenantconnects.opportunity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.util.Assert;

/** Identifies an opportunity. */
public record OpportunityId(UUID value) {

	public OpportunityId {
		Assert.notNull(value, "value must not be null");
	}

	/** Reads an id typed into an address; empty for anything that is not one. */
	public static Optional<OpportunityId> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new OpportunityId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
