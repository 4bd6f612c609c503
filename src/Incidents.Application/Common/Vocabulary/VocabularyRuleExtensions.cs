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
        rule.Must(text =>
                string.IsNullOrWhiteSpace(text) || Vocabulary<TEnum>.TryParse(text, out _)
            )
            .WithMessage($"{fieldName} must be one of: {Vocabulary<TEnum>.AllowedValues}.");
}
