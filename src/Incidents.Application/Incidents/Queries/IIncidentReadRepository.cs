using Incidents.Domain.Incidents;

namespace Incidents.Application.Incidents.Queries;

/// <summary>The read side for incidents: untracked, paged, always scoped to one page.</summary>
public interface IIncidentReadRepository
{
    Task<Incident?> GetAsync(Guid pageId, Guid incidentId, CancellationToken cancellationToken);

    /// <summary>The ExternalIds starting with <paramref name="prefix"/> of the page's incidents, resolved or not.</summary>
    Task<IReadOnlyList<string>> ListExternalIdsAsync(
        Guid pageId,
        string prefix,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// Newest first. <paramref name="resolved"/>: null = all, true = resolved only, false = open
    /// only; <paramref name="publishedOnly"/> for the public side.
    /// </summary>
    Task<(IReadOnlyList<Incident> Items, int TotalCount)> ListAsync(
        Guid pageId,
        bool? resolved,
        int page,
        int pageSize,
        CancellationToken cancellationToken,
        bool publishedOnly = false
    );
}
