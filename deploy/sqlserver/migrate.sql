IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE TABLE [OutboxMessages] (
        [Id] uniqueidentifier NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        [Type] nvarchar(100) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [ProcessedAt] datetimeoffset NULL,
        [Attempts] int NOT NULL,
        [LockedUntil] datetimeoffset NULL,
        [LockedBy] nvarchar(100) NULL,
        [LastError] nvarchar(2000) NULL,
        CONSTRAINT [PK_OutboxMessages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE TABLE [StatusPages] (
        [Id] uniqueidentifier NOT NULL,
        [Slug] nvarchar(64) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_StatusPages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE TABLE [ApiKeys] (
        [Id] uniqueidentifier NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Prefix] nvarchar(16) NOT NULL,
        [Hash] nvarchar(64) NOT NULL,
        [Role] nvarchar(16) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [LastUsedAt] datetimeoffset NULL,
        [RevokedAt] datetimeoffset NULL,
        CONSTRAINT [PK_ApiKeys] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApiKeys_StatusPages_PageId] FOREIGN KEY ([PageId]) REFERENCES [StatusPages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE TABLE [Components] (
        [Id] uniqueidentifier NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Description] nvarchar(1000) NULL,
        [Group] nvarchar(100) NULL,
        [DisplayOrder] int NOT NULL,
        [ManualStatus] nvarchar(32) NOT NULL,
        [IncidentStatus] nvarchar(32) NULL,
        [Status] nvarchar(32) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Components] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Components_StatusPages_PageId] FOREIGN KEY ([PageId]) REFERENCES [StatusPages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE TABLE [Incidents] (
        [Id] uniqueidentifier NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [Impact] nvarchar(32) NOT NULL,
        [Notify] bit NOT NULL,
        [ExternalId] nvarchar(200) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [ResolvedAt] datetimeoffset NULL,
        [Version] uniqueidentifier NOT NULL,
        [AffectedComponentIds] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_Incidents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Incidents_StatusPages_PageId] FOREIGN KEY ([PageId]) REFERENCES [StatusPages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE TABLE [ComponentStatusChanges] (
        [Id] uniqueidentifier NOT NULL,
        [ComponentId] uniqueidentifier NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [ChangedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_ComponentStatusChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ComponentStatusChanges_Components_ComponentId] FOREIGN KEY ([ComponentId]) REFERENCES [Components] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE TABLE [IncidentUpdates] (
        [Id] uniqueidentifier NOT NULL,
        [IncidentId] uniqueidentifier NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [Notify] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_IncidentUpdates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_IncidentUpdates_Incidents_IncidentId] FOREIGN KEY ([IncidentId]) REFERENCES [Incidents] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ApiKeys_Hash] ON [ApiKeys] ([Hash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE INDEX [IX_ApiKeys_PageId] ON [ApiKeys] ([PageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE INDEX [IX_ComponentStatusChanges_ComponentId_ChangedAt] ON [ComponentStatusChanges] ([ComponentId], [ChangedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE INDEX [IX_ComponentStatusChanges_PageId_ChangedAt] ON [ComponentStatusChanges] ([PageId], [ChangedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Components_PageId_Name] ON [Components] ([PageId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE INDEX [IX_IncidentUpdates_IncidentId_CreatedAt] ON [IncidentUpdates] ([IncidentId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE INDEX [IX_Incidents_PageId_CreatedAt] ON [Incidents] ([PageId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Incidents_PageId_ExternalId] ON [Incidents] ([PageId], [ExternalId]) WHERE [ExternalId] IS NOT NULL AND [ResolvedAt] IS NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE INDEX [IX_Incidents_PageId_Status] ON [Incidents] ([PageId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAt_OccurredAt] ON [OutboxMessages] ([ProcessedAt], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StatusPages_Slug] ON [StatusPages] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126233203_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126233203_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126235521_Notifications'
)
BEGIN
    CREATE TABLE [Subscribers] (
        [Id] uniqueidentifier NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        [Type] nvarchar(20) NOT NULL,
        [Email] nvarchar(254) NULL,
        [Url] nvarchar(2000) NULL,
        [Secret] nvarchar(100) NULL,
        [Token] nvarchar(100) NOT NULL,
        [IsConfirmed] bit NOT NULL,
        [DisabledAt] datetimeoffset NULL,
        [DisabledReason] nvarchar(500) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [ComponentIds] nvarchar(max) NOT NULL,
        [EventTypes] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_Subscribers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Subscribers_StatusPages_PageId] FOREIGN KEY ([PageId]) REFERENCES [StatusPages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126235521_Notifications'
)
BEGIN
    CREATE TABLE [Deliveries] (
        [Id] uniqueidentifier NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        [SubscriberId] uniqueidentifier NOT NULL,
        [EventType] nvarchar(50) NOT NULL,
        [MessageId] nvarchar(50) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [State] nvarchar(20) NOT NULL,
        [Attempts] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [NextAttemptAt] datetimeoffset NOT NULL,
        [LastAttemptAt] datetimeoffset NULL,
        [CompletedAt] datetimeoffset NULL,
        [ResponseStatus] int NULL,
        [LastError] nvarchar(2000) NULL,
        [LockedUntil] datetimeoffset NULL,
        [LockedBy] nvarchar(100) NULL,
        CONSTRAINT [PK_Deliveries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Deliveries_Subscribers_SubscriberId] FOREIGN KEY ([SubscriberId]) REFERENCES [Subscribers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126235521_Notifications'
)
BEGIN
    CREATE INDEX [IX_Deliveries_State_NextAttemptAt] ON [Deliveries] ([State], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126235521_Notifications'
)
BEGIN
    CREATE INDEX [IX_Deliveries_SubscriberId_CreatedAt] ON [Deliveries] ([SubscriberId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126235521_Notifications'
)
BEGIN
    CREATE INDEX [IX_Subscribers_PageId_Email] ON [Subscribers] ([PageId], [Email]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126235521_Notifications'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Subscribers_Token] ON [Subscribers] ([Token]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261126235521_Notifications'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261126235521_Notifications', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127004706_Hardening'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] uniqueidentifier NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        [ApiKeyId] uniqueidentifier NULL,
        [ApiKeyName] nvarchar(100) NOT NULL,
        [Action] nvarchar(64) NOT NULL,
        [TargetId] uniqueidentifier NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [RequestId] nvarchar(64) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AuditEntries_StatusPages_PageId] FOREIGN KEY ([PageId]) REFERENCES [StatusPages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127004706_Hardening'
)
BEGIN
    CREATE TABLE [IdempotencyRecords] (
        [PageId] uniqueidentifier NOT NULL,
        [Key] nvarchar(255) NOT NULL,
        [Fingerprint] nvarchar(64) NOT NULL,
        [StatusCode] int NULL,
        [ContentType] nvarchar(100) NULL,
        [ResponseBody] nvarchar(max) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_IdempotencyRecords] PRIMARY KEY ([PageId], [Key]),
        CONSTRAINT [FK_IdempotencyRecords_StatusPages_PageId] FOREIGN KEY ([PageId]) REFERENCES [StatusPages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127004706_Hardening'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_PageId_OccurredAt] ON [AuditEntries] ([PageId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127004706_Hardening'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_PageId_TargetId] ON [AuditEntries] ([PageId], [TargetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127004706_Hardening'
)
BEGIN
    CREATE INDEX [IX_IdempotencyRecords_ExpiresAt] ON [IdempotencyRecords] ([ExpiresAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127004706_Hardening'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127004706_Hardening', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127035623_CaseSensitiveTokens'
)
BEGIN
    DROP INDEX [IX_Incidents_PageId_ExternalId] ON [Incidents];
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Incidents]') AND [c].[name] = N'ExternalId');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Incidents] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Incidents] ALTER COLUMN [ExternalId] nvarchar(200) COLLATE Latin1_General_100_BIN2 NULL;
    EXEC(N'CREATE UNIQUE INDEX [IX_Incidents_PageId_ExternalId] ON [Incidents] ([PageId], [ExternalId]) WHERE [ExternalId] IS NOT NULL AND [ResolvedAt] IS NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127035623_CaseSensitiveTokens'
)
BEGIN
    ALTER TABLE [IdempotencyRecords] DROP CONSTRAINT [PK_IdempotencyRecords];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127035623_CaseSensitiveTokens'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[IdempotencyRecords]') AND [c].[name] = N'Key');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [IdempotencyRecords] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [IdempotencyRecords] ALTER COLUMN [Key] nvarchar(255) COLLATE Latin1_General_100_BIN2 NOT NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127035623_CaseSensitiveTokens'
)
BEGIN
    ALTER TABLE [IdempotencyRecords] ADD CONSTRAINT [PK_IdempotencyRecords] PRIMARY KEY ([PageId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127035623_CaseSensitiveTokens'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127035623_CaseSensitiveTokens', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128213031_DeliveryDeferrals'
)
BEGIN
    ALTER TABLE [Deliveries] ADD [Deferrals] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128213031_DeliveryDeferrals'
)
BEGIN
    ALTER TABLE [Deliveries] ADD [DeferredReason] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128213031_DeliveryDeferrals'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128213031_DeliveryDeferrals', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128221347_Maintenance'
)
BEGIN
    ALTER TABLE [StatusPages] ADD [TimeZone] nvarchar(64) NOT NULL DEFAULT N'UTC';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128221347_Maintenance'
)
BEGIN
    ALTER TABLE [Components] ADD [UnderMaintenance] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128221347_Maintenance'
)
BEGIN
    CREATE TABLE [MaintenanceSeries] (
        [Id] uniqueidentifier NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        [Rule] nvarchar(500) NOT NULL,
        [TimeZone] nvarchar(64) NOT NULL,
        [Until] datetimeoffset NULL,
        [Title] nvarchar(200) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [FirstScheduledFor] datetimeoffset NOT NULL,
        [FirstScheduledUntil] datetimeoffset NOT NULL,
        [AutoStart] bit NOT NULL,
        [AutoComplete] bit NOT NULL,
        [RemindBeforeMinutes] int NULL,
        [Notify] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [EndedAt] datetimeoffset NULL,
        [Version] uniqueidentifier NOT NULL,
        [AffectedComponentIds] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_MaintenanceSeries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MaintenanceSeries_StatusPages_PageId] FOREIGN KEY ([PageId]) REFERENCES [StatusPages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128221347_Maintenance'
)
BEGIN
    CREATE TABLE [Maintenances] (
        [Id] uniqueidentifier NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [ScheduledFor] datetimeoffset NOT NULL,
        [ScheduledUntil] datetimeoffset NOT NULL,
        [AutoStart] bit NOT NULL,
        [AutoComplete] bit NOT NULL,
        [RemindBeforeMinutes] int NULL,
        [ReminderHandledAt] datetimeoffset NULL,
        [Notify] bit NOT NULL,
        [SeriesId] uniqueidentifier NULL,
        [Sequence] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [StartedAt] datetimeoffset NULL,
        [CompletedAt] datetimeoffset NULL,
        [CancelledAt] datetimeoffset NULL,
        [NextDueAt] datetimeoffset NULL,
        [Version] uniqueidentifier NOT NULL,
        [AffectedComponentIds] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_Maintenances] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Maintenances_MaintenanceSeries_SeriesId] FOREIGN KEY ([SeriesId]) REFERENCES [MaintenanceSeries] ([Id]),
        CONSTRAINT [FK_Maintenances_StatusPages_PageId] FOREIGN KEY ([PageId]) REFERENCES [StatusPages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128221347_Maintenance'
)
BEGIN
    CREATE TABLE [MaintenanceUpdates] (
        [Id] uniqueidentifier NOT NULL,
        [MaintenanceId] uniqueidentifier NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [Notify] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_MaintenanceUpdates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MaintenanceUpdates_Maintenances_MaintenanceId] FOREIGN KEY ([MaintenanceId]) REFERENCES [Maintenances] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128221347_Maintenance'
)
BEGIN
    CREATE INDEX [IX_MaintenanceSeries_PageId] ON [MaintenanceSeries] ([PageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128221347_Maintenance'
)
BEGIN
    CREATE INDEX [IX_MaintenanceUpdates_MaintenanceId_CreatedAt] ON [MaintenanceUpdates] ([MaintenanceId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128221347_Maintenance'
)
BEGIN
    CREATE INDEX [IX_Maintenances_NextDueAt] ON [Maintenances] ([NextDueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128221347_Maintenance'
)
BEGIN
    CREATE INDEX [IX_Maintenances_PageId_SeriesId] ON [Maintenances] ([PageId], [SeriesId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128221347_Maintenance'
)
BEGIN
    CREATE INDEX [IX_Maintenances_PageId_Status_ScheduledFor] ON [Maintenances] ([PageId], [Status], [ScheduledFor]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128221347_Maintenance'
)
BEGIN
    CREATE INDEX [IX_Maintenances_SeriesId] ON [Maintenances] ([SeriesId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128221347_Maintenance'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128221347_Maintenance', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129002705_PageHostnames'
)
BEGIN
    CREATE TABLE [PageHostnames] (
        [Name] nvarchar(253) NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PageHostnames] PRIMARY KEY ([Name]),
        CONSTRAINT [FK_PageHostnames_StatusPages_PageId] FOREIGN KEY ([PageId]) REFERENCES [StatusPages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129002705_PageHostnames'
)
BEGIN
    CREATE INDEX [IX_PageHostnames_PageId] ON [PageHostnames] ([PageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129002705_PageHostnames'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129002705_PageHostnames', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003258_AlertIntegrations'
)
BEGIN
    ALTER TABLE [Incidents] ADD [IsPublished] bit NOT NULL DEFAULT CAST(1 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003258_AlertIntegrations'
)
BEGIN
    CREATE TABLE [Integrations] (
        [Id] uniqueidentifier NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        [Type] nvarchar(20) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [TokenHash] nvarchar(64) NOT NULL,
        [Secret] nvarchar(200) NULL,
        [Default] nvarchar(max) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [Rules] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_Integrations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Integrations_StatusPages_PageId] FOREIGN KEY ([PageId]) REFERENCES [StatusPages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003258_AlertIntegrations'
)
BEGIN
    CREATE INDEX [IX_Integrations_PageId] ON [Integrations] ([PageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003258_AlertIntegrations'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129003258_AlertIntegrations', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003500_OperatorHistory'
)
BEGIN
    ALTER TABLE [Incidents] ADD [Backfilled] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003500_OperatorHistory'
)
BEGIN
    ALTER TABLE [Incidents] ADD [PostmortemDraft] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003500_OperatorHistory'
)
BEGIN
    ALTER TABLE [Incidents] ADD [PostmortemPublished] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003500_OperatorHistory'
)
BEGIN
    ALTER TABLE [Incidents] ADD [PostmortemPublishedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003500_OperatorHistory'
)
BEGIN
    ALTER TABLE [IncidentUpdates] ADD [DisplayAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003500_OperatorHistory'
)
BEGIN
    ALTER TABLE [IncidentUpdates] ADD [EditedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003500_OperatorHistory'
)
BEGIN
    ALTER TABLE [ComponentStatusChanges] ADD [CausedByIncidentId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003500_OperatorHistory'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD [Details] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003500_OperatorHistory'
)
BEGIN
    CREATE TABLE [ComponentStatusIntervals] (
        [Id] uniqueidentifier NOT NULL,
        [ComponentId] uniqueidentifier NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        [IncidentId] uniqueidentifier NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [From] datetimeoffset NOT NULL,
        [To] datetimeoffset NOT NULL,
        CONSTRAINT [PK_ComponentStatusIntervals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ComponentStatusIntervals_Incidents_IncidentId] FOREIGN KEY ([IncidentId]) REFERENCES [Incidents] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003500_OperatorHistory'
)
BEGIN
    CREATE INDEX [IX_ComponentStatusChanges_CausedByIncidentId] ON [ComponentStatusChanges] ([CausedByIncidentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003500_OperatorHistory'
)
BEGIN
    CREATE INDEX [IX_ComponentStatusIntervals_IncidentId] ON [ComponentStatusIntervals] ([IncidentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003500_OperatorHistory'
)
BEGIN
    CREATE INDEX [IX_ComponentStatusIntervals_PageId_To] ON [ComponentStatusIntervals] ([PageId], [To]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129003500_OperatorHistory'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129003500_OperatorHistory', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129004022_IncidentTemplatesAndFollowers'
)
BEGIN
    ALTER TABLE [Subscribers] ADD [FollowEndedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129004022_IncidentTemplatesAndFollowers'
)
BEGIN
    ALTER TABLE [Subscribers] ADD [IncidentId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129004022_IncidentTemplatesAndFollowers'
)
BEGIN
    ALTER TABLE [Subscribers] ADD [UntilPostmortem] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129004022_IncidentTemplatesAndFollowers'
)
BEGIN
    CREATE TABLE [Templates] (
        [Id] uniqueidentifier NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Group] nvarchar(100) NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Title] nvarchar(200) NULL,
        [Description] nvarchar(max) NULL,
        [Status] nvarchar(32) NULL,
        [Impact] nvarchar(32) NULL,
        [AffectedComponentIds] nvarchar(max) NOT NULL,
        [Notify] bit NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Templates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Templates_StatusPages_PageId] FOREIGN KEY ([PageId]) REFERENCES [StatusPages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129004022_IncidentTemplatesAndFollowers'
)
BEGIN
    CREATE INDEX [IX_Subscribers_PageId_IncidentId] ON [Subscribers] ([PageId], [IncidentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129004022_IncidentTemplatesAndFollowers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Templates_PageId_Name] ON [Templates] ([PageId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129004022_IncidentTemplatesAndFollowers'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129004022_IncidentTemplatesAndFollowers', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129031104_DataProtectionKeys'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129031104_DataProtectionKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129031104_DataProtectionKeys', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129033612_OperatorConsole'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] uniqueidentifier NOT NULL,
        [IsOwner] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129033612_OperatorConsole'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] uniqueidentifier NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129033612_OperatorConsole'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129033612_OperatorConsole'
)
BEGIN
    CREATE TABLE [AspNetUserPasskeys] (
        [CredentialId] varbinary(1024) NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Data] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_AspNetUserPasskeys] PRIMARY KEY ([CredentialId]),
        CONSTRAINT [FK_AspNetUserPasskeys_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129033612_OperatorConsole'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] uniqueidentifier NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129033612_OperatorConsole'
)
BEGIN
    CREATE TABLE [ConsoleMemberships] (
        [UserId] uniqueidentifier NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        [Role] nvarchar(16) NOT NULL,
        CONSTRAINT [PK_ConsoleMemberships] PRIMARY KEY ([UserId], [PageId]),
        CONSTRAINT [FK_ConsoleMemberships_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ConsoleMemberships_StatusPages_PageId] FOREIGN KEY ([PageId]) REFERENCES [StatusPages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129033612_OperatorConsole'
)
BEGIN
    CREATE INDEX [IX_Deliveries_PageId_State_CreatedAt] ON [Deliveries] ([PageId], [State], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129033612_OperatorConsole'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129033612_OperatorConsole'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129033612_OperatorConsole'
)
BEGIN
    CREATE INDEX [IX_AspNetUserPasskeys_UserId] ON [AspNetUserPasskeys] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129033612_OperatorConsole'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129033612_OperatorConsole'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129033612_OperatorConsole'
)
BEGIN
    CREATE INDEX [IX_ConsoleMemberships_PageId] ON [ConsoleMemberships] ([PageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129033612_OperatorConsole'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129033612_OperatorConsole', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040130_PageAccess'
)
BEGIN
    ALTER TABLE [StatusPages] ADD [AccessVersion] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040130_PageAccess'
)
BEGIN
    ALTER TABLE [StatusPages] ADD [AllowedSignIns] nvarchar(max) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040130_PageAccess'
)
BEGIN
    ALTER TABLE [StatusPages] ADD [FeedTokenHash] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040130_PageAccess'
)
BEGIN
    ALTER TABLE [StatusPages] ADD [IpAllowList] nvarchar(max) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040130_PageAccess'
)
BEGIN
    ALTER TABLE [StatusPages] ADD [PasswordHash] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040130_PageAccess'
)
BEGIN
    ALTER TABLE [StatusPages] ADD [Visibility] nvarchar(16) NOT NULL DEFAULT N'Public';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129040130_PageAccess'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129040130_PageAccess', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129042005_StatuspageImport'
)
BEGIN
    ALTER TABLE [Components] ADD [ExternalId] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129042005_StatuspageImport'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129042005_StatuspageImport', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129050029_VisitorLanguageAndPageBranding'
)
BEGIN
    ALTER TABLE [Subscribers] ADD [Language] nvarchar(8) NOT NULL DEFAULT N'en';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129050029_VisitorLanguageAndPageBranding'
)
BEGIN
    ALTER TABLE [StatusPages] ADD [Branding] nvarchar(max) NOT NULL DEFAULT ('{}');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129050029_VisitorLanguageAndPageBranding'
)
BEGIN
    ALTER TABLE [StatusPages] ADD [DefaultLanguage] nvarchar(8) NOT NULL DEFAULT N'en';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129050029_VisitorLanguageAndPageBranding'
)
BEGIN
    ALTER TABLE [MaintenanceUpdates] ADD [Translations] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129050029_VisitorLanguageAndPageBranding'
)
BEGIN
    ALTER TABLE [Maintenances] ADD [TitleTranslations] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129050029_VisitorLanguageAndPageBranding'
)
BEGIN
    ALTER TABLE [IncidentUpdates] ADD [Translations] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129050029_VisitorLanguageAndPageBranding'
)
BEGIN
    ALTER TABLE [Incidents] ADD [TitleTranslations] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129050029_VisitorLanguageAndPageBranding'
)
BEGIN
    CREATE TABLE [PageAssets] (
        [PageId] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [Hash] nvarchar(16) NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_PageAssets] PRIMARY KEY ([PageId], [Kind]),
        CONSTRAINT [FK_PageAssets_StatusPages_PageId] FOREIGN KEY ([PageId]) REFERENCES [StatusPages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129050029_VisitorLanguageAndPageBranding'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129050029_VisitorLanguageAndPageBranding', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129064520_FanOutSlices'
)
BEGIN
    ALTER TABLE [OutboxMessages] ADD [FanOutCursor] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129064520_FanOutSlices'
)
BEGIN
    ALTER TABLE [Deliveries] ADD [SourceEventId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129064520_FanOutSlices'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Deliveries_SourceEventId_SubscriberId] ON [Deliveries] ([SourceEventId], [SubscriberId]) WHERE [SourceEventId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129064520_FanOutSlices'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129064520_FanOutSlices', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129170622_DeliveryPartialIndexes'
)
BEGIN
    DROP INDEX [IX_Deliveries_PageId_State_CreatedAt] ON [Deliveries];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129170622_DeliveryPartialIndexes'
)
BEGIN
    DROP INDEX [IX_Deliveries_State_NextAttemptAt] ON [Deliveries];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129170622_DeliveryPartialIndexes'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_Deliveries_PageId_State_CreatedAt] ON [Deliveries] ([PageId], [State], [CreatedAt]) WHERE "State" = ''Failed''');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129170622_DeliveryPartialIndexes'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_Deliveries_State_NextAttemptAt] ON [Deliveries] ([State], [NextAttemptAt]) WHERE "State" = ''Pending''');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129170622_DeliveryPartialIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129170622_DeliveryPartialIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129174655_OutboxPartialIndex'
)
BEGIN
    DROP INDEX [IX_OutboxMessages_ProcessedAt_OccurredAt] ON [OutboxMessages];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129174655_OutboxPartialIndex'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_OutboxMessages_ProcessedAt_OccurredAt] ON [OutboxMessages] ([ProcessedAt], [OccurredAt]) WHERE "ProcessedAt" IS NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129174655_OutboxPartialIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129174655_OutboxPartialIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129222336_SharedDeliveryPayloads'
)
BEGIN
    CREATE TABLE [DeliveryPayloads] (
        [Id] uniqueidentifier NOT NULL,
        [Json] nvarchar(max) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_DeliveryPayloads] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129222336_SharedDeliveryPayloads'
)
BEGIN
    INSERT INTO "DeliveryPayloads" ("Id", "Json", "CreatedAt")
    SELECT "Id", "Payload", "CreatedAt" FROM "Deliveries";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129222336_SharedDeliveryPayloads'
)
BEGIN
    ALTER TABLE [Deliveries] ADD [PayloadId] uniqueidentifier NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129222336_SharedDeliveryPayloads'
)
BEGIN
    UPDATE "Deliveries" SET "PayloadId" = "Id";
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129222336_SharedDeliveryPayloads'
)
BEGIN
    DECLARE @var2 nvarchar(max);
    SELECT @var2 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Deliveries]') AND [c].[name] = N'Payload');
    IF @var2 IS NOT NULL EXEC(N'ALTER TABLE [Deliveries] DROP CONSTRAINT ' + @var2 + ';');
    ALTER TABLE [Deliveries] DROP COLUMN [Payload];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129222336_SharedDeliveryPayloads'
)
BEGIN
    CREATE INDEX [IX_Deliveries_PayloadId] ON [Deliveries] ([PayloadId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129222336_SharedDeliveryPayloads'
)
BEGIN
    ALTER TABLE [Deliveries] ADD CONSTRAINT [FK_Deliveries_DeliveryPayloads_PayloadId] FOREIGN KEY ([PayloadId]) REFERENCES [DeliveryPayloads] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129222336_SharedDeliveryPayloads'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129222336_SharedDeliveryPayloads', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130003533_UnconstrainedDeliveryPayloadId'
)
BEGIN
    ALTER TABLE [Deliveries] DROP CONSTRAINT [FK_Deliveries_DeliveryPayloads_PayloadId];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130003533_UnconstrainedDeliveryPayloadId'
)
BEGIN
    DROP INDEX [IX_Deliveries_PayloadId] ON [Deliveries];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130003533_UnconstrainedDeliveryPayloadId'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130003533_UnconstrainedDeliveryPayloadId', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130023853_DeliveriesWithoutSubscriberKey'
)
BEGIN
    ALTER TABLE [Deliveries] DROP CONSTRAINT [FK_Deliveries_Subscribers_SubscriberId];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130023853_DeliveriesWithoutSubscriberKey'
)
BEGIN
    DROP INDEX [IX_Deliveries_SourceEventId_SubscriberId] ON [Deliveries];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130023853_DeliveriesWithoutSubscriberKey'
)
BEGIN
    DROP INDEX [IX_Deliveries_SubscriberId_CreatedAt] ON [Deliveries];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130023853_DeliveriesWithoutSubscriberKey'
)
BEGIN
    CREATE INDEX [IX_Deliveries_SubscriberId] ON [Deliveries] ([SubscriberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130023853_DeliveriesWithoutSubscriberKey'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Deliveries_SubscriberId_SourceEventId] ON [Deliveries] ([SubscriberId], [SourceEventId]) WHERE [SourceEventId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130023853_DeliveriesWithoutSubscriberKey'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130023853_DeliveriesWithoutSubscriberKey', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130024213_SubscriberDeliveriesTrigger'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_Subscribers_DeleteDeliveries] ON [Subscribers]
    AFTER DELETE AS
    BEGIN
        SET NOCOUNT ON;
        DELETE d FROM [Deliveries] d INNER JOIN deleted s ON d.[SubscriberId] = s.[Id];
    END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130024213_SubscriberDeliveriesTrigger'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130024213_SubscriberDeliveriesTrigger', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122406_OutboxClaimIndexByAge'
)
BEGIN
    DROP INDEX [IX_OutboxMessages_ProcessedAt_OccurredAt] ON [OutboxMessages];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122406_OutboxClaimIndexByAge'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_OutboxMessages_OccurredAt] ON [OutboxMessages] ([OccurredAt]) WHERE "ProcessedAt" IS NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122406_OutboxClaimIndexByAge'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130122406_OutboxClaimIndexByAge', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202122933_SubscribersByPageInIdOrder'
)
BEGIN
    CREATE INDEX [IX_Subscribers_PageId_Id] ON [Subscribers] ([PageId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202122933_SubscribersByPageInIdOrder'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202122933_SubscribersByPageInIdOrder', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164011_HandedOverSlices'
)
BEGIN
    CREATE TABLE [HandedOverSlices] (
        [Id] uniqueidentifier NOT NULL,
        [PageId] uniqueidentifier NOT NULL,
        [SourceEventId] uniqueidentifier NULL,
        [EventType] nvarchar(50) NOT NULL,
        [PayloadId] uniqueidentifier NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [Count] int NOT NULL,
        [Members] nvarchar(max) NOT NULL,
        [LockedBy] nvarchar(100) NULL,
        [LockedUntil] datetimeoffset NULL,
        CONSTRAINT [PK_HandedOverSlices] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164011_HandedOverSlices'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203164011_HandedOverSlices', N'10.0.15');
END;

COMMIT;
GO

