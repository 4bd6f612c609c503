using Mediator;

namespace Incidents.Architecture.Tests.Fixtures.Commands.StrayMessage;

/// <summary>In its use-case folder, but its message is not: a broken use case.</summary>
internal sealed class StrayMessageCommandHandler : ICommandHandler<StrayMessageCommand, Unit>
{
    public ValueTask<Unit> Handle(
        StrayMessageCommand command,
        CancellationToken cancellationToken
    ) => ValueTask.FromResult(Unit.Value);
}
