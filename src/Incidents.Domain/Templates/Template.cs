using Incidents.Domain.Common;
using Incidents.Domain.Incidents;

namespace Incidents.Domain.Templates;

/// <summary>
/// A prefilled announcement an operator starts from: the title, text, status, impact, components
/// and notify choice of an incident (or a maintenance). Using a template copies its values into
/// the new incident, so changing or deleting the template later never changes what was published.
/// </summary>
public sealed class Template : AggregateRoot
{
    public const int NameMaxLength = 100;
    public const int GroupMaxLength = 100;
    public const int TitleMaxLength = Incident.TitleMaxLength;
    public const int DescriptionMaxLength = Incident.DescriptionMaxLength;
    public const string StatusOnlyForIncidentsMessage =
        "Status and Impact apply only to Incident templates.";

    private List<Guid> _affectedComponentIds = [];

    private Template() { }

    public Guid PageId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? Group { get; private set; }

    public TemplateKind Kind { get; private set; }

    public string? Title { get; private set; }

    public string? Description { get; private set; }

    public IncidentStatus? Status { get; private set; }

    public IncidentImpact? Impact { get; private set; }

    public IReadOnlyList<Guid> AffectedComponentIds => _affectedComponentIds.AsReadOnly();

    /// <summary>The notify choice an incident made from this template gets unless the request says otherwise.</summary>
    public bool? Notify { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public Guid Version { get; private set; }

    public static Template Create(
        Guid pageId,
        string name,
        string? group,
        TemplateKind kind,
        string? title,
        string? description,
        IncidentStatus? status,
        IncidentImpact? impact,
        IEnumerable<Guid> affectedComponentIds,
        bool? notify,
        DateTimeOffset now
    )
    {
        var template = new Template
        {
            Id = Guid.CreateVersion7(now),
            PageId = pageId,
            CreatedAt = now,
        };
        template.Set(
            name,
            group,
            kind,
            title,
            description,
            status,
            impact,
            affectedComponentIds,
            notify,
            now
        );
        return template;
    }

    /// <summary>Replaces every field (the handler has already kept the ones the request left out).</summary>
    public void Change(
        string name,
        string? group,
        TemplateKind kind,
        string? title,
        string? description,
        IncidentStatus? status,
        IncidentImpact? impact,
        IEnumerable<Guid> affectedComponentIds,
        bool? notify,
        DateTimeOffset now
    ) =>
        Set(
            name,
            group,
            kind,
            title,
            description,
            status,
            impact,
            affectedComponentIds,
            notify,
            now
        );

    private void Set(
        string name,
        string? group,
        TemplateKind kind,
        string? title,
        string? description,
        IncidentStatus? status,
        IncidentImpact? impact,
        IEnumerable<Guid> affectedComponentIds,
        bool? notify,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(affectedComponentIds);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Name is required.");
        }

        if (name.Trim().Length > NameMaxLength)
        {
            throw new DomainException($"Name must be at most {NameMaxLength} characters.");
        }

        if (group is not null && group.Trim().Length > GroupMaxLength)
        {
            throw new DomainException($"Group must be at most {GroupMaxLength} characters.");
        }

        if (title is not null && title.Length > TitleMaxLength)
        {
            throw new DomainException($"Title must be at most {TitleMaxLength} characters.");
        }

        if (description is not null && description.Length > DescriptionMaxLength)
        {
            throw new DomainException(
                $"Description must be at most {DescriptionMaxLength} characters."
            );
        }

        if (kind != TemplateKind.Incident && (status is not null || impact is not null))
        {
            throw new DomainException(StatusOnlyForIncidentsMessage);
        }

        RequireKnownPlaceholders("Title", title, kind);
        RequireKnownPlaceholders("Description", description, kind);

        Name = name.Trim();
        Group = string.IsNullOrWhiteSpace(group) ? null : group.Trim();
        Kind = kind;
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Status = status;
        Impact = impact;
        _affectedComponentIds = affectedComponentIds.Distinct().ToList();
        Notify = notify;
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    private static void RequireKnownPlaceholders(string field, string? text, TemplateKind kind)
    {
        if (TemplatePlaceholders.FirstUnknown(text, kind) is { } unknown)
        {
            var known = string.Join(
                ", ",
                TemplatePlaceholders.Known(kind).Select(n => "{{" + n + "}}")
            );
            throw new DomainException(
                $"Unknown placeholder {{{{{unknown}}}}} in {field}. Known placeholders: {known}."
            );
        }
    }
}
