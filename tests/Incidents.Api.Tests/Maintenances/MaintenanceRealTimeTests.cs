using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.Notifications;
using Incidents.Domain.Maintenances;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.Maintenances;

/// <summary>
/// The real-time check, on the real clock and the default scheduler settings: a
/// maintenance three seconds ahead starts and completes on its own, and a webhook subscriber hears
/// both. (The only test here that waits for wall-clock time.)
/// </summary>
public sealed class MaintenanceRealTimeTests(SqliteInstancesFixture fixture)
    : IClassFixture<SqliteInstancesFixture>
{
    [Fact]
    public async Task Maintenance_ThreeSecondsAhead_StartsAndCompletesOnItsOwnAndIsNotified()
    {
        await using var host = NotificationsHost.Create(fixture.Database, null);
        var page = await host.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Database");
        var path = "maintenance-" + Guid.NewGuid().ToString("N");
        await page.Http.CreateWebhookSubscriberAsync(
            fixture.Sink.Url(path),
            "maintenance.started",
            "maintenance.completed"
        );
        var start = DateTimeOffset.UtcNow.AddSeconds(3);

        var created = await page.Http.PostJsonAsync(
            "/api/admin/Maintenance",
            new
            {
                Title = "Failover drill",
                Description = "We will fail the database over.",
                ScheduledFor = start,
                ScheduledUntil = start.AddSeconds(2),
                AffectedComponents = new[] { component },
            }
        );
        Assert.True(created.Success, created.Raw);
        var id = created.Result.GetGuid();

        var received = await Eventually.WaitAsync(
            () => fixture.Sink.On(path),
            r => r.Count >= 2,
            "maintenance.started and maintenance.completed webhooks"
        );

        Assert.Equal(
            ["maintenance.completed", "maintenance.started"],
            received.Select(r => r.Type).Order()
        );
        var started = received
            .Single(r => r.Type == "maintenance.started")
            .Json.GetProperty("data");
        Assert.Equal(id, started.GetProperty("maintenance").GetProperty("id").GetGuid());
        Assert.Equal(
            "In Progress",
            started.GetProperty("maintenance").GetProperty("status").GetString()
        );
        Assert.Equal(
            Maintenance.StartedDescription,
            started.GetProperty("update").GetProperty("description").GetString()
        );
        Assert.Equal(component, started.GetProperty("components")[0].GetProperty("id").GetGuid());
        var stored = await host.WithDbAsync(db =>
            db.Maintenances.AsNoTracking()
                .SingleAsync(m => m.Id == id, TestContext.Current.CancellationToken)
        );
        Assert.Equal(MaintenanceStatus.Completed, stored.Status);
        // Started no earlier than planned (the real clock: no upper bound is asserted here).
        Assert.True(stored.StartedAt >= start.AddMilliseconds(-1));
        var componentNow = await page.Http.GetEnvelopeAsync($"/api/admin/Component/{component}");
        Assert.Equal("Operational", componentNow.Result.GetProperty("Status").GetString());
    }
}
