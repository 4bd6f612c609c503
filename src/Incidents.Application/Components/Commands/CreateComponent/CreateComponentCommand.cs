using Mediator;

namespace Incidents.Application.Components.Commands.CreateComponent;

/// <param name="Status">The manual status; defaults to Operational.</param>
/// <param name="ExternalId">Its id in the system it is imported from (the importer sets it).</param>
public sealed record CreateComponentCommand(
    string? Name,
    string? Description,
    string? Group,
    int? DisplayOrder,
    string? Status,
    string? ExternalId = null
) : ICommand<Guid>;
