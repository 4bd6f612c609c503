namespace Incidents.Application.Maintenances.Queries;

/// <summary>A maintenance as the admin API shows it. Times are UTC; Status is in display form ("In Progress").</summary>
public sealed record MaintenanceDto
{
    public Guid Id { get; init; }

    public string Title { get; init; } = string.Empty;

    /// <summary>The title in other languages (language code → text), or null.</summary>
    public IReadOnlyDictionary<string, string>? TitleTranslations { get; init; }

    public string Status { get; init; } = string.Empty;

    public DateTimeOffset ScheduledFor { get; init; }

    public DateTimeOffset ScheduledUntil { get; init; }

    public IReadOnlyList<Guid> AffectedComponents { get; init; } = [];

    public bool AutoStart { get; init; }

    public bool AutoComplete { get; init; }

    public int? RemindBeforeMinutes { get; init; }

    public bool IsNotify { get; init; }

    /// <summary>The recurring series this is an occurrence of, if any.</summary>
    public Guid? SeriesId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>The timeline, newest first.</summary>
    public IReadOnlyList<MaintenanceUpdateDto> Updates { get; init; } = [];
}
