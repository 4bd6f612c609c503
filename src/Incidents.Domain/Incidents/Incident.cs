using Incidents.Domain.Common;

namespace Incidents.Domain.Incidents;

/// <summary>
/// An incident on one status page, with its timeline. The only way to change it is through its
/// verbs — <see cref="Open"/> or <see cref="Backfill"/>, <see cref="PostUpdate"/>,
/// <see cref="Resolve"/>, <see cref="CorrectUpdate"/>, the postmortem cycle and <see cref="Delete"/>;
/// each raises a domain event.
/// </summary>
public sealed class Incident : AggregateRoot
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 10_000;
    public const int ExternalIdMaxLength = 200;
    public const string DefaultResolutionDescription = "This incident has been resolved.";
    public const string AlreadyResolvedMessage = "Incident already resolved.";
    public const int PostmortemMaxLength = 50_000;
    public const int BackfillMaxUpdates = 100;
    public const string UpdateNotFoundMessage = "Update ID not found.";
    public const string PostmortemNeedsResolvedMessage =
        "Only a resolved incident can have a postmortem.";
    public const string NoPostmortemDraftMessage = "There is no postmortem draft to publish.";
    public const string PostmortemNotPublishedMessage = "The postmortem is not published.";
    public const string AlertsClearedDescription =
        "The alerts that opened this incident have cleared. It stays open until someone resolves it.";
    public const string AlertsResolvedDescription =
        "The alerts that opened this incident have cleared.";

    private readonly List<IncidentUpdate> _updates = [];
    private List<Guid> _affectedComponentIds = [];

    private Incident() { }

    public Guid PageId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>The title in other languages (language code → text), or null.</summary>
    public IReadOnlyDictionary<string, string>? TitleTranslations { get; private set; }

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

    /// <summary>True when it was entered afterwards (<see cref="Backfill"/>): it never notified and never changed a component's current status.</summary>
    public bool Backfilled { get; private set; }

    /// <summary>The postmortem being written (Markdown); kept after publishing so it can be edited and published again.</summary>
    public string? PostmortemDraft { get; private set; }

    /// <summary>The postmortem the page shows, or null when none is published.</summary>
    public string? PostmortemPublished { get; private set; }

    public DateTimeOffset? PostmortemPublishedAt { get; private set; }

    /// <summary>Set by <see cref="Delete"/> for the rest of the command (the row is removed): it imposes nothing any more.</summary>
    public bool IsDeleted { get; private set; }

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
        string? externalId = null,
        bool publish = true,
        IReadOnlyDictionary<string, string?>? titleTranslations = null,
        IReadOnlyDictionary<string, string?>? translations = null
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
            TitleTranslations = Translations.Create(
                titleTranslations,
                TitleMaxLength,
                "TitleTranslations"
            ),
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
        var update = incident.Append(
            status,
            description,
            incident.Notify,
            now,
            DescriptionTranslations(translations)
        );
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
                now,
                update.Translations,
                incident.TitleTranslations
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
        bool publish = false,
        IReadOnlyDictionary<string, string?>? translations = null
    )
    {
        EnsureNotResolved();
        RequireDescription(description);
        var translated = DescriptionTranslations(translations);
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
            return Resolve(description, notify, now, translations);
        }

        Status = status ?? Status;
        var shouldNotify = IsPublished && (notify ?? Notify);
        var update = Append(Status, description, shouldNotify, now, translated);
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
                now,
                update.Translations,
                TitleTranslations
            )
        );
        return update;
    }

    /// <summary>Resolves the incident; <paramref name="notify"/> defaults to the choice made at opening.</summary>
    public IncidentUpdate Resolve(
        string? description,
        bool? notify,
        DateTimeOffset now,
        IReadOnlyDictionary<string, string?>? translations = null
    )
    {
        EnsureNotResolved();
        // A default resolution text has no translations of its own: the page's text says "resolved".
        var translated = string.IsNullOrWhiteSpace(description)
            ? null
            : DescriptionTranslations(translations);
        var text = string.IsNullOrWhiteSpace(description)
            ? DefaultResolutionDescription
            : description;
        var shouldNotify = IsPublished && (notify ?? Notify);
        Status = IncidentStatus.Resolved;
        ResolvedAt = now;
        var update = Append(IncidentStatus.Resolved, text, shouldNotify, now, translated);
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
                now,
                update.Translations,
                TitleTranslations
            )
        );
        return update;
    }

    /// <summary>
    /// Records an incident that happened before it was entered here (e.g. from another tool): its
    /// whole timeline at the times given, resolved at <paramref name="resolvedAt"/>. It raises
    /// <see cref="IncidentBackfilled"/>, which never notifies; the history of the affected
    /// components gets the interval, the components' current status is left alone.
    /// </summary>
    public static Incident Backfill(
        Guid pageId,
        string title,
        IncidentImpact impact,
        IEnumerable<Guid> affectedComponentIds,
        DateTimeOffset startedAt,
        DateTimeOffset resolvedAt,
        IReadOnlyList<BackfillEntry> updates,
        DateTimeOffset now,
        string? externalId = null
    )
    {
        ArgumentNullException.ThrowIfNull(affectedComponentIds);
        ArgumentNullException.ThrowIfNull(updates);
        BackfillRules.Check(title, startedAt, resolvedAt, updates, now);
        if (externalId?.Trim().Length > ExternalIdMaxLength)
        {
            throw new DomainException(
                $"ExternalId must be at most {ExternalIdMaxLength} characters."
            );
        }

        var incident = new Incident
        {
            Id = Guid.CreateVersion7(startedAt),
            PageId = pageId,
            Title = title.Trim(),
            Impact = impact,
            Notify = false,
            Backfilled = true,
            ExternalId = string.IsNullOrWhiteSpace(externalId) ? null : externalId.Trim(),
            CreatedAt = startedAt,
            Version = Guid.NewGuid(),
            _affectedComponentIds = affectedComponentIds.Distinct().ToList(),
        };
        foreach (var entry in updates)
        {
            incident.Append(entry.Status, entry.Description, false, entry.At);
        }

        if (updates[^1].Status != IncidentStatus.Resolved)
        {
            incident.Append(
                IncidentStatus.Resolved,
                DefaultResolutionDescription,
                false,
                resolvedAt
            );
        }

        incident.Status = IncidentStatus.Resolved;
        incident.ResolvedAt = resolvedAt;
        incident.Raise(
            new IncidentBackfilled(
                incident.Id,
                pageId,
                incident.Title,
                impact,
                incident._affectedComponentIds.ToArray(),
                startedAt,
                resolvedAt,
                now
            )
        );
        return incident;
    }

    /// <summary>
    /// Corrects the text and optionally the shown time of one update. It never notifies (the event
    /// says so) and keeps the status; the previous text is returned for the audit trail. The
    /// incident must have been loaded with that update (<see cref="IIncidentRepository.GetWithUpdateAsync"/>).
    /// </summary>
    public string CorrectUpdate(
        Guid updateId,
        string description,
        DateTimeOffset? displayAt,
        DateTimeOffset now
    )
    {
        RequireDescription(description);
        if (displayAt > now)
        {
            throw new DomainException("DisplayAt must not be in the future.");
        }

        var update =
            _updates.Find(u => u.Id == updateId)
            ?? throw new DomainException(UpdateNotFoundMessage);
        var previous = update.Description;
        update.Correct(description.Trim(), displayAt, now);
        UpdatedAt = now;
        Version = Guid.NewGuid();
        Raise(new IncidentUpdateCorrected(Id, PageId, updateId, now));
        return previous;
    }

    /// <summary>Saves the postmortem draft (Markdown); only a resolved incident has one.</summary>
    public void WritePostmortem(string text, DateTimeOffset now)
    {
        if (!IsResolved)
        {
            throw new DomainException(PostmortemNeedsResolvedMessage);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("Body is required.");
        }

        if (text.Length > PostmortemMaxLength)
        {
            throw new DomainException($"Body must be at most {PostmortemMaxLength} characters.");
        }

        PostmortemDraft = text.Trim();
        Version = Guid.NewGuid();
        Raise(new IncidentPostmortemDrafted(Id, PageId, now));
    }

    /// <summary>Publishes the draft on the page (again, after an edit); notifies when asked.</summary>
    public void PublishPostmortem(bool notify, DateTimeOffset now)
    {
        if (!IsResolved)
        {
            throw new DomainException(PostmortemNeedsResolvedMessage);
        }

        if (PostmortemDraft is null)
        {
            throw new DomainException(NoPostmortemDraftMessage);
        }

        PostmortemPublished = PostmortemDraft;
        PostmortemPublishedAt = now;
        UpdatedAt = now;
        Version = Guid.NewGuid();
        Raise(
            new IncidentPostmortemPublished(
                Id,
                PageId,
                Title,
                Impact,
                PostmortemPublished,
                _affectedComponentIds.ToArray(),
                notify,
                now
            )
        );
    }

    /// <summary>Takes the published postmortem off the page; the draft stays.</summary>
    public void RevertPostmortem(DateTimeOffset now)
    {
        if (PostmortemPublished is null)
        {
            throw new DomainException(PostmortemNotPublishedMessage);
        }

        PostmortemPublished = null;
        PostmortemPublishedAt = null;
        UpdatedAt = now;
        Version = Guid.NewGuid();
        Raise(new IncidentPostmortemReverted(Id, PageId, now));
    }

    /// <summary>
    /// Marks the incident deleted for the rest of the command (the repository removes the row):
    /// from now on it imposes nothing on components. Its audit entries and deliveries stay.
    /// </summary>
    public void Delete(DateTimeOffset now)
    {
        if (IsDeleted)
        {
            throw new DomainException("Incident already deleted.");
        }

        IsDeleted = true;
        Raise(new IncidentDeleted(Id, PageId, Title, Impact, _affectedComponentIds.ToArray(), now));
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
        DateTimeOffset now,
        IReadOnlyDictionary<string, string>? translations = null
    )
    {
        var update = new IncidentUpdate(Id, status, description.Trim(), notify, now, translations);
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

    private static IReadOnlyDictionary<string, string>? DescriptionTranslations(
        IReadOnlyDictionary<string, string?>? translations
    ) => Translations.Create(translations, DescriptionMaxLength, "Translations");

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
