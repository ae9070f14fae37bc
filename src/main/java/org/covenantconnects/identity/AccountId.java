package org.covenantconnects.identity;

import java.io.Serializable;
import java.util.UUID;

import org.springframework.util.Assert;

/** Identifies an account. */
public record AccountId(UUID value) implements Serializable {

	public AccountId {
		Assert.notNull(value, "value must not be null");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
