using Incidents.Application.Common.Interfaces;
using Mediator;

namespace Incidents.Application.Common.Behaviours;

/// <summary>
/// Wraps every command in one unit of work, so handlers never call save and never half-save.
/// Queries do not pass through here (they read only).
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken
    ) => new(unitOfWork.ExecuteAsync(ct => next(message, ct), cancellationToken));
}
