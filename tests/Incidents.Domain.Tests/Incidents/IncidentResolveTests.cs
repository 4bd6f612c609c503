using Incidents.Domain.Common;
using Incidents.Domain.Incidents;

namespace Incidents.Domain.Tests.Incidents;

public class IncidentResolveTests
{
    private static readonly DateTimeOffset Later = IncidentBuilder.OpenedAt.AddHours(2);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Resolve_WhenDescriptionIsMissing_UsesDefaultDescription(string? description)
    {
        var incident = IncidentBuilder.Open();

        var resolution = incident.Resolve(description, null, Later);

        Assert.Equal("This incident has been resolved.", resolution.Description);
    }

    [Fact]
    public void Resolve_WhenDescriptionIsGiven_UsesIt()
    {
        var incident = IncidentBuilder.Open();

        var resolution = incident.Resolve("Root cause fixed.", null, Later);

        Assert.Equal("Root cause fixed.", resolution.Description);
    }

    [Fact]
    public void Resolve_WhenOpen_SetsResolvedStateAndAppendsOneEntry()
    {
        var incident = IncidentBuilder.Open();

        var resolution = incident.Resolve(null, null, Later);

        Assert.True(incident.IsResolved);
        Assert.Equal(IncidentStatus.Resolved, incident.Status);
        Assert.Equal(Later, incident.ResolvedAt);
        Assert.Equal(Later, incident.UpdatedAt);
        Assert.Equal(2, incident.Updates.Count);
        Assert.Same(resolution, incident.Updates[^1]);
        Assert.Equal(IncidentStatus.Resolved, resolution.Status);
    }

    [Fact]
    public void Resolve_WhenOpen_RaisesIncidentResolvedWithIdsAndValues()
    {
        var componentId = Guid.NewGuid();
        var incident = IncidentBuilder.Open(
            title: "Login down",
            impact: IncidentImpact.MajorOutage,
            affectedComponentIds: [componentId],
            notify: true
        );
        incident.ClearDomainEvents();

        var resolution = incident.Resolve("Fixed.", false, Later);

        var resolved = Assert.IsType<IncidentResolved>(Assert.Single(incident.DomainEvents));
        Assert.Equal(incident.Id, resolved.IncidentId);
        Assert.Equal(incident.PageId, resolved.PageId);
        Assert.Equal(resolution.Id, resolved.UpdateId);
        Assert.Equal("Login down", resolved.Title);
        Assert.Equal(IncidentImpact.MajorOutage, resolved.Impact);
        Assert.Equal("Fixed.", resolved.Description);
        Assert.Equal([componentId], resolved.AffectedComponentIds);
        Assert.False(resolved.Notify);
        Assert.Equal(Later, resolved.OccurredAt);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Resolve_WhenNotifyIsNull_UsesTheIncidentsOwnChoice(bool openedWithNotify)
    {
        var incident = IncidentBuilder.Open(notify: openedWithNotify);

        var resolution = incident.Resolve(null, null, Later);

        Assert.Equal(openedWithNotify, resolution.Notify);
    }

    [Fact]
    public void Resolve_WhenAlreadyResolved_ThrowsAlreadyResolved()
    {
        var incident = IncidentBuilder.Open();
        incident.Resolve(null, null, Later);

        var exception = Assert.Throws<DomainException>(() =>
            incident.Resolve(null, null, Later.AddMinutes(1))
        );

        Assert.Equal("Incident already resolved.", exception.Message);
        Assert.Equal(2, incident.Updates.Count);
        Assert.Equal(Later, incident.ResolvedAt);
    }

    [Fact]
    public void Resolve_WhenOpen_ChangesVersion()
    {
        var incident = IncidentBuilder.Open();
        var version = incident.Version;

        incident.Resolve(null, null, Later);

        Assert.NotEqual(version, incident.Version);
    }

    [Fact]
    public void Version_WhenIncidentChangesSeveralTimes_IsDifferentAfterEveryChange()
    {
        var incident = IncidentBuilder.Open();
        var versions = new List<Guid> { incident.Version };

        incident.PostUpdate("One.", null, null, null, null, Later);
        versions.Add(incident.Version);
        incident.PostUpdate("Two.", IncidentStatus.Monitoring, null, null, null, Later);
        versions.Add(incident.Version);
        incident.Resolve(null, null, Later);
        versions.Add(incident.Version);

        Assert.Equal(versions.Count, versions.Distinct().Count());
    }
}
