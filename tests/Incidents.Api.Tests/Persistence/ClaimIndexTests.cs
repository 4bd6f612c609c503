using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications;
using Incidents.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incidents.Api.Tests.Persistence;

/// <summary>
/// The work queues' indexes are partial (ADR 0108): only pending deliveries are in the
/// delivery claim's index, only failed ones in the dashboard's, only unprocessed outbox messages
/// in the outbox claim's. That only pays if the queries still use them —
/// a partial index serves a query only when the query names the state as a literal, so a
/// claim rewritten with a parameter would quietly scan the whole table. These tests read the
/// plans of the SQL the service really executes.
/// </summary>
public abstract partial class ClaimIndexTests
{
    private const string ClaimIndex = "IX_Deliveries_State_NextAttemptAt";
    private const string FailedIndex = "IX_Deliveries_PageId_State_CreatedAt";
    private const string OutboxIndex = "IX_OutboxMessages_OccurredAt";

    protected ClaimIndexTests(IncidentsApiFactory factory)
    {
        Factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    protected IncidentsApiFactory Factory { get; }

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Claim_And_FailedList_AreServedByThePartialIndexes()
    {
        var page = await Factory.CreatePageClientAsync();
        await SeedAsync(Factory, page.PageId, 20, failEvery: 4);

        var commands = new EfCommandLog();
        await using var observed = Observed(commands);
        using var scope = observed.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var now = DateTimeOffset.UtcNow;
        commands.Clear();
        var claimed = await RowClaims.ClaimDeliveriesAsync(
            db,
            "index-test",
            now.AddYears(1), // everything seeded is due
            now.AddYears(1).AddMinutes(5),
            5,
            Ct
        );
        Assert.Equal(5, claimed.Count);
        var claim = Sql(commands, "UPDATE \"Deliveries\" SET \"LockedBy\"");

        commands.Clear();
        var failed = await scope
            .ServiceProvider.GetRequiredService<Incidents.Application.Subscribers.Queries.ISubscriberReadRepository>()
            .ListFailedDeliveriesAsync(page.PageId, 10, Ct);
        Assert.Equal(5, failed.Count);
        var list = Sql(commands, "FROM \"Deliveries\"");

        // Values as the service binds them: the claim's token, times and batch size; the
        // list's page and count.
        object Value(string name) =>
            name switch
            {
                "@p0" => "plan",
                "@p1" or "@p2" => now,
                "@pageId" => page.PageId,
                _ => 10,
            };
        Assert.Contains(ClaimIndex, await PlanAsync(db, claim, Value), StringComparison.Ordinal);
        Assert.Contains(FailedIndex, await PlanAsync(db, list, Value), StringComparison.Ordinal);
        Assert.Contains(
            "WHERE \"State\" = 'Pending'",
            await IndexDefinitionAsync(db, ClaimIndex),
            StringComparison.OrdinalIgnoreCase
        );
        Assert.Contains(
            "WHERE \"State\" = 'Failed'",
            await IndexDefinitionAsync(db, FailedIndex),
            StringComparison.OrdinalIgnoreCase
        );
    }

    /// <summary>The index led by SubscriberId that serves a subscriber's deliveries.</summary>
    protected abstract string SubscriberIndex { get; }

    [Fact]
    public async Task SubscriberDeliveries_AreServedByTheSubscriberIndex()
    {
        var page = await Factory.CreatePageClientAsync();
        await SeedAsync(Factory, page.PageId, 20);

        var commands = new EfCommandLog();
        await using var observed = Observed(commands);
        using var scope = observed.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var subscriberId = await db.Set<Delivery>()
            .Where(d => d.PageId == page.PageId)
            .Select(d => d.SubscriberId)
            .FirstAsync(Ct);
        commands.Clear();
        var listed = await scope
            .ServiceProvider.GetRequiredService<Incidents.Application.Subscribers.Queries.ISubscriberReadRepository>()
            .ListDeliveriesAsync(page.PageId, subscriberId, 1, 10, Ct);
        Assert.Single(listed.Items);
        // Two commands: the count (COUNT(*) on SQLite, count(*)::int on PostgreSQL) and the page.
        var list = Sql(commands, "ORDER BY");
        var count = Assert.Single(
            commands.All,
            c =>
                c.Contains("FROM \"Deliveries\"", StringComparison.Ordinal)
                && !c.Contains("ORDER BY", StringComparison.Ordinal)
        );
        count = count[(count.IndexOf('\n', StringComparison.Ordinal) + 1)..];

        object Value(string name) =>
            name switch
            {
                "@pageId" => page.PageId,
                "@subscriberId" => subscriberId,
                _ => 10,
            };
        // The name whole: IX_Deliveries_SubscriberId is also the start of the other's name.
        var usesIndex = new Regex($@"\b{Regex.Escape(SubscriberIndex)}\b");
        Assert.Matches(usesIndex, await PlanAsync(db, count, Value));
        Assert.Matches(usesIndex, await PlanAsync(db, list, Value));
        // The lookup of the delete trigger on Subscribers (ADR 0172).
        Assert.Matches(
            usesIndex,
            await PlanAsync(
                db,
                "DELETE FROM \"Deliveries\" WHERE \"SubscriberId\" = @subscriberId",
                Value
            )
        );
    }

    [Fact]
    public async Task OutboxClaim_IsServedByThePartialIndex()
    {
        var page = await Factory.CreatePageClientAsync();
        for (var i = 0; i < 3; i++)
        {
            await page.Http.CreateIncidentAsync($"Outbox index {i}"); // workers are off: unprocessed
        }

        var commands = new EfCommandLog();
        await using var observed = Observed(commands);
        using var scope = observed.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var now = DateTimeOffset.UtcNow;
        commands.Clear();
        var claimed = await RowClaims.ClaimOutboxAsync(
            db,
            "index-test",
            now,
            now.AddMinutes(5),
            2,
            Ct
        );
        Assert.Equal(2, claimed.Count);
        var claim = Sql(commands, "UPDATE \"OutboxMessages\" SET \"LockedBy\"");

        object Value(string name) =>
            name switch
            {
                "@p0" => "plan",
                "@p1" or "@p2" => now,
                _ => 10,
            };
        var plan = await PlanAsync(db, claim, Value);
        Assert.Contains(OutboxIndex, plan, StringComparison.Ordinal);
        // Walked in the claim's order and stopped at its LIMIT (ADR 0179): no step that reads
        // every entry first to sort them — entries of processed messages included, which stay
        // in the index until a vacuum (1,000 claims of a burst: 225 → 13 µs per claimed row).
        foreach (var step in ReadAllThenSortSteps)
        {
            Assert.DoesNotContain(step, plan, StringComparison.Ordinal);
        }

        Assert.Contains(
            "WHERE \"ProcessedAt\" IS NULL",
            await IndexDefinitionAsync(db, OutboxIndex),
            StringComparison.OrdinalIgnoreCase
        );
    }

    /// <summary>The plan steps that read all matching index entries before the first row is returned.</summary>
    protected abstract IReadOnlyList<string> ReadAllThenSortSteps { get; }

    /// <summary>A host of the same database whose SQL commands are logged to <paramref name="commands"/>.</summary>
    private WebApplicationFactory<Program> Observed(EfCommandLog commands) =>
        Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting(
                "Logging:LogLevel:" + DbLoggerCategory.Database.Command.Name,
                "Information"
            );
            b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(commands));
        });

    /// <summary>The index's definition as the database reports it.</summary>
    protected abstract Task<string> IndexDefinitionAsync(IncidentsDbContext db, string index);

    /// <summary>The plan of <paramref name="sql"/>, its parameters bound to <paramref name="value"/>.</summary>
    protected abstract Task<string> PlanAsync(
        IncidentsDbContext db,
        string sql,
        Func<string, object> value
    );

    protected static async Task SeedAsync(
        IncidentsApiFactory factory,
        Guid pageId,
        int count,
        int failEvery = 0,
        int payloadLength = 20
    )
    {
        var now = DateTimeOffset.UtcNow;
        var subscribers = WebhookSubscribers.Create(pageId, count, now);
        var payload = DeliveryPayload.Create("\"" + new string('x', payloadLength) + "\"", now);
        var deliveries = subscribers
            .Select(
                (s, i) =>
                {
                    var delivery = Delivery.Create(pageId, s.Id, "incident.created", payload, now);
                    if (failEvery > 0 && i % failEvery == 0)
                    {
                        delivery.Fail(500, "Internal Server Error", null, now);
                    }

                    return delivery;
                }
            )
            .ToList();
        await factory.WithDbAsync(db =>
        {
            db.AddRange(subscribers);
            db.Add(payload);
            db.AddRange(deliveries);
            return db.SaveChangesAsync();
        });
    }

    /// <summary>The text of the one logged command containing <paramref name="marker"/>.</summary>
    private static string Sql(EfCommandLog commands, string marker)
    {
        var logged = Assert.Single(commands.All, c => c.Contains(marker, StringComparison.Ordinal));
        return logged[(logged.IndexOf('\n', StringComparison.Ordinal) + 1)..];
    }

    /// <summary>The parameter names in <paramref name="sql"/>, in order of first appearance.</summary>
    protected static List<string> Parameters(string sql) =>
        ParameterName().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();

    protected static void BindAll(DbCommand command, Func<string, object> value)
    {
        foreach (var name in Parameters(command.CommandText))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value(name);
            command.Parameters.Add(parameter);
        }
    }

    [GeneratedRegex(@"@[A-Za-z_][A-Za-z0-9_]*")]
    protected static partial Regex ParameterName();
}

public sealed class SqliteClaimIndexTests(SqliteApiFactory factory)
    : ClaimIndexTests(factory),
        IClassFixture<SqliteApiFactory>
{
    protected override string SubscriberIndex => "IX_Deliveries_SubscriberId";

    protected override IReadOnlyList<string> ReadAllThenSortSteps => ["TEMP B-TREE"];

    /// <summary>
    /// SQLite's one-delivery-per-subscriber-per-event index is led by the event (ADR 0174), so
    /// that a fan-out's rows are written side by side; and it still refuses a second delivery
    /// of an event to a subscriber.
    /// </summary>
    [Fact]
    public async Task UniqueDeliveryPerEvent_IsLedByTheEvent()
    {
        var page = await Factory.CreatePageClientAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var definition = await IndexDefinitionAsync(db, "IX_Deliveries_SourceEventId_SubscriberId");
        Assert.Contains("UNIQUE", definition, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(
            "(\"SourceEventId\", \"SubscriberId\")",
            definition,
            StringComparison.Ordinal
        );
        Assert.Equal(
            0,
            await db
                .Database.SqlQuery<int>(
                    $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'IX_Deliveries_SubscriberId_SourceEventId'"
                )
                .SingleAsync(Ct)
        );

        var now = DateTimeOffset.UtcNow;
        var subscriber = WebhookSubscribers.Create(page.PageId, 1, now)[0];
        var payload = DeliveryPayload.Create("\"x\"", now);
        var eventId = Guid.CreateVersion7(now);
        var first = Delivery.Create(page.PageId, subscriber.Id, "incident.created", payload, now);
        first.FannedOutFrom(eventId);
        await Factory.WithDbAsync(d =>
        {
            d.Add(subscriber);
            d.Add(payload);
            d.Add(first);
            return d.SaveChangesAsync();
        });
        var second = Delivery.Create(page.PageId, subscriber.Id, "incident.created", payload, now);
        second.FannedOutFrom(eventId);
        await Assert.ThrowsAsync<DbUpdateException>(() =>
            Factory.WithDbAsync(d =>
            {
                d.Add(second);
                return d.SaveChangesAsync();
            })
        );
    }

    protected override async Task<string> IndexDefinitionAsync(
        IncidentsDbContext db,
        string index
    ) =>
        await db
            .Database.SqlQuery<string>(
                $"SELECT sql AS \"Value\" FROM sqlite_master WHERE name = {index}"
            )
            .SingleAsync(Ct);

    protected override async Task<string> PlanAsync(
        IncidentsDbContext db,
        string sql,
        Func<string, object> value
    )
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Ct);
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
        BindAll(explain, value);
        await using var reader = await explain.ExecuteReaderAsync(Ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(reader.GetString(3));
        }

        return string.Join("\n", rows);
    }
}

public sealed class PostgreSqlClaimIndexTests(PostgreSqlApiFactory factory)
    : ClaimIndexTests(factory),
        IClassFixture<PostgreSqlApiFactory>
{
    protected override string SubscriberIndex => "IX_Deliveries_SubscriberId_SourceEventId";

    protected override IReadOnlyList<string> ReadAllThenSortSteps => ["Sort", "Bitmap"];

    protected override async Task<string> IndexDefinitionAsync(
        IncidentsDbContext db,
        string index
    ) =>
        (
            await db
                .Database.SqlQuery<string>(
                    $"SELECT indexdef AS \"Value\" FROM pg_indexes WHERE indexname = {index}"
                )
                .SingleAsync(Ct)
        ).Normalized();

    protected override async Task<string> PlanAsync(
        IncidentsDbContext db,
        string sql,
        Func<string, object> value
    )
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Ct);
        // A test table is tiny, where a scan is cheapest anyway: forbid the scan, so that the
        // plan shows whether the index can serve the query at all. And the generic plan (the
        // one a prepared statement settles on), not one made for these values: a state passed
        // as a parameter matches the partial index in a plan made for 'Pending', never in the
        // generic one. (SQLite re-plans a statement for its bound values when a partial index
        // depends on them, so there the literal is not needed.)
        await using (var off = connection.CreateCommand())
        {
            off.CommandText = "SET enable_seqscan = off; SET plan_cache_mode = force_generic_plan";
            await off.ExecuteNonQueryAsync(Ct);
        }

        try
        {
            // PREPARE/EXECUTE: the planner sees $n placeholders, as for the service's own
            // prepared statements (Max Auto Prepare), and the values only at execution.
            var names = Parameters(sql);
            var numbered = ParameterName()
                .Replace(
                    sql,
                    m => "$" + (names.IndexOf(m.Value) + 1).ToString(CultureInfo.InvariantCulture)
                );
            var values = string.Join(", ", names.Select(n => Literal(value(n))));
            await using var explain = connection.CreateCommand();
            explain.CommandText =
                $"PREPARE plan_check AS {numbered}; EXPLAIN EXECUTE plan_check({values}); DEALLOCATE plan_check";
            await using var reader = await explain.ExecuteReaderAsync(Ct);
            var rows = new List<string>();
            do
            {
                while (await reader.ReadAsync(Ct))
                {
                    rows.Add(reader.GetString(0));
                }
            } while (await reader.NextResultAsync(Ct));

            return string.Join("\n", rows);
        }
        finally
        {
            await using var on = connection.CreateCommand();
            on.CommandText = "RESET enable_seqscan; RESET plan_cache_mode";
            await on.ExecuteNonQueryAsync(Ct);
        }
    }

    private static string Literal(object value) =>
        value switch
        {
            int n => n.ToString(CultureInfo.InvariantCulture),
            DateTimeOffset t => "'" + t.ToString("O", CultureInfo.InvariantCulture) + "'",
            _ => "'" + value + "'",
        };

    /// <summary>
    /// Deliveries are stored with half of each page free (fillfactor 50), so that claiming
    /// fresh rows (lease columns only) is a HOT update: the new row version stays on its page
    /// and no index gets a new entry. Counted inside one transaction, so other tests' writes
    /// do not mix in.
    /// </summary>
    [Fact]
    public async Task ClaimingFreshDeliveries_IsAHotUpdate()
    {
        var page = await Factory.CreatePageClientAsync();
        // A realistic payload (~700 bytes): a handful of rows per page, as in a fan-out.
        await SeedAsync(Factory, page.PageId, 40, payloadLength: 700);

        var (updated, hot, options) = await Factory.WithDbAsync(db =>
            db.Database.CreateExecutionStrategy()
                .ExecuteAsync(() =>
                    ClaimAndCountAsync(
                        db,
                        "Deliveries",
                        at =>
                            RowClaims.ClaimDeliveriesAsync(
                                db,
                                "hot-test",
                                at,
                                at.AddMinutes(5),
                                1000,
                                Ct
                            )
                    )
                )
        );

        Assert.Contains("fillfactor=50", options ?? "", StringComparison.Ordinal);
        Assert.True(updated >= 40, $"updated {updated}");
        // Nearly all: the last rows of a page whose first copies filled its free half may still
        // move (with fillfactor 100: 7 of 55).
        Assert.True(hot >= updated * 8 / 10, $"{hot} of {updated} updates were HOT");
    }

    /// <summary>The same for the outbox: every create adds a message, and its claim is a HOT update.</summary>
    [Fact]
    public async Task ClaimingNewOutboxMessages_IsAHotUpdate()
    {
        var page = await Factory.CreatePageClientAsync();
        for (var i = 0; i < 20; i++)
        {
            await page.Http.CreateIncidentAsync($"HOT outbox {i}"); // workers are off: unprocessed
        }

        var (updated, hot, options) = await Factory.WithDbAsync(db =>
            db.Database.CreateExecutionStrategy()
                .ExecuteAsync(() =>
                    ClaimAndCountAsync(
                        db,
                        "OutboxMessages",
                        at =>
                            RowClaims.ClaimOutboxAsync(
                                db,
                                "hot-test",
                                at,
                                at.AddMinutes(5),
                                1000,
                                Ct
                            )
                    )
                )
        );

        Assert.Contains("fillfactor=50", options ?? "", StringComparison.Ordinal);
        Assert.True(updated >= 20, $"updated {updated}");
        // With fillfactor 100: 5 of 25.
        Assert.True(hot >= updated * 8 / 10, $"{hot} of {updated} updates were HOT");
    }

    /// <summary>Claims in a transaction rolled back afterwards, counting that transaction's updates of the table.</summary>
    private static async Task<(long Updated, long Hot, string? Options)> ClaimAndCountAsync<T>(
        IncidentsDbContext db,
        string table,
        Func<DateTimeOffset, Task<List<T>>> claim
    )
    {
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        var claimed = await claim(DateTimeOffset.UtcNow.AddYears(1));
        Assert.NotEmpty(claimed);
        var counts = await db
            .Database.SqlQuery<HotCounts>(
                $"""
                SELECT pg_stat_get_xact_tuples_updated(c.oid) AS "Updated",
                       pg_stat_get_xact_tuples_hot_updated(c.oid) AS "Hot",
                       array_to_string(c.reloptions, ',') AS "Options"
                FROM pg_class c WHERE c.relname = {table}
                """
            )
            .SingleAsync(Ct);
        await transaction.RollbackAsync(Ct);
        return (counts.Updated, counts.Hot, counts.Options);
    }

    private sealed record HotCounts(long Updated, long Hot, string? Options);
}

internal static partial class IndexDefinitionText
{
    /// <summary>
    /// PostgreSQL's <c>pg_indexes.indexdef</c> as the migration wrote it: without casts and
    /// without the parentheses PostgreSQL adds (<c>WHERE (("State")::text = 'Pending'::text)</c>
    /// → <c>WHERE "State" = 'Pending'</c>).
    /// </summary>
    public static string Normalized(this string definition)
    {
        var text = Casts()
            .Replace(definition, "")
            .Replace("(\"State\")", "\"State\"", StringComparison.Ordinal);
        return Filter().Replace(text, "WHERE $1");
    }

    [GeneratedRegex(@"::(text|character varying)")]
    private static partial Regex Casts();

    [GeneratedRegex(@"WHERE \((.*)\)$")]
    private static partial Regex Filter();
}
