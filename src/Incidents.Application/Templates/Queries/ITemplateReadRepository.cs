using Incidents.Domain.Templates;

namespace Incidents.Application.Templates.Queries;

/// <summary>The read side for templates: untracked, always scoped to one page.</summary>
public interface ITemplateReadRepository
{
    Task<Template?> GetAsync(Guid pageId, Guid templateId, CancellationToken cancellationToken);

    /// <summary>The page's templates by group (ungrouped first), then name; optionally of one kind and one group.</summary>
    Task<IReadOnlyList<Template>> ListAsync(
        Guid pageId,
        TemplateKind? kind,
        string? group,
        CancellationToken cancellationToken
    );
}
