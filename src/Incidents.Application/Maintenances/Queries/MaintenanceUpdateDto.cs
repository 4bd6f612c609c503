namespace Incidents.Application.Maintenances.Queries;

public sealed record MaintenanceUpdateDto
{
    public Guid Id { get; init; }

    public string Status { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public bool IsNotify { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
