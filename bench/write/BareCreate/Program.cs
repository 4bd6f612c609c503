// The floor under issue 16's PostgreSQL concurrency-1 target (bench/write/pg-floor.sh): the least
// an ASP.NET Core endpoint does for a create. It reads the seed's JSON body, sends pgbench's three
// inserts (bench/write/pgbench-create.sql) as one Npgsql batch, i.e. one round trip in an implicit
// transaction with the commit's flush, and answers with the JSON envelope. None of the service's
// pipeline is here: no authentication, validation, mediator, EF Core, audit entry, idempotency or
// outbox workers. Same runtime, Kestrel, server GC and Npgsql settings as the service (ADR 0109's
// one round trip, Max Auto Prepare, No Reset On Close), so what separates the service from this
// endpoint is the service's own work, and what separates this endpoint from pgbench is the platform.
// POST /create-ef does the same inserts through EF Core's SaveChanges (a pooled context, no
// transaction of its own, so still one round trip): the cost of EF Core's unit of work alone.
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);

// The contract's PascalCase envelope, the same bytes as the service's.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = null);
var connectionString = new NpgsqlConnectionStringBuilder(
    builder.Configuration["ConnectionString"]
        ?? throw new InvalidOperationException("Set ConnectionString.")
)
{
    MaxAutoPrepare = 50,
    NoResetOnClose = true,
};
await using var dataSource = NpgsqlDataSource.Create(connectionString);
var page = Guid.Parse("00000000-0000-0000-0000-000000000001");
var payload = new string('x', 420);

builder.Services.AddDbContextPool<RawContext>(o => o.UseNpgsql(dataSource));

var app = builder.Build();
app.MapPost(
    "/create",
    async (CreateBody body, CancellationToken cancellationToken) =>
    {
        var incident = Guid.CreateVersion7();
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(
            new NpgsqlBatchCommand(
                "INSERT INTO incidents VALUES ($1, $2, $3, $4, $5, now(), now(), $6)"
            )
            {
                Parameters =
                {
                    new() { Value = incident, NpgsqlDbType = NpgsqlDbType.Uuid },
                    new() { Value = page, NpgsqlDbType = NpgsqlDbType.Uuid },
                    new() { Value = body.Title, NpgsqlDbType = NpgsqlDbType.Varchar },
                    new() { Value = body.Status, NpgsqlDbType = NpgsqlDbType.Varchar },
                    new() { Value = body.Impact, NpgsqlDbType = NpgsqlDbType.Varchar },
                    new() { Value = Guid.CreateVersion7(), NpgsqlDbType = NpgsqlDbType.Uuid },
                },
            }
        );
        batch.BatchCommands.Add(
            new NpgsqlBatchCommand("INSERT INTO updates VALUES ($1, $2, $3, $4, $5, now())")
            {
                Parameters =
                {
                    new() { Value = Guid.CreateVersion7(), NpgsqlDbType = NpgsqlDbType.Uuid },
                    new() { Value = incident, NpgsqlDbType = NpgsqlDbType.Uuid },
                    new() { Value = body.Status, NpgsqlDbType = NpgsqlDbType.Varchar },
                    new() { Value = body.Description, NpgsqlDbType = NpgsqlDbType.Text },
                    new() { Value = body.IsNotify, NpgsqlDbType = NpgsqlDbType.Boolean },
                },
            }
        );
        batch.BatchCommands.Add(
            new NpgsqlBatchCommand(
                "INSERT INTO outbox VALUES ($1, 'IncidentOpened', $2, now(), NULL)"
            )
            {
                Parameters =
                {
                    new() { Value = Guid.CreateVersion7(), NpgsqlDbType = NpgsqlDbType.Uuid },
                    new() { Value = payload, NpgsqlDbType = NpgsqlDbType.Text },
                },
            }
        );
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return Results.Ok(new Envelope(true, incident, "Incident created successfully"));
    }
);
app.MapPost(
    "/create-ef",
    async (CreateBody body, RawContext db, CancellationToken cancellationToken) =>
    {
        var incident = Guid.CreateVersion7();
        var now = DateTime.UtcNow;
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        db.Incidents.Add(
            new RawIncident(
                incident,
                page,
                body.Title,
                body.Status,
                body.Impact,
                now,
                now,
                Guid.CreateVersion7()
            )
        );
        db.Updates.Add(
            new RawUpdate(
                Guid.CreateVersion7(),
                incident,
                body.Status,
                body.Description,
                body.IsNotify,
                now
            )
        );
        db.Outbox.Add(new RawOutbox(Guid.CreateVersion7(), "IncidentOpened", payload, now, null));
        await db.SaveChangesAsync(cancellationToken);
        return Results.Ok(new Envelope(true, incident, "Incident created successfully"));
    }
);

// POST /create-service-rows sends the service's own four inserts (its schema, statements and order:
// bench/write/pgbench-service-pipeline.sql) as one Npgsql batch to a database the service has
// migrated (ServiceConnectionString, ServicePage, ServiceKey): the service's rows without the
// service's process, so the two round trips can be told apart (the scripts that call
// service_rows_env in bench/write/release-service.sh).
if (builder.Configuration["ServiceConnectionString"] is { } serviceConnectionString)
{
    var serviceDataSource = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(serviceConnectionString)
        {
            MaxAutoPrepare = 50,
            NoResetOnClose = true,
        }.ConnectionString
    );
    var servicePage = Guid.Parse(builder.Configuration["ServicePage"]!);
    var serviceKey = Guid.Parse(builder.Configuration["ServiceKey"]!);
    app.MapPost(
        "/create-service-rows",
        async (CreateBody body, HttpContext http, CancellationToken cancellationToken) =>
        {
            // ?spin=N busies the thread for N µs before the send: CPU work in the process right
            // before the round trip, as the service does, to see whether it lengthens the trip.
            if (int.TryParse(http.Request.Query["spin"], out var spinMicros))
            {
                var until =
                    System.Diagnostics.Stopwatch.GetTimestamp()
                    + spinMicros * System.Diagnostics.Stopwatch.Frequency / 1_000_000;
                while (System.Diagnostics.Stopwatch.GetTimestamp() < until) { }
            }

            var incident = Guid.CreateVersion7();
            var now = DateTimeOffset.UtcNow;
            await using var batch = serviceDataSource.CreateBatch();
            NpgsqlBatchCommand Insert(string sql, params object?[] values)
            {
                var command = new NpgsqlBatchCommand(sql);
                foreach (var value in values)
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
                }

                return command;
            }

            batch.BatchCommands.Add(
                Insert(
                    "INSERT INTO \"AuditEntries\" (\"Id\", \"Action\", \"ApiKeyId\", \"ApiKeyName\", \"Details\", \"OccurredAt\", \"PageId\", \"RequestId\", \"TargetId\") VALUES ($1, $2, $3, $4, NULL, $5, $6, $7, $8)",
                    Guid.CreateVersion7(),
                    "CreateIncident",
                    serviceKey,
                    "bootstrap",
                    now,
                    servicePage,
                    "0HNH7QK0V9A1B:00000001",
                    incident
                )
            );
            batch.BatchCommands.Add(
                Insert(
                    "INSERT INTO \"Incidents\" (\"Id\", \"AffectedComponentIds\", \"Backfilled\", \"CreatedAt\", \"ExternalId\", \"Impact\", \"IsPublished\", \"Notify\", \"PageId\", \"PostmortemDraft\", \"PostmortemPublished\", \"PostmortemPublishedAt\", \"ResolvedAt\", \"Status\", \"Title\", \"TitleTranslations\", \"UpdatedAt\", \"Version\") VALUES ($1, $2, FALSE, $3, NULL, $4, TRUE, $5, $6, NULL, NULL, NULL, NULL, $7, $8, NULL, $9, $10)",
                    incident,
                    Array.Empty<Guid>(),
                    now,
                    "MajorOutage",
                    body.IsNotify,
                    servicePage,
                    body.Status,
                    body.Title,
                    now,
                    Guid.NewGuid()
                )
            );
            batch.BatchCommands.Add(
                Insert(
                    "INSERT INTO \"OutboxMessages\" (\"Id\", \"Attempts\", \"FanOutCursor\", \"LastError\", \"LockedBy\", \"LockedUntil\", \"OccurredAt\", \"PageId\", \"Payload\", \"ProcessedAt\", \"Type\") VALUES ($1, 0, NULL, NULL, NULL, NULL, $2, $3, $4, NULL, $5)",
                    Guid.CreateVersion7(),
                    now,
                    servicePage,
                    payload,
                    "IncidentOpened"
                )
            );
            batch.BatchCommands.Add(
                Insert(
                    "INSERT INTO \"IncidentUpdates\" (\"Id\", \"CreatedAt\", \"Description\", \"DisplayAt\", \"EditedAt\", \"IncidentId\", \"Notify\", \"Status\", \"Translations\") VALUES ($1, $2, $3, NULL, NULL, $4, $5, $6, NULL)",
                    Guid.CreateVersion7(),
                    now,
                    body.Description,
                    incident,
                    body.IsNotify,
                    body.Status
                )
            );
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return Results.Ok(new Envelope(true, incident, "Incident created successfully"));
        }
    );
}

await app.RunAsync();

/// <summary>The seed's create body, the fields the three inserts use.</summary>
internal sealed record CreateBody(
    string Title,
    string Description,
    string Status,
    string Impact,
    bool IsNotify
);

/// <summary>The contract's envelope.</summary>
internal sealed record Envelope(bool Success, Guid Result, string Message);
