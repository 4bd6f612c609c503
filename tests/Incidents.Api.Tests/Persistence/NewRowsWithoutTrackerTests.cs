using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Audit;
using Incidents.Domain.Incidents;
using Incidents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Persistence;

/// <summary>
/// On PostgreSQL a save of new rows alone (a create: the incident, its first update, the audit
/// entry, the outbox row) is written without EF Core's change tracker, as one command (ADR 0185).
/// These tests pin what that rests on: every column reads back as when EF Core writes the same
/// incident; the command is still all or nothing, and its unique-index race is still the
/// DbUpdateException the unit of work retries; a save with anything else in it is EF Core's own;
/// rows left unsaved never reach the next unit of work.
/// </summary>
public sealed class NewRowsWithoutTrackerTests : IClassFixture<PostgreSqlApiFactory>
{
    private readonly PostgreSqlApiFactory _factory;

    public NewRowsWithoutTrackerTests(PostgreSqlApiFactory factory)
    {
        _factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewIncident_WrittenWithoutTracker_ReadsBackLikeTheSameIncidentWrittenByEfCore()
    {
        var page = await _factory.CreatePageClientAsync();
        var now = DateTimeOffset.UtcNow;
        // Open incidents of one page need their own ExternalIds: blanked with the ids below.
        Guid[] externalIds = [Guid.NewGuid(), Guid.NewGuid()];
        var untracked = Twin(page.PageId, now, "twin-" + externalIds[0]);
        var tracked = Twin(page.PageId, now, "twin-" + externalIds[1]);

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            db.AddNew(untracked);
            Assert.Empty(db.ChangeTracker.Entries());
            await db.SaveChangesAsync(Ct);
            // Written without the tracker: nothing was attached, before or after.
            Assert.Empty(db.ChangeTracker.Entries());
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            db.Incidents.Add(tracked);
            await db.SaveChangesAsync(Ct);
            Assert.Equal(EntityState.Unchanged, db.Entry(tracked).State);
        }

        Guid[] ids =
        [
            untracked.Id,
            tracked.Id,
            untracked.Updates[0].Id,
            tracked.Updates[0].Id,
            .. externalIds,
        ];
        Assert.Equal(
            await RowAsync("Incidents", "Id", tracked.Id, ids, "Id", "Version"),
            await RowAsync("Incidents", "Id", untracked.Id, ids, "Id", "Version")
        );
        Assert.Equal(
            await RowAsync("IncidentUpdates", "IncidentId", tracked.Id, ids, "Id", "IncidentId"),
            await RowAsync("IncidentUpdates", "IncidentId", untracked.Id, ids, "Id", "IncidentId")
        );
        // The outbox row of IncidentOpened: its payload names the incident, the rest is equal.
        Assert.Equal(
            await OutboxRowAsync(page.PageId, tracked.Id, ids),
            await OutboxRowAsync(page.PageId, untracked.Id, ids)
        );
    }

    [Fact]
    public async Task NewRows_BreakingAUniqueIndex_WriteNothing_AndFailAsEfCoreWould()
    {
        var page = await _factory.CreatePageClientAsync();
        var externalId = "alert-" + Guid.NewGuid().ToString("N");
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            // Two open incidents with one ExternalId: the second breaks the unique index after
            // the first, its update and the audit entry already ran in the same command.
            db.AddNew(Open(page.PageId, externalId));
            db.AddNew(
                AuditEntry.Record(
                    page.PageId,
                    null,
                    "test",
                    "CreateIncident",
                    null,
                    DateTimeOffset.UtcNow,
                    null
                )
            );
            db.AddNew(Open(page.PageId, externalId));
            Assert.Empty(db.ChangeTracker.Entries());

            var failure = await Assert.ThrowsAsync<DbUpdateException>(() =>
                db.SaveChangesAsync(Ct)
            );
            Assert.True(DatabaseErrors.IsUniqueViolation(failure), failure.ToString());
        }

        await using var check = _factory.Services.CreateAsyncScope();
        var fresh = check.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        Assert.Equal(0, await fresh.Incidents.CountAsync(i => i.PageId == page.PageId, Ct));
        Assert.Equal(0, await fresh.OutboxMessages.CountAsync(m => m.PageId == page.PageId, Ct));
        Assert.Equal(0, await fresh.Set<AuditEntry>().CountAsync(e => e.PageId == page.PageId, Ct));
    }

    [Fact]
    public async Task NewRows_InASaveWithOtherChanges_JoinEfCoresSave()
    {
        var page = await _factory.CreatePageClientAsync();
        var incident = Open(page.PageId, null);
        var entry = AuditEntry.Record(
            page.PageId,
            null,
            "test",
            "Other",
            null,
            DateTimeOffset.UtcNow,
            null
        );
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            db.Set<AuditEntry>().Add(entry); // a tracked change in the same save
            db.AddNew(incident);
            await db.SaveChangesAsync(Ct);
            // EF Core wrote the incident with the rest: it is tracked, as after an Add.
            Assert.Equal(EntityState.Unchanged, db.Entry(incident).State);
            Assert.Equal(EntityState.Unchanged, db.Entry(incident.Updates[0]).State);
        }

        await using var check = _factory.Services.CreateAsyncScope();
        var fresh = check.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        Assert.Equal(1, await fresh.Incidents.CountAsync(i => i.Id == incident.Id, Ct));
        Assert.Equal(
            1,
            await fresh.IncidentUpdates.CountAsync(u => u.IncidentId == incident.Id, Ct)
        );
        Assert.Equal(1, await fresh.OutboxMessages.CountAsync(m => m.PageId == page.PageId, Ct));
        Assert.Equal(1, await fresh.Set<AuditEntry>().CountAsync(e => e.Id == entry.Id, Ct));
    }

    [Fact]
    public async Task NewRows_LeftUnsaved_DoNotReachALaterSave()
    {
        var page = await _factory.CreatePageClientAsync();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            // A unit of work that runs again forgets what its failed run added.
            db.AddNew(Open(page.PageId, null));
            db.ForgetChanges();
            await db.SaveChangesAsync(Ct);
            // A request that fails before its save returns the context to the pool with them.
            db.AddNew(Open(page.PageId, null));
        }

        for (var i = 0; i < 3; i++)
        {
            // The pool hands the same context out again (one of these scopes gets it).
            await using var scope = _factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            // Data Protection's key store saves synchronously; stale rows must not make it throw.
            Assert.Equal(0, db.SaveChanges());
            await db.SaveChangesAsync(Ct);
        }

        await using var check = _factory.Services.CreateAsyncScope();
        var fresh = check.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        Assert.Equal(0, await fresh.Incidents.CountAsync(i => i.PageId == page.PageId, Ct));
    }

    /// <summary>An incident with every column filled (translations, components, unpublished).</summary>
    private static Incident Twin(Guid pageId, DateTimeOffset now, string externalId) =>
        Incident.Open(
            pageId,
            "Twin \"quoted\" ✓ 😀",
            "Line one\nline two \\ ✓",
            IncidentStatus.Identified,
            IncidentImpact.PartialOutage,
            [
                Guid.Parse("0190f2a0-0000-7000-8000-000000000001"),
                Guid.Parse("0190f2a0-0000-7000-8000-000000000002"),
            ],
            notify: true,
            now,
            externalId,
            publish: false,
            new Dictionary<string, string?> { ["de"] = "Zwilling", ["fr"] = "Jumeau" },
            new Dictionary<string, string?> { ["de"] = "Zeile eins" }
        );

    private static Incident Open(Guid pageId, string? externalId) =>
        Incident.Open(
            pageId,
            "New rows test",
            "Investigating.",
            IncidentStatus.Investigating,
            IncidentImpact.MajorOutage,
            [],
            notify: false,
            DateTimeOffset.UtcNow,
            externalId
        );

    /// <summary>Every column of the row where <paramref name="keyColumn"/> is <paramref name="key"/>, as stored text, but the named ones; the ids in <paramref name="ids"/> blanked.</summary>
    private Task<List<string>> RowAsync(
        string table,
        string keyColumn,
        Guid key,
        Guid[] ids,
        params string[] except
    ) =>
        _factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"{keyColumn}\" = @key";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@key";
            parameter.Value = key;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(Ct);
            Assert.True(await reader.ReadAsync(Ct), $"no row in {table}");
            var columns = new List<string>();
            for (var c = 0; c < reader.FieldCount; c++)
            {
                var name = reader.GetName(c);
                if (except.Contains(name))
                {
                    continue;
                }

                var value = reader.IsDBNull(c)
                    ? "NULL"
                    : Blank(
                        FormattableString.Invariant(
                            $"{reader.GetValue(c) switch { Array a => string.Join(",", a.Cast<object>()), var v => v }}"
                        ),
                        ids
                    );
                columns.Add(name + "=" + value);
            }

            Assert.True(columns.Count > 5, string.Join("; ", columns));
            Assert.False(await reader.ReadAsync(Ct), $"more than one row in {table}");
            return columns;
        });

    private Task<List<string>> OutboxRowAsync(Guid pageId, Guid incidentId, Guid[] ids) =>
        _factory.WithDbAsync<List<string>>(async db =>
        {
            var messages = await db
                .OutboxMessages.AsNoTracking()
                .Where(m => m.PageId == pageId)
                .ToListAsync(Ct);
            var message = Assert.Single(
                messages,
                m => m.Payload.Contains(incidentId.ToString(), StringComparison.OrdinalIgnoreCase)
            );
            return
            [
                message.Type,
                message.OccurredAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                Blank(message.Payload, ids),
                message.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ];
        });

    private static string Blank(string text, Guid[] ids) =>
        ids.Aggregate(
            text,
            (t, id) => t.Replace(id.ToString(), "<id>", StringComparison.OrdinalIgnoreCase)
        );
}
