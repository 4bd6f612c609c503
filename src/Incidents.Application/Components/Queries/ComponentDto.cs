namespace Incidents.Application.Components.Queries;

/// <summary>A component as the admin API shows it; <see cref="Status"/> is the effective status.</summary>
public sealed record ComponentDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string? Description { get; init; }

    public string? Group { get; init; }

    public int DisplayOrder { get; init; }

    public string Status { get; init; } = string.Empty;

    public string ManualStatus { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
