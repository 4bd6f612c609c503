using Incidents.Domain.Maintenances;

namespace Incidents.Domain.Tests.Maintenances;

public class MaintenanceClockTests
{
    private static readonly DateTimeOffset For = MaintenanceBuilder.For;
    private static readonly DateTimeOffset Until = MaintenanceBuilder.Until;

    private static Maintenance Scheduled(
        bool autoStart = true,
        bool autoComplete = true,
        int? remind = null
    )
    {
        var maintenance = MaintenanceBuilder.Schedule(
            autoStart: autoStart,
            autoComplete: autoComplete,
            remindBeforeMinutes: remind
        );
        maintenance.ClearDomainEvents();
        return maintenance;
    }

    [Fact]
    public void RunDueTransitions_BeforeAnythingIsDue_DoesNothing()
    {
        var maintenance = Scheduled(remind: 30);
        var version = maintenance.Version;

        var done = maintenance.RunDueTransitions(For.AddMinutes(-31));

        Assert.Empty(done);
        Assert.Empty(maintenance.DomainEvents);
        Assert.Equal(version, maintenance.Version);
    }

    [Fact]
    public void RunDueTransitions_AtTheReminder_RemindsOnceWithoutATimelineEntry()
    {
        var maintenance = Scheduled(remind: 30);

        var first = maintenance.RunDueTransitions(For.AddMinutes(-30));
        var second = maintenance.RunDueTransitions(For.AddMinutes(-29));

        Assert.Equal([MaintenanceTransition.Reminded], first);
        Assert.Empty(second);
        Assert.IsType<MaintenanceReminded>(Assert.Single(maintenance.DomainEvents));
        Assert.Single(maintenance.Updates);
        Assert.Equal(For, maintenance.NextDueAt);
    }

    [Fact]
    public void RunDueTransitions_AtTheStart_StartsWithATimelineEntryThenCompletesAtTheEnd()
    {
        var maintenance = Scheduled();

        var started = maintenance.RunDueTransitions(For);
        var idle = maintenance.RunDueTransitions(For.AddMinutes(1));
        var completed = maintenance.RunDueTransitions(Until);

        Assert.Equal([MaintenanceTransition.Started], started);
        Assert.Empty(idle);
        Assert.Equal([MaintenanceTransition.Completed], completed);
        Assert.Equal(MaintenanceStatus.Completed, maintenance.Status);
        Assert.Equal(
            [Maintenance.StartedDescription, Maintenance.CompletedDescription],
            maintenance.Updates.Skip(1).Select(u => u.Description)
        );
        Assert.Collection(
            maintenance.DomainEvents,
            e => Assert.IsType<MaintenanceStarted>(e),
            e => Assert.IsType<MaintenanceCompleted>(e)
        );
    }

    [Fact]
    public void RunDueTransitions_AfterDowntimeOverTheWholeWindow_StartsAndCompletesOnceAndSkipsTheReminder()
    {
        var maintenance = Scheduled(remind: 30);

        var done = maintenance.RunDueTransitions(Until.AddHours(1));

        Assert.Equal([MaintenanceTransition.Started, MaintenanceTransition.Completed], done);
        Assert.DoesNotContain(maintenance.DomainEvents, e => e is MaintenanceReminded);
        // One instant, two changes: their times still order them (the outbox sends in that order).
        var times = maintenance.DomainEvents.Select(e => e.OccurredAt).ToList();
        Assert.True(times[0] < times[1], string.Join(", ", times));
        Assert.Empty(maintenance.RunDueTransitions(Until.AddHours(2)));
    }

    [Fact]
    public void RunDueTransitions_WhenStartedByHandBeforeTheReminder_NeverReminds()
    {
        var maintenance = Scheduled(remind: 30);
        maintenance.PostUpdate(
            "Early.",
            MaintenanceStatus.InProgress,
            null,
            null,
            null,
            null,
            For.AddHours(-1)
        );
        maintenance.ClearDomainEvents();

        maintenance.RunDueTransitions(For.AddMinutes(-30));

        Assert.Empty(maintenance.DomainEvents);
    }

    [Fact]
    public void RunDueTransitions_WithoutAutoStart_NeverStarts()
    {
        var maintenance = Scheduled(autoStart: false);

        var done = maintenance.RunDueTransitions(Until.AddHours(1));

        Assert.Empty(done);
        Assert.Equal(MaintenanceStatus.Scheduled, maintenance.Status);
    }

    [Fact]
    public void RunDueTransitions_WithoutAutoComplete_StaysInProgress()
    {
        var maintenance = Scheduled(autoComplete: false);

        maintenance.RunDueTransitions(Until.AddHours(1));

        Assert.Equal(MaintenanceStatus.InProgress, maintenance.Status);
        Assert.Null(maintenance.NextDueAt);
    }

    [Fact]
    public void RunDueTransitions_WhenVerifying_CompletesAtTheEnd()
    {
        var maintenance = Scheduled();
        maintenance.PostUpdate(
            "Checking.",
            MaintenanceStatus.Verifying,
            null,
            null,
            null,
            null,
            For
        );

        var done = maintenance.RunDueTransitions(Until);

        Assert.Equal([MaintenanceTransition.Completed], done);
    }
}
