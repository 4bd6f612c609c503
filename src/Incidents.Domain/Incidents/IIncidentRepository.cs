namespace Incidents.Domain.Incidents;

/// <summary>Loads and adds Incident aggregates. It never saves: the unit of work commits once per command.</summary>
public interface IIncidentRepository
{
    /// <summary>The incident tracked for change, without its earlier timeline (see <see cref="Incident.Updates"/>), or null when the page has none with that id.</summary>
    Task<Incident?> GetAsync(Guid pageId, Guid incidentId, CancellationToken cancellationToken);

    /// <summary>Unresolved incidents of the page that affect any of the components (for effective status).</summary>
    Task<IReadOnlyList<Incident>> ListUnresolvedAffectingAsync(
        Guid pageId,
        IReadOnlyCollection<Guid> componentIds,
        CancellationToken cancellationToken
    );

    /// <summary>The unresolved incident of the page opened for that external id, if any.</summary>
    Task<Incident?> FindUnresolvedByExternalIdAsync(
        Guid pageId,
        string externalId,
        CancellationToken cancellationToken
    );

    void Add(Incident incident);
}
