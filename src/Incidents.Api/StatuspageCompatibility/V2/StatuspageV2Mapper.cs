using System.Globalization;
using Incidents.Application.StatuspageCompatibility.Common;
using Incidents.Application.StatuspageCompatibility.Queries.GetStatuspageSnapshot;
using Incidents.Domain.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Maintenances;
using Incidents.Domain.Pages;

namespace Incidents.Api.StatuspageCompatibility.V2;

/// <summary>
/// Writes a page's snapshot in Statuspage's v2 shapes: every key real answers carry (null when we
/// have no value), vocabularies through <see cref="StatuspageVocabulary"/>, times in the page's
/// zone with milliseconds. Our component groups (names) become group components with derived ids.
/// </summary>
public sealed class StatuspageV2Mapper
{
    private readonly StatuspageSnapshot _snapshot;
    private readonly TimeZoneInfo _zone;
    private readonly string _pageId;
    private readonly Dictionary<Guid, V2Component> _byId = [];

    public StatuspageV2Mapper(StatuspageSnapshot snapshot, string publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _snapshot = snapshot;
        _zone = TimeZoneInfo.TryFindSystemTimeZoneById(snapshot.Page.TimeZone, out var zone)
            ? zone
            : TimeZoneInfo.Utc;
        _pageId = snapshot.Page.Id.ToString();
        Page = new V2Page(
            _pageId,
            snapshot.Page.Name,
            PageUrl(snapshot, publicBaseUrl),
            StatuspageVocabulary.TimeZone(snapshot.Page.TimeZone),
            Time(snapshot.UpdatedAt)
        );
        Components = MapComponents();
        var (indicator, description) = StatuspageVocabulary.Status(snapshot.Worst);
        Status = new V2Status(indicator, description);
    }

    public V2Page Page { get; }

    public V2Status Status { get; }

    /// <summary>Flat, in page order: each group right before its children.</summary>
    public IReadOnlyList<V2Component> Components { get; }

    /// <summary>Newest first.</summary>
    public IEnumerable<V2Incident> Incidents(Func<Incident, bool> which) =>
        _snapshot.Incidents.Where(which).Select(Map);

    /// <summary>Latest window first; cancelled ones are never listed.</summary>
    public IEnumerable<V2Incident> Maintenances(Func<Maintenance, bool> which) =>
        _snapshot
            .Maintenances.Where(m => m.Status != MaintenanceStatus.Cancelled)
            .Where(which)
            .Select(Map);

    public V2Incident? Find(Guid id) =>
        _snapshot.Incidents.FirstOrDefault(i => i.Id == id) is { } incident ? Map(incident)
        : _snapshot.Maintenances.FirstOrDefault(m =>
            m.Id == id && m.Status != MaintenanceStatus.Cancelled
        )
            is { } maintenance
            ? Map(maintenance)
        : null;

    private static string PageUrl(StatuspageSnapshot snapshot, string publicBaseUrl)
    {
        if (snapshot.Page.Hostname is { } hostname)
        {
            return "https://" + hostname;
        }

        var root = publicBaseUrl.TrimEnd('/');
        return snapshot.Page.Slug == StatusPage.DefaultSlug
            ? root
            : $"{root}/status/{snapshot.Page.Slug}";
    }

    private string Time(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, _zone);
        return local.Offset == TimeSpan.Zero
            ? local.UtcDateTime.ToString(
                "yyyy-MM-dd'T'HH:mm:ss.fff'Z'",
                CultureInfo.InvariantCulture
            )
            : local.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
    }

    private string? Time(DateTimeOffset? instant) => instant is { } value ? Time(value) : null;

    private List<V2Component> MapComponents()
    {
        var components = _snapshot.Components;
        // Top-level entries: each ungrouped component, and each group (placed by its first child).
        var entries = new List<(int Order, string Name, string? Group, Component[] Members)>();
        foreach (var group in components.GroupBy(c => c.Group))
        {
            if (group.Key is null)
            {
                entries.AddRange(
                    group.Select(c => (c.DisplayOrder, c.Name, (string?)null, new[] { c }))
                );
            }
            else
            {
                entries.Add((group.Min(c => c.DisplayOrder), group.Key, group.Key, [.. group]));
            }
        }

        entries = [.. entries.OrderBy(e => e.Order).ThenBy(e => e.Name, StringComparer.Ordinal)];

        var result = new List<V2Component>(components.Count + entries.Count);
        var position = 0;
        foreach (var entry in entries)
        {
            position++;
            if (entry.Group is null)
            {
                result.Add(Remember(entry.Members[0], position, null));
                continue;
            }

            var groupId = StatuspageGroupId.For(_snapshot.Page.Id, entry.Group).ToString();
            var children = entry
                .Members.OrderBy(c => c.DisplayOrder)
                .ThenBy(c => c.Name, StringComparer.Ordinal)
                .ToList();
            result.Add(
                new V2Component(
                    groupId,
                    entry.Group,
                    StatuspageVocabulary.ComponentStatus(
                        ComponentStatusSeverity.Worst(children.Select(c => c.Status))
                    ),
                    Time(children.Min(c => c.CreatedAt)),
                    Time(children.Max(c => c.UpdatedAt)),
                    position,
                    null,
                    false,
                    null,
                    null,
                    _pageId,
                    true,
                    false,
                    [.. children.Select(c => c.Id.ToString())]
                )
            );
            result.AddRange(children.Select((c, i) => Remember(c, i + 1, groupId)));
        }

        return result;
    }

    private V2Component Remember(Component component, int position, string? groupId)
    {
        var mapped = new V2Component(
            component.Id.ToString(),
            component.Name,
            StatuspageVocabulary.ComponentStatus(component.Status),
            Time(component.CreatedAt),
            Time(component.UpdatedAt),
            position,
            component.Description,
            // Every component shows its uptime bars on our page.
            true,
            null,
            groupId,
            _pageId,
            false,
            false
        );
        _byId[component.Id] = mapped;
        return mapped;
    }

    private List<V2Component> Affected(IReadOnlyList<Guid> ids) =>
        [.. ids.Select(id => _byId.GetValueOrDefault(id)).OfType<V2Component>()];

    private V2Incident Map(Incident incident)
    {
        var id = incident.Id.ToString();
        var monitoringAt = incident
            .Updates.Where(u => u.Status == IncidentStatus.Monitoring)
            .Select(u => (DateTimeOffset?)u.CreatedAt)
            .Min();
        return new V2Incident(
            id,
            incident.Title,
            StatuspageVocabulary.IncidentStatus(incident.Status),
            Time(incident.CreatedAt),
            Time(incident.UpdatedAt),
            Time(monitoringAt),
            Time(incident.ResolvedAt),
            StatuspageVocabulary.Impact(incident.Impact),
            $"{Page.Url}/incidents/{id}",
            Time(incident.CreatedAt),
            _pageId,
            Updates(
                incident.Updates,
                id,
                u => StatuspageVocabulary.IncidentStatus(((IncidentUpdate)u).Status)
            ),
            Affected(incident.AffectedComponentIds),
            null
        );
    }

    private V2Incident Map(Maintenance maintenance)
    {
        var id = maintenance.Id.ToString();
        return new V2Incident(
            id,
            maintenance.Title,
            StatuspageVocabulary.MaintenanceStatus(maintenance.Status)!,
            Time(maintenance.CreatedAt),
            Time(maintenance.UpdatedAt),
            null,
            Time(maintenance.CompletedAt),
            StatuspageVocabulary.MaintenanceImpact,
            $"{Page.Url}/maintenance/{id}",
            Time(maintenance.CreatedAt),
            _pageId,
            Updates(
                maintenance.Updates,
                id,
                u =>
                    StatuspageVocabulary.MaintenanceStatus(((MaintenanceUpdate)u).Status)
                    // A cancelling entry never shows: cancelled maintenances are left out.
                    ?? "completed"
            ),
            Affected(maintenance.AffectedComponentIds),
            null,
            Time(maintenance.ScheduledFor),
            Time(maintenance.ScheduledUntil)
        );
    }

    private List<V2IncidentUpdate> Updates(
        IEnumerable<TimelineEntry> updates,
        string ownerId,
        Func<TimelineEntry, string> status
    ) =>
        [
            .. updates
                .Select((u, index) => (u, index))
                // Newest first; entries posted within one millisecond keep their timeline order.
                .OrderByDescending(x => x.u.CreatedAt)
                .ThenByDescending(x => x.index)
                .Select(x => x.u)
                .Select(u =>
                {
                    var at = Time(u.CreatedAt);
                    // A corrected incident update keeps its recorded time and shows its DisplayAt.
                    var (updatedAt, displayAt) = u is IncidentUpdate corrected
                        ? (Time(corrected.EditedAt ?? corrected.CreatedAt), Time(corrected.ShownAt))
                        : (at, at);
                    return new V2IncidentUpdate(
                        u.Id.ToString(),
                        status(u),
                        u.Description,
                        ownerId,
                        at,
                        updatedAt,
                        displayAt,
                        null,
                        u.Notify,
                        null,
                        null
                    );
                }),
        ];
}
