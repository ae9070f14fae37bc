-- Only on the test classpath: every account the tests create is fictional, so the test database
-- is marked as demo data and the demo profile may load into it.
insert into dataset (kind, marked_at) values ('demo', now());
