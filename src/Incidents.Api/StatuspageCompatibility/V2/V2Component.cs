using System.Text.Json.Serialization;

namespace Incidents.Api.StatuspageCompatibility.V2;

/// <summary>
/// A component, or a group (Group true, its children's ids in Components — a key only groups
/// have, as in Statuspage's answers). Position and Group are never null.
/// </summary>
public sealed record V2Component(
    string Id,
    string Name,
    string Status,
    string CreatedAt,
    string UpdatedAt,
    int Position,
    string? Description,
    bool Showcase,
    string? StartDate,
    string? GroupId,
    string PageId,
    bool Group,
    bool OnlyShowIfDegraded,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        IReadOnlyList<string>? Components = null
);
