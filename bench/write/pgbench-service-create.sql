-- A create's four inserts as the service sends them (the columns EF Core writes, in the service's
-- own schema: its indexes and foreign keys), as one pgbench transaction, for comparing
-- PostgreSQL's share with pgbench-create.sql's three inserts in the bare schema (issue 16).
-- Run against a database the service has migrated and bootstrapped (one page, one API key):
--   pgbench -n -c 1 -T 5 -f bench/write/pgbench-service-create.sql postgresql://…/incidents_x
BEGIN;
WITH p AS (SELECT (SELECT "Id" FROM "StatusPages" ORDER BY "Id" LIMIT 1) AS page, (SELECT "Id" FROM "ApiKeys" ORDER BY "Id" LIMIT 1) AS key),
i AS (INSERT INTO "Incidents" ("Id", "AffectedComponentIds", "Backfilled", "CreatedAt", "ExternalId", "Impact", "IsPublished", "Notify", "PageId", "PostmortemDraft", "PostmortemPublished", "PostmortemPublishedAt", "ResolvedAt", "Status", "Title", "TitleTranslations", "UpdatedAt", "Version")
  SELECT gen_random_uuid(), '{}', false, now(), NULL, 'MajorOutage', true, false, page, NULL, NULL, NULL, NULL, 'Investigating', 'Database Connectivity Issues', NULL, now(), gen_random_uuid() FROM p RETURNING "Id", "PageId"),
u AS (INSERT INTO "IncidentUpdates" ("Id", "CreatedAt", "Description", "DisplayAt", "EditedAt", "IncidentId", "Notify", "Status", "Translations")
  SELECT gen_random_uuid(), now(), 'We are investigating reports of database timeouts.', NULL, NULL, "Id", false, 'Investigating', NULL FROM i),
a AS (INSERT INTO "AuditEntries" ("Id", "Action", "ApiKeyId", "ApiKeyName", "Details", "OccurredAt", "PageId", "RequestId", "TargetId")
  SELECT gen_random_uuid(), 'CreateIncident', key, 'bootstrap', NULL, now(), "PageId", md5(random()::text), "Id" FROM i, p)
INSERT INTO "OutboxMessages" ("Id", "Attempts", "FanOutCursor", "LastError", "LockedBy", "LockedUntil", "OccurredAt", "PageId", "Payload", "ProcessedAt", "Type")
  SELECT gen_random_uuid(), 0, NULL, NULL, NULL, NULL, now(), "PageId", repeat('x', 420), NULL, 'IncidentOpened' FROM i;
COMMIT;
