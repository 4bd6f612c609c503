namespace Incidents.Application.Templates.Queries;

/// <summary>A template as the admin API shows it (the words of Kind, Status and Impact in display form).</summary>
public sealed record TemplateDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string? Group { get; init; }

    public string Kind { get; init; } = string.Empty;

    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Status { get; init; }

    public string? Impact { get; init; }

    public IReadOnlyList<Guid> AffectedComponents { get; init; } = [];

    public bool? IsNotify { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
