namespace Incidents.Application.Maintenances.Queries;

public sealed record MaintenanceUpdateDto
{
    public Guid Id { get; init; }

    public string Status { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    /// <summary>The description in other languages (language code → text), or null.</summary>
    public IReadOnlyDictionary<string, string>? Translations { get; init; }

    public bool IsNotify { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
