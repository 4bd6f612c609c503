using Incidents.Domain.Components;
using Incidents.Domain.Incidents;

namespace Incidents.Domain.Tests.Components;

/// <summary>The precedence rule: an unresolved incident that hurts the component wins over maintenance.</summary>
public class ComponentMaintenanceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid MaintenanceId = Guid.NewGuid();

    private static Component Create(ComponentStatus manual = ComponentStatus.Operational)
    {
        var component = Component.Create(Guid.NewGuid(), "API", null, null, 0, manual, Now);
        component.ClearDomainEvents();
        return component;
    }

    [Fact]
    public void ApplyMaintenance_WhenOperational_ShowsUnderMaintenanceCausedByTheMaintenance()
    {
        var component = Create();

        component.ApplyMaintenance(true, MaintenanceId, true, Now);

        Assert.Equal(ComponentStatus.UnderMaintenance, component.Status);
        var changed = Assert.IsType<ComponentStatusChanged>(Assert.Single(component.DomainEvents));
        Assert.Equal(MaintenanceId, changed.CausedByMaintenanceId);
        Assert.Null(changed.CausedByIncidentId);
    }

    [Theory]
    [InlineData(IncidentImpact.DegradedPerformance, ComponentStatus.DegradedPerformance)]
    [InlineData(IncidentImpact.MajorOutage, ComponentStatus.MajorOutage)]
    public void ApplyMaintenance_WhenAnIncidentHurtsIt_TheIncidentWins(
        IncidentImpact impact,
        ComponentStatus expected
    )
    {
        var component = Create();
        component.ApplyIncidentImpacts([impact], Guid.NewGuid(), true, Now);

        component.ApplyMaintenance(true, MaintenanceId, true, Now);

        Assert.Equal(expected, component.Status);
    }

    [Fact]
    public void ApplyIncidentImpacts_WhenTheIncidentResolvesDuringMaintenance_ReturnsToUnderMaintenance()
    {
        var component = Create();
        component.ApplyMaintenance(true, MaintenanceId, true, Now);
        component.ApplyIncidentImpacts([IncidentImpact.MajorOutage], Guid.NewGuid(), true, Now);

        component.ApplyIncidentImpacts([], Guid.NewGuid(), true, Now);

        Assert.Equal(ComponentStatus.UnderMaintenance, component.Status);
    }

    [Fact]
    public void ApplyIncidentImpacts_WithImpactNone_KeepsUnderMaintenance()
    {
        var component = Create();
        component.ApplyMaintenance(true, MaintenanceId, true, Now);

        component.ApplyIncidentImpacts([IncidentImpact.None], Guid.NewGuid(), true, Now);

        Assert.Equal(ComponentStatus.UnderMaintenance, component.Status);
    }

    [Fact]
    public void ApplyMaintenance_WhenItEnds_ReturnsToTheManualStatus()
    {
        var component = Create(ComponentStatus.DegradedPerformance);
        component.ApplyMaintenance(true, MaintenanceId, true, Now);

        component.ApplyMaintenance(false, MaintenanceId, true, Now);

        Assert.Equal(ComponentStatus.DegradedPerformance, component.Status);
        Assert.False(component.UnderMaintenance);
    }

    [Fact]
    public void ApplyMaintenance_WhenNothingChanges_RaisesNothingAndKeepsTheVersion()
    {
        var component = Create();
        var version = component.Version;

        component.ApplyMaintenance(false, MaintenanceId, true, Now);

        Assert.Empty(component.DomainEvents);
        Assert.Equal(version, component.Version);
    }
}
