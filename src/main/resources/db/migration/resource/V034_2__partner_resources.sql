-- Documents the Covenant gives its partners (councils, Virtual School Heads, organisations),
-- kept in the database so that every instance serves the same files. A newer version of a
-- document is a new row with the same document_id; the older stays, marked superseded.
create table partner_resource (
  id uuid primary key,
  document_id uuid not null,
  title text not null check (length(title) <= 200),
  audiences varchar(20)[] not null check (cardinality(audiences) > 0
    and audiences <@ array['COUNCILS', 'VIRTUAL_SCHOOL_HEADS', 'ORGANISATIONS']::varchar(20)[]),
  published_on date not null,
  file_name text not null check (length(file_name) <= 120),
  content bytea not null check (octet_length(content) <= 10485760),
  size_bytes integer not null,
  uploaded_by uuid,
  uploaded_at timestamptz not null,
  superseded_at timestamptz
);

create index partner_resource_document on partner_resource (document_id, uploaded_at desc);
create unique index partner_resource_current on partner_resource (document_id) where superseded_at is null;
