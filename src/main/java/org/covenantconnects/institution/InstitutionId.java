package org.covenantconnects.institution;

import java.util.UUID;

import org.springframework.util.Assert;

/** A college's or university's id. */
public record InstitutionId(UUID value) {

	public InstitutionId {
		Assert.notNull(value, "value must not be null");
	}

}
