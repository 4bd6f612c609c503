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
