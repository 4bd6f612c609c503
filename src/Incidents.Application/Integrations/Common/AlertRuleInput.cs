namespace Incidents.Application.Integrations.Common;

/// <summary>A rule as a request gives it (every field optional, so validation can name what is missing).</summary>
public sealed record AlertRuleInput(
    IReadOnlyDictionary<string, string>? Match,
    IReadOnlyList<Guid>? Components,
    string? Impact,
    string? TitleTemplate,
    bool? Publish,
    bool? IncludeDetails
);
