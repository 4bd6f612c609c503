using Incidents.Domain.Common;
using Incidents.Domain.Incidents;

namespace Incidents.Domain.Tests.Incidents;

public class IncidentPostUpdateTests
{
    private static readonly DateTimeOffset Later = IncidentBuilder.OpenedAt.AddMinutes(30);

    [Fact]
    public void PostUpdate_WhenValid_AppendsExactlyOneEntry()
    {
        var incident = IncidentBuilder.Open();

        var update = incident.PostUpdate(
            "  Fix deployed.  ",
            IncidentStatus.Monitoring,
            null,
            null,
            null,
            Later
        );

        Assert.Equal(2, incident.Updates.Count);
        Assert.Same(update, incident.Updates[^1]);
        Assert.Equal(IncidentStatus.Monitoring, update.Status);
        Assert.Equal("Fix deployed.", update.Description);
        Assert.Equal(Later, update.CreatedAt);
        Assert.Equal(Later, incident.UpdatedAt);
    }

    [Fact]
    public void PostUpdate_WhenStatusIsNull_KeepsCurrentStatus()
    {
        var incident = IncidentBuilder.Open(status: IncidentStatus.Identified);

        var update = incident.PostUpdate("Still on it.", null, null, null, null, Later);

        Assert.Equal(IncidentStatus.Identified, incident.Status);
        Assert.Equal(IncidentStatus.Identified, update.Status);
    }

    [Fact]
    public void PostUpdate_WhenImpactAndComponentsAreNull_KeepsThem()
    {
        var componentId = Guid.NewGuid();
        var incident = IncidentBuilder.Open(
            impact: IncidentImpact.PartialOutage,
            affectedComponentIds: [componentId]
        );

        incident.PostUpdate("Still on it.", null, null, null, null, Later);

        Assert.Equal(IncidentImpact.PartialOutage, incident.Impact);
        Assert.Equal([componentId], incident.AffectedComponentIds);
    }

    [Fact]
    public void PostUpdate_WhenImpactAndComponentsAreGiven_ChangesThem()
    {
        var before = Guid.NewGuid();
        var after = Guid.NewGuid();
        var incident = IncidentBuilder.Open(
            impact: IncidentImpact.PartialOutage,
            affectedComponentIds: [before]
        );

        incident.PostUpdate(
            "Spreading.",
            null,
            IncidentImpact.MajorOutage,
            [after, after],
            null,
            Later
        );

        Assert.Equal(IncidentImpact.MajorOutage, incident.Impact);
        Assert.Equal([after], incident.AffectedComponentIds);
    }

    [Fact]
    public void PostUpdate_WhenValid_RaisesIncidentUpdatedWithCurrentValues()
    {
        var componentId = Guid.NewGuid();
        var incident = IncidentBuilder.Open();
        incident.ClearDomainEvents();

        var update = incident.PostUpdate(
            "Identified the cause.",
            IncidentStatus.Identified,
            IncidentImpact.DegradedPerformance,
            [componentId],
            false,
            Later
        );

        var updated = Assert.IsType<IncidentUpdated>(Assert.Single(incident.DomainEvents));
        Assert.Equal(incident.Id, updated.IncidentId);
        Assert.Equal(incident.PageId, updated.PageId);
        Assert.Equal(update.Id, updated.UpdateId);
        Assert.Equal(IncidentStatus.Identified, updated.Status);
        Assert.Equal(IncidentImpact.DegradedPerformance, updated.Impact);
        Assert.Equal("Identified the cause.", updated.Description);
        Assert.Equal([componentId], updated.AffectedComponentIds);
        Assert.False(updated.Notify);
        Assert.Equal(Later, updated.OccurredAt);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void PostUpdate_WhenNotifyIsNull_UsesTheIncidentsOwnChoice(bool openedWithNotify)
    {
        var incident = IncidentBuilder.Open(notify: openedWithNotify);

        var update = incident.PostUpdate("Still on it.", null, null, null, null, Later);

        Assert.Equal(openedWithNotify, update.Notify);
    }

    [Fact]
    public void PostUpdate_WhenNotifyIsGiven_OverridesTheIncidentsChoice()
    {
        var incident = IncidentBuilder.Open(notify: true);

        var update = incident.PostUpdate("Quiet note.", null, null, null, false, Later);

        Assert.False(update.Notify);
        Assert.True(incident.Notify);
    }

    [Fact]
    public void PostUpdate_WhenStatusIsResolved_ResolvesWithOneEntryCarryingThatDescription()
    {
        var incident = IncidentBuilder.Open();
        incident.ClearDomainEvents();

        var update = incident.PostUpdate(
            "All fixed.",
            IncidentStatus.Resolved,
            null,
            null,
            null,
            Later
        );

        Assert.True(incident.IsResolved);
        Assert.Equal(Later, incident.ResolvedAt);
        Assert.Equal(2, incident.Updates.Count);
        Assert.Equal(IncidentStatus.Resolved, update.Status);
        Assert.Equal("All fixed.", update.Description);
        var resolved = Assert.IsType<IncidentResolved>(Assert.Single(incident.DomainEvents));
        Assert.Equal("All fixed.", resolved.Description);
        Assert.Equal(update.Id, resolved.UpdateId);
    }

    [Fact]
    public void PostUpdate_WhenStatusIsResolvedWithNewImpact_ResolvesWithThatImpact()
    {
        var incident = IncidentBuilder.Open(impact: IncidentImpact.MajorOutage);
        incident.ClearDomainEvents();

        incident.PostUpdate(
            "Fixed; it was only degraded.",
            IncidentStatus.Resolved,
            IncidentImpact.DegradedPerformance,
            null,
            null,
            Later
        );

        var resolved = Assert.IsType<IncidentResolved>(Assert.Single(incident.DomainEvents));
        Assert.Equal(IncidentImpact.DegradedPerformance, resolved.Impact);
    }

    [Fact]
    public void PostUpdate_WhenDescriptionIsBlank_ThrowsAndChangesNothing()
    {
        var incident = IncidentBuilder.Open(impact: IncidentImpact.PartialOutage);
        var version = incident.Version;

        var exception = Assert.Throws<DomainException>(() =>
            incident.PostUpdate(" ", null, IncidentImpact.MajorOutage, null, null, Later)
        );

        Assert.Equal("Description is required.", exception.Message);
        Assert.Single(incident.Updates);
        Assert.Equal(IncidentImpact.PartialOutage, incident.Impact);
        Assert.Equal(version, incident.Version);
    }

    [Fact]
    public void PostUpdate_WhenIncidentIsResolved_ThrowsAlreadyResolved()
    {
        var incident = IncidentBuilder.Open();
        incident.Resolve(null, null, Later);

        var exception = Assert.Throws<DomainException>(() =>
            incident.PostUpdate("Reopen?", IncidentStatus.Investigating, null, null, null, Later)
        );

        Assert.Equal("Incident already resolved.", exception.Message);
        Assert.Equal(2, incident.Updates.Count);
    }

    [Fact]
    public void PostUpdate_WhenValid_ChangesVersion()
    {
        var incident = IncidentBuilder.Open();
        var version = incident.Version;

        incident.PostUpdate("Still on it.", null, null, null, null, Later);

        Assert.NotEqual(version, incident.Version);
    }
}
