using System.Net;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Incidents;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incidents.Api.Tests.Admin;

/// <summary>
/// Issue 16: changing an incident must not read its timeline (each update cost O(timeline)),
/// and the rules and the concurrency the timeline never carried still hold on a long one.
/// </summary>
public abstract class LongTimelineTests
{
    private const int TimelineLength = 2_000;

    protected LongTimelineTests(IncidentsApiFactory factory)
    {
        Factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    protected IncidentsApiFactory Factory { get; }

    [Fact]
    public async Task Update_OnATwoThousandUpdateTimeline_IsAppended_WithoutReadingTheTimeline()
    {
        var page = await Factory.CreatePageClientAsync();
        var incidentId = await OpenWithLongTimelineAsync(page);
        var commands = new EfCommandLog();
        await using var observed = Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting(
                "Logging:LogLevel:" + DbLoggerCategory.Database.Command.Name,
                "Information"
            );
            b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(commands));
        });
        using var client = observed.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", page.Key);

        var updated = await client.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = incidentId,
                Description = "Appended to a long timeline.",
                Status = "Monitoring",
            }
        );

        Assert.True(updated.Success, updated.Raw);
        var reads = commands.Reads("IncidentUpdates");
        Assert.True(reads.Count == 0, "The update read the timeline:\n" + string.Join("\n", reads));
        Assert.Contains(commands.All, c => c.Contains("INSERT", StringComparison.Ordinal));
        var shown = await page.Http.GetEnvelopeAsync($"/api/admin/Incident/{incidentId}");
        var updates = shown.Result.GetProperty("Updates");
        Assert.Equal(TimelineLength + 1, updates.GetArrayLength());
        Assert.Equal(
            "Appended to a long timeline.",
            updates[0].GetProperty("Description").GetString()
        );
        Assert.Equal("Monitoring", shown.Result.GetProperty("Status").GetString());
    }

    [Fact]
    public async Task ResolvedIncident_WithLongTimeline_StillRefusesUpdates_WithTheSeedMessage()
    {
        var page = await Factory.CreatePageClientAsync();
        var incidentId = await OpenWithLongTimelineAsync(page);
        var resolved = await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = incidentId }
        );
        Assert.True(resolved.Success, resolved.Raw);

        var update = await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new { IncidentId = incidentId, Description = "Too late." }
        );
        var again = await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = incidentId }
        );

        Assert.Equal(HttpStatusCode.BadRequest, update.Status);
        Assert.Equal(Incident.AlreadyResolvedMessage, update.Message);
        Assert.Equal(Incident.AlreadyResolvedMessage, again.Message);
    }

    [Fact]
    public async Task ParallelUpdates_OnALongTimeline_AreAllKept_InTheOrderTheyCommitted()
    {
        var page = await Factory.CreatePageClientAsync();
        var incidentId = await OpenWithLongTimelineAsync(page);
        var texts = Enumerable.Range(1, 8).Select(i => $"Parallel update {i}.").ToArray();

        var answers = await Task.WhenAll(
            texts.Select(text =>
                page.Http.PutJsonAsync(
                    "/api/admin/Incident",
                    new { IncidentId = incidentId, Description = text }
                )
            )
        );

        Assert.All(answers, a => Assert.True(a.Success, a.Raw));
        var stored = await Factory.WithDbAsync(db =>
            db.Set<IncidentUpdate>()
                .AsNoTracking()
                .Where(u => u.IncidentId == incidentId)
                .ToListAsync(TestContext.Current.CancellationToken)
        );
        Assert.Equal(TimelineLength + texts.Length, stored.Count);
        Assert.Equal(
            texts.Order(StringComparer.Ordinal),
            stored
                .Where(u => u.Description.StartsWith("Parallel", StringComparison.Ordinal))
                .Select(u => u.Description)
                .Order(StringComparer.Ordinal)
        );
        // Each retried change re-read the root, so no two updates claim the same version step:
        // the incident's UpdatedAt is its newest update's time.
        var incident = await Factory.WithDbAsync(db =>
            db.Incidents.AsNoTracking()
                .SingleAsync(i => i.Id == incidentId, TestContext.Current.CancellationToken)
        );
        Assert.Equal(stored.Max(u => u.CreatedAt), incident.UpdatedAt);
    }

    /// <summary>An incident with 2,000 updates (1 µs apart), written straight through the aggregate.</summary>
    private async Task<Guid> OpenWithLongTimelineAsync(PageClient page)
    {
        var incidentId = await page.Http.CreateIncidentAsync();
        await Factory.WithDbAsync(async db =>
        {
            var incident = await db
                .Incidents.Include(i => i.Updates)
                .SingleAsync(i => i.Id == incidentId, TestContext.Current.CancellationToken);
            var at = incident.CreatedAt;
            for (var i = 1; i < TimelineLength; i++)
            {
                incident.PostUpdate(
                    $"Progress note {i}.",
                    null,
                    null,
                    null,
                    false,
                    at.AddTicks(i * 10)
                );
            }

            incident.ClearDomainEvents();
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return incidentId;
    }
}
