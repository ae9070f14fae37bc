package org.covenantconnects.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as kept in their session. Holds no password and no personal data
 * beyond the name they are greeted by.
 */
public final class CurrentUser implements UserDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	private final AccountId id;

	private final String email;

	private final String displayName;

	private final Role role;

	public CurrentUser(AccountId id, String email, String displayName, Role role) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
	}

	public AccountId id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return null;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

}
