package org.covenantconnects.resource.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.resource.Audience;
import org.covenantconnects.resource.PartnerResource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code partner_resource} table. */
@Repository
public class ResourceRepository {

	private static final String COLUMNS = """
			id, document_id, title, audiences, published_on, file_name, size_bytes, uploaded_by, uploaded_at,
			superseded_at""";

	private final JdbcClient jdbc;

	ResourceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(PartnerResource resource, byte[] content) {
		this.jdbc.sql("""
				insert into partner_resource (id, document_id, title, audiences, published_on, file_name, content,
				  size_bytes, uploaded_by, uploaded_at)
				values (:id, :documentId, :title, string_to_array(:audiences, ',')::varchar(20)[], :publishedOn,
				  :fileName, :content, :size, :uploadedBy, :uploadedAt)
				""")
			.param("id", resource.id())
			.param("documentId", resource.documentId())
			.param("title", resource.title())
			.param("audiences", String.join(",", resource.audiences().stream().map(Audience::name).toList()))
			.param("publishedOn", resource.publishedOn())
			.param("fileName", resource.fileName())
			.param("content", content)
			.param("size", resource.sizeBytes())
			.param("uploadedBy", Optional.ofNullable(resource.uploadedBy()).map(AccountId::value).orElse(null))
			.param("uploadedAt", Timestamp.from(resource.uploadedAt()))
			.update();
	}

	/**
	 * Marks the current version of a document superseded; returns whether there was one.
	 */
	public boolean supersede(UUID documentId, Instant at) {
		return this.jdbc
			.sql("""
					update partner_resource set superseded_at = :at where document_id = :documentId and superseded_at is null
					""")
			.param("documentId", documentId)
			.param("at", Timestamp.from(at))
			.update() > 0;
	}

	/** Locks a document's rows, so that two newer versions are not added at once. */
	public void lock(UUID documentId) {
		this.jdbc.sql("select id from partner_resource where document_id = :documentId for update")
			.param("documentId", documentId)
			.query(UUID.class)
			.list();
	}

	public Optional<PartnerResource> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from partner_resource where id = :id")
			.param("id", id)
			.query(ResourceRepository::resource)
			.optional();
	}

	/** The current version of every document, the latest dated first. */
	public List<PartnerResource> current() {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from partner_resource where superseded_at is null order by published_on desc, title")
			.query(ResourceRepository::resource)
			.list();
	}

	/** Every version of every document, each document's latest first. */
	public List<PartnerResource> all() {
		return this.jdbc.sql("select " + COLUMNS + " from partner_resource order by document_id, uploaded_at desc")
			.query(ResourceRepository::resource)
			.list();
	}

	public Optional<byte[]> content(UUID id) {
		return this.jdbc.sql("select content from partner_resource where id = :id")
			.param("id", id)
			.query((rs, i) -> rs.getBytes("content"))
			.optional();
	}

	public boolean anyTitled(String title) {
		return this.jdbc.sql("select exists (select from partner_resource where lower(title) = lower(:title))")
			.param("title", title)
			.query(Boolean.class)
			.single();
	}

	private static PartnerResource resource(ResultSet rs, int row) throws SQLException {
		Array audiences = rs.getArray("audiences");
		Timestamp superseded = rs.getTimestamp("superseded_at");
		return new PartnerResource(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
				rs.getString("title"), Arrays.stream((String[]) audiences.getArray()).map(Audience::valueOf).toList(),
				rs.getDate("published_on").toLocalDate(), rs.getString("file_name"), rs.getInt("size_bytes"),
				(rs.getObject("uploaded_by") != null) ? new AccountId(rs.getObject("uploaded_by", UUID.class)) : null,
				rs.getTimestamp("uploaded_at").toInstant(), (superseded != null) ? superseded.toInstant() : null);
	}

}
