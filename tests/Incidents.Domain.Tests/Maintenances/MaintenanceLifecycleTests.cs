using Incidents.Domain.Common;
using Incidents.Domain.Maintenances;

namespace Incidents.Domain.Tests.Maintenances;

public class MaintenanceLifecycleTests
{
    private static readonly DateTimeOffset Later = MaintenanceBuilder.Now.AddMinutes(5);

    private static Maintenance Scheduled(bool autoStart = true)
    {
        var maintenance = MaintenanceBuilder.Schedule(autoStart: autoStart);
        maintenance.ClearDomainEvents();
        return maintenance;
    }

    [Fact]
    public void PostUpdate_WithInProgress_StartsAndRaisesStarted()
    {
        var maintenance = Scheduled();

        maintenance.PostUpdate(
            "Starting early.",
            MaintenanceStatus.InProgress,
            null,
            null,
            null,
            null,
            Later
        );

        Assert.Equal(MaintenanceStatus.InProgress, maintenance.Status);
        Assert.Equal(Later, maintenance.StartedAt);
        Assert.IsType<MaintenanceStarted>(Assert.Single(maintenance.DomainEvents));
        Assert.Equal(MaintenanceBuilder.Until, maintenance.NextDueAt);
    }

    [Fact]
    public void PostUpdate_WithoutStatus_KeepsStatusAndRaisesUpdated()
    {
        var maintenance = Scheduled();

        var update = maintenance.PostUpdate("More detail.", null, null, null, null, null, Later);

        Assert.Equal(MaintenanceStatus.Scheduled, update.Status);
        Assert.Equal(2, maintenance.Updates.Count);
        Assert.IsType<MaintenanceUpdated>(Assert.Single(maintenance.DomainEvents));
    }

    [Fact]
    public void PostUpdate_WithCompletedBeforeTheStart_CompletesAndTheClockDoesNothingLater()
    {
        var maintenance = Scheduled();

        maintenance.PostUpdate(
            "Not needed after all.",
            MaintenanceStatus.Completed,
            null,
            null,
            null,
            null,
            Later
        );
        maintenance.ClearDomainEvents();
        var done = maintenance.RunDueTransitions(MaintenanceBuilder.Until.AddHours(1));

        Assert.Equal(MaintenanceStatus.Completed, maintenance.Status);
        Assert.Null(maintenance.StartedAt);
        Assert.Equal(Later, maintenance.CompletedAt);
        Assert.Empty(done);
        Assert.Empty(maintenance.DomainEvents);
        Assert.Null(maintenance.NextDueAt);
    }

    [Theory]
    [InlineData(
        MaintenanceStatus.InProgress,
        MaintenanceStatus.Scheduled,
        "Maintenance cannot go back from In Progress to Scheduled."
    )]
    [InlineData(
        MaintenanceStatus.Verifying,
        MaintenanceStatus.InProgress,
        "Maintenance cannot go back from Verifying to In Progress."
    )]
    public void PostUpdate_WhenMovingBackwards_Throws(
        MaintenanceStatus current,
        MaintenanceStatus target,
        string message
    )
    {
        var maintenance = Scheduled();
        maintenance.PostUpdate("Moving on.", current, null, null, null, null, Later);

        var exception = Assert.Throws<DomainException>(() =>
            maintenance.PostUpdate("Back.", target, null, null, null, null, Later)
        );

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void PostUpdate_WhenCompleted_ThrowsAlreadyCompleted()
    {
        var maintenance = Scheduled();
        maintenance.PostUpdate("Done.", MaintenanceStatus.Completed, null, null, null, null, Later);

        var exception = Assert.Throws<DomainException>(() =>
            maintenance.PostUpdate(
                "Restart?",
                MaintenanceStatus.InProgress,
                null,
                null,
                null,
                null,
                Later
            )
        );

        Assert.Equal("Maintenance already completed.", exception.Message);
    }

    [Fact]
    public void PostUpdate_WhenCancelled_ThrowsAlreadyCancelled()
    {
        var maintenance = Scheduled();
        maintenance.Cancel(null, null, Later);

        var exception = Assert.Throws<DomainException>(() =>
            maintenance.PostUpdate("Hello?", null, null, null, null, null, Later)
        );

        Assert.Equal("Maintenance already cancelled.", exception.Message);
    }

    [Fact]
    public void PostUpdate_WithNewWindow_ReschedulesAndRaisesRescheduled()
    {
        var maintenance = Scheduled();
        var newFor = MaintenanceBuilder.For.AddDays(1);

        maintenance.PostUpdate(
            "Moved by a day.",
            null,
            newFor,
            newFor.AddHours(2),
            null,
            null,
            Later
        );

        Assert.Equal(newFor, maintenance.ScheduledFor);
        Assert.Equal(newFor.AddHours(2), maintenance.ScheduledUntil);
        Assert.Equal(1, maintenance.Sequence);
        var raised = Assert.IsType<MaintenanceRescheduled>(Assert.Single(maintenance.DomainEvents));
        Assert.Equal(newFor, raised.Change.ScheduledFor);
        Assert.Equal(newFor, maintenance.NextDueAt);
    }

    [Fact]
    public void PostUpdate_WithTheSameWindow_IsNotAReschedule()
    {
        var maintenance = Scheduled();

        maintenance.PostUpdate(
            "Same.",
            null,
            MaintenanceBuilder.For,
            MaintenanceBuilder.Until,
            null,
            null,
            Later
        );

        Assert.Equal(0, maintenance.Sequence);
        Assert.IsType<MaintenanceUpdated>(Assert.Single(maintenance.DomainEvents));
    }

    [Fact]
    public void PostUpdate_WhenNewUntilIsBeforeFor_Throws()
    {
        var maintenance = Scheduled();

        var exception = Assert.Throws<DomainException>(() =>
            maintenance.PostUpdate(
                "Oops.",
                null,
                null,
                MaintenanceBuilder.For.AddMinutes(-1),
                null,
                null,
                Later
            )
        );

        Assert.Equal("ScheduledUntil must be after ScheduledFor.", exception.Message);
    }

    [Fact]
    public void PostUpdate_WhenStartedAndStartMoves_Throws()
    {
        var maintenance = Scheduled();
        maintenance.PostUpdate("Go.", MaintenanceStatus.InProgress, null, null, null, null, Later);

        var exception = Assert.Throws<DomainException>(() =>
            maintenance.PostUpdate(
                "Move.",
                null,
                MaintenanceBuilder.For.AddHours(1),
                null,
                null,
                null,
                Later
            )
        );

        Assert.Equal(
            "ScheduledFor cannot change once the maintenance has started.",
            exception.Message
        );
    }

    [Fact]
    public void PostUpdate_WhenStartedAndEndIsExtended_MovesTheCompletion()
    {
        var maintenance = Scheduled();
        maintenance.PostUpdate("Go.", MaintenanceStatus.InProgress, null, null, null, null, Later);

        maintenance.PostUpdate(
            "Needs an hour more.",
            null,
            null,
            MaintenanceBuilder.Until.AddHours(1),
            null,
            null,
            Later
        );

        Assert.Equal(MaintenanceBuilder.Until.AddHours(1), maintenance.NextDueAt);
    }

    [Fact]
    public void PostUpdate_WithNotifyFalse_SilencesLaterAutomaticTransitions()
    {
        var maintenance = Scheduled();
        maintenance.PostUpdate("Quiet from now on.", null, null, null, null, false, Later);
        maintenance.ClearDomainEvents();

        maintenance.RunDueTransitions(MaintenanceBuilder.For);

        Assert.False(
            Assert.IsType<MaintenanceStarted>(Assert.Single(maintenance.DomainEvents)).Change.Notify
        );
    }

    [Fact]
    public void Cancel_WhenScheduled_CancelsWithDefaultTextAndRaisesCancelled()
    {
        var maintenance = Scheduled();

        var update = maintenance.Cancel(null, null, Later);

        Assert.Equal(MaintenanceStatus.Cancelled, maintenance.Status);
        Assert.Equal(Later, maintenance.CancelledAt);
        Assert.Equal(Maintenance.CancelledDescription, update.Description);
        Assert.IsType<MaintenanceCancelled>(Assert.Single(maintenance.DomainEvents));
        Assert.Null(maintenance.NextDueAt);
    }

    [Theory]
    [InlineData(MaintenanceStatus.InProgress)]
    [InlineData(MaintenanceStatus.Verifying)]
    public void Cancel_WhenStarted_ThrowsOnlyScheduled(MaintenanceStatus status)
    {
        var maintenance = Scheduled();
        maintenance.PostUpdate("Go.", status, null, null, null, null, Later);

        var exception = Assert.Throws<DomainException>(() => maintenance.Cancel(null, null, Later));

        Assert.Equal("Only a scheduled maintenance can be cancelled.", exception.Message);
    }

    [Fact]
    public void Cancel_WhenCancelled_ThrowsAlreadyCancelled()
    {
        var maintenance = Scheduled();
        maintenance.Cancel(null, null, Later);

        var exception = Assert.Throws<DomainException>(() => maintenance.Cancel(null, null, Later));

        Assert.Equal("Maintenance already cancelled.", exception.Message);
    }

    [Fact]
    public void Cancel_WhenCompleted_ThrowsAlreadyCompleted()
    {
        var maintenance = Scheduled();
        maintenance.PostUpdate("Done.", MaintenanceStatus.Completed, null, null, null, null, Later);

        var exception = Assert.Throws<DomainException>(() => maintenance.Cancel(null, null, Later));

        Assert.Equal("Maintenance already completed.", exception.Message);
    }
}
