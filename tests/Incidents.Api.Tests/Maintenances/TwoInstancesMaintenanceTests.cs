using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.Notifications;
using Incidents.Application.Maintenances.Commands.RunDueMaintenance;
using Incidents.Domain.Audit;
using Incidents.Domain.Maintenances;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.Maintenances;

/// <summary>
/// Two instances on one PostgreSQL database, both running the scheduler towards the same due
/// times: every transition commits exactly once (one outbox row, one audit entry, one timeline
/// entry each), whichever instance wins.
/// </summary>
public sealed class TwoInstancesMaintenanceTests : IClassFixture<PostgreSqlInstancesFixture>
{
    private readonly PostgreSqlInstancesFixture _fixture;

    public TwoInstancesMaintenanceTests(PostgreSqlInstancesFixture fixture)
    {
        _fixture = fixture;
        Assert.SkipWhen(
            fixture.Database.SkipReason is not null,
            fixture.Database.SkipReason ?? string.Empty
        );
    }

    [Fact]
    public async Task TwoInstances_SameDueMaintenances_EachTransitionHappensOnce()
    {
        // A short idle poll so that instance B, which did not see the creates, also races.
        var settings = new Dictionary<string, string>
        {
            ["Maintenance:Scheduler:IdlePollInterval"] = "00:00:00.500",
        };
        await using var a = NotificationsHost.Create(_fixture.Database, null, settings);
        await using var b = NotificationsHost.Create(_fixture.Database, null, settings);
        _ = b.App.Services; // starts instance B and its scheduler
        var page = await a.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Database");
        // Far enough ahead that all 20 creates finish first even on a loaded machine: one created
        // after its start would start at once in its create (audited as CreateMaintenance).
        var start = DateTimeOffset.UtcNow.AddSeconds(10);
        var ids = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            var created = await page.Http.PostJsonAsync(
                "/api/admin/Maintenance",
                new
                {
                    Title = $"Window {i}",
                    Description = "Planned work.",
                    ScheduledFor = start,
                    ScheduledUntil = start.AddSeconds(2),
                    AffectedComponents = new[] { component },
                }
            );
            Assert.True(created.Success, created.Raw);
            ids.Add(created.Result.GetGuid());
        }

        Assert.True(
            DateTimeOffset.UtcNow < start,
            "the creates took longer than the margin; the race below would not be the scheduler's"
        );
        await Eventually.WaitAsync(
            () =>
                a.WithDbAsync(db =>
                    db.Maintenances.CountAsync(
                        m => ids.Contains(m.Id) && m.Status == MaintenanceStatus.Completed,
                        TestContext.Current.CancellationToken
                    )
                ),
            n => n == ids.Count,
            "all maintenances completed by the schedulers",
            seconds: 60
        );

        var ct = TestContext.Current.CancellationToken;
        var outbox = await a.WithDbAsync(db =>
            db.OutboxMessages.Where(o => o.PageId == page.PageId).ToListAsync(ct)
        );
        var audit = await a.WithDbAsync(db =>
            db.Set<AuditEntry>()
                .Where(e =>
                    e.PageId == page.PageId
                    && e.ApiKeyName == RunDueMaintenanceCommandHandler.SchedulerActor
                )
                .ToListAsync(ct)
        );
        var updates = await a.WithDbAsync(db =>
            db.MaintenanceUpdates.Where(u => ids.Contains(u.MaintenanceId)).ToListAsync(ct)
        );
        foreach (var id in ids)
        {
            var mine = outbox.Where(o =>
                o.Payload.Contains(id.ToString(), StringComparison.Ordinal)
            );
            Assert.Single(mine, o => o.Type == nameof(MaintenanceStarted));
            Assert.Single(mine, o => o.Type == nameof(MaintenanceCompleted));
            Assert.Equal(
                ["CompleteMaintenance", "StartMaintenance"],
                audit.Where(e => e.TargetId == id).Select(e => e.Action).Order()
            );
            Assert.Equal(3, updates.Count(u => u.MaintenanceId == id));
        }
    }
}
