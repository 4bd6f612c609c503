using Mediator;

namespace Incidents.Application.Components.Commands.CreateComponent;

/// <param name="Status">The manual status; defaults to Operational.</param>
public sealed record CreateComponentCommand(
    string? Name,
    string? Description,
    string? Group,
    int? DisplayOrder,
    string? Status
) : ICommand<Guid>;
