using FluentValidation;
using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.ApiKeys;

namespace Incidents.Application.ConsoleUsers.Common;

public static class ConsoleUserValidation
{
    /// <summary>Identity's own limit for user names and emails.</summary>
    public const int EmailMaxLength = 256;

    public static IRuleBuilderOptions<T, string?> ConsoleEmail<T>(
        this IRuleBuilderInitial<T, string?> rule
    ) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Email is required.")
            .MaximumLength(EmailMaxLength)
            .WithMessage($"Email must be at most {EmailMaxLength} characters.")
            .EmailAddress()
            .WithMessage("Email must be an email address.");

    public static bool IsPageRole(string? role) =>
        !string.IsNullOrWhiteSpace(role) && Vocabulary<ApiKeyRole>.TryParse(role.Trim(), out _);

    public static IRuleBuilderOptions<T, string?> PageRole<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsPageRole)
            .WithMessage($"Role must be one of: {Vocabulary<ApiKeyRole>.AllowedValues}.");
}
