using Mediator;

// Deliberately broken use cases: they prove that the convention checks can fail.
namespace Incidents.Architecture.Tests.Fixtures;

internal sealed record MisplacedCommand : ICommand<Unit>;

internal sealed class MisplacedCommandHandler : ICommandHandler<MisplacedCommand, Unit>
{
    public ValueTask<Unit> Handle(MisplacedCommand command, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Unit.Value);
}

internal record UnsealedRecordCommand : ICommand<Unit>;

internal sealed record DerivedFromUnsealedCommand : UnsealedRecordCommand;

internal sealed class SealedClassQuery : IQuery<int>;

internal sealed record MisnamedQuery : IQuery<int>;

internal sealed class MisnamedCommandHandler : IQueryHandler<MisnamedQuery, int>
{
    public ValueTask<int> Handle(MisnamedQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(0);
}

internal sealed record StrayMessageCommand : ICommand<Unit>;
