using Incidents.Domain.Common;
using Incidents.Domain.Maintenances;

namespace Incidents.Domain.Tests.Maintenances;

public class MaintenanceScheduleTests
{
    [Fact]
    public void Schedule_WhenValid_IsScheduledWithOneTimelineEntryAndRaisesScheduled()
    {
        var component = Guid.NewGuid();

        var maintenance = MaintenanceBuilder.Schedule(components: [component, component]);

        Assert.Equal(MaintenanceStatus.Scheduled, maintenance.Status);
        Assert.Equal([component], maintenance.AffectedComponentIds);
        var update = Assert.Single(maintenance.Updates);
        Assert.Equal(MaintenanceStatus.Scheduled, update.Status);
        var raised = Assert.IsType<MaintenanceScheduled>(Assert.Single(maintenance.DomainEvents));
        Assert.Equal(update.Id, raised.Change.UpdateId);
        Assert.Equal(MaintenanceBuilder.For, raised.Change.ScheduledFor);
        Assert.Equal(MaintenanceBuilder.For, maintenance.NextDueAt);
    }

    [Fact]
    public void Schedule_WhenWindowHasAnOffset_StoresItInUtc()
    {
        var local = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.FromHours(2));

        var maintenance = MaintenanceBuilder.Schedule(
            scheduledFor: local,
            scheduledUntil: local.AddHours(1)
        );

        Assert.Equal(TimeSpan.Zero, maintenance.ScheduledFor.Offset);
        Assert.Equal(local, maintenance.ScheduledFor);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    public void Schedule_WhenUntilIsNotAfterFor_Throws(int minutes)
    {
        var exception = Assert.Throws<DomainException>(() =>
            MaintenanceBuilder.Schedule(scheduledUntil: MaintenanceBuilder.For.AddMinutes(minutes))
        );

        Assert.Equal("ScheduledUntil must be after ScheduledFor.", exception.Message);
    }

    [Fact]
    public void Schedule_WhenWindowEndedAlready_Throws()
    {
        var exception = Assert.Throws<DomainException>(() =>
            MaintenanceBuilder.Schedule(
                scheduledFor: MaintenanceBuilder.Now.AddHours(-2),
                scheduledUntil: MaintenanceBuilder.Now.AddHours(-1)
            )
        );

        Assert.Equal("ScheduledUntil must be in the future.", exception.Message);
    }

    [Fact]
    public void Schedule_WhenWindowBeganAndAutoStart_StartsAtOnce()
    {
        var maintenance = MaintenanceBuilder.Schedule(
            scheduledFor: MaintenanceBuilder.Now.AddMinutes(-10),
            remindBeforeMinutes: 30
        );

        Assert.Equal(MaintenanceStatus.InProgress, maintenance.Status);
        Assert.Equal(MaintenanceBuilder.Now, maintenance.StartedAt);
        Assert.Collection(
            maintenance.DomainEvents,
            e => Assert.IsType<MaintenanceScheduled>(e),
            e => Assert.IsType<MaintenanceStarted>(e)
        );
        Assert.Equal(Maintenance.StartedDescription, maintenance.Updates[^1].Description);
        Assert.Equal(MaintenanceBuilder.Until, maintenance.NextDueAt);
    }

    [Fact]
    public void Schedule_WhenWindowBeganWithoutAutoStart_StaysScheduled()
    {
        var maintenance = MaintenanceBuilder.Schedule(
            scheduledFor: MaintenanceBuilder.Now.AddMinutes(-10),
            autoStart: false
        );

        Assert.Equal(MaintenanceStatus.Scheduled, maintenance.Status);
        Assert.Null(maintenance.NextDueAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Schedule_WhenTitleIsBlank_Throws(string title)
    {
        var exception = Assert.Throws<DomainException>(() =>
            MaintenanceBuilder.Schedule(title: title)
        );

        Assert.Equal("Title is required.", exception.Message);
    }

    [Fact]
    public void Schedule_WhenDescriptionIsBlank_Throws()
    {
        var exception = Assert.Throws<DomainException>(() =>
            MaintenanceBuilder.Schedule(description: " ")
        );

        Assert.Equal("Description is required.", exception.Message);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(10_081)]
    public void Schedule_WhenReminderIsOutOfRange_Throws(int minutes)
    {
        var exception = Assert.Throws<DomainException>(() =>
            MaintenanceBuilder.Schedule(remindBeforeMinutes: minutes)
        );

        Assert.Equal("RemindBeforeMinutes must be between 5 and 10080.", exception.Message);
    }

    [Fact]
    public void Schedule_WithReminder_IsDueAtTheReminder()
    {
        var maintenance = MaintenanceBuilder.Schedule(remindBeforeMinutes: 15);

        Assert.Equal(MaintenanceBuilder.For.AddMinutes(-15), maintenance.NextDueAt);
    }
}
