package org.covenantconnects.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends ListCrudRepository<Account, UUID> {

	@Query("select * from account where lower(email) = lower(:email)")
	Optional<Account> findByEmail(@Param("email") String email);

	@Query("select * from account order by created_at desc, id limit :limit offset :offset")
	List<Account> page(@Param("offset") int offset, @Param("limit") int limit);

	@Query("select * from account where role = :role order by display_name, id")
	List<Account> allWithRole(@Param("role") String role);

	@Query("select * from account where role in ('COORDINATOR', 'ADMIN') order by role desc, display_name, id limit :limit offset :offset")
	List<Account> staff(@Param("offset") int offset, @Param("limit") int limit);

	@Query("select count(*) from account where role in ('COORDINATOR', 'ADMIN')")
	long countStaff();

	@Query("select count(*) from account where role = :role")
	long countByRole(@Param("role") String role);

	@Query("select count(*) from account where not demo")
	long countReal();

}
