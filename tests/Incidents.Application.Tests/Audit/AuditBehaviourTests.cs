using Incidents.Application.Audit.Common;
using Incidents.Application.Incidents.Commands.CreateIncident;
using Incidents.Domain.Audit;
using NSubstitute;

namespace Incidents.Application.Tests.Audit;

public class AuditBehaviourTests
{
    private static readonly CreateIncidentCommand Command = new(
        "Checkout down",
        "Payments fail.",
        null,
        "Major Outage",
        null,
        null,
        "alert-42"
    );

    private readonly IAuditLog _log = Substitute.For<IAuditLog>();
    private readonly AuditActorInfo _actor = new(
        Guid.NewGuid(),
        Guid.NewGuid(),
        "grafana",
        "trace-1"
    );

    private AuditBehaviour<CreateIncidentCommand, CreateIncidentResult> Behaviour(
        AuditActorInfo? actor
    )
    {
        var who = Substitute.For<IAuditActor>();
        who.Current.Returns(actor);
        return new AuditBehaviour<CreateIncidentCommand, CreateIncidentResult>(
            who,
            _log,
            TimeProvider.System
        );
    }

    [Fact]
    public async Task Handle_WhenTheCommandCreated_RecordsWhoWhatAndTarget()
    {
        var id = Guid.NewGuid();

        await Behaviour(_actor)
            .Handle(
                Command,
                (_, _) => ValueTask.FromResult(new CreateIncidentResult(id, Created: true)),
                TestContext.Current.CancellationToken
            );

        _log.Received(1)
            .Add(
                Arg.Is<AuditEntry>(e =>
                    e.Action == "CreateIncident"
                    && e.TargetId == id
                    && e.ApiKeyId == _actor.ApiKeyId
                    && e.ApiKeyName == "grafana"
                    && e.RequestId == "trace-1"
                )
            );
    }

    [Fact]
    public async Task Handle_WhenTheResultSaysNothingChanged_RecordsNothing()
    {
        var existing = Guid.NewGuid();

        var result = await Behaviour(_actor)
            .Handle(
                Command,
                (_, _) => ValueTask.FromResult(new CreateIncidentResult(existing, Created: false)),
                TestContext.Current.CancellationToken
            );

        Assert.Equal(existing, result.IncidentId);
        _log.DidNotReceiveWithAnyArgs().Add(default!);
    }

    [Fact]
    public async Task Handle_WithoutAnAuthenticatedKey_RecordsNothing()
    {
        await Behaviour(null)
            .Handle(
                Command,
                (_, _) => ValueTask.FromResult(new CreateIncidentResult(Guid.NewGuid(), true)),
                TestContext.Current.CancellationToken
            );

        _log.DidNotReceiveWithAnyArgs().Add(default!);
    }
}
