namespace Incidents.Domain.Incidents;

/// <summary>Loads and adds Incident aggregates. It never saves: the unit of work commits once per command.</summary>
public interface IIncidentRepository
{
    /// <summary>The incident tracked for change, without its earlier timeline (see <see cref="Incident.Updates"/>), or null when the page has none with that id.</summary>
    Task<Incident?> GetAsync(Guid pageId, Guid incidentId, CancellationToken cancellationToken);

    /// <summary>
    /// The incident tracked for change with one entry of its timeline (when it has that entry), for
    /// a correction of that entry; null when the page has no such incident.
    /// </summary>
    Task<Incident?> GetWithUpdateAsync(
        Guid pageId,
        Guid incidentId,
        Guid updateId,
        CancellationToken cancellationToken
    );

    /// <summary>Unresolved incidents of the page that affect any of the components (for effective status).</summary>
    Task<IReadOnlyList<Incident>> ListUnresolvedAffectingAsync(
        Guid pageId,
        IReadOnlyCollection<Guid> componentIds,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// The id of the page's unresolved incident opened for that external id, if any: a repeated
    /// alert needs nothing more, so it reads one indexed column and tracks nothing.
    /// </summary>
    Task<Guid?> FindUnresolvedIdByExternalIdAsync(
        Guid pageId,
        string externalId,
        CancellationToken cancellationToken
    );

    /// <summary>The unresolved incident of the page opened for that external id, if any.</summary>
    Task<Incident?> FindUnresolvedByExternalIdAsync(
        Guid pageId,
        string externalId,
        CancellationToken cancellationToken
    );

    void Add(Incident incident);

    /// <summary>Removes the incident with its timeline and the status history rows it caused (audit entries and deliveries stay).</summary>
    Task RemoveAsync(Incident incident, CancellationToken cancellationToken);
}
