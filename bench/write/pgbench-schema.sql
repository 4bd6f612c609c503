-- The raw baseline's tables (bench/write-path.sh, bench/write/pg-ab.sh): what a create writes,
-- with uuid keys and one secondary index, nothing of the service's.
CREATE TABLE incidents(id uuid PRIMARY KEY, page uuid, title varchar(200), status varchar(32), impact varchar(32), created timestamptz, updated timestamptz, version uuid);
CREATE INDEX ON incidents(page, created);
CREATE TABLE updates(id uuid PRIMARY KEY, incident uuid REFERENCES incidents(id), status varchar(32), description text, notify bool, created timestamptz);
CREATE TABLE outbox(id uuid PRIMARY KEY, type varchar(200), payload text, occurred timestamptz, processed timestamptz);
