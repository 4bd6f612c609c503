using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Maintenances;

namespace Incidents.Application.PublicStatus.Common;

/// <summary>
/// The anonymous read side of a status page, addressed by slug. Every method is one flat, indexed
/// query whose cost depends on the window asked for, not on the size of the history.
/// </summary>
public interface IPublicStatusReader
{
    Task<PublicPageDto?> FindPageAsync(string slug, CancellationToken cancellationToken);

    Task<PublicPageDto?> FindPageByIdAsync(Guid pageId, CancellationToken cancellationToken);

    /// <summary>Every page hostname (stored form) with the slug of its page.</summary>
    Task<IReadOnlyDictionary<string, string>> ListHostnamesAsync(
        CancellationToken cancellationToken
    );

    /// <summary>The page's components, untracked, in display order.</summary>
    Task<IReadOnlyList<Component>> ListComponentsAsync(
        Guid pageId,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// The status history from <paramref name="from"/> on, plus for each component the last change
    /// before it (the status it entered the window with), oldest first.
    /// </summary>
    Task<IReadOnlyList<StatusChangeRow>> ListStatusChangesAsync(
        Guid pageId,
        DateTimeOffset from,
        CancellationToken cancellationToken
    );

    /// <summary>The intervals of backfilled incidents that end after <paramref name="from"/>, for every component of the page.</summary>
    Task<IReadOnlyList<StatusIntervalRow>> ListStatusIntervalsAsync(
        Guid pageId,
        DateTimeOffset from,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// Incidents created in [<paramref name="from"/>, <paramref name="until"/>) (no upper bound when null) and, when asked,
    /// every unresolved one; newest first, with their timelines only when asked.
    /// </summary>
    Task<IReadOnlyList<Incident>> ListIncidentsAsync(
        Guid pageId,
        DateTimeOffset from,
        DateTimeOffset? until,
        bool includeUnresolved,
        bool withUpdates,
        CancellationToken cancellationToken
    );

    /// <summary>The <paramref name="count"/> most recently created incidents, newest first, with timelines.</summary>
    Task<IReadOnlyList<Incident>> ListLatestIncidentsAsync(
        Guid pageId,
        int count,
        CancellationToken cancellationToken
    );

    /// <summary>The <paramref name="count"/> maintenances with the latest windows that are not cancelled, latest first, with timelines.</summary>
    Task<IReadOnlyList<Maintenance>> ListLatestMaintenancesAsync(
        Guid pageId,
        int count,
        CancellationToken cancellationToken
    );

    /// <summary>These incidents of the page with their timelines (the ids come from an earlier query).</summary>
    Task<IReadOnlyList<Incident>> ListIncidentsWithUpdatesAsync(
        Guid pageId,
        IReadOnlyCollection<Guid> incidentIds,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// What the front page shows of maintenance, with timelines: every scheduled or in-progress one,
    /// and those completed since <paramref name="completedSince"/> (the 90-day bars and the recent
    /// list); soonest window first. Cancelled ones are not shown.
    /// </summary>
    Task<IReadOnlyList<Maintenance>> ListMaintenancesAsync(
        Guid pageId,
        DateTimeOffset completedSince,
        CancellationToken cancellationToken
    );

    /// <summary>Completed maintenances whose window started in [<paramref name="from"/>, <paramref name="until"/>), with timelines, latest first.</summary>
    Task<IReadOnlyList<Maintenance>> ListCompletedMaintenancesAsync(
        Guid pageId,
        DateTimeOffset from,
        DateTimeOffset until,
        CancellationToken cancellationToken
    );
}
