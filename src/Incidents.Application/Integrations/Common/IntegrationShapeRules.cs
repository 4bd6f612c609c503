using FluentValidation;
using Incidents.Domain.Integrations;

namespace Incidents.Application.Integrations.Common;

/// <summary>The shape rules create and update share.</summary>
public static class IntegrationShapeRules
{
    public static void NameRule<T>(IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n))
            .WithMessage("Name is required.")
            .MaximumLength(Integration.NameMaxLength)
            .WithMessage($"Name must be at most {Integration.NameMaxLength} characters.");

    public static void RulesRule<T>(IRuleBuilder<T, IReadOnlyList<AlertRuleInput>?> rule) =>
        rule.Must(r => r is null || r.Count <= Integration.MaxRules)
            .WithMessage($"Rules may list at most {Integration.MaxRules} rules.")
            .Must(r => r is null || r.All(x => x is not null))
            .WithMessage("Rules may not contain null.");

    public static void SecretRule<T>(IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || (s.Length >= 16 && s.Length <= Integration.SecretMaxLength))
            .WithMessage(
                $"Secret must be between 16 and {Integration.SecretMaxLength} characters."
            );
}
