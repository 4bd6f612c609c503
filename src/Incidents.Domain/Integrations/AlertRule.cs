namespace Incidents.Domain.Integrations;

/// <summary>
/// How a group of alerts becomes an incident: a rule applies when every label in
/// <see cref="Match"/> has that value in the group's labels (an empty Match applies to all).
/// </summary>
/// <param name="Impact">An incident impact in the vocabulary's words ("Major Outage").</param>
/// <param name="TitleTemplate">Overrides the title; <c>{{name}}</c> is a group label,
/// <c>{{annotations.name}}</c> a common annotation.</param>
/// <param name="Publish">False opens the incident unpublished, for an operator to publish.</param>
/// <param name="IncludeDetails">Put the alerts' labels and annotations in the description (they
/// are often internal: off unless chosen).</param>
public sealed record AlertRule(
    IReadOnlyDictionary<string, string> Match,
    IReadOnlyList<Guid> Components,
    string Impact,
    string? TitleTemplate,
    bool Publish,
    bool IncludeDetails
)
{
    public bool Matches(IReadOnlyDictionary<string, string> labels) =>
        Match.All(m => labels.TryGetValue(m.Key, out var value) && value == m.Value);

    /// <summary>Value equality over the collections too, for change tracking and tests.</summary>
    public bool Equals(AlertRule? other) =>
        other is not null
        && Match.Count == other.Match.Count
        && Match.All(m => other.Match.TryGetValue(m.Key, out var v) && v == m.Value)
        && Components.SequenceEqual(other.Components)
        && Impact == other.Impact
        && TitleTemplate == other.TitleTemplate
        && Publish == other.Publish
        && IncludeDetails == other.IncludeDetails;

    public override int GetHashCode() =>
        HashCode.Combine(Impact, TitleTemplate, Publish, Match.Count);
}
