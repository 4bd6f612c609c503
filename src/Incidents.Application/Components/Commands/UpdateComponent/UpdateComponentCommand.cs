using Mediator;

namespace Incidents.Application.Components.Commands.UpdateComponent;

/// <summary>Changes the given fields; null fields keep their current values.</summary>
/// <param name="IsNotify">Whether a resulting status change is announced to subscribers.</param>
public sealed record UpdateComponentCommand(
    Guid? ComponentId,
    string? Name,
    string? Description,
    string? Group,
    int? DisplayOrder,
    string? Status,
    bool? IsNotify
) : ICommand<Unit>;
