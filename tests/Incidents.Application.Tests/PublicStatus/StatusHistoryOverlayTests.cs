using Incidents.Application.PublicStatus.Common;
using Incidents.Domain.Components;

namespace Incidents.Application.Tests.PublicStatus;

/// <summary>Backfilled intervals laid over the recorded history, worst-wins.</summary>
public sealed class StatusHistoryOverlayTests
{
    private static readonly Guid Component = Guid.NewGuid();
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static StatusChangeRow Row(ComponentStatus status, double hours) =>
        new(Component, status, T0.AddHours(hours));

    private static StatusIntervalRow Interval(ComponentStatus status, double from, double to) =>
        new(Component, status, T0.AddHours(from), T0.AddHours(to));

    [Fact]
    public void Merge_WithoutIntervals_ReturnsTheHistory()
    {
        IReadOnlyList<StatusChangeRow> history = [Row(ComponentStatus.Operational, 0)];

        Assert.Same(history, StatusHistoryOverlay.Merge(history, []));
    }

    [Fact]
    public void Merge_WithOverlaps_KeepsTheWorstAtEveryMoment()
    {
        // Recorded: Operational, Partial Outage from 10 h to 20 h. Backfilled: Major 12–14 h
        // (inside the partial: Major wins), Degraded 18–24 h (Partial wins until 20 h, then
        // Degraded until 24 h), Major 30–31 h.
        var merged = StatusHistoryOverlay.Merge(
            [
                Row(ComponentStatus.Operational, 0),
                Row(ComponentStatus.PartialOutage, 10),
                Row(ComponentStatus.Operational, 20),
            ],
            [
                Interval(ComponentStatus.DegradedPerformance, 18, 24),
                Interval(ComponentStatus.MajorOutage, 12, 14),
                Interval(ComponentStatus.MajorOutage, 30, 31),
            ]
        );

        Assert.Equal(
            [
                Row(ComponentStatus.Operational, 0),
                Row(ComponentStatus.PartialOutage, 10),
                Row(ComponentStatus.MajorOutage, 12),
                Row(ComponentStatus.PartialOutage, 14),
                Row(ComponentStatus.DegradedPerformance, 20),
                Row(ComponentStatus.Operational, 24),
                Row(ComponentStatus.MajorOutage, 30),
                Row(ComponentStatus.Operational, 31),
            ],
            merged
        );
    }

    [Fact]
    public void Merge_WithAnIntervalBeforeTheFirstRow_CountsTheGapAsOperational()
    {
        var merged = StatusHistoryOverlay.Merge(
            [Row(ComponentStatus.Operational, 48)],
            [Interval(ComponentStatus.MajorOutage, 0, 2)]
        );

        Assert.Equal(
            [Row(ComponentStatus.MajorOutage, 0), Row(ComponentStatus.Operational, 2)],
            merged
        );
    }
}
