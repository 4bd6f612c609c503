namespace Incidents.Application.Incidents.Queries;

public sealed record IncidentUpdateDto
{
    public Guid Id { get; init; }

    public string Status { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    /// <summary>The description in other languages (language code → text), or null.</summary>
    public IReadOnlyDictionary<string, string>? Translations { get; init; }

    public bool IsNotify { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The time shown instead of CreatedAt, set by a correction.</summary>
    public DateTimeOffset? DisplayAt { get; init; }

    /// <summary>When the update was last corrected.</summary>
    public DateTimeOffset? EditedAt { get; init; }
}
