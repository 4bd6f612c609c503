-- A create's four inserts exactly as the service sends them: the service's schema, statements and
-- order (audit entry, incident, outbox row, first update), pipelined in one round trip as an
-- implicit transaction, the way EF Core's batch goes (ADR 0109). pgbench-service-create.sql is the
-- same rows in one statement. What PostgreSQL alone allows for the service's rows at concurrency 1,
-- against which the service's create and its wire phases (pg-floor.sh PHASES=1) are read (issue 16).
-- The outbox rows stay unprocessed, as the service writes them; nothing marks them here.
-- Run against a database the service has migrated and bootstrapped (one page, one API key):
--   pgbench -n -M prepared -c 1 -T 5 -D page=<StatusPages.Id> -D key=<ApiKeys.Id> \
--     -f bench/write/pgbench-service-pipeline.sql postgresql://…/incidents_x
\set r random(1, 4611686018427387903)
\startpipeline
INSERT INTO "AuditEntries" ("Id", "Action", "ApiKeyId", "ApiKeyName", "Details", "OccurredAt", "PageId", "RequestId", "TargetId") VALUES (gen_random_uuid(), 'CreateIncident', :key, 'bootstrap', NULL, now(), :page, md5(random()::text), md5(:r::text)::uuid);
INSERT INTO "Incidents" ("Id", "AffectedComponentIds", "Backfilled", "CreatedAt", "ExternalId", "Impact", "IsPublished", "Notify", "PageId", "PostmortemDraft", "PostmortemPublished", "PostmortemPublishedAt", "ResolvedAt", "Status", "Title", "TitleTranslations", "UpdatedAt", "Version") VALUES (md5(:r::text)::uuid, '{}', false, now(), NULL, 'MajorOutage', true, false, :page, NULL, NULL, NULL, NULL, 'Investigating', 'Database Connectivity Issues', NULL, now(), gen_random_uuid());
INSERT INTO "OutboxMessages" ("Id", "Attempts", "FanOutCursor", "LastError", "LockedBy", "LockedUntil", "OccurredAt", "PageId", "Payload", "ProcessedAt", "Type") VALUES (gen_random_uuid(), 0, NULL, NULL, NULL, NULL, now(), :page, repeat('x', 420), NULL, 'IncidentOpened');
INSERT INTO "IncidentUpdates" ("Id", "CreatedAt", "Description", "DisplayAt", "EditedAt", "IncidentId", "Notify", "Status", "Translations") VALUES (gen_random_uuid(), now(), 'We are investigating reports of database timeouts.', NULL, NULL, md5(:r::text)::uuid, false, 'Investigating', NULL);
\endpipeline
