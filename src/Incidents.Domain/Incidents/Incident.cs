using Incidents.Domain.Common;

namespace Incidents.Domain.Incidents;

/// <summary>
/// An incident on one status page, with its timeline. The only way to change it is through
/// <see cref="Open"/>, <see cref="PostUpdate"/> and <see cref="Resolve"/>; each raises a domain event.
/// </summary>
public sealed class Incident : AggregateRoot
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 10_000;
    public const int ExternalIdMaxLength = 200;
    public const string DefaultResolutionDescription = "This incident has been resolved.";
    public const string AlreadyResolvedMessage = "Incident already resolved.";
    public const string AlertsClearedDescription =
        "The alerts that opened this incident have cleared. It stays open until someone resolves it.";
    public const string AlertsResolvedDescription =
        "The alerts that opened this incident have cleared.";

    private readonly List<IncidentUpdate> _updates = [];
    private List<Guid> _affectedComponentIds = [];

    private Incident() { }

    public Guid PageId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public IncidentStatus Status { get; private set; }

    public IncidentImpact Impact { get; private set; }

    /// <summary>The notify choice made when the incident was opened; the default for its resolution.</summary>
    public bool Notify { get; private set; }

    /// <summary>An automation's identifier for the condition (e.g. an alert fingerprint), if any.</summary>
    public string? ExternalId { get; private set; }

    /// <summary>
    /// False for an incident an alert rule opened unpublished: visible in the admin API only, not on
    /// the public page, not notified and not applied to component statuses until published.
    /// </summary>
    public bool IsPublished { get; private set; } = true;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>Optimistic concurrency token: replaced on every change, checked on every save.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<Guid> AffectedComponentIds => _affectedComponentIds.AsReadOnly();

    /// <summary>The timeline in the order it happened (oldest first).</summary>
    public IReadOnlyList<IncidentUpdate> Updates => _updates.AsReadOnly();

    public bool IsResolved => Status == IncidentStatus.Resolved;

    public static Incident Open(
        Guid pageId,
        string title,
        string description,
        IncidentStatus status,
        IncidentImpact impact,
        IEnumerable<Guid> affectedComponentIds,
        bool notify,
        DateTimeOffset now,
        string? externalId = null,
        bool publish = true
    )
    {
        ArgumentNullException.ThrowIfNull(affectedComponentIds);
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("Title is required.");
        }

        if (title.Length > TitleMaxLength)
        {
            throw new DomainException($"Title must be at most {TitleMaxLength} characters.");
        }

        RequireDescription(description);
        if (status == IncidentStatus.Resolved)
        {
            throw new DomainException("An incident cannot be opened as Resolved.");
        }

        var incident = new Incident
        {
            Id = Guid.CreateVersion7(now),
            PageId = pageId,
            Title = title.Trim(),
            Status = status,
            Impact = impact,
            // Nothing unpublished is ever notified, not even later: publishing notifies its own update.
            Notify = notify && publish,
            IsPublished = publish,
            ExternalId = string.IsNullOrWhiteSpace(externalId) ? null : externalId.Trim(),
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
            _affectedComponentIds = affectedComponentIds.Distinct().ToList(),
        };
        var update = incident.Append(status, description, incident.Notify, now);
        incident.Raise(
            new IncidentOpened(
                incident.Id,
                pageId,
                update.Id,
                incident.Title,
                status,
                impact,
                update.Description,
                incident._affectedComponentIds.ToArray(),
                incident.Notify,
                now
            )
        );
        return incident;
    }

    /// <summary>
    /// Appends an update. A status of Resolved resolves the incident (one timeline entry, this description).
    /// Null arguments keep the current status, impact and affected components; <paramref name="notify"/>
    /// defaults to the choice made at opening.
    /// </summary>
    public IncidentUpdate PostUpdate(
        string description,
        IncidentStatus? status,
        IncidentImpact? impact,
        IEnumerable<Guid>? affectedComponentIds,
        bool? notify,
        DateTimeOffset now,
        bool publish = false
    )
    {
        EnsureNotResolved();
        RequireDescription(description);
        if (publish && !IsPublished)
        {
            // Publishing is an operator's decision to tell the world: it notifies unless told not to.
            IsPublished = true;
            notify ??= true;
            Notify = notify.Value;
        }

        if (impact is not null)
        {
            Impact = impact.Value;
        }

        if (affectedComponentIds is not null)
        {
            _affectedComponentIds = affectedComponentIds.Distinct().ToList();
        }

        if (status == IncidentStatus.Resolved)
        {
            return Resolve(description, notify, now);
        }

        Status = status ?? Status;
        var shouldNotify = IsPublished && (notify ?? Notify);
        var update = Append(Status, description, shouldNotify, now);
        Raise(
            new IncidentUpdated(
                Id,
                PageId,
                update.Id,
                Title,
                Status,
                Impact,
                update.Description,
                _affectedComponentIds.ToArray(),
                shouldNotify,
                now
            )
        );
        return update;
    }

    /// <summary>Resolves the incident; <paramref name="notify"/> defaults to the choice made at opening.</summary>
    public IncidentUpdate Resolve(string? description, bool? notify, DateTimeOffset now)
    {
        EnsureNotResolved();
        var text = string.IsNullOrWhiteSpace(description)
            ? DefaultResolutionDescription
            : description;
        var shouldNotify = IsPublished && (notify ?? Notify);
        Status = IncidentStatus.Resolved;
        ResolvedAt = now;
        var update = Append(IncidentStatus.Resolved, text, shouldNotify, now);
        Raise(
            new IncidentResolved(
                Id,
                PageId,
                update.Id,
                Title,
                Impact,
                update.Description,
                _affectedComponentIds.ToArray(),
                shouldNotify,
                now
            )
        );
        return update;
    }

    /// <summary>
    /// The alerts that opened this incident report resolved. The automation may close only what it
    /// still owns: when every alert of the group is known to be resolved (<paramref name="complete"/>:
    /// nothing was truncated) and nobody has posted an update since it opened (the root's
    /// <see cref="UpdatedAt"/> is still its <see cref="CreatedAt"/>: no timeline needed), the
    /// incident is resolved; otherwise a human is in charge, so an update says the alerts cleared
    /// and the incident stays open. A repeated message (<paramref name="latestDescription"/> is
    /// already that update) changes nothing and returns null.
    /// </summary>
    public IncidentUpdate? ClearAlerts(bool complete, string? latestDescription, DateTimeOffset now)
    {
        if (IsResolved || latestDescription == AlertsClearedDescription)
        {
            return null;
        }

        return complete && UpdatedAt == CreatedAt
            ? Resolve(AlertsResolvedDescription, null, now)
            : PostUpdate(AlertsClearedDescription, null, null, null, null, now);
    }

    private IncidentUpdate Append(
        IncidentStatus status,
        string description,
        bool notify,
        DateTimeOffset now
    )
    {
        var update = new IncidentUpdate(Id, status, description.Trim(), notify, now);
        _updates.Add(update);
        UpdatedAt = now;
        Version = Guid.NewGuid();
        return update;
    }

    private void EnsureNotResolved()
    {
        if (IsResolved)
        {
            throw new DomainException(AlreadyResolvedMessage);
        }
    }

    private static void RequireDescription(string description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new DomainException("Description is required.");
        }

        if (description.Length > DescriptionMaxLength)
        {
            throw new DomainException(
                $"Description must be at most {DescriptionMaxLength} characters."
            );
        }
    }
}
