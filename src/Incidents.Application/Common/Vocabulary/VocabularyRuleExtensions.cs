using FluentValidation;

namespace Incidents.Application.Common.Vocabulary;

public static class VocabularyRuleExtensions
{
    /// <summary>Null or blank passes (optional); otherwise it must be one of the enum's words.</summary>
    public static IRuleBuilderOptions<T, string?> InVocabulary<T, TEnum>(
        this IRuleBuilder<T, string?> rule,
        string fieldName
    )
        where TEnum : struct, Enum =>
        rule.InVocabulary<T, TEnum>(fieldName, Enum.GetValues<TEnum>());

    /// <summary>
    /// Null or blank passes (optional); otherwise it must be one of <paramref name="accepted"/>,
    /// and the message lists only those: for a use case that takes part of the enum (an incident
    /// is opened with any status but Resolved).
    /// </summary>
    public static IRuleBuilderOptions<T, string?> InVocabulary<T, TEnum>(
        this IRuleBuilder<T, string?> rule,
        string fieldName,
        IReadOnlyCollection<TEnum> accepted
    )
        where TEnum : struct, Enum =>
        rule.Must(text =>
                string.IsNullOrWhiteSpace(text)
                || (Vocabulary<TEnum>.TryParse(text, out var value) && accepted.Contains(value))
            )
            .WithMessage($"{fieldName} must be one of: {Vocabulary<TEnum>.List(accepted)}.");
}
