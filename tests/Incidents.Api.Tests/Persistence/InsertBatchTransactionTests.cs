using System.Collections.Concurrent;
using System.Data.Common;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Incidents;
using Incidents.Infrastructure.Persistence;
using Incidents.Infrastructure.Persistence.PostgreSql;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Persistence;

/// <summary>
/// On PostgreSQL a save made only of inserts runs without BEGIN … COMMIT (ADR 0109): one
/// pipeline, which PostgreSQL runs as one implicit transaction. These tests pin the three things
/// that rests on: a create really is one command outside a transaction; such a command is still
/// all or nothing; and a save with an update keeps its transaction, so a concurrency conflict
/// found after the statements ran still undoes the rest of the batch.
/// </summary>
public sealed class InsertBatchTransactionTests : IClassFixture<PostgreSqlApiFactory>
{
    private readonly PostgreSqlApiFactory _factory;

    public InsertBatchTransactionTests(PostgreSqlApiFactory factory)
    {
        _factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_IsOneCommand_OutsideATransaction()
    {
        var page = await _factory.CreatePageClientAsync();
        var commands = new CommandRecorder();
        await using var observed = Observed(commands);
        using var client = observed.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", page.Key);

        var created = await client.PostJsonAsync(
            "/api/admin/Incident",
            new
            {
                Title = "Database Connectivity Issues",
                Description = "We are investigating reports of database timeouts.",
                Status = "Investigating",
                Impact = "Major Outage",
                AffectedComponents = Array.Empty<string>(),
                IsNotify = false,
            }
        );
        Assert.True(created.Success, created.Raw);

        var insert = Assert.Single(
            commands.All,
            c => c.Sql.Contains("INSERT INTO \"Incidents\"", StringComparison.Ordinal)
        );
        // The incident, its first update, the outbox message and the audit entry: one command.
        Assert.Contains("INSERT INTO \"IncidentUpdates\"", insert.Sql, StringComparison.Ordinal);
        Assert.Contains("INSERT INTO \"OutboxMessages\"", insert.Sql, StringComparison.Ordinal);
        Assert.Contains("INSERT INTO \"AuditEntries\"", insert.Sql, StringComparison.Ordinal);
        Assert.False(insert.InTransaction, "the create's inserts ran inside BEGIN … COMMIT");
    }

    [Fact]
    public async Task BatchOfInserts_WithoutTransaction_IsStillAllOrNothing()
    {
        var page = await _factory.CreatePageClientAsync();
        var commands = new CommandRecorder();
        await using var observed = Observed(commands);
        await using var scope = observed.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var externalId = "alert-" + Guid.NewGuid().ToString("N");

        // Two open incidents with one ExternalId: the second insert breaks the unique index,
        // after the first one (and the outbox rows) already ran in the same pipeline.
        db.Incidents.Add(Open(page.PageId, externalId));
        db.Incidents.Add(Open(page.PageId, externalId));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));

        var batch = Assert.Single(
            commands.All,
            c => c.Sql.Contains("INSERT INTO \"Incidents\"", StringComparison.Ordinal)
        );
        Assert.False(batch.InTransaction, "the batch ran inside an explicit transaction");
        await using var check = _factory.Services.CreateAsyncScope();
        var fresh = check.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        Assert.Equal(0, await fresh.Incidents.CountAsync(i => i.ExternalId == externalId, Ct));
        Assert.Equal(0, await fresh.Incidents.CountAsync(i => i.PageId == page.PageId, Ct));
        Assert.Equal(0, await fresh.OutboxMessages.CountAsync(m => m.PageId == page.PageId, Ct));
    }

    [Fact]
    public async Task SaveWithAnUpdate_KeepsItsTransaction_SoAConflictUndoesTheInserts()
    {
        var page = await _factory.CreatePageClientAsync();
        Guid id;
        await using (var setup = _factory.Services.CreateAsyncScope())
        {
            var db = setup.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            var incident = Open(page.PageId, null);
            db.Incidents.Add(incident);
            await db.SaveChangesAsync(Ct);
            id = incident.Id;
        }

        var commands = new CommandRecorder();
        await using var observed = Observed(commands);
        await using var first = observed.Services.CreateAsyncScope();
        await using var second = observed.Services.CreateAsyncScope();
        var late = first.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var early = second.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var lateCopy = await late.Incidents.SingleAsync(i => i.Id == id, Ct);
        var earlyCopy = await early.Incidents.SingleAsync(i => i.Id == id, Ct);

        earlyCopy.Resolve("Fixed by the early writer.", false, DateTimeOffset.UtcNow);
        await early.SaveChangesAsync(Ct);

        // The late writer's resolution: an UPDATE whose version no longer matches (it finds no
        // row; EF Core notices only after the statements ran) and INSERTs of its update, outbox
        // message and more.
        lateCopy.Resolve("Fixed by the late writer.", false, DateTimeOffset.UtcNow);
        commands.Clear();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => late.SaveChangesAsync(Ct));

        var batch = Assert.Single(
            commands.All,
            c => c.Sql.Contains("UPDATE \"Incidents\"", StringComparison.Ordinal)
        );
        Assert.Contains("INSERT INTO \"IncidentUpdates\"", batch.Sql, StringComparison.Ordinal);
        Assert.True(batch.InTransaction, "a save with an update ran without a transaction");
        await using var check = _factory.Services.CreateAsyncScope();
        var fresh = check.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var descriptions = await fresh
            .IncidentUpdates.Where(u => u.IncidentId == id)
            .Select(u => u.Description)
            .ToListAsync(Ct);
        Assert.Contains("Fixed by the early writer.", descriptions);
        Assert.DoesNotContain("Fixed by the late writer.", descriptions);
    }

    private static Incident Open(Guid pageId, string? externalId) =>
        Incident.Open(
            pageId,
            "Batch test",
            "Investigating.",
            IncidentStatus.Investigating,
            IncidentImpact.PartialOutage,
            [],
            notify: false,
            DateTimeOffset.UtcNow,
            externalId
        );

    /// <summary>A host of the same database whose commands are recorded, with the transaction each ran in.</summary>
    private WebApplicationFactory<Program> Observed(CommandRecorder commands) =>
        _factory.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s =>
                s.ConfigureDbContext<PostgreSqlIncidentsDbContext>(o => o.AddInterceptors(commands))
            )
        );

    private sealed class CommandRecorder : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<(string Sql, bool InTransaction)> _commands = new();

        public IReadOnlyCollection<(string Sql, bool InTransaction)> All => _commands;

        public void Clear() => _commands.Clear();

        private void Record(DbCommand command) =>
            _commands.Enqueue((command.CommandText, command.Transaction is not null));

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default
        )
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        // A save of new rows alone is one command without results (ADR 0185).
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<int> result,
            CancellationToken cancellationToken = default
        )
        {
            Record(command);
            return ValueTask.FromResult(result);
        }
    }
}
