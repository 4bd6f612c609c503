using Incidents.Application.PublicStatus.Common;
using Incidents.Domain.Components;

namespace Incidents.Application.Tests.PublicStatus;

public sealed class UptimeCalculatorTests
{
    private static readonly Guid Component = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 12, 0, 0, TimeSpan.Zero);

    private static StatusChangeRow Row(ComponentStatus status, DateTimeOffset at) =>
        new(Component, status, at);

    [Fact]
    public void Calculate_WhenAlwaysOperational_Returns100AndGreenDaysAfterCreation()
    {
        var created = Now.AddDays(-3);

        var (days, uptime) = UptimeCalculator.Calculate(
            [Row(ComponentStatus.Operational, created)],
            Now
        );

        Assert.Equal(100, uptime);
        Assert.Equal(UptimeCalculator.WindowDays, days.Count);
        Assert.Equal(DateOnly.FromDateTime(Now.UtcDateTime), days[^1].Date);
        Assert.All(days.TakeLast(4), d => Assert.Equal(ComponentStatus.Operational, d.WorstStatus));
        Assert.All(days.SkipLast(4), d => Assert.Null(d.WorstStatus));
    }

    [Fact]
    public void Calculate_WhenMajorAndPartialOutages_WeighsThem1And03()
    {
        // 10 days tracked (from 2026-05-31 12:00): 1 day Major Outage, 1 day Partial Outage.
        var start = Now.AddDays(-10);
        var history = new[]
        {
            Row(ComponentStatus.Operational, start),
            Row(ComponentStatus.MajorOutage, start.AddDays(2)),
            Row(ComponentStatus.Operational, start.AddDays(3)),
            Row(ComponentStatus.PartialOutage, start.AddDays(5)),
            Row(ComponentStatus.Operational, start.AddDays(6)),
        };

        var (_, uptime) = UptimeCalculator.Calculate(history, Now);

        Assert.Equal(Math.Round(100 * (1 - 1.3 / 10), 2), uptime);
    }

    [Fact]
    public void Calculate_WhenSeveralStatusesInOneDay_ColoursTheDayByTheWorst()
    {
        var day = new DateTimeOffset(2026, 6, 8, 0, 0, 0, TimeSpan.Zero);
        var history = new[]
        {
            Row(ComponentStatus.Operational, day.AddDays(-5)),
            Row(ComponentStatus.UnderMaintenance, day.AddHours(1)),
            Row(ComponentStatus.PartialOutage, day.AddHours(2)),
            Row(ComponentStatus.DegradedPerformance, day.AddHours(3)),
            Row(ComponentStatus.Operational, day.AddHours(4)),
        };

        var (days, _) = UptimeCalculator.Calculate(history, Now);

        Assert.Equal(
            ComponentStatus.PartialOutage,
            days.Single(d => d.Date == new DateOnly(2026, 6, 8)).WorstStatus
        );
        Assert.Equal(
            ComponentStatus.Operational,
            days.Single(d => d.Date == new DateOnly(2026, 6, 9)).WorstStatus
        );
    }

    [Fact]
    public void Calculate_WhenHistoryStartsBeforeWindow_CountsOnlyTheWindow()
    {
        var windowStart = UptimeCalculator.WindowStart(Now);
        var history = new[]
        {
            Row(ComponentStatus.MajorOutage, windowStart.AddDays(-30)),
            Row(ComponentStatus.Operational, windowStart.AddDays(1)),
        };

        var (days, uptime) = UptimeCalculator.Calculate(history, Now);

        Assert.Equal(ComponentStatus.MajorOutage, days[0].WorstStatus);
        Assert.Equal(ComponentStatus.Operational, days[2].WorstStatus);
        var tracked = (Now - windowStart).TotalDays;
        Assert.Equal(Math.Round(100 * (1 - 1 / tracked), 2), uptime);
    }

    [Fact]
    public void Calculate_WhenStatusChangedThisInstant_ShowsItToday()
    {
        var history = new[]
        {
            Row(ComponentStatus.Operational, Now.AddDays(-1)),
            Row(ComponentStatus.MajorOutage, Now),
        };

        var (days, _) = UptimeCalculator.Calculate(history, Now);

        Assert.Equal(ComponentStatus.MajorOutage, days[^1].WorstStatus);
    }
}
