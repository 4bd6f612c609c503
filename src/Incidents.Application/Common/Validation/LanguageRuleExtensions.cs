using FluentValidation;
using Incidents.Domain.Common;

namespace Incidents.Application.Common.Validation;

public static class LanguageRuleExtensions
{
    /// <summary>Null (the page's default) or one of <see cref="Languages.Supported"/>, any case.</summary>
    public static IRuleBuilderOptions<T, string?> SupportedLanguage<T>(
        this IRuleBuilder<T, string?> rule,
        string fieldName
    ) =>
        rule.Must(code => code is null || Languages.Find(code) is not null)
            .WithMessage($"{fieldName} must be one of: {Languages.List}.");
}
