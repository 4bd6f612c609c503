using Incidents.Application.Common.Exceptions;
using Incidents.Application.Incidents.Commands.UpdateIncident;
using Incidents.Application.Tests.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;

namespace Incidents.Application.Tests.Incidents;

public class UpdateIncidentCommandHandlerTests
{
    private readonly FakePage _page = new();

    private UpdateIncidentCommandHandler Handler() =>
        new(
            _page.Loader,
            _page.Guard,
            _page.Synchronizer,
            _page.TemplateLoader,
            _page.Prefill,
            _page.Caller,
            _page.Time
        );

    [Fact]
    public async Task Handle_WhenIncidentIsUnknown_ThrowsIncidentIdNotFound()
    {
        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Handler()
                .Handle(
                    new UpdateIncidentCommand(Guid.NewGuid(), "Update.", null),
                    TestContext.Current.CancellationToken
                )
        );

        Assert.Equal("Incident ID not found.", exception.Message);
    }

    [Fact]
    public async Task Handle_WhenIncidentBelongsToAnotherPage_ThrowsIncidentIdNotFound()
    {
        var other = new FakePage();
        var foreign = other.AddIncident(IncidentImpact.None);

        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Handler()
                .Handle(
                    new UpdateIncidentCommand(foreign.Id, "Update.", null),
                    TestContext.Current.CancellationToken
                )
        );

        Assert.Equal("Incident ID not found.", exception.Message);
    }

    [Fact]
    public async Task Handle_WhenValid_PostsUpdateAtCurrentTime()
    {
        var incident = _page.AddIncident(IncidentImpact.None);
        _page.Time.Advance(TimeSpan.FromMinutes(10));

        await Handler()
            .Handle(
                new UpdateIncidentCommand(incident.Id, "Cause identified.", "identified"),
                TestContext.Current.CancellationToken
            );

        Assert.Equal(IncidentStatus.Identified, incident.Status);
        Assert.Equal(2, incident.Updates.Count);
        Assert.Equal("Cause identified.", incident.Updates[^1].Description);
        Assert.Equal(FakePage.Start.AddMinutes(10), incident.Updates[^1].CreatedAt);
    }

    [Fact]
    public async Task Handle_WhenImpactWorsens_UpdatesComponentStatus()
    {
        var component = _page.AddComponent();
        var incident = _page.AddIncident(IncidentImpact.DegradedPerformance, component);

        await Handler()
            .Handle(
                new UpdateIncidentCommand(incident.Id, "Worse.", null, "MajorOutage"),
                TestContext.Current.CancellationToken
            );

        Assert.Equal(ComponentStatus.MajorOutage, component.Status);
    }

    [Fact]
    public async Task Handle_WhenComponentIsRemovedFromAffected_RestoresItsManualStatus()
    {
        var removed = _page.AddComponent(ComponentStatus.UnderMaintenance);
        var kept = _page.AddComponent();
        var incident = _page.AddIncident(IncidentImpact.PartialOutage, removed, kept);

        await Handler()
            .Handle(
                new UpdateIncidentCommand(
                    incident.Id,
                    "Narrowed down.",
                    null,
                    AffectedComponents: [kept.Id]
                ),
                TestContext.Current.CancellationToken
            );

        Assert.Equal(ComponentStatus.UnderMaintenance, removed.Status);
        Assert.Equal(ComponentStatus.PartialOutage, kept.Status);
    }

    [Fact]
    public async Task Handle_WhenRemovedComponentHasAnotherUnresolvedIncident_TakesThatImpact()
    {
        var component = _page.AddComponent();
        _page.AddIncident(IncidentImpact.DegradedPerformance, component);
        var incident = _page.AddIncident(IncidentImpact.MajorOutage, component);

        await Handler()
            .Handle(
                new UpdateIncidentCommand(incident.Id, "Not us.", null, AffectedComponents: []),
                TestContext.Current.CancellationToken
            );

        Assert.Equal(ComponentStatus.DegradedPerformance, component.Status);
    }

    [Fact]
    public async Task Handle_WhenComponentIsAdded_AppliesImpactToIt()
    {
        var first = _page.AddComponent();
        var added = _page.AddComponent();
        var incident = _page.AddIncident(IncidentImpact.PartialOutage, first);

        await Handler()
            .Handle(
                new UpdateIncidentCommand(
                    incident.Id,
                    "Spreading.",
                    null,
                    AffectedComponents: [first.Id, added.Id]
                ),
                TestContext.Current.CancellationToken
            );

        Assert.Equal(ComponentStatus.PartialOutage, added.Status);
    }

    [Fact]
    public async Task Handle_WhenAddedComponentIsUnknown_ThrowsAndChangesNothing()
    {
        var incident = _page.AddIncident(IncidentImpact.PartialOutage);
        var unknown = Guid.NewGuid();

        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Handler()
                .Handle(
                    new UpdateIncidentCommand(
                        incident.Id,
                        "Spreading.",
                        null,
                        AffectedComponents: [unknown]
                    ),
                    TestContext.Current.CancellationToken
                )
        );

        Assert.Equal($"Component {unknown} not found.", exception.Message);
        Assert.Single(incident.Updates);
    }

    [Fact]
    public async Task Handle_WhenStatusIsResolved_ResolvesAndRestoresComponents()
    {
        var component = _page.AddComponent();
        var incident = _page.AddIncident(IncidentImpact.MajorOutage, component);

        await Handler()
            .Handle(
                new UpdateIncidentCommand(incident.Id, "Fixed.", "resolved", IsNotify: true),
                TestContext.Current.CancellationToken
            );

        Assert.True(incident.IsResolved);
        Assert.Equal("Fixed.", incident.Updates[^1].Description);
        Assert.Equal(ComponentStatus.Operational, component.Status);
        var changed = Assert.IsType<ComponentStatusChanged>(Assert.Single(component.DomainEvents));
        Assert.Equal(incident.Id, changed.CausedByIncidentId);
        Assert.True(changed.Notify);
    }
}
