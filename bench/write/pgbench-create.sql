BEGIN;
WITH i AS (INSERT INTO incidents VALUES (gen_random_uuid(), '00000000-0000-0000-0000-000000000001', 'Database Connectivity Issues', 'Investigating', 'MajorOutage', now(), now(), gen_random_uuid()) RETURNING id)
INSERT INTO updates SELECT gen_random_uuid(), id, 'Investigating', 'We are investigating reports of database timeouts.', false, now() FROM i;
INSERT INTO outbox VALUES (gen_random_uuid(), 'IncidentOpened', repeat('x', 420), now(), NULL);
COMMIT;
