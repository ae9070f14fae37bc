package org.covenantconnects.supporter;

import org.covenantconnects.places.LocalAuthorityId;

/**
 * A supporter's answers when they register.
 *
 * @param organisationName the college's or charity's name; {@code null} for a council
 * @param council the council they work for, or the council area their college or charity
 * is in
 */
public record NewSupporter(String name, SupporterRole role, OrganisationType organisationType, String organisationName,
		LocalAuthorityId council, String email) {

}
