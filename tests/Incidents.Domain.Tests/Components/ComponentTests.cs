using Incidents.Domain.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;

namespace Incidents.Domain.Tests.Components;

public class ComponentTests
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = CreatedAt.AddHours(1);
    private static readonly Guid IncidentId = Guid.NewGuid();

    private static Component Create(ComponentStatus status = ComponentStatus.Operational)
    {
        var component = Component.Create(
            Guid.NewGuid(),
            "API",
            "Public REST API",
            "Backend",
            1,
            status,
            CreatedAt
        );
        return component;
    }

    private static Component CreateWithoutEvents(
        ComponentStatus status = ComponentStatus.Operational
    )
    {
        var component = Create(status);
        component.ClearDomainEvents();
        return component;
    }

    [Fact]
    public void Create_WhenValid_RaisesInitialStatusChangedForHistory()
    {
        var pageId = Guid.NewGuid();

        var component = Component.Create(
            pageId,
            "  API  ",
            "  ",
            null,
            3,
            ComponentStatus.UnderMaintenance,
            CreatedAt
        );

        Assert.Equal("API", component.Name);
        Assert.Null(component.Description);
        Assert.Null(component.Group);
        Assert.Equal(ComponentStatus.UnderMaintenance, component.ManualStatus);
        Assert.Equal(ComponentStatus.UnderMaintenance, component.Status);
        Assert.Null(component.IncidentStatus);
        var changed = Assert.IsType<ComponentStatusChanged>(Assert.Single(component.DomainEvents));
        Assert.Equal(component.Id, changed.ComponentId);
        Assert.Equal(pageId, changed.PageId);
        Assert.Equal("API", changed.ComponentName);
        Assert.Equal(ComponentStatus.UnderMaintenance, changed.PreviousStatus);
        Assert.Equal(ComponentStatus.UnderMaintenance, changed.Status);
        Assert.Null(changed.CausedByIncidentId);
        Assert.False(changed.Notify);
        Assert.Equal(CreatedAt, changed.OccurredAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Create_WhenNameIsBlank_ThrowsDomainException(string name)
    {
        var exception = Assert.Throws<DomainException>(() =>
            Component.Create(
                Guid.NewGuid(),
                name,
                null,
                null,
                0,
                ComponentStatus.Operational,
                CreatedAt
            )
        );

        Assert.Equal("Name is required.", exception.Message);
    }

    [Fact]
    public void ApplyIncidentImpacts_WhenIncidentsAreUnresolved_TakesWorstImpact()
    {
        var component = CreateWithoutEvents();

        component.ApplyIncidentImpacts(
            [IncidentImpact.DegradedPerformance, IncidentImpact.MajorOutage],
            IncidentId,
            true,
            Later
        );

        Assert.Equal(ComponentStatus.MajorOutage, component.IncidentStatus);
        Assert.Equal(ComponentStatus.MajorOutage, component.Status);
    }

    [Fact]
    public void ApplyIncidentImpacts_WhenImposedStatusIsBetterThanManual_ShowsImposedStatus()
    {
        // The effective status is the incidents' worst impact whenever one imposes a status,
        // else the manual one: an incident takes precedence over a manual status.
        var component = CreateWithoutEvents(ComponentStatus.UnderMaintenance);

        component.ApplyIncidentImpacts(
            [IncidentImpact.DegradedPerformance],
            IncidentId,
            false,
            Later
        );

        Assert.Equal(ComponentStatus.DegradedPerformance, component.Status);
        Assert.Equal(ComponentStatus.UnderMaintenance, component.ManualStatus);
    }

    [Fact]
    public void ApplyIncidentImpacts_WhenStatusChanges_RaisesStatusChangedWithCause()
    {
        var component = CreateWithoutEvents();
        var version = component.Version;

        component.ApplyIncidentImpacts([IncidentImpact.PartialOutage], IncidentId, true, Later);

        var changed = Assert.IsType<ComponentStatusChanged>(Assert.Single(component.DomainEvents));
        Assert.Equal(ComponentStatus.Operational, changed.PreviousStatus);
        Assert.Equal(ComponentStatus.PartialOutage, changed.Status);
        Assert.Equal(IncidentId, changed.CausedByIncidentId);
        Assert.True(changed.Notify);
        Assert.Equal(Later, changed.OccurredAt);
        Assert.Equal(Later, component.UpdatedAt);
        Assert.NotEqual(version, component.Version);
    }

    [Fact]
    public void ApplyIncidentImpacts_WhenOnlyTheIncidentStatusChanges_StillTakesANewVersion()
    {
        var component = CreateWithoutEvents(ComponentStatus.MajorOutage);
        var version = component.Version;

        // Shown status stays Major Outage (manual), but the stored incident status changes.
        component.ApplyIncidentImpacts([IncidentImpact.MajorOutage], IncidentId, false, Later);

        Assert.Equal(ComponentStatus.MajorOutage, component.Status);
        Assert.Equal(ComponentStatus.MajorOutage, component.IncidentStatus);
        Assert.Empty(component.DomainEvents);
        Assert.NotEqual(version, component.Version);
    }

    [Fact]
    public void ApplyIncidentImpacts_WhenNothingChanges_KeepsTheVersion()
    {
        var component = CreateWithoutEvents();
        var version = component.Version;

        component.ApplyIncidentImpacts([IncidentImpact.None], IncidentId, false, Later);

        Assert.Equal(version, component.Version);
    }

    [Fact]
    public void ApplyIncidentImpacts_WhenImpactIsNone_HasNoEffect()
    {
        var component = CreateWithoutEvents(ComponentStatus.UnderMaintenance);

        component.ApplyIncidentImpacts([IncidentImpact.None], IncidentId, true, Later);

        Assert.Null(component.IncidentStatus);
        Assert.Equal(ComponentStatus.UnderMaintenance, component.Status);
        Assert.Empty(component.DomainEvents);
    }

    [Fact]
    public void ApplyIncidentImpacts_WhenStatusDoesNotChange_RaisesNothing()
    {
        var component = CreateWithoutEvents();
        component.ApplyIncidentImpacts([IncidentImpact.MajorOutage], IncidentId, true, Later);
        component.ClearDomainEvents();

        component.ApplyIncidentImpacts(
            [IncidentImpact.MajorOutage, IncidentImpact.PartialOutage],
            Guid.NewGuid(),
            true,
            Later.AddMinutes(5)
        );

        Assert.Empty(component.DomainEvents);
        Assert.Equal(ComponentStatus.MajorOutage, component.Status);
    }

    [Fact]
    public void ApplyIncidentImpacts_WhenNoUnresolvedImpactsRemain_RestoresManualStatus()
    {
        var component = CreateWithoutEvents(ComponentStatus.UnderMaintenance);
        component.ApplyIncidentImpacts([IncidentImpact.MajorOutage], IncidentId, true, Later);
        component.ClearDomainEvents();

        component.ApplyIncidentImpacts([], IncidentId, true, Later.AddHours(1));

        Assert.Null(component.IncidentStatus);
        Assert.Equal(ComponentStatus.UnderMaintenance, component.Status);
        var changed = Assert.IsType<ComponentStatusChanged>(Assert.Single(component.DomainEvents));
        Assert.Equal(ComponentStatus.MajorOutage, changed.PreviousStatus);
        Assert.Equal(ComponentStatus.UnderMaintenance, changed.Status);
    }

    [Fact]
    public void Update_WhenIncidentImposesStatus_ManualChangeDoesNotChangeEffectiveStatus()
    {
        var component = CreateWithoutEvents();
        component.ApplyIncidentImpacts([IncidentImpact.PartialOutage], IncidentId, true, Later);
        component.ClearDomainEvents();

        component.Update(
            "API",
            null,
            null,
            1,
            ComponentStatus.UnderMaintenance,
            true,
            Later.AddMinutes(1)
        );

        Assert.Equal(ComponentStatus.UnderMaintenance, component.ManualStatus);
        Assert.Equal(ComponentStatus.PartialOutage, component.Status);
        Assert.Empty(component.DomainEvents);
    }

    [Fact]
    public void Update_WhenManualStatusChangedWhileImposed_IsShownAfterResolution()
    {
        var component = CreateWithoutEvents();
        component.ApplyIncidentImpacts([IncidentImpact.PartialOutage], IncidentId, true, Later);
        component.Update(
            "API",
            null,
            null,
            1,
            ComponentStatus.UnderMaintenance,
            true,
            Later.AddMinutes(1)
        );

        component.ApplyIncidentImpacts([], IncidentId, true, Later.AddMinutes(2));

        Assert.Equal(ComponentStatus.UnderMaintenance, component.Status);
    }

    [Fact]
    public void Update_WhenManualStatusChangesAndNothingIsImposed_RaisesStatusChanged()
    {
        var component = CreateWithoutEvents();

        component.Update("API", null, null, 1, ComponentStatus.MajorOutage, true, Later);

        Assert.Equal(ComponentStatus.MajorOutage, component.Status);
        var changed = Assert.IsType<ComponentStatusChanged>(Assert.Single(component.DomainEvents));
        Assert.Equal(ComponentStatus.Operational, changed.PreviousStatus);
        Assert.Equal(ComponentStatus.MajorOutage, changed.Status);
        Assert.Null(changed.CausedByIncidentId);
        Assert.True(changed.Notify);
    }

    [Fact]
    public void Update_WhenManualStatusIsUnchangedOrNull_RaisesNothing()
    {
        var component = CreateWithoutEvents(ComponentStatus.DegradedPerformance);

        component.Update("API v2", "Renamed", "Edge", 2, null, true, Later);
        component.Update(
            "API v2",
            "Renamed",
            "Edge",
            2,
            ComponentStatus.DegradedPerformance,
            true,
            Later
        );

        Assert.Empty(component.DomainEvents);
        Assert.Equal("API v2", component.Name);
        Assert.Equal("Renamed", component.Description);
        Assert.Equal("Edge", component.Group);
        Assert.Equal(2, component.DisplayOrder);
        Assert.Equal(ComponentStatus.DegradedPerformance, component.Status);
    }

    [Fact]
    public void Update_WhenNameIsTooLong_ThrowsDomainException()
    {
        var component = CreateWithoutEvents();

        var exception = Assert.Throws<DomainException>(() =>
            component.Update(
                new string('n', Component.NameMaxLength + 1),
                null,
                null,
                0,
                null,
                false,
                Later
            )
        );

        Assert.Equal("Name must be at most 100 characters.", exception.Message);
    }
}
