package org.covenantconnects.takeup;

import java.util.Optional;
import java.util.UUID;

import org.springframework.util.Assert;

/** Identifies one take-up. */
public record TakeUpId(UUID value) {

	public TakeUpId {
		Assert.notNull(value, "value must not be null");
	}

	/** Reads an id typed into an address; empty for anything that is not one. */
	public static Optional<TakeUpId> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new TakeUpId(UUID.fromString(text)));
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
