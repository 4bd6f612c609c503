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

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>Optimistic concurrency token: replaced on every change, checked on every save.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<Guid> AffectedComponentIds => _affectedComponentIds.AsReadOnly();

    /// <summary>
    /// The timeline in the order it happened (oldest first) when read for display. An incident
    /// loaded for a change holds only the updates appended by that change: no rule may depend on
    /// the earlier timeline (status, resolution and version live on the root for that reason).
    /// </summary>
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
        string? externalId = null
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
            Notify = notify,
            ExternalId = string.IsNullOrWhiteSpace(externalId) ? null : externalId.Trim(),
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
            _affectedComponentIds = affectedComponentIds.Distinct().ToList(),
        };
        var update = incident.Append(status, description, notify, now);
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
                notify,
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
        DateTimeOffset now
    )
    {
        EnsureNotResolved();
        RequireDescription(description);
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
        var shouldNotify = notify ?? Notify;
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
        var shouldNotify = notify ?? Notify;
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
