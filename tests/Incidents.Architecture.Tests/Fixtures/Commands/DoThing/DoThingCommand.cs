using Mediator;

namespace Incidents.Architecture.Tests.Fixtures.Commands.DoThing;

/// <summary>A use case laid out by the conventions, so the checks are shown to accept one.</summary>
internal sealed record DoThingCommand : ICommand<Unit>;

internal sealed class DoThingCommandHandler : ICommandHandler<DoThingCommand, Unit>
{
    public ValueTask<Unit> Handle(DoThingCommand command, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Unit.Value);
}
