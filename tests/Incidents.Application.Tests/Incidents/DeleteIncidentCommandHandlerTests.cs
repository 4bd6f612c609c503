using Incidents.Application.Common.Exceptions;
using Incidents.Application.Incidents.Commands.DeleteIncident;
using Incidents.Application.Tests.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using NSubstitute;

namespace Incidents.Application.Tests.Incidents;

public class DeleteIncidentCommandHandlerTests
{
    private readonly FakePage _page = new();

    private DeleteIncidentCommandHandler Handler() =>
        new(_page.Loader, _page.Incidents, _page.Synchronizer, _page.Time);

    [Fact]
    public async Task Handle_WhenUnknown_ThrowsIncidentIdNotFoundAndRemovesNothing()
    {
        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Handler()
                .Handle(
                    new DeleteIncidentCommand(Guid.NewGuid()),
                    TestContext.Current.CancellationToken
                )
        );

        Assert.Equal("Incident ID not found.", exception.Message);
        await _page
            .Incidents.DidNotReceiveWithAnyArgs()
            .RemoveAsync(default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Handle_WhenOpen_ComponentsFallBackSilentlyAndTheIncidentIsRemoved()
    {
        var component = _page.AddComponent(ComponentStatus.Operational);
        var incident = _page.AddIncident(IncidentImpact.MajorOutage, component);
        component.ClearDomainEvents();

        var result = await Handler()
            .Handle(new DeleteIncidentCommand(incident.Id), TestContext.Current.CancellationToken);

        Assert.Equal(ComponentStatus.Operational, component.Status);
        var changed = Assert.IsType<ComponentStatusChanged>(Assert.Single(component.DomainEvents));
        Assert.False(changed.Notify);
        Assert.True(incident.IsDeleted);
        Assert.Contains(incident.DomainEvents, e => e is IncidentDeleted);
        Assert.Equal(incident.Title, result.Title);
        await _page
            .Incidents.Received(1)
            .RemoveAsync(incident, TestContext.Current.CancellationToken);
    }
}
