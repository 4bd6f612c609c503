using Incidents.Application.Common.Exceptions;
using Incidents.Application.Components.Commands.DeleteComponent;
using Incidents.Application.Tests.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using NSubstitute;

namespace Incidents.Application.Tests.Components;

public class DeleteComponentCommandHandlerTests
{
    private readonly FakePage _page = new();

    private DeleteComponentCommandHandler Handler() =>
        new(_page.Components, _page.Incidents, _page.Caller);

    [Fact]
    public async Task Handle_WhenUnresolvedIncidentAffectsComponent_RefusesAndKeepsIt()
    {
        var component = _page.AddComponent();
        _page.AddIncident(IncidentImpact.None, component);

        var exception = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Handler()
                .Handle(
                    new DeleteComponentCommand(component.Id),
                    TestContext.Current.CancellationToken
                )
        );

        Assert.Equal(
            $"Component {component.Id} is affected by an unresolved incident and cannot be deleted.",
            exception.Message
        );
        _page.Components.DidNotReceive().Remove(Arg.Any<Component>());
    }

    [Fact]
    public async Task Handle_WhenOnlyResolvedIncidentsAffectComponent_RemovesIt()
    {
        var component = _page.AddComponent();
        var incident = _page.AddIncident(IncidentImpact.MajorOutage, component);
        incident.Resolve(null, null, FakePage.Start);
        _page.Commit();

        await Handler()
            .Handle(
                new DeleteComponentCommand(component.Id),
                TestContext.Current.CancellationToken
            );

        _page.Components.Received(1).Remove(component);
    }

    [Fact]
    public async Task Handle_WhenComponentIsUnknown_ThrowsNotFound()
    {
        var id = Guid.NewGuid();

        var exception = await Assert.ThrowsAsync<NotFoundException>(async () =>
            await Handler()
                .Handle(new DeleteComponentCommand(id), TestContext.Current.CancellationToken)
        );

        Assert.Equal($"Component {id} not found.", exception.Message);
        _page.Components.DidNotReceive().Remove(Arg.Any<Component>());
    }
}
