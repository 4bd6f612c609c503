using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.Notifications;
using Incidents.Application.Maintenances.Commands.RunDueMaintenance;
using Incidents.Domain.Audit;
using Incidents.Domain.Maintenances;
using Incidents.Infrastructure.Maintenances;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Maintenances;

/// <summary>
/// The scheduler against a real database with a fake clock: each transition at its time, once,
/// through the aggregate (timeline, audit by the scheduler, outbox, component status); sleeping on
/// the injected clock and woken by commits. A fresh database per test: the scheduler serves every page.
/// </summary>
public sealed class MaintenanceSchedulerTests : IAsyncLifetime
{
    private const string Url = "/api/admin/Maintenance";
    private readonly SchedulerClockFactory _factory = new();
    private PageClient _page = null!;

    private DateTimeOffset Now => _factory.Time.GetUtcNow();

    public async ValueTask InitializeAsync()
    {
        await _factory.InitializeAsync();
        _page = await _factory.CreatePageClientAsync();
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private async Task<(Guid Maintenance, Guid Component)> ScheduleAsync(
        TimeSpan startsIn,
        TimeSpan lasts,
        int? remindBeforeMinutes = null
    )
    {
        var component = await _page.Http.CreateComponentAsync("C " + Guid.NewGuid().ToString("N"));
        var created = await _page.Http.PostJsonAsync(
            Url,
            new
            {
                Title = "Database upgrade",
                Description = "Planned work.",
                ScheduledFor = Now + startsIn,
                ScheduledUntil = Now + startsIn + lasts,
                AffectedComponents = new[] { component },
                RemindBeforeMinutes = remindBeforeMinutes,
            }
        );
        Assert.True(created.Success, created.Raw);
        return (created.Result.GetGuid(), component);
    }

    private Task<Maintenance> LoadAsync(Guid id) =>
        _factory.WithDbAsync(db =>
            db.Maintenances.AsNoTracking()
                .Include(m => m.Updates)
                .SingleAsync(m => m.Id == id, TestContext.Current.CancellationToken)
        );

    private Task<List<string>> OutboxTypesAsync(Guid id) =>
        _factory.WithDbAsync(async db =>
            (
                await db
                    .OutboxMessages.Where(o => o.PageId == _page.PageId)
                    .OrderBy(o => o.OccurredAt)
                    .ToListAsync(TestContext.Current.CancellationToken)
            )
                .Where(o => o.Payload.Contains(id.ToString(), StringComparison.Ordinal))
                .Where(o => o.Type.StartsWith("Maintenance", StringComparison.Ordinal))
                .Select(o => o.Type)
                .ToList()
        );

    private Task<List<AuditEntry>> SchedulerAuditAsync(Guid id) =>
        _factory.WithDbAsync(db =>
            db.Set<AuditEntry>()
                .Where(a =>
                    a.TargetId == id
                    && a.ApiKeyName == RunDueMaintenanceCommandHandler.SchedulerActor
                )
                .OrderBy(a => a.OccurredAt)
                .ToListAsync(TestContext.Current.CancellationToken)
        );

    private async Task<string> ComponentStatusAsync(Guid component) =>
        (await _page.Http.GetEnvelopeAsync($"/api/admin/Component/{component}"))
            .Result.GetProperty("Status")
            .GetString()!;

    [Fact]
    public async Task RunOnce_BeforeAnythingIsDue_DoesNothingAndNamesTheNextDueTime()
    {
        var (id, _) = await ScheduleAsync(TimeSpan.FromHours(1), TimeSpan.FromHours(1), 30);
        var scheduler = _factory.NewScheduler();

        var pass = await scheduler.RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, pass.Transitions);
        Assert.Equal(Now.AddMinutes(30), pass.NextDueAt);
        Assert.Equal(MaintenanceStatus.Scheduled, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task RunOnce_AtEachDueTime_RemindsStartsAndCompletesOnceWithTimelineAuditAndOutbox()
    {
        var (id, component) = await ScheduleAsync(TimeSpan.FromHours(1), TimeSpan.FromHours(2), 30);
        var scheduler = _factory.NewScheduler();
        var ct = TestContext.Current.CancellationToken;

        _factory.Time.Advance(TimeSpan.FromMinutes(30));
        var reminded = await scheduler.RunOnceAsync(ct);
        var idle = await scheduler.RunOnceAsync(ct);
        Assert.Equal(1, reminded.Transitions);
        Assert.Equal(0, idle.Transitions);
        Assert.Single((await LoadAsync(id)).Updates);

        _factory.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, (await scheduler.RunOnceAsync(ct)).Transitions);
        Assert.Equal("Under Maintenance", await ComponentStatusAsync(component));

        _factory.Time.Advance(TimeSpan.FromHours(2));
        var completed = await scheduler.RunOnceAsync(ct);
        Assert.Equal(1, completed.Transitions);
        Assert.Null(completed.NextDueAt);

        var maintenance = await LoadAsync(id);
        Assert.Equal(MaintenanceStatus.Completed, maintenance.Status);
        Assert.Equal(
            ["Planned work.", Maintenance.StartedDescription, Maintenance.CompletedDescription],
            maintenance.Updates.OrderBy(u => u.CreatedAt).Select(u => u.Description)
        );
        Assert.Equal("Operational", await ComponentStatusAsync(component));
        Assert.Equal(
            [
                nameof(MaintenanceScheduled),
                nameof(MaintenanceReminded),
                nameof(MaintenanceStarted),
                nameof(MaintenanceCompleted),
            ],
            await OutboxTypesAsync(id)
        );
        var audit = await SchedulerAuditAsync(id);
        Assert.Equal(
            ["RemindMaintenance", "StartMaintenance", "CompleteMaintenance"],
            audit.Select(a => a.Action)
        );
        Assert.All(audit, a => Assert.Null(a.ApiKeyId));
    }

    [Fact]
    public async Task RunOnce_AfterDowntimeOverTheWholeWindow_StartsAndCompletesOnceAndSkipsTheReminder()
    {
        var (id, component) = await ScheduleAsync(TimeSpan.FromHours(1), TimeSpan.FromHours(1), 30);
        var ct = TestContext.Current.CancellationToken;
        _factory.Time.Advance(TimeSpan.FromHours(5));

        var first = await _factory.NewScheduler().RunOnceAsync(ct);
        var second = await _factory.NewScheduler().RunOnceAsync(ct);

        Assert.Equal(2, first.Transitions);
        Assert.Equal(0, second.Transitions);
        Assert.Equal(
            [
                nameof(MaintenanceScheduled),
                nameof(MaintenanceStarted),
                nameof(MaintenanceCompleted),
            ],
            await OutboxTypesAsync(id)
        );
        Assert.Equal("Operational", await ComponentStatusAsync(component));
    }

    [Fact]
    public async Task RunOnce_WhenCompletedByHandBeforeTheStart_DoesNothingAtTheStart()
    {
        var (id, _) = await ScheduleAsync(TimeSpan.FromHours(1), TimeSpan.FromHours(1));
        var done = await _page.Http.PutJsonAsync(
            Url,
            new
            {
                MaintenanceId = id,
                Description = "Not needed.",
                Status = "Completed",
            }
        );
        Assert.True(done.Success, done.Raw);
        _factory.Time.Advance(TimeSpan.FromHours(3));

        var pass = await _factory
            .NewScheduler()
            .RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, pass.Transitions);
        Assert.Empty(await SchedulerAuditAsync(id));
    }

    [Fact]
    public async Task RunOnce_TwoSchedulersAtOnce_EachTransitionCommitsOnce()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(
                (
                    await ScheduleAsync(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10))
                ).Maintenance
            );
        }

        _factory.Time.Advance(TimeSpan.FromMinutes(10));
        var ct = TestContext.Current.CancellationToken;

        var passes = await Task.WhenAll(
            _factory.NewScheduler().RunOnceAsync(ct),
            _factory.NewScheduler().RunOnceAsync(ct)
        );

        Assert.Equal(5, passes.Sum(p => p.Transitions));
        foreach (var id in ids)
        {
            Assert.Single(await OutboxTypesAsync(id), t => t == nameof(MaintenanceStarted));
            Assert.Single(await SchedulerAuditAsync(id));
        }
    }

    [Fact]
    public async Task Loop_WokenByTheCommit_SleepsOnTheInjectedClockUntilTheStart()
    {
        var signal = _factory.Services.GetRequiredService<MaintenanceSchedulerSignal>();
        var scheduler = _factory.NewScheduler(signal);
        var ct = TestContext.Current.CancellationToken;
        await scheduler.StartAsync(ct);
        try
        {
            await Eventually.WaitAsync(
                () => scheduler.IsSleeping,
                s => s,
                "the idle scheduler asleep"
            );
            var sleeps = scheduler.Sleeps;

            // Due in 5 s while the scheduler sleeps towards its 30 s idle poll: only the commit's
            // wake-up makes it sleep again, towards the new due time.
            var (id, component) = await ScheduleAsync(
                TimeSpan.FromSeconds(5),
                TimeSpan.FromHours(1)
            );
            await Eventually.WaitAsync(
                () => (scheduler.Sleeps, scheduler.IsSleeping),
                s => s.Sleeps > sleeps && s.IsSleeping,
                "the scheduler woken by the commit and asleep again"
            );
            Assert.Equal(MaintenanceStatus.Scheduled, (await LoadAsync(id)).Status);

            _factory.Time.Advance(TimeSpan.FromSeconds(5));

            await Eventually.WaitAsync(
                () => LoadAsync(id),
                m => m.Status == MaintenanceStatus.InProgress,
                "the maintenance started by the running scheduler"
            );
            Assert.Equal("Under Maintenance", await ComponentStatusAsync(component));
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Loop_WhenIdle_RunsAtMostOnePassPerIdleInterval()
    {
        var scheduler = _factory.NewScheduler();
        var ct = TestContext.Current.CancellationToken;
        await scheduler.StartAsync(ct);
        try
        {
            await Eventually.WaitAsync(
                () => scheduler.IsSleeping,
                s => s,
                "the idle scheduler asleep"
            );
            for (var second = 0; second < 120; second++)
            {
                _factory.Time.Advance(TimeSpan.FromSeconds(1));
                await Eventually.WaitAsync(() => scheduler.IsSleeping, s => s, "asleep again");
            }

            // One pass at start plus one per 30 s idle interval: two queries each, far below one per second.
            Assert.InRange(scheduler.Passes, 1, 1 + 120 / 30);
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }
    }
}
