using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Incidents.Common;
using Incidents.Domain.Incidents;
using Incidents.Domain.Integrations;

namespace Incidents.Application.Integrations.Common;

/// <summary>Validated rule inputs to domain rules, after checking their components are on the page.</summary>
public sealed class AlertRules(AffectedComponentsGuard components)
{
    public async Task<(IReadOnlyList<AlertRule> Rules, AlertRule? Default)> ToDomainAsync(
        Guid pageId,
        IReadOnlyList<AlertRuleInput>? rules,
        AlertRuleInput? defaultRule,
        CancellationToken cancellationToken
    )
    {
        var all = (rules ?? []).Append(defaultRule).OfType<AlertRuleInput>().ToList();
        await components.EnsureOnPageAsync(
            pageId,
            all.SelectMany(r => r.Components ?? []).Distinct().ToList(),
            cancellationToken
        );
        return (
            (rules ?? []).Select(ToDomain).ToList(),
            defaultRule is null ? null : ToDomain(defaultRule)
        );
    }

    public static AlertRuleInput ToInput(AlertRule rule) =>
        new(
            rule.Match,
            rule.Components,
            rule.Impact,
            rule.TitleTemplate,
            rule.Publish,
            rule.IncludeDetails
        );

    private static AlertRule ToDomain(AlertRuleInput input) =>
        new(
            new Dictionary<string, string>(input.Match ?? new Dictionary<string, string>()),
            (input.Components ?? []).Distinct().ToList(),
            Vocabulary<IncidentImpact>.Display(Vocabulary<IncidentImpact>.Parse(input.Impact!)),
            string.IsNullOrWhiteSpace(input.TitleTemplate) ? null : input.TitleTemplate.Trim(),
            input.Publish ?? true,
            input.IncludeDetails ?? false
        );
}
