using Incidents.Application.Common.Exceptions;
using Incidents.Application.Incidents.Commands.ResolveIncident;
using Incidents.Application.Tests.Common;
using Incidents.Domain.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;

namespace Incidents.Application.Tests.Incidents;

public class ResolveIncidentCommandHandlerTests
{
    private readonly FakePage _page = new();

    private ResolveIncidentCommandHandler Handler() =>
        new(_page.Loader, _page.Synchronizer, _page.Time);

    [Fact]
    public async Task Handle_WhenIncidentIsUnknown_ThrowsIncidentIdNotFound()
    {
        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Handler()
                .Handle(
                    new ResolveIncidentCommand(Guid.NewGuid()),
                    TestContext.Current.CancellationToken
                )
        );

        Assert.Equal("Incident ID not found.", exception.Message);
    }

    [Fact]
    public async Task Handle_WhenOpen_ResolvesWithDefaultDescriptionAtCurrentTime()
    {
        var incident = _page.AddIncident(IncidentImpact.None);
        _page.Time.Advance(TimeSpan.FromHours(1));

        await Handler()
            .Handle(new ResolveIncidentCommand(incident.Id), TestContext.Current.CancellationToken);

        Assert.True(incident.IsResolved);
        Assert.Equal(FakePage.Start.AddHours(1), incident.ResolvedAt);
        Assert.Equal("This incident has been resolved.", incident.Updates[^1].Description);
    }

    [Fact]
    public async Task Handle_WhenNoOtherIncidentAffectsComponent_RestoresManualStatus()
    {
        var component = _page.AddComponent(ComponentStatus.UnderMaintenance);
        var incident = _page.AddIncident(IncidentImpact.MajorOutage, component);

        await Handler()
            .Handle(new ResolveIncidentCommand(incident.Id), TestContext.Current.CancellationToken);

        Assert.Equal(ComponentStatus.UnderMaintenance, component.Status);
        Assert.Null(component.IncidentStatus);
    }

    [Fact]
    public async Task Handle_WhenAnotherUnresolvedIncidentAffectsComponent_TakesItsImpact()
    {
        var component = _page.AddComponent();
        _page.AddIncident(IncidentImpact.PartialOutage, component);
        var incident = _page.AddIncident(IncidentImpact.MajorOutage, component);

        await Handler()
            .Handle(new ResolveIncidentCommand(incident.Id), TestContext.Current.CancellationToken);

        Assert.Equal(ComponentStatus.PartialOutage, component.Status);
    }

    [Fact]
    public async Task Handle_WhenNotifyIsGiven_PassesItToStatusChange()
    {
        var component = _page.AddComponent();
        var incident = _page.AddIncident(IncidentImpact.MajorOutage, component);

        await Handler()
            .Handle(
                new ResolveIncidentCommand(incident.Id, "Done.", IsNotify: true),
                TestContext.Current.CancellationToken
            );

        var changed = Assert.IsType<ComponentStatusChanged>(Assert.Single(component.DomainEvents));
        Assert.Equal(ComponentStatus.MajorOutage, changed.PreviousStatus);
        Assert.Equal(ComponentStatus.Operational, changed.Status);
        Assert.True(changed.Notify);
    }

    [Fact]
    public async Task Handle_WhenAlreadyResolved_ThrowsAlreadyResolved()
    {
        var incident = _page.AddIncident(IncidentImpact.None);
        incident.Resolve(null, null, FakePage.Start);
        _page.Commit();

        var exception = await Assert.ThrowsAsync<DomainException>(async () =>
            await Handler()
                .Handle(
                    new ResolveIncidentCommand(incident.Id),
                    TestContext.Current.CancellationToken
                )
        );

        Assert.Equal("Incident already resolved.", exception.Message);
    }
}
