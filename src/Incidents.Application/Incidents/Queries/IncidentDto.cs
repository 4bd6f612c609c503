namespace Incidents.Application.Incidents.Queries;

/// <summary>An incident as the admin API shows it. Vocabulary values are in the seed's display form.</summary>
public sealed record IncidentDto
{
    public Guid Id { get; init; }

    public string Title { get; init; } = string.Empty;

    /// <summary>The title in other languages (language code → text), or null.</summary>
    public IReadOnlyDictionary<string, string>? TitleTranslations { get; init; }

    public string Status { get; init; } = string.Empty;

    public string Impact { get; init; } = string.Empty;

    public bool IsNotify { get; init; }

    public string? ExternalId { get; init; }

    /// <summary>False while an alert-opened incident waits for an operator to publish it.</summary>
    public bool IsPublished { get; init; } = true;

    public IReadOnlyList<Guid> AffectedComponents { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>True for an incident entered afterwards (POST /api/admin/Incident/Backfill).</summary>
    public bool Backfilled { get; init; }

    /// <summary>When the postmortem shown on the page was published, or null.</summary>
    public DateTimeOffset? PostmortemPublishedAt { get; init; }

    /// <summary>The timeline, newest first.</summary>
    public IReadOnlyList<IncidentUpdateDto> Updates { get; init; } = [];
}
