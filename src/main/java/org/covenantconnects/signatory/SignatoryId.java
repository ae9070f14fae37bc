package org.covenantconnects.signatory;

import java.io.Serializable;
import java.util.UUID;

import org.springframework.util.Assert;

/** Identifies an organisation, whether a prospect or a signatory. */
public record SignatoryId(UUID value) implements Serializable {

	public SignatoryId {
		Assert.notNull(value, "value must not be null");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
