package org.covenantconnects.concern;

import java.util.Optional;
import java.util.UUID;

/** Identifies one reported concern. */
public record ConcernId(UUID value) {

	public ConcernId {
		if (value == null) {
			throw new IllegalArgumentException("A concern id needs a value");
		}
	}

	/** The id in a web address; empty when it is not one. */
	public static Optional<ConcernId> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new ConcernId(UUID.fromString(text)));
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
