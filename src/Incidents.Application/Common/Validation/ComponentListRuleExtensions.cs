using FluentValidation;

namespace Incidents.Application.Common.Validation;

/// <summary>
/// The cap on a list of component ids in a request (an incident's AffectedComponents, a
/// subscriber's Components): each id costs a lookup, and no real page needs more.
/// </summary>
public static class ComponentListRuleExtensions
{
    public const int MaxComponents = 100;

    /// <summary>Null passes; otherwise at most <see cref="MaxComponents"/> ids.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<Guid>?> AtMostMaxComponents<T>(
        this IRuleBuilder<T, IReadOnlyList<Guid>?> rule,
        string fieldName
    ) =>
        rule.Must(ids => ids is null || ids.Count <= MaxComponents)
            .WithMessage($"{fieldName} may list at most {MaxComponents} components.");
}
