using Mediator;

namespace Incidents.Application.Templates.Commands.CreateTemplate;

/// <param name="Kind">Incident (default) or Maintenance.</param>
public sealed record CreateTemplateCommand(
    string? Name,
    string? Group,
    string? Kind,
    string? Title,
    string? Description,
    string? Status,
    string? Impact,
    IReadOnlyList<Guid>? AffectedComponents,
    bool? IsNotify
) : ICommand<Guid>;
