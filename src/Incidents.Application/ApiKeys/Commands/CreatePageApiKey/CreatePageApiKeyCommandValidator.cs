using FluentValidation;
using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.ApiKeys;

namespace Incidents.Application.ApiKeys.Commands.CreatePageApiKey;

public sealed class CreatePageApiKeyCommandValidator : AbstractValidator<CreatePageApiKeyCommand>
{
    public CreatePageApiKeyCommandValidator()
    {
        RuleFor(c => c.Name)
            .Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n))
            .WithMessage("Name is required.")
            .MaximumLength(ApiKey.NameMaxLength)
            .WithMessage($"Name must be at most {ApiKey.NameMaxLength} characters.");
        // Explicit over the API: a forgotten Role must not silently mint an Admin key.
        RuleFor(c => c.Role)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Role is required (Read, Write or Admin).")
            .InVocabulary<CreatePageApiKeyCommand, ApiKeyRole>("Role");
    }
}
