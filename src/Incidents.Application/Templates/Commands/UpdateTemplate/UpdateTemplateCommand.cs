using Mediator;

namespace Incidents.Application.Templates.Commands.UpdateTemplate;

/// <summary>
/// Changes the given fields; null fields keep their current values, and an empty Group, Title,
/// Description, Status or Impact clears it.
/// </summary>
public sealed record UpdateTemplateCommand(
    Guid? TemplateId,
    string? Name,
    string? Group,
    string? Kind,
    string? Title,
    string? Description,
    string? Status,
    string? Impact,
    IReadOnlyList<Guid>? AffectedComponents,
    bool? IsNotify
) : ICommand<Unit>;
