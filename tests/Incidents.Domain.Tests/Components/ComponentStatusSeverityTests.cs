using Incidents.Domain.Components;
using Incidents.Domain.Incidents;

namespace Incidents.Domain.Tests.Components;

public class ComponentStatusSeverityTests
{
    [Fact]
    public void Rank_WhenStatusesAreOrdered_RanksOperationalMaintenanceDegradedPartialMajor()
    {
        ComponentStatus[] bestToWorst =
        [
            ComponentStatus.Operational,
            ComponentStatus.UnderMaintenance,
            ComponentStatus.DegradedPerformance,
            ComponentStatus.PartialOutage,
            ComponentStatus.MajorOutage,
        ];

        var ranks = bestToWorst.Select(ComponentStatusSeverity.Rank).ToList();

        Assert.Equal([0, 1, 2, 3, 4], ranks);
    }

    [Fact]
    public void Rank_WhenStatusIsUndefined_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ComponentStatusSeverity.Rank((ComponentStatus)99)
        );
    }

    [Theory]
    [InlineData(new[] { ComponentStatus.Operational }, ComponentStatus.Operational)]
    [InlineData(
        new[] { ComponentStatus.UnderMaintenance, ComponentStatus.Operational },
        ComponentStatus.UnderMaintenance
    )]
    [InlineData(
        new[] { ComponentStatus.UnderMaintenance, ComponentStatus.DegradedPerformance },
        ComponentStatus.DegradedPerformance
    )]
    [InlineData(
        new[]
        {
            ComponentStatus.PartialOutage,
            ComponentStatus.MajorOutage,
            ComponentStatus.UnderMaintenance,
        },
        ComponentStatus.MajorOutage
    )]
    [InlineData(
        new[] { ComponentStatus.DegradedPerformance, ComponentStatus.PartialOutage },
        ComponentStatus.PartialOutage
    )]
    public void Worst_WhenGivenStatuses_ReturnsHighestRanked(
        ComponentStatus[] statuses,
        ComponentStatus expected
    )
    {
        Assert.Equal(expected, ComponentStatusSeverity.Worst(statuses));
    }

    [Fact]
    public void Worst_WhenEmpty_ReturnsOperational()
    {
        Assert.Equal(ComponentStatus.Operational, ComponentStatusSeverity.Worst([]));
    }

    [Theory]
    [InlineData(IncidentImpact.DegradedPerformance, ComponentStatus.DegradedPerformance)]
    [InlineData(IncidentImpact.PartialOutage, ComponentStatus.PartialOutage)]
    [InlineData(IncidentImpact.MajorOutage, ComponentStatus.MajorOutage)]
    public void FromImpact_WhenImpactHurts_ReturnsMatchingStatus(
        IncidentImpact impact,
        ComponentStatus expected
    )
    {
        Assert.Equal(expected, ComponentStatusSeverity.FromImpact(impact));
    }

    [Fact]
    public void FromImpact_WhenImpactIsNone_ReturnsNull()
    {
        Assert.Null(ComponentStatusSeverity.FromImpact(IncidentImpact.None));
    }
}
