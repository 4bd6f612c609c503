using FluentValidation;
using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Components;

namespace Incidents.Application.Components.Common;

/// <summary>Shape rules shared by component create and update.</summary>
public static class ComponentRules
{
    public static void NameLength<T>(IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Component.NameMaxLength)
            .WithMessage($"Name must be at most {Component.NameMaxLength} characters.");

    public static void DescriptionLength<T>(IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Component.DescriptionMaxLength)
            .WithMessage(
                $"Description must be at most {Component.DescriptionMaxLength} characters."
            );

    public static void GroupLength<T>(IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Component.GroupMaxLength)
            .WithMessage($"Group must be at most {Component.GroupMaxLength} characters.");

    public static void Status<T>(IRuleBuilder<T, string?> rule) =>
        rule.InVocabulary<T, ComponentStatus>("Status");

    public static void DisplayOrder<T>(IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(0, 1_000_000)
            .WithMessage("DisplayOrder must be between 0 and 1000000.");
}
